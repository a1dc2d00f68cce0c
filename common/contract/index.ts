/**
 * The one API contract. Every call from the renderer (over IPC or the browser host)
 * and from the CLI reaches the core through an operation declared here.
 * Channel names are `domain:verb`.
 */
import type { z } from 'zod';
import { dataContract } from './data';
import { entriesContract } from './entries';
import { evidenceContract } from './evidence';
import { goalsContract, tagsContract } from './goals';
import { growthContract } from './growth';
import { jobsContract } from './jobs';
import { peopleContract } from './people';
import { reviewContract } from './review';
import { settingsContract } from './settings';
import type { OpDef, Result } from './shared';
import { statsContract } from './stats';
import { followupsContract, praiseContract, updatesContract, visibilityContract } from './visibility';

export const contract = {
  entries: entriesContract,
  people: peopleContract,
  goals: goalsContract,
  tags: tagsContract,
  stats: statsContract,
  growth: growthContract,
  reviews: reviewContract,
  data: dataContract,
  visibility: visibilityContract,
  praise: praiseContract,
  followups: followupsContract,
  updates: updatesContract,
  settings: settingsContract,
  jobs: jobsContract,
  evidence: evidenceContract,
} as const;

export type Contract = typeof contract;
export type Domain = keyof Contract;

type AnyOp = OpDef<z.ZodType, unknown>;
type OpsOf<D extends Domain> = Contract[D];
export type Channel = { [D in Domain]: `${D & string}:${keyof OpsOf<D> & string}` }[Domain];

type InputOf<O> = O extends OpDef<infer I, unknown> ? z.input<I> : never;
type ParsedOf<O> = O extends OpDef<infer I, unknown> ? z.output<I> : never;
type ResultOf<O> = O extends OpDef<z.ZodType, infer R> ? R : never;

/** What the renderer sees on `window.scopebook`: one async method per operation. */
export type ScopebookApi = {
  [D in Domain]: { [V in keyof OpsOf<D>]: (input: InputOf<OpsOf<D>[V]>) => Promise<Result<ResultOf<OpsOf<D>[V]>>> };
};

/** What the core implements: one synchronous handler per operation, given parsed input. */
export type Handlers<Ctx> = {
  [D in Domain]: { [V in keyof OpsOf<D>]: (ctx: Ctx, input: ParsedOf<OpsOf<D>[V]>) => ResultOf<OpsOf<D>[V]> };
};

export interface ChannelDef {
  channel: Channel;
  domain: Domain;
  verb: string;
  op: AnyOp;
}

/** Every operation, flattened, in declaration order. */
export const CHANNELS: readonly ChannelDef[] = Object.entries(contract).flatMap(([domain, ops]) =>
  Object.entries(ops as Record<string, AnyOp>).map(([verb, op]) => ({
    channel: `${domain}:${verb}` as Channel,
    domain: domain as Domain,
    verb,
    op,
  })),
);

const byChannel = new Map(CHANNELS.map((c) => [c.channel as string, c]));

/** Look up an operation by channel name; undefined for anything not in the contract. */
export function findChannel(name: unknown): ChannelDef | undefined {
  return typeof name === 'string' ? byChannel.get(name) : undefined;
}

export * from './data';
export * from './entries';
export * from './evidence';
export * from './goals';
export * from './growth';
export * from './jobs';
export * from './people';
export * from './review';
export * from './settings';
export * from './shared';
export * from './stats';
export * from './visibility';
export * from './events';
