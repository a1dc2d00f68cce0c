/** The Electron version the app is built for. */
export function electronVersion(): string;
/** The Electron executable if it is installed, else null. */
export function findElectronBinary(env?: NodeJS.ProcessEnv): string | null;
/** Tries to download Electron once, quietly. */
export function fetchElectron(options?: { timeoutMs?: number; onDownload?: () => void }): { ok: true } | { ok: false; reason: string };
/** The most telling line of a failed tool's output; network trouble is named as such. */
export function firstErrorLine(output: string): string;
/** Where @electron/get keeps downloaded Electron zips. */
export function electronCacheRoot(env?: NodeJS.ProcessEnv, platform?: NodeJS.Platform, home?: string): string;
interface MachineOptions {
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  arch?: string;
  home?: string;
}
/** The cached zip of this Electron for this machine, if any. */
export function cachedElectronZip(version: string, options?: MachineOptions): string | null;
/** What `npm start` says when it runs Electron's installer: "Downloading" only without a cached download. */
export function electronInstallMessage(version: string, options?: MachineOptions): string;
