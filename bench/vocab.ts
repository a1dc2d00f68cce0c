/**
 * The words, people, tags and goals benchmark journals are written with. Fixed lists (not
 * drawn from the seed) so the benchmark queries below always exist with the same frequency.
 */
import { Rng } from './rng';

/**
 * Real words, most frequent first. Function words lead (they end up in nearly every entry, as
 * in real writing), then the vocabulary of work notes. Variants of "deploy" are spread out so
 * a prefix search has several terms to expand.
 */
const BASE_WORDS = `the to and of a in for with on we that is it this was I team our from be as at
by are have not will but they meeting all about after up out more so work review new plan
today need next an week deploy one which their when first people what also time project can
their some fixed data feedback other call into customer than issue then us release service
its would could been manager there get were design only test design new over two before back
started support team's while should week's process each update discussed made help through
rollout decided doc shared well good how any because most agreed set worked these changes
user bug product api code performance deployed goal sprint quarter launch incident owner
ticket metric change moved board pipeline cost reduced improved alignment users wrote
migration mentor onboarding proposal roadmap hiring interview latency outage dashboard
security budget demo vendor contract deployment planning retro risk estimate priority
backlog scope customers platform migrated database schema cache queue partner requirement
stakeholder leadership strategy review's architecture prototype experiment analysis survey
deployments benchmark refactor reliability availability capacity forecast headcount
escalation compliance audit integration handover documentation training workshop offsite
presentation keynote article newsletter runbook postmortem dependency upgrade library
framework monitoring alerting paging on-call rotation deploys regression flaky coverage
automation tooling script cluster region failover backup restore encryption privacy
consent retention billing invoice pricing churn activation conversion funnel cohort
segment accessibility localisation translation latency's throughput bottleneck profiling
index query replica shard vacuum checkpoint compaction snapshot quota limit throttle
deployer kubernetes terraform lambda container image registry artifact signing release's
changelog semver versioning deprecation sunset launchpad charter okr initiative
programme portfolio governance steering committee sponsor mandate memo narrative`;

/** Two-word phrases people write often: phrase search looks for one of them. */
export const STOCK_PHRASES = [
  'code review',
  'design doc',
  'incident review',
  'quarterly planning',
  'performance review',
  'cost savings',
  'customer call',
  'hiring loop',
  'tech debt',
  'launch plan',
] as const;

/** Tags the generator uses, most used first. */
export const TAGS = [
  'infra', 'hiring', 'mentoring', 'incident', 'launch', 'planning', 'customer', 'docs', 'security', 'perf',
  'oncall', 'architecture', 'process', 'data', 'billing', 'mobile', 'frontend', 'backend', 'ml', 'research',
  'speaking', 'writing', 'interviews', 'budget', 'vendor', 'compliance', 'accessibility', 'reliability',
  'migration', 'tooling', 'analytics', 'growth', 'onboarding', 'offsite', 'community', 'open-source',
  'partnerships', 'pricing', 'support', 'quality',
] as const;

const FIRST = `Ada Alan Amara Ana Ben Bea Carl Chen Dana Dev Eli Emma Farah Finn Gita Hugo Ines Ivan Jana
Joel Kai Kira Lars Lea Mia Milo Nadia Noah Omar Olga Pia Priya Quinn Raj Rosa Sam Sara Tao Tess Uma Vik
Wen Yara Yusuf Zoe Aiko Bruno Chloe Diego`.split(/\s+/);
const LAST = `Abbott Bauer Costa Dubois Eriksen Fischer Garcia Haddad Ito Jensen Kowalski Lopez Moreau
Nakamura Okafor Petrov Quist Rossi Sato Tanaka Ueda Varga Weber Xu Yilmaz Zhang`.split(/\s+/);
const ROLES = ['Engineering manager', 'Director', 'VP Engineering', 'Staff engineer', 'Product manager',
  'Designer', 'Engineer', 'Data scientist', 'Customer success', 'CTO', 'Principal engineer', 'Recruiter'];

/** How many words in the vocabulary: real words first, then made-up ones for the long tail. */
export const VOCABULARY_SIZE = 30_000;

const SYLLABLES = `ka lo mi ne ru sa te vo zu bri cla dre fro gla pli stu tra quo xe yan mor lin dax ber
fen gor hul jin kes lum nax pid rog sul tiv wex yor zam`.split(/\s+/);

let cached: string[] | null = null;

/** The vocabulary, most frequent first (the same on every call and every machine). */
export function vocabulary(): readonly string[] {
  if (cached) return cached;
  const words = [...new Set(BASE_WORDS.split(/\s+/).filter(Boolean))];
  const seen = new Set(words);
  const rng = new Rng(0x5c0be);
  while (words.length < VOCABULARY_SIZE) {
    const n = rng.int(2, 4);
    let w = '';
    for (let i = 0; i < n; i++) w += rng.pick(SYLLABLES);
    if (!seen.has(w)) {
      seen.add(w);
      words.push(w);
    }
  }
  cached = words;
  return words;
}

/** `count` distinct people's names. */
export function personNames(count: number): string[] {
  const names: string[] = [];
  for (let i = 0; names.length < count; i++) {
    const first = FIRST[i % FIRST.length]!;
    const last = LAST[Math.floor(i / FIRST.length) % LAST.length]!;
    const suffix = i >= FIRST.length * LAST.length ? ` ${Math.floor(i / (FIRST.length * LAST.length)) + 1}` : '';
    names.push(`${first} ${last}${suffix}`);
  }
  return names;
}

/** A role drawn with `rng`. */
export function pickRole(rng: Rng): string {
  return rng.pick(ROLES);
}

/**
 * What the benchmark searches for. Each is chosen to exercise one shape of query: a word in
 * about half of all entries, a word in a few percent, a prefix with many expansions, a
 * phrase, and a word so rare only a handful of entries hold it.
 */
export const BENCH_QUERIES = {
  common: 'team',
  single: 'migration',
  prefix: 'deplo*',
  phrase: '"code review"',
  rare: (): string => vocabulary()[VOCABULARY_SIZE - 7]!,
} as const;
