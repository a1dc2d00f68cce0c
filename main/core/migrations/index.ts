/**
 * Numbered schema migrations. Each runs in its own transaction and sets `user_version`
 * to its number. Append new ones; never edit one that has shipped.
 *
 * Every migration's SQL lives in this folder, frozen: the short ones inline below, the long
 * ones in a file of their own named after their number (`006-seen-figures.ts`). A migration
 * never imports a feature's code: what it creates is fixed the day it ships.
 */
import { SEEN_FIGURES_SQL } from './006-seen-figures';
import { EVIDENCE_SQL } from './007-evidence';
import { MEETINGS_SQL } from './008-evidence-meetings';
import { TAG_COUNTS_SQL } from './010-tag-counts';
import { SEARCH_STEMMING_SQL } from './011-search-stemming';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const LEVELS = `'task','milestone','project','value','leverage'`;
const DIRECTIONS = `'up','skip-level','diagonal-up','sideways','down','outside'`;
const CHANNELS = `'meeting','demo','written','one-on-one','review','chat','other'`;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'journal',
    sql: `
      CREATE TABLE goals (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        description TEXT,
        period_start TEXT,
        period_end TEXT,
        status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','done','dropped')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      -- seq is the rowid: the FTS index is keyed on it. id is the public, time-sortable id.
      CREATE TABLE entries (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        occurred_on TEXT NOT NULL CHECK (occurred_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        revision INTEGER NOT NULL DEFAULT 1,
        title TEXT,
        body TEXT NOT NULL,
        body_text TEXT NOT NULL,
        word_count INTEGER NOT NULL DEFAULT 0,
        level TEXT CHECK (level IN (${LEVELS})),
        impact TEXT,
        starred INTEGER NOT NULL DEFAULT 0 CHECK (starred IN (0,1)),
        goal_id TEXT REFERENCES goals(id) ON DELETE SET NULL,
        deleted_at TEXT,
        source TEXT,
        source_id TEXT
      ) STRICT;
      CREATE INDEX entries_timeline ON entries (occurred_on DESC, id DESC) WHERE deleted_at IS NULL;
      CREATE INDEX entries_trash ON entries (deleted_at DESC, id DESC) WHERE deleted_at IS NOT NULL;
      CREATE INDEX entries_goal ON entries (goal_id) WHERE goal_id IS NOT NULL;
      CREATE UNIQUE INDEX entries_source ON entries (source, source_id) WHERE source_id IS NOT NULL;

      CREATE TABLE tags (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE
      ) STRICT;
      CREATE TABLE entry_tags (
        entry_seq INTEGER NOT NULL REFERENCES entries(seq) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        PRIMARY KEY (entry_seq, tag_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX entry_tags_by_tag ON entry_tags (tag_id, entry_seq);

      CREATE TABLE stakeholders (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        role TEXT,
        direction TEXT NOT NULL CHECK (direction IN (${DIRECTIONS})),
        key_decider INTEGER NOT NULL DEFAULT 0 CHECK (key_decider IN (0,1)),
        influence INTEGER NOT NULL DEFAULT 3 CHECK (influence BETWEEN 1 AND 5),
        motivations TEXT,
        influences TEXT,
        notes TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        archived_at TEXT
      ) STRICT;
      CREATE UNIQUE INDEX stakeholders_active_name ON stakeholders (name_key) WHERE archived_at IS NULL;

      -- Undirected: each pair stored once with a < b.
      CREATE TABLE stakeholder_links (
        a TEXT NOT NULL REFERENCES stakeholders(id) ON DELETE CASCADE,
        b TEXT NOT NULL REFERENCES stakeholders(id) ON DELETE CASCADE,
        PRIMARY KEY (a, b),
        CHECK (a < b)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX stakeholder_links_b ON stakeholder_links (b);

      CREATE TABLE entry_stakeholders (
        entry_seq INTEGER NOT NULL REFERENCES entries(seq) ON DELETE CASCADE,
        stakeholder_id TEXT NOT NULL REFERENCES stakeholders(id) ON DELETE CASCADE,
        channel TEXT CHECK (channel IN (${CHANNELS})),
        PRIMARY KEY (entry_seq, stakeholder_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX entry_stakeholders_by_person ON entry_stakeholders (stakeholder_id, entry_seq);

      CREATE VIRTUAL TABLE entries_fts USING fts5(
        title, body_text, impact,
        content='entries', content_rowid='seq',
        tokenize='unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries BEGIN
        INSERT INTO entries_fts (rowid, title, body_text, impact) VALUES (new.seq, new.title, new.body_text, new.impact);
      END;
      CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries BEGIN
        INSERT INTO entries_fts (entries_fts, rowid, title, body_text, impact)
          VALUES ('delete', old.seq, old.title, old.body_text, old.impact);
      END;
      CREATE TRIGGER entries_fts_update AFTER UPDATE OF title, body_text, impact ON entries BEGIN
        INSERT INTO entries_fts (entries_fts, rowid, title, body_text, impact)
          VALUES ('delete', old.seq, old.title, old.body_text, old.impact);
        INSERT INTO entries_fts (rowid, title, body_text, impact) VALUES (new.seq, new.title, new.body_text, new.impact);
      END;

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `,
  },
  {
    version: 2,
    name: 'reviews',
    // Self-reviews (main/core/review/). Built-in templates live in code; only the user's own are stored.
    sql: `
      CREATE TABLE review_templates (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        description TEXT,
        sections TEXT NOT NULL CHECK (json_valid(sections)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      -- settings holds a snapshot of the template, so a review regenerates the same way after its
      -- template changes or is deleted. edited: the document differs from the one generated last
      -- (generated_hash), so regenerating must ask before replacing the user's edits.
      CREATE TABLE reviews (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        period_from TEXT NOT NULL CHECK (period_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        period_to TEXT NOT NULL CHECK (period_to GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        template_id TEXT NOT NULL,
        settings TEXT NOT NULL CHECK (json_valid(settings)),
        document TEXT NOT NULL CHECK (json_valid(document)),
        generated_hash TEXT NOT NULL,
        edited INTEGER NOT NULL DEFAULT 0 CHECK (edited IN (0,1)),
        revision INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (period_from <= period_to)
      ) STRICT;
      CREATE INDEX reviews_newest ON reviews (created_at DESC, id DESC);
    `,
  },
  {
    version: 3,
    name: 'visibility',
    // Praise log, outcome follow-ups and nudge dismissals (main/core/visibility/).
    sql: `
      -- from_name is the name as recorded (the person's name at the time when linked), so praise
      -- still says who gave it after that person is deleted (the link becomes NULL, the words stay).
      -- entry_id: purging the entry unlinks the praise; the praise itself stays.
      CREATE TABLE praise (
        id TEXT PRIMARY KEY,
        words TEXT NOT NULL CHECK (length(words) > 0),
        from_stakeholder_id TEXT REFERENCES stakeholders(id) ON DELETE SET NULL,
        from_name TEXT NOT NULL CHECK (length(from_name) > 0),
        received_on TEXT NOT NULL CHECK (received_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        channel TEXT CHECK (channel IN (${CHANNELS})),
        place TEXT,
        entry_id TEXT REFERENCES entries(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX praise_newest ON praise (received_on DESC, created_at DESC, id DESC);
      CREATE INDEX praise_by_person ON praise (from_stakeholder_id) WHERE from_stakeholder_id IS NOT NULL;
      CREATE INDEX praise_by_entry ON praise (entry_id) WHERE entry_id IS NOT NULL;

      -- One follow-up per entry; it goes with the entry when the entry is purged (its outcome
      -- is already in the entry's impact by then).
      CREATE TABLE entry_followups (
        entry_seq INTEGER PRIMARY KEY REFERENCES entries(seq) ON DELETE CASCADE,
        follow_up_on TEXT NOT NULL CHECK (follow_up_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        note TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        resolved_on TEXT CHECK (resolved_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        outcome TEXT,
        outcome_number REAL,
        outcome_unit TEXT,
        CHECK ((resolved_on IS NULL) = (outcome IS NULL))
      ) STRICT;
      CREATE INDEX entry_followups_pending ON entry_followups (follow_up_on) WHERE resolved_on IS NULL;

      -- The last day the user dismissed a nudge about each person.
      CREATE TABLE nudge_dismissals (
        stakeholder_id TEXT PRIMARY KEY REFERENCES stakeholders(id) ON DELETE CASCADE,
        dismissed_on TEXT NOT NULL CHECK (dismissed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX nudge_dismissals_by_day ON nudge_dismissals (dismissed_on);
    `,
  },
  {
    version: 4,
    name: 'entry-meta-index',
    // What filters, counts and search joins read of an entry, in covering indexes. In the
    // table these columns come after the long text, so reading them meant walking each row's
    // overflow pages: at 100,000 entries, counting by level took 130 ms (8 ms with
    // entries_meta), a timeline page filtered by level and star 22 ms (1 ms with the wider
    // entries_timeline), a year's level counts 6 ms (0.7 ms). See bench/README.md.
    sql: `
      CREATE INDEX entries_meta ON entries (seq, deleted_at, occurred_on, id, level, starred, goal_id);
      DROP INDEX entries_timeline;
      CREATE INDEX entries_timeline ON entries (occurred_on DESC, id DESC, level, starred, goal_id) WHERE deleted_at IS NULL;
    `,
  },
  {
    version: 5,
    name: 'goal-index-deleted-at',
    // goals:list counts each goal's live entries. entries_goal lacked deleted_at, so each of
    // those entries' rows was read (past the long text) to see whether it was in the trash:
    // 27-49 ms at 100,000 entries. With deleted_at in the index the count reads the index only.
    sql: `
      DROP INDEX entries_goal;
      CREATE INDEX entries_goal ON entries (goal_id, deleted_at) WHERE goal_id IS NOT NULL;
    `,
  },
  {
    version: 6,
    name: 'seen-figures',
    // What each person and direction has seen, kept by triggers (006-seen-figures.ts).
    sql: SEEN_FIGURES_SQL,
  },
  {
    version: 7,
    name: 'evidence',
    // Evidence collected from local git repositories and calendars (007-evidence.ts).
    sql: EVIDENCE_SQL,
  },
  {
    version: 8,
    name: 'evidence-meetings',
    // Meetings imported from calendar exports and who attended them (008-evidence-meetings.ts).
    sql: MEETINGS_SQL,
  },
  {
    version: 9,
    name: 'entry-example-confidential',
    // The onboarding example entry never counts as work (streak, stats, gaps, updates, reviews),
    // and an entry marked confidential is never suggested to anyone nor put in an update.
    // An example entry written before this version is recognised by its first line.
    sql: `
      ALTER TABLE entries ADD COLUMN example INTEGER NOT NULL DEFAULT 0 CHECK (example IN (0,1));
      ALTER TABLE entries ADD COLUMN confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0,1));
      UPDATE entries SET example = 1
        WHERE source IS NULL AND body_text LIKE 'An example entry — delete it whenever you like.%';
    `,
  },
  {
    version: 10,
    name: 'tag-counts',
    // Live entries per tag, kept by triggers (010-tag-counts.ts): tags:list no longer counts rows.
    sql: TAG_COUNTS_SQL,
  },
  {
    version: 11,
    name: 'search-stemming',
    // The search index made again with the porter stemmer (011-search-stemming.ts).
    sql: SEARCH_STEMMING_SQL,
  },
];

/** The schema version this build writes. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
