/**
 * Default output locations for exports. The page never sees a file dialog in the browser
 * host, so it proposes a path the person can edit: next to the journal's data folder,
 * spelled with that folder's own separator (Windows or POSIX).
 */

/** The separator a path uses. */
export function separatorOf(path: string): '/' | '\\' {
  return path.includes('\\') && !path.includes('/') ? '\\' : '/';
}

/** The folder that holds `path` (the path itself when it has no parent). */
export function parentOf(path: string): string {
  const sep = separatorOf(path);
  const trimmed = path.length > 1 ? path.replace(/[\\/]+$/, '') : path;
  const at = trimmed.lastIndexOf(sep);
  if (at < 0) return trimmed;
  if (at === 0) return sep;
  // "C:\x" → "C:\"
  if (sep === '\\' && at === 2 && /^[A-Za-z]:/.test(trimmed)) return trimmed.slice(0, 3);
  return trimmed.slice(0, at);
}

/** `name` inside `folder`. */
export function joinPath(folder: string, name: string): string {
  const sep = separatorOf(folder);
  return folder.endsWith(sep) ? folder + name : `${folder}${sep}${name}`;
}

/**
 * Where an export goes unless the person says otherwise: beside the backups folder's
 * parent (the data folder by default), named after the day.
 */
export function defaultExportPath(backupFolder: string, today: string, kind: 'json' | 'html' | 'markdown'): string {
  const base = parentOf(backupFolder);
  // Markdown goes into a folder, which must exist: the data folder itself.
  if (kind === 'markdown') return base;
  return joinPath(base, `scopebook-${today}.${kind}`);
}
