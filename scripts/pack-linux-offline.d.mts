/** The fuse sentinel of Electron's binaries. */
export const FUSE_SENTINEL: string;
/** The stub binary's fuse wire: Electron's shipped defaults. */
export const STUB_WIRE: string;
/** Writes a stub Electron distribution for Linux into `dir`. */
export function writeStubElectron(dir: string, version: string): void;
