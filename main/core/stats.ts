/** TODO(issue 2): implemented by the core work in progress. */
import type { Handlers } from '../../common/contract';
import type { Ctx } from './api';
import { CoreError } from './errors';

function todo(): never {
  throw new CoreError('storage', 'Not implemented yet');
}

export const statsHandlers: Handlers<Ctx>['stats'] = new Proxy({} as Handlers<Ctx>['stats'], { get: () => todo });
