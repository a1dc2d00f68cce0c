/**
 * Migration 7 ("evidence"): evidence collected from local git repositories and calendars
 * (main/core/evidence): people's email addresses, candidate entries waiting in Triage, and what
 * was already read. This SQL has shipped: never edit it, add a migration instead.
 */
export const EVIDENCE_SQL = `
  -- A person's email addresses (lower case); one address belongs to one person.
  CREATE TABLE stakeholder_emails (
    email TEXT PRIMARY KEY,
    stakeholder_id TEXT NOT NULL REFERENCES stakeholders(id) ON DELETE CASCADE
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX stakeholder_emails_by_person ON stakeholder_emails (stakeholder_id);

  -- Candidate entries proposed from evidence; they become entries only through Triage.
  CREATE TABLE evidence_candidates (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('git','meeting')),
    occurred_on TEXT NOT NULL CHECK (occurred_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    title TEXT NOT NULL,
    topic TEXT,
    source TEXT NOT NULL,
    items TEXT NOT NULL,
    merges TEXT NOT NULL,
    tags TEXT NOT NULL,
    people TEXT NOT NULL,
    files INTEGER NOT NULL DEFAULT 0,
    added INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    minutes INTEGER,
    created_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX evidence_candidates_by_day ON evidence_candidates (occurred_on, id);

  -- What was already turned into candidates (commit hashes, calendar occurrences): re-running adds only what is new.
  CREATE TABLE evidence_seen (
    source TEXT NOT NULL,
    key TEXT NOT NULL,
    PRIMARY KEY (source, key)
  ) STRICT, WITHOUT ROWID;
`;
