import type { Configuration } from 'electron-builder';

/** electron-builder.yml's path. */
export const BUILDER_CONFIG: string;
/** electron-builder.yml, parsed. */
export function builderConfig(): Configuration;
/** The Depends electron-builder gives a deb when the config names none. */
export function defaultDebDepends(): string[];
/** Signing overrides from the environment, and one line per platform saying what happens. */
export function signingOverrides(env?: NodeJS.ProcessEnv): { config: Configuration; notes: Record<string, string | null> };
/** The stage `npm run dist` stopped at, from electron-builder's log, and what it needs from the network. */
export function distStage(log: string, electronVersion: string): { stage: string; needs: string | null };
