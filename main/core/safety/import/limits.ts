/** Hard limits on what an import will read: a hostile file is refused before it can hurt. */
export const LIMITS = {
  /** A single JSON or Markdown file. */
  maxFileBytes: 128 * 1024 * 1024,
  /** JSON nesting (a Scopebook body may nest 64 nodes, two JSON levels each). */
  maxJsonDepth: 200,
  maxEntries: 200_000,
  /** Text of one entry (matches the core's document limit). */
  maxEntryChars: 2_000_000,
  maxTitleChars: 300,
  maxTags: 50,
  /** Obsidian folders. */
  maxFolderFiles: 50_000,
  maxFolderDepth: 12,
  maxNoteBytes: 8 * 1024 * 1024,
  maxFolderBytes: 512 * 1024 * 1024,
  /** Zip archives (Day One). */
  maxZipFileBytes: 16 * 1024 * 1024 * 1024,
  maxZipEntries: 100_000,
  maxZipMemberBytes: 128 * 1024 * 1024,
  maxZipTotalBytes: 256 * 1024 * 1024,
  maxZipRatio: 200,
  /** Warnings listed before "and N more". */
  maxWarnings: 50,
} as const;
