/**
 * Migration 11 ("search-stemming"): the search index rebuilt with stemming (porter over
 * unicode61, remove_diacritics 2), so a word finds its other forms. The index and its triggers
 * are dropped and made again, then filled from the entries ('rebuild'): about a second per
 * 10,000 entries, once. This SQL has shipped: never edit it, add a migration instead (the
 * tokenizer is written out, not imported: main/core/search-stems.ts probes words with the same).
 */

export const SEARCH_STEMMING_SQL = `
  DROP TRIGGER entries_fts_insert;
  DROP TRIGGER entries_fts_delete;
  DROP TRIGGER entries_fts_update;
  DROP TABLE entries_fts;
  CREATE VIRTUAL TABLE entries_fts USING fts5(
    title, body_text, impact,
    content='entries', content_rowid='seq',
    tokenize='porter unicode61 remove_diacritics 2'
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
  INSERT INTO entries_fts (entries_fts) VALUES ('rebuild');
`;
