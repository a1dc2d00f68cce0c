/** Schema of the evidence tables (migration 7). */
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

/** Meetings imported from calendar exports (migration 8): evidence of who saw the work. */
export const MEETINGS_SQL = `
  -- One row per meeting occurrence (UID, and the occurrence's start for a recurring one).
  -- Only meetings that count are kept: not declined, not private, not free/busy-only.
  CREATE TABLE evidence_meetings (
    id TEXT PRIMARY KEY,
    day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    title TEXT NOT NULL,
    minutes INTEGER NOT NULL,
    organised INTEGER NOT NULL CHECK (organised IN (0, 1)),
    calendar TEXT,
    imported_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX evidence_meetings_by_day ON evidence_meetings (day);

  -- Who else was invited (the user's own addresses are left out), lower-case addresses.
  CREATE TABLE evidence_meeting_attendees (
    meeting_id TEXT NOT NULL REFERENCES evidence_meetings(id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    name TEXT,
    PRIMARY KEY (meeting_id, email)
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX evidence_meeting_attendees_by_email ON evidence_meeting_attendees (email, meeting_id);
`;
