/** The Electron version the app is built for. */
export function electronVersion(): string;
/** The Electron executable if it is installed, else null. */
export function findElectronBinary(env?: NodeJS.ProcessEnv): string | null;
/** Tries to download Electron once, quietly. */
export function fetchElectron(options?: { timeoutMs?: number }): { ok: true } | { ok: false; reason: string };
/** The most telling line of a failed tool's output; network trouble is named as such. */
export function firstErrorLine(output: string): string;
