/** Whether a child's output says Chromium's sandbox could not start. */
export function sandboxFailed(output: string): boolean;
/** The one-line remedy for the Electron binary at `electronPath`. */
export function sandboxRemedy(electronPath: string): string;
/** Keeps the last `limit` characters written to it. */
export function tail(limit?: number): { push(chunk: unknown): void; readonly text: string };
/** Runs a program in the foreground, passing Ctrl+C on; resolves with its exit code (128 + signal for a crash). */
export function foreground(command: string, argv: string[], options?: { cwd?: string; env?: NodeJS.ProcessEnv; errors?: { push(chunk: unknown): void } | null }): Promise<number>;
/** Runs Electron; when it dies because the sandbox cannot start, prints the remedy. */
export function runElectron(electron: string, argv: string[], options?: { cwd?: string; env?: NodeJS.ProcessEnv }): Promise<number>;
