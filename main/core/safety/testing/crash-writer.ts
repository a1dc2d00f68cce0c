/**
 * Child process for the crash test: opens the journal given on the command line, prints
 * "ready", then writes entries through the contract as fast as it can, printing
 * "ack <id>" after each write the core acknowledged — until it is killed.
 */
import { openCore } from '../../api';

const path = process.argv[2];
if (!path) throw new Error('usage: crash-writer <journal file>');
const core = openCore(path);
process.stdout.write('ready\n');
for (let i = 0; ; i++) {
  const result = core.call('entries:create', {
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `crash test write ${i} ${'x'.repeat(i % 500)}` }] }] },
    ownershipLevel: 'task',
    tags: ['crash'],
  });
  if (!result.ok) {
    process.stderr.write(`${JSON.stringify(result.error)}\n`);
    process.exit(2);
  }
  // stdout is a pipe: on POSIX this write completes before the next entry starts.
  process.stdout.write(`ack ${(result.value as { id: string }).id}\n`);
}
