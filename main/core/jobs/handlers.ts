/**
 * The `jobs` domain as the bare core answers it. Jobs need a host that runs worker threads
 * (createJobHost, bound by the browser host and Electron main), which answers `jobs:*` before
 * the core sees them; anything else (the CLI, tests on a bare core) calls `data:*` directly.
 */
import type { Handlers } from '../../../common/contract';
import type { Ctx } from '../api';
import { CoreError } from '../errors';

function unavailable(): never {
  throw new CoreError('invalid_input', 'Background jobs run only in the app (desktop or browser host); call the data operation directly here.');
}

/** The jobs handlers of the bare core: each refuses with a clear message. */
export const jobHandlers: Handlers<Ctx>['jobs'] = {
  start: unavailable,
  status: unavailable,
  cancel: unavailable,
};
