/**
 * Spell checking without the network. On Linux (and for some languages on Windows) Chromium
 * spell-checks with Hunspell dictionaries that it downloads from a Google CDN when the first
 * page loads, spellcheck on or not (electron#22995): that request would break "nothing leaves
 * the machine". So the dictionaries the app ships (resources/dictionaries, Electron's
 * `hunspell_dictionaries.zip` files) are put where Chromium looks first (userData/Dictionaries),
 * and the download URL points at that local folder: a missing dictionary is looked for on this
 * machine only, and spell checking is then simply off for that language. macOS uses its own
 * spellchecker and downloads nothing.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Session } from 'electron';

/**
 * Where the app's Hunspell dictionaries are: `resources/dictionaries` installed, the source
 * tree's `build/dictionaries` in development (`mainDir` is dist/main).
 */
export function bundledDictionaryFolder(isPackaged: boolean, resourcesPath: string, mainDir: string): string {
  return isPackaged ? join(resourcesPath, 'dictionaries') : join(mainDir, '..', '..', 'build', 'dictionaries');
}

/** The download URL for `folder` (a file: URL with the trailing slash Electron requires). */
export function localDictionaryURL(folder: string): string {
  const href = pathToFileURL(folder).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/**
 * Copies the bundled dictionaries Chromium does not have yet into userData/Dictionaries and
 * points the session's dictionary downloader at the bundled folder. Call once the app is ready,
 * before the first page loads. Returns the dictionaries copied.
 */
export function keepSpellcheckLocal(session: Pick<Session, 'setSpellCheckerDictionaryDownloadURL'>, bundled: string, userData: string): string[] {
  session.setSpellCheckerDictionaryDownloadURL(localDictionaryURL(bundled));
  const copied: string[] = [];
  let files: string[];
  try {
    files = readdirSync(bundled).filter((f) => f.endsWith('.bdic'));
  } catch {
    return copied; // No bundled dictionaries: nothing to copy, and nothing is downloaded either.
  }
  const target = join(userData, 'Dictionaries');
  for (const file of files) {
    if (existsSync(join(target, file))) continue;
    try {
      mkdirSync(target, { recursive: true });
      copyFileSync(join(bundled, file), join(target, file));
      copied.push(file);
    } catch (err) {
      console.error(`Scopebook: the ${file} dictionary could not be installed: ${(err as Error).message}`);
    }
  }
  return copied;
}
