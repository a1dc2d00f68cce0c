/**
 * Everything the CLI touches outside itself (streams, environment, clock), in one object so
 * commands stay plain functions and the entry point decides what is real.
 */
export interface CliIo {
  /** Writes to stdout (the caller adds newlines). */
  write(text: string): void;
  /** Writes to stderr. */
  writeErr(text: string): void;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  stdinIsTTY: boolean;
  /** Terminal width, or null when stdout is not a terminal. */
  columns: number | null;
  readStdin(): Promise<string>;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  now(): Date;
}

/** The real process: what `scopebook` runs with. */
export function processIo(): CliIo {
  return {
    write: (text) => void process.stdout.write(text),
    writeErr: (text) => void process.stderr.write(text),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    stdinIsTTY: Boolean(process.stdin.isTTY),
    columns: process.stdout.isTTY ? process.stdout.columns || 80 : null,
    readStdin,
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
  };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
