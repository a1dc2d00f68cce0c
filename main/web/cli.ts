/**
 * Entry point of the browser host, bundled to dist/main/web.js:
 * `node dist/main/web.js [--port N] [--data-dir DIR]` (or `npm run web`, which builds first).
 */
import { join } from 'node:path';
import { runWebHost } from './run';

async function main(): Promise<void> {
  const running = await runWebHost({
    argv: process.argv.slice(2),
    env: process.env,
    rendererDir: join(__dirname, '..', 'renderer'),
    workerFile: join(__dirname, 'jobs-worker.js'),
    print: (line) => console.log(line),
    printError: (line) => console.error(line),
  });
  if (!running) {
    process.exitCode = 1;
    return;
  }
  const stop = () => {
    void running.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  process.once('SIGHUP', stop);
}

void main();
