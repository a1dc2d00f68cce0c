/** Every contract operation bound to its implementation. */
import type { Handlers } from '../../common/contract';
import type { Ctx } from './api';
import { entryHandlers } from './entries';
import { evidenceHandlers } from './evidence/handlers';
import { goalHandlers, tagHandlers } from './goals';
import { growthHandlers } from './growth/handlers';
import { jobHandlers } from './jobs/handlers';
import { peopleHandlers } from './people';
import { dataHandlers } from './safety/handlers';
import { reviewHandlers } from './review/handlers';
import { settingsHandlers } from './settings/handlers';
import { statsHandlers } from './stats';
import { followupsHandlers, praiseHandlers, updatesHandlers, visibilityHandlers } from './visibility/handlers';

export const handlers: Handlers<Ctx> = {
  entries: entryHandlers,
  people: peopleHandlers,
  goals: goalHandlers,
  tags: tagHandlers,
  stats: statsHandlers,
  growth: growthHandlers,
  reviews: reviewHandlers,
  data: dataHandlers,
  visibility: visibilityHandlers,
  praise: praiseHandlers,
  followups: followupsHandlers,
  updates: updatesHandlers,
  settings: settingsHandlers,
  jobs: jobHandlers,
  evidence: evidenceHandlers,
};
