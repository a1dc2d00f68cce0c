/**
 * Migration 6 ("seen-figures"): what each person has seen, kept up to date by triggers, so the
 * people map, the radar, the gaps and people:list read a few index entries per person instead
 * of aggregating every (person, entry) link (226,000 links at 100,000 entries: 312–455 ms,
 * see bench/README.md). This SQL has shipped once the migration is released: never edit it,
 * add a migration instead.
 *
 * - `seen_links`: one row per link of a live entry (trashed entries have none), with the
 *   entry's day and level rank, keyed by person then day: a person's last day seen and their
 *   counts in a window are index seeks and short ranges.
 * - `seen_ranks`: per person and level rank (0 = not rated), how many live entries they saw,
 *   any day. Totals and the highest level come from here, corrected by the (rare) entries
 *   dated after "today", read from `seen_links`.
 * - `seen_direction_entries` / `seen_direction_totals`: the live entries seen by at least one
 *   active person of each direction, and their count, for the radar's distinct totals.
 */

/** Level rank of `alias.level`, as in common/vocabulary.ts (frozen with this migration). */
const rank = (alias: string) =>
  `CASE ${alias}.level WHEN 'task' THEN 1 WHEN 'milestone' THEN 2 WHEN 'project' THEN 3 WHEN 'value' THEN 4 WHEN 'leverage' THEN 5 ELSE 0 END`;

/** Removes (entry, direction) pairs no active person of that direction still sees. */
const pruneDirections = (seq: string) => `
    DELETE FROM seen_direction_entries
     WHERE entry_seq = ${seq}
       AND direction NOT IN (
         SELECT s.direction FROM seen_links sl JOIN stakeholders s ON s.id = sl.stakeholder_id
          WHERE sl.entry_seq = ${seq} AND s.archived_at IS NULL);`;

