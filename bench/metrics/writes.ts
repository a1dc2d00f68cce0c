/**
 * Saving: creating one entry and updating one entry, each its own transaction with an fsync
 * (synchronous=FULL), FTS upkeep included. Floor: the same INSERT / UPDATE run directly.
 */
import { randomUUID } from 'node:crypto';
import type { DocNode } from '../../common/contract';
import { docToText, wordCount } from '../../main/core/text';
import { type BenchContext, measure, must } from '../context';
import { type Metric, timed } from '../report';
import { Rng } from '../rng';
import { entryDoc } from '../text-gen';

/** A body of about a paragraph or two: what most saves carry. */
function mediumDoc(rng: Rng): DocNode {
  let doc = entryDoc(rng, [], []);
  while (wordCount(docToText(doc)) < 60 || wordCount(docToText(doc)) > 250) doc = entryDoc(rng, [], []);
  return doc;
}

export function writeMetrics(ctx: BenchContext): Metric[] {
  const { core, raw, size } = ctx;
  const rng = new Rng(7);
  const bodies = Array.from({ length: 8 }, () => mediumDoc(rng));
  const people = (must<{ id: string }[]>(core, 'people:list', {})).slice(0, 3).map((p) => ({ stakeholderId: p.id }));

  const create = measure(ctx, 100, (i) => {
    must(core, 'entries:create', {
      title: `Benchmark entry ${i}`,
      body: bodies[i % bodies.length],
      ownershipLevel: 'milestone',
      tags: ['infra', 'bench'],
      seenBy: people,
    });
  });
  const insert = raw.prepare(
    `INSERT INTO entries (id, occurred_on, created_at, updated_at, revision, title, body, body_text, word_count, level)
     VALUES (?, '2026-03-10', ?, ?, 1, ?, ?, ?, ?, 'milestone')`,
  );
  const createFloor = measure(ctx, 100, (i) => {
    const body = bodies[i % bodies.length]!;
    const text = docToText(body);
    const now = new Date().toISOString();
    raw.transaction(() => insert.run(randomUUID(), now, now, `Floor entry ${i}`, JSON.stringify(body), text, wordCount(text))).immediate();
  });

  let entry = must<{ id: string; revision: number }>(core, 'entries:create', { body: bodies[0], ownershipLevel: 'task' });
  const update = measure(ctx, 100, (i) => {
    entry = must(core, 'entries:update', { id: entry.id, revision: entry.revision, body: bodies[(i + 1) % bodies.length] });
  });
  const seq = raw.prepare('SELECT seq FROM entries WHERE id = ?').pluck().get(entry.id) as number;
  const change = raw.prepare(
    `UPDATE entries SET body = ?, body_text = ?, word_count = ?, updated_at = ?, revision = revision + 1 WHERE seq = ?`,
  );
  const updateFloor = measure(ctx, 100, (i) => {
    const body = bodies[i % bodies.length]!;
    const text = docToText(body);
    raw.transaction(() => change.run(JSON.stringify(body), text, wordCount(text), new Date().toISOString(), seq)).immediate();
  });

  const note = 'one transaction + fsync each; FTS upkeep included';
  return [
    timed('write.create', size, create, { floor: createFloor, target: { p95: 5 }, note }),
    timed('write.update', size, update, { floor: updateFloor, target: { p95: 5 }, note }),
  ];
}
