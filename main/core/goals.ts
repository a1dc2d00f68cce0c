/** TODO(issue 2): implemented by the core work in progress. */
import type { Handlers } from '../../common/contract';
import type { Ctx } from './api';
import { CoreError } from './errors';

function todo(): never {
  throw new CoreError('storage', 'Not implemented yet');
}

export const goalHandlers: Handlers<Ctx>['goals'] = new Proxy({} as Handlers<Ctx>['goals'], { get: () => todo });
export const tagHandlers: Handlers<Ctx>['tags'] = new Proxy({} as Handlers<Ctx>['tags'], { get: () => todo });
