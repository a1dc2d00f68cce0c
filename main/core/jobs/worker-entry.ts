/**
 * Entry of the worker bundle (dist/main/jobs-worker.js). One bundle, three kinds of thread,
 * told apart by their workerData: the journal worker (every contract call of a host), its
 * reader thread (slow reads), and a job (one long operation with progress and Cancel).
 */
import { isJournalWorker, runJournalWorker } from './journal-worker';
import { isJobWorker, runJobInWorker } from './worker';

if (isJobWorker()) runJobInWorker();
else if (isJournalWorker()) runJournalWorker();
