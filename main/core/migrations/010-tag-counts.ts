/**
 * Migration 10 ("tag-counts"): live entries per tag, kept by triggers (the design is in
 * main/core/tag-counts.ts): tags:list no longer counts rows. This SQL has shipped: never edit
 * it, add a migration instead.
 */
export const TAG_COUNTS_SQL = `
  CREATE TABLE tag_counts (
    tag_id INTEGER PRIMARY KEY REFERENCES tags(id) ON DELETE CASCADE,
    live INTEGER NOT NULL DEFAULT 0
  ) STRICT;

  CREATE TRIGGER tag_counts_tag_insert AFTER INSERT ON tags BEGIN
    INSERT OR IGNORE INTO tag_counts (tag_id, live) VALUES (new.id, 0);
  END;
  CREATE TRIGGER tag_counts_link_insert AFTER INSERT ON entry_tags
    WHEN EXISTS (SELECT 1 FROM entries WHERE seq = new.entry_seq AND deleted_at IS NULL) BEGIN
    UPDATE tag_counts SET live = live + 1 WHERE tag_id = new.tag_id;
  END;
  CREATE TRIGGER tag_counts_link_delete AFTER DELETE ON entry_tags
    WHEN EXISTS (SELECT 1 FROM entries WHERE seq = old.entry_seq AND deleted_at IS NULL) BEGIN
    UPDATE tag_counts SET live = live - 1 WHERE tag_id = old.tag_id;
  END;
  CREATE TRIGGER tag_counts_link_update AFTER UPDATE OF entry_seq, tag_id ON entry_tags BEGIN
    UPDATE tag_counts SET live = live - 1 WHERE tag_id = old.tag_id
      AND EXISTS (SELECT 1 FROM entries WHERE seq = old.entry_seq AND deleted_at IS NULL);
    UPDATE tag_counts SET live = live + 1 WHERE tag_id = new.tag_id
      AND EXISTS (SELECT 1 FROM entries WHERE seq = new.entry_seq AND deleted_at IS NULL);
  END;
  CREATE TRIGGER tag_counts_entry_trash AFTER UPDATE OF deleted_at ON entries
    WHEN (old.deleted_at IS NULL) <> (new.deleted_at IS NULL) BEGIN
    UPDATE tag_counts SET live = live + (CASE WHEN new.deleted_at IS NULL THEN 1 ELSE -1 END)
     WHERE tag_id IN (SELECT tag_id FROM entry_tags WHERE entry_seq = new.seq);
  END;
  CREATE TRIGGER tag_counts_entry_delete BEFORE DELETE ON entries WHEN old.deleted_at IS NULL BEGIN
    UPDATE tag_counts SET live = live - 1
     WHERE tag_id IN (SELECT tag_id FROM entry_tags WHERE entry_seq = old.seq);
  END;

  INSERT INTO tag_counts (tag_id, live)
    SELECT t.id, (SELECT count(*) FROM entry_tags et JOIN entries e ON e.seq = et.entry_seq
                   WHERE et.tag_id = t.id AND e.deleted_at IS NULL)
      FROM tags t;
`;
