/** Entry of the jobs worker bundle (dist/main/jobs-worker.js): runs the job it was started with. */
import { isJobWorker, runJobInWorker } from './worker';

if (isJobWorker()) runJobInWorker();
