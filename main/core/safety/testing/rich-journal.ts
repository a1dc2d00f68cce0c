/** A journal that uses every feature the export must carry, and a table-by-table view of a journal's content. */
import type { Core } from '../../api';
import type { TestClock } from '../../test-helpers';
import { doc, docOf, mention, ok, paragraph } from '../../test-helpers';
import type { Db } from '../../db';

const MINUTE = 60_000;

/** Fills an empty journal: people (notes, links, archived), goals, entries (trash, edits, mentions, levels), settings, reviews. */
export function fillRichJournal(core: Core, clock: TestClock): void {
  const alice = ok(core, 'people:create', {
    name: 'Alice Ng',
    direction: 'up',
    role: 'Engineering manager',
    keyDecider: true,
    influence: 5,
    motivations: 'Ship predictably',
    influences: 'The VP',
    notes: 'Private: prefers written updates.\nLikes data.',
  });
  clock.advance(MINUTE);
  const bob = ok(core, 'people:create', { name: 'Bob', direction: 'diagonal-up' });
  clock.advance(MINUTE);
  const carol = ok(core, 'people:create', { name: 'Carol', direction: 'sideways' });
  ok(core, 'people:connect', { id: alice.id, otherId: bob.id });
  // Addresses match commit trailers and meeting attendees; they travel with the person.
  ok(core, 'evidence:setPersonEmails', { stakeholderId: alice.id, emails: ['alice@work.com', 'alice.k@home.org'] });
  ok(core, 'people:archive', { id: carol.id });
  clock.advance(MINUTE);
  const goal = ok(core, 'goals:create', { title: 'Grow revenue', description: 'FY26', periodStart: '2026-01-01', periodEnd: '2026-12-31' });
  ok(core, 'goals:create', { title: 'Dropped idea', status: 'dropped' });

  clock.advance(MINUTE);
  const launch = ok(core, 'entries:create', {
    occurredOn: '2026-02-03',
    title: 'Launched billing v2',
    body: docOf(
      paragraph('Shipped with ', mention(alice.id, 'Alice Ng'), ' watching #launch'),
      { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('Cut churn')] }] },
    ),
    ownershipLevel: 'project',
    impact: 'Churn down 2%',
    starred: true,
    tags: ['billing'],
    seenBy: [{ stakeholderId: bob.id, channel: 'demo' }],
    goalId: goal.id,
  });
  clock.advance(MINUTE);
  ok(core, 'entries:update', { id: launch.id, revision: 1, impact: 'Churn down 2.5%' });
  clock.advance(MINUTE);
  const trashed = ok(core, 'entries:create', { occurredOn: '2026-02-04', body: doc('A mistake'), ownershipLevel: 'task' });
  ok(core, 'entries:delete', { id: trashed.id });
  clock.advance(MINUTE);
  ok(core, 'entries:create', { occurredOn: '2025-12-30', body: doc('Year-end cleanup\nsecond line'), ownershipLevel: 'task', tags: ['ops'] });
  clock.advance(MINUTE);
  ok(core, 'entries:create', { occurredOn: '2026-03-01', body: doc('Mentored Carol'), ownershipLevel: 'leverage', seenBy: [{ stakeholderId: carol.id, channel: 'one-on-one' }] });

  const db = core.db;
  const now = clock.now().toISOString();
  // An imported entry awaiting triage (no level), with its source id.
  db.prepare(
    `INSERT INTO entries (id, occurred_on, created_at, updated_at, revision, title, body, body_text, word_count, level, source, source_id)
     VALUES ('01900000-0000-7000-8000-000000000001', '2019-05-06', ?, ?, 1, 'Old jrnl note', ?, 'From jrnl', 2, NULL, 'jrnl', 'abc-123')`,
  ).run(now, now, JSON.stringify(doc('From jrnl')));
  db.prepare(`INSERT INTO settings (key, value) VALUES ('ui.theme', '"dark"'), ('review.cycleStartMonth', '4')`).run();
  db.prepare(
    `INSERT INTO review_templates (id, name, description, sections, created_at, updated_at)
     VALUES ('01900000-0000-7000-8000-0000000000aa', 'Mine', NULL, '[{"id":"summary","kind":"summary","title":"Summary","enabled":true,"limit":null,"rule":null,"description":null}]', ?, ?)`,
  ).run(now, now);
  db.prepare(
    `INSERT INTO reviews (id, title, period_from, period_to, template_id, settings, document, generated_hash, edited, revision, created_at, updated_at)
     VALUES ('01900000-0000-7000-8000-0000000000bb', 'H1 review', '2026-01-01', '2026-06-30', 'brag-document', '{"preset":"custom"}', ?, 'h4sh', 1, 3, ?, ?)`,
  ).run(JSON.stringify(doc('My review')), now, now);
  db.prepare(
    `INSERT INTO praise (id, words, from_stakeholder_id, from_name, received_on, channel, place, entry_id, created_at, updated_at)
     VALUES ('01900000-0000-7000-8000-0000000000c1', 'Great launch!', ?, 'Alice Ng', '2026-02-05', 'chat', '#team', ?, ?, ?),
            ('01900000-0000-7000-8000-0000000000c2', 'Thanks for the help', NULL, 'A customer', '2026-02-06', NULL, NULL, NULL, ?, ?)`,
  ).run(alice.id, launch.id, now, now, now, now);
  db.prepare(
    `INSERT INTO entry_followups (entry_seq, follow_up_on, note, created_at, updated_at, resolved_on, outcome, outcome_number, outcome_unit)
     VALUES ((SELECT seq FROM entries WHERE id = ?), '2026-05-01', 'Check churn', ?, ?, '2026-05-02', 'Churn fell', 2.5, '%')`,
  ).run(launch.id, now, now);
  db.prepare(`INSERT INTO nudge_dismissals (stakeholder_id, dismissed_on) VALUES (?, '2026-03-01')`).run(bob.id);
}

/**
 * Every row of every table, comparable across journals: entries without their internal
 * seq, rows that point at an entry's seq pointing at its id instead, FTS internals left out.
 */
export function journalContent(db: Db): Record<string, string[]> {
  const tables = db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'entries_fts%' ORDER BY name`)
    .pluck()
    .all() as string[];
  const out: Record<string, string[]> = {};
  for (const table of tables) {
    const cols = (db.prepare('SELECT name FROM pragma_table_info(?)').all(table) as { name: string }[]).map((c) => c.name);
    const select = cols
      .filter((c) => !(table === 'entries' && c === 'seq'))
      .map((c) => (c === 'entry_seq' ? `(SELECT id FROM entries WHERE seq = t.entry_seq) AS entry_id` : `"${c}"`))
      .concat(table === 'entry_tags' ? ['(SELECT name FROM tags WHERE id = t.tag_id) AS tag_name'] : [])
      .filter((c) => !(table === 'entry_tags' && c === '"tag_id"'))
      .filter((c) => !(table === 'tags' && c === '"id"'));
    out[table] = (db.prepare(`SELECT ${select.join(', ')} FROM "${table}" t`).raw().all() as unknown[][]).map((r) => JSON.stringify(r)).sort();
  }
  return out;
}
