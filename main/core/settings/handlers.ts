/** The `settings` operations of the contract. */
import type { Handlers } from '../../../common/contract';
import type { Ctx } from '../api';
import { localDay } from '../clock';
import { cycleStatus } from '../schedule/cycle';
import { readSettings, updateSettings } from './store';

/** get / update / prompts, bound to the journal's settings table. */
export const settingsHandlers: Handlers<Ctx>['settings'] = {
  get: (ctx) => readSettings(ctx.db),
  update: (ctx, patch) => updateSettings(ctx.db, patch),
  prompts: (ctx, input) => {
    const settings = readSettings(ctx.db);
    const today = input.today ?? localDay(ctx.clock);
    return {
      cycle: cycleStatus(settings.reviewCycle, today),
      offerReminder: !settings.reminder.offered && !settings.reminder.enabled,
    };
  },
};
