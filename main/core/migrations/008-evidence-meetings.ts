/**
 * Migration 8 ("evidence-meetings"): meetings imported from calendar exports and who attended
 * them (main/core/evidence/meetings.ts), evidence of who saw the work. This SQL has shipped:
 * never edit it, add a migration instead.
 */
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