export const SEEN_FIGURES_SQL = `
  CREATE TABLE seen_links (
    stakeholder_id TEXT NOT NULL,
    occurred_on TEXT NOT NULL,
    entry_seq INTEGER NOT NULL,
    rank INTEGER NOT NULL,
    PRIMARY KEY (stakeholder_id, occurred_on, entry_seq)
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX seen_links_by_entry ON seen_links (entry_seq);

  CREATE TABLE seen_ranks (
    stakeholder_id TEXT NOT NULL,
    rank INTEGER NOT NULL,
    n INTEGER NOT NULL CHECK (n > 0),
    PRIMARY KEY (stakeholder_id, rank)
  ) STRICT, WITHOUT ROWID;

  CREATE TABLE seen_direction_entries (
    entry_seq INTEGER NOT NULL,
    direction TEXT NOT NULL,
    PRIMARY KEY (entry_seq, direction)
  ) STRICT, WITHOUT ROWID;

  CREATE TABLE seen_direction_totals (
    direction TEXT PRIMARY KEY,
    n INTEGER NOT NULL
  ) STRICT, WITHOUT ROWID;

  -- Backfill, set-based, before the triggers exist.
  INSERT INTO seen_links (stakeholder_id, occurred_on, entry_seq, rank)
    SELECT es.stakeholder_id, e.occurred_on, e.seq, ${rank('e')}
      FROM entry_stakeholders es JOIN entries e ON e.seq = es.entry_seq
     WHERE e.deleted_at IS NULL;
  INSERT INTO seen_ranks (stakeholder_id, rank, n)
    SELECT stakeholder_id, rank, count(*) FROM seen_links GROUP BY stakeholder_id, rank;
  INSERT INTO seen_direction_entries (entry_seq, direction)
    SELECT DISTINCT sl.entry_seq, s.direction
      FROM seen_links sl JOIN stakeholders s ON s.id = sl.stakeholder_id
     WHERE s.archived_at IS NULL;
  INSERT INTO seen_direction_totals (direction, n)
    SELECT direction, count(*) FROM seen_direction_entries GROUP BY direction;

  -- Direction totals follow their entries.
  CREATE TRIGGER seen_direction_entries_insert AFTER INSERT ON seen_direction_entries BEGIN
    INSERT INTO seen_direction_totals (direction, n) VALUES (new.direction, 1)
      ON CONFLICT (direction) DO UPDATE SET n = n + 1;
  END;
  CREATE TRIGGER seen_direction_entries_delete AFTER DELETE ON seen_direction_entries BEGIN
    UPDATE seen_direction_totals SET n = n - 1 WHERE direction = old.direction;
  END;

  -- Per-person counts and directions follow seen_links.
  CREATE TRIGGER seen_links_insert AFTER INSERT ON seen_links BEGIN
    INSERT INTO seen_ranks (stakeholder_id, rank, n) VALUES (new.stakeholder_id, new.rank, 1)
      ON CONFLICT (stakeholder_id, rank) DO UPDATE SET n = n + 1;
    INSERT OR IGNORE INTO seen_direction_entries (entry_seq, direction)
      SELECT new.entry_seq, direction FROM stakeholders WHERE id = new.stakeholder_id AND archived_at IS NULL;
  END;
  CREATE TRIGGER seen_links_delete AFTER DELETE ON seen_links BEGIN
    DELETE FROM seen_ranks WHERE stakeholder_id = old.stakeholder_id AND rank = old.rank AND n = 1;
    UPDATE seen_ranks SET n = n - 1 WHERE stakeholder_id = old.stakeholder_id AND rank = old.rank;
    ${pruneDirections('old.entry_seq')}
  END;
  CREATE TRIGGER seen_links_rank AFTER UPDATE OF rank ON seen_links WHEN old.rank <> new.rank BEGIN
    DELETE FROM seen_ranks WHERE stakeholder_id = old.stakeholder_id AND rank = old.rank AND n = 1;
    UPDATE seen_ranks SET n = n - 1 WHERE stakeholder_id = old.stakeholder_id AND rank = old.rank;
    INSERT INTO seen_ranks (stakeholder_id, rank, n) VALUES (new.stakeholder_id, new.rank, 1)
      ON CONFLICT (stakeholder_id, rank) DO UPDATE SET n = n + 1;
  END;

  -- Links of live entries.
  CREATE TRIGGER seen_es_insert AFTER INSERT ON entry_stakeholders BEGIN
    INSERT INTO seen_links (stakeholder_id, occurred_on, entry_seq, rank)
      SELECT new.stakeholder_id, e.occurred_on, e.seq, ${rank('e')}
        FROM entries e WHERE e.seq = new.entry_seq AND e.deleted_at IS NULL;
  END;
  CREATE TRIGGER seen_es_delete AFTER DELETE ON entry_stakeholders BEGIN
    DELETE FROM seen_links WHERE entry_seq = old.entry_seq AND stakeholder_id = old.stakeholder_id;
  END;
  CREATE TRIGGER seen_es_update AFTER UPDATE OF entry_seq, stakeholder_id ON entry_stakeholders BEGIN
    DELETE FROM seen_links WHERE entry_seq = old.entry_seq AND stakeholder_id = old.stakeholder_id;
    INSERT INTO seen_links (stakeholder_id, occurred_on, entry_seq, rank)
      SELECT new.stakeholder_id, e.occurred_on, e.seq, ${rank('e')}
        FROM entries e WHERE e.seq = new.entry_seq AND e.deleted_at IS NULL;
  END;

  -- Trash, restore, day and level changes of entries (purge cascades through entry_stakeholders).
  CREATE TRIGGER seen_entry_trashed AFTER UPDATE OF deleted_at ON entries
    WHEN old.deleted_at IS NULL AND new.deleted_at IS NOT NULL BEGIN
    DELETE FROM seen_links WHERE entry_seq = new.seq;
  END;
  CREATE TRIGGER seen_entry_restored AFTER UPDATE OF deleted_at ON entries
    WHEN old.deleted_at IS NOT NULL AND new.deleted_at IS NULL BEGIN
    INSERT INTO seen_links (stakeholder_id, occurred_on, entry_seq, rank)
      SELECT es.stakeholder_id, new.occurred_on, new.seq, ${rank('new')}
        FROM entry_stakeholders es WHERE es.entry_seq = new.seq;
  END;
  CREATE TRIGGER seen_entry_changed AFTER UPDATE OF occurred_on, level ON entries
    WHEN new.deleted_at IS NULL AND (old.occurred_on <> new.occurred_on OR old.level IS NOT new.level) BEGIN
    UPDATE seen_links SET occurred_on = new.occurred_on, rank = ${rank('new')} WHERE entry_seq = new.seq;
  END;

  -- A person's direction or archived state moves their entries between directions.
  CREATE TRIGGER seen_person_moved AFTER UPDATE OF direction, archived_at ON stakeholders
    WHEN old.direction <> new.direction OR (old.archived_at IS NULL) <> (new.archived_at IS NULL) BEGIN
    DELETE FROM seen_direction_entries
     WHERE direction = old.direction
       AND entry_seq IN (SELECT entry_seq FROM seen_links WHERE stakeholder_id = new.id)
       AND NOT EXISTS (
         SELECT 1 FROM seen_links sl JOIN stakeholders s ON s.id = sl.stakeholder_id
          WHERE sl.entry_seq = seen_direction_entries.entry_seq AND s.id <> new.id
            AND s.direction = old.direction AND s.archived_at IS NULL);
    INSERT OR IGNORE INTO seen_direction_entries (entry_seq, direction)
      SELECT entry_seq, new.direction FROM seen_links WHERE stakeholder_id = new.id AND new.archived_at IS NULL;
  END;
`;
