/**
 * Numbered schema migrations. Each runs in its own transaction and sets `user_version`
 * to its number. Append new ones; never edit one that has shipped.
 */
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
];

/** The schema version this build writes. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
