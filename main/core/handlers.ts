/** Every contract operation bound to its implementation. */
import type { Handlers } from '../../common/contract';
import type { Ctx } from './api';
import { entryHandlers } from './entries';
import { goalHandlers, tagHandlers } from './goals';
import { peopleHandlers } from './people';
import { statsHandlers } from './stats';

export const handlers: Handlers<Ctx> = {
  entries: entryHandlers,
  people: peopleHandlers,
  goals: goalHandlers,
  tags: tagHandlers,
  stats: statsHandlers,
};
