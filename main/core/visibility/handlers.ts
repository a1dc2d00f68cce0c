/**
 * The visibility, praise, follow-up and update handlers of the contract. "today" is the
 * caller's local day when given, else the core clock's (so tests and the e2e clock control it).
 */
import type { Handlers } from '../../../common/contract';
import type { Ctx } from '../api';
import { localDay } from '../clock';
import { clearFollowUp, dueFollowUps, getFollowUp, listFollowUps, resolveFollowUp, setFollowUp } from './followups';
import { findGaps } from './gaps';
import { peopleMap } from './map';
import { dismissNudge, nudgeFor } from './nudge';
import { createPraise, deletePraise, listPraise, updatePraise } from './praise';
import { radar } from './radar';
import { prepareUpdate } from './update';

function today(ctx: Ctx, input: { today?: string | undefined }): string {
  return input.today ?? localDay(ctx.clock);
}

/** visibility:* — map, radar, gaps and the weekly nudge. */
export const visibilityHandlers: Handlers<Ctx>['visibility'] = {
  map: (ctx, input) => peopleMap(ctx.db, today(ctx, input)),
  radar: (ctx, input) => radar(ctx.db, today(ctx, input)),
  gaps: (ctx, input) => findGaps(ctx.db, { ...input, today: today(ctx, input) }),
  nudge: (ctx, input) => nudgeFor(ctx.db, today(ctx, input)),
  dismissNudge: (ctx, input) => dismissNudge(ctx.db, input.stakeholderId, today(ctx, input)),
};

/** praise:* — the praise log. */
export const praiseHandlers: Handlers<Ctx>['praise'] = {
  list: (ctx, input) => listPraise(ctx.db, input),
  create: (ctx, input) => createPraise(ctx, input),
  update: (ctx, input) => updatePraise(ctx, input),
  delete: (ctx, input) => deletePraise(ctx.db, input.id),
};

/** followups:* — outcome follow-ups. */
export const followupsHandlers: Handlers<Ctx>['followups'] = {
  set: (ctx, input) => setFollowUp(ctx, input.entryId, input.followUpOn, input.note ?? null),
  clear: (ctx, input) => clearFollowUp(ctx.db, input.entryId),
  get: (ctx, input) => getFollowUp(ctx.db, input.entryId),
  list: (ctx, input) => listFollowUps(ctx.db, input.includeResolved ?? false),
  due: (ctx, input) => dueFollowUps(ctx.db, today(ctx, input)),
  resolve: (ctx, input) => resolveFollowUp(ctx, input, today(ctx, input)),
};

/** updates:* — updates prepared for a person or a direction. */
export const updatesHandlers: Handlers<Ctx>['updates'] = {
  prepare: (ctx, input) => prepareUpdate(ctx.db, input),
};
