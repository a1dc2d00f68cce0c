/**
 * Writing a planned import. Runs inside the caller's write transaction, so an error on the
 * last entry leaves the journal exactly as it was. Scopebook files keep their ids,
 * timestamps and revisions; other sources get new ids and no ownership level (triage).
 */
import type { ImportResult } from '../../../../common/contract/data';
import { instant, type Clock } from '../../clock';
import type { Db } from '../../db';
import { newId } from '../../ids';
import { mentionedIds, wordCount } from '../../text';
import { type LongWork, step } from '../progress';
import { writeSetting } from '../settings';
import { DEVICE_SETTINGS, checkWritableFolder } from '../locations';
import { type ImportPlan, nameKey } from './plan';

/** Inserts everything the plan adds. Call inside a transaction. */
export function commitImport(db: Db, plan: ImportPlan, clock: Clock, work?: LongWork): ImportResult {
  const journal = plan.parsed.journal;
  const personId = (id: string) => plan.samePerson.get(id) ?? id;
  const now = instant(clock);

  if (journal) {
    const hasSetting = db.prepare('SELECT 1 FROM settings WHERE key = ?').pluck();
    for (const [key, value] of Object.entries(journal.settings)) {
      if (hasSetting.get(key)) continue;
      if ((DEVICE_SETTINGS as readonly string[]).includes(key) && !usableFolder(value)) continue;
      writeSetting(db, key, value);
    }
    const insertGoal = db.prepare(
      `INSERT INTO goals (id, title, description, period_start, period_end, status, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const g of journal.goals) {
      if (plan.newGoals.has(g.id)) {
        insertGoal.run(g.id, g.title, g.description, g.periodStart, g.periodEnd, g.status, g.createdAt, g.updatedAt);
      }
    }
    const insertPerson = db.prepare(
      `INSERT INTO stakeholders (id, name, name_key, role, direction, key_decider, influence, motivations, influences,
         notes, created_at, updated_at, archived_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const p of journal.people) {
      if (!plan.newPeople.has(p.id)) continue;
      insertPerson.run(
        p.id,
        p.name,
        nameKey(p.name),
        p.role,
        p.direction,
        p.keyDecider ? 1 : 0,
        p.influence,
        p.motivations,
        p.influences,
        p.notes,
        p.createdAt,
        p.updatedAt,
        p.archivedAt,
      );
    }
    // Addresses go to the person (or the one they merged into); one already someone else's stays theirs.
    const addEmail = db.prepare('INSERT OR IGNORE INTO stakeholder_emails (email, stakeholder_id) VALUES (?, ?)');
    for (const p of journal.people) for (const e of p.emails ?? []) addEmail.run(e, personId(p.id));
    const link = db.prepare('INSERT OR IGNORE INTO stakeholder_links (a, b) VALUES (?, ?)');
    for (const [x, y] of journal.connections) {
      const a = personId(x);
      const b = personId(y);
      if (a !== b) link.run(a < b ? a : b, a < b ? b : a);
    }
    const template = db.prepare(
      `INSERT OR IGNORE INTO review_templates (id, name, description, sections, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    for (const t of journal.reviewTemplates) {
      template.run(t.id, t.name, t.description, JSON.stringify(t.sections), t.createdAt, t.updatedAt);
    }
    const review = db.prepare(
      `INSERT OR IGNORE INTO reviews (id, title, period_from, period_to, template_id, settings, document, generated_hash,
         edited, revision, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const r of journal.reviews) {
      review.run(
        r.id,
        r.title,
        r.periodFrom,
        r.periodTo,
        r.templateId,
        JSON.stringify(r.settings),
        JSON.stringify(r.document),
        r.generatedHash,
        r.edited ? 1 : 0,
        r.revision,
        r.createdAt,
        r.updatedAt,
      );
    }
    const tag = db.prepare('INSERT OR IGNORE INTO tags (name) VALUES (?)');
    for (const name of journal.tags) tag.run(name);
  }

  const insertEntry = db.prepare(
    `INSERT INTO entries (id, occurred_on, created_at, updated_at, revision, title, body, body_text, word_count,
       level, impact, starred, goal_id, deleted_at, source, source_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const upsertTag = db.prepare('INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO UPDATE SET name = name RETURNING id');
  const linkTag = db.prepare('INSERT OR IGNORE INTO entry_tags (entry_seq, tag_id) VALUES (?, ?)');
  const seen = db.prepare('INSERT OR IGNORE INTO entry_stakeholders (entry_seq, stakeholder_id, channel) VALUES (?, ?, ?)');
  const followUp = db.prepare(
    `INSERT INTO entry_followups (entry_seq, follow_up_on, note, created_at, updated_at, resolved_on, outcome, outcome_number, outcome_unit)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  const ordered = journal
    ? plan.add
    : [...plan.add].sort((a, b) => (a.occurredOn === b.occurredOn ? (a.createdAt ?? '').localeCompare(b.createdAt ?? '') : a.occurredOn < b.occurredOn ? -1 : 1));
  const total = ordered.length;
  step(work, 0, total);
  ordered.forEach((e, i) => {
    const r = e.record;
    const info = r
      ? insertEntry.run(
          r.id,
          r.occurredOn,
          r.createdAt,
          r.updatedAt,
          r.revision,
          r.title,
          JSON.stringify(r.body),
          e.bodyText,
          wordCount(e.bodyText),
          r.level,
          r.impact,
          r.starred ? 1 : 0,
          r.goalId,
          r.deletedAt,
          r.source,
          r.sourceId,
        )
      : insertEntry.run(
          newId(clock.now().getTime()),
          e.occurredOn,
          e.createdAt ?? now,
          now,
          1,
          e.title,
          JSON.stringify(e.body),
          e.bodyText,
          wordCount(e.bodyText),
          null,
          null,
          e.starred ? 1 : 0,
          null,
          null,
          plan.parsed.source,
          e.sourceId,
        );
    const seq = Number(info.lastInsertRowid);
    if (r?.example || r?.confidential) {
      db.prepare('UPDATE entries SET example = ?, confidential = ? WHERE seq = ?').run(r.example ? 1 : 0, r.confidential ? 1 : 0, seq);
    }
    for (const name of e.allTags) linkTag.run(seq, (upsertTag.get(name) as { id: number }).id);
    for (const s of r?.seenBy ?? []) seen.run(seq, personId(s.personId), s.channel);
    // A person linked in the text ([[Name]] in Obsidian) saw it, as a mention typed in the app records.
    if (!r) for (const id of mentionedIds(e.body)) seen.run(seq, id, null);
    const f = r?.followUp;
    if (f) followUp.run(seq, f.followUpOn, f.note, f.createdAt, f.updatedAt, f.resolvedOn, f.outcome, f.outcomeNumber, f.outcomeUnit);
    if ((i + 1) % 200 === 0 || i + 1 === total) step(work, i + 1, total);
  });

  if (journal) {
    // After the entries: praise may point at one. An entry skipped as a duplicate under another id leaves the praise unlinked.
    const entryExists = db.prepare('SELECT 1 FROM entries WHERE id = ?').pluck();
    const praise = db.prepare(
      `INSERT OR IGNORE INTO praise (id, words, from_stakeholder_id, from_name, received_on, channel, place, entry_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const p of journal.praise) {
      const entryId = p.entryId && entryExists.get(p.entryId) ? p.entryId : null;
      const from = p.fromPersonId ? personId(p.fromPersonId) : null;
      praise.run(p.id, p.words, from, p.fromName, p.receivedOn, p.channel, p.place, entryId, p.createdAt, p.updatedAt);
    }
    const dismissal = db.prepare('INSERT OR IGNORE INTO nudge_dismissals (stakeholder_id, dismissed_on) VALUES (?, ?)');
    for (const d of journal.nudgeDismissals) dismissal.run(personId(d.personId), d.dismissedOn);
  }

  return {
    source: plan.parsed.source,
    imported: total,
    duplicates: plan.duplicates.length,
    people: plan.newPeople.size,
    goals: plan.newGoals.size,
    warnings: plan.warnings,
  };
}

function usableFolder(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    checkWritableFolder(value, 'folder');
    return true;
  } catch {
    return false;
  }
}
