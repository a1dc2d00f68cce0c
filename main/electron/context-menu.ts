/**
 * The right-click menu of the app's pages: spelling suggestions and "Add to dictionary" on a
 * misspelled word, Cut / Copy / Paste / Select all where they apply. Built from Chromium's
 * `context-menu` parameters, so it offers exactly what the clicked spot allows.
 */
import type { ContextMenuParams, Menu, MenuItemConstructorOptions, PopupOptions, WebContents } from 'electron';

/** What the menu's items do on the clicked page. */
export interface ContextMenuActions {
  replaceMisspelling(word: string): void;
  addToDictionary(word: string): void;
}

/** At most this many suggestions, like Chromium's own menu. */
export const MAX_SUGGESTIONS = 5;

/** The menu for one right-click; empty when there is nothing to offer (no menu then). */
export function contextMenuTemplate(params: ContextMenuParams, actions: ContextMenuActions): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  const word = params.misspelledWord;
  if (params.isEditable && word) {
    const suggestions = params.dictionarySuggestions.slice(0, MAX_SUGGESTIONS);
    if (suggestions.length === 0) items.push({ label: 'No spelling suggestions', enabled: false });
    for (const suggestion of suggestions) items.push({ label: suggestion, click: () => actions.replaceMisspelling(suggestion) });
    items.push({ type: 'separator' }, { label: 'Add to dictionary', click: () => actions.addToDictionary(word) }, { type: 'separator' });
  }
  const flags = params.editFlags;
  if (params.isEditable) {
    items.push(
      { label: 'Cut', role: 'cut', enabled: flags.canCut },
      { label: 'Copy', role: 'copy', enabled: flags.canCopy },
      { label: 'Paste', role: 'paste', enabled: flags.canPaste },
      { type: 'separator' },
      { label: 'Select all', role: 'selectAll', enabled: flags.canSelectAll },
    );
  } else if (params.selectionText.trim() !== '') {
    items.push({ label: 'Copy', role: 'copy', enabled: flags.canCopy }, { type: 'separator' }, { label: 'Select all', role: 'selectAll' });
  }
  return items;
}

export interface ContextMenuDeps {
  Menu: { buildFromTemplate(template: MenuItemConstructorOptions[]): Pick<Menu, 'popup'> };
  /** The window the page is in (the menu opens over it). */
  windowOf(contents: WebContents): PopupOptions['window'] | null;
}

/** Shows the menu on every right-click in `contents`. */
export function installContextMenu(contents: WebContents, deps: ContextMenuDeps): void {
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, {
      replaceMisspelling: (word) => contents.replaceMisspelling(word),
      addToDictionary: (word) => void contents.session.addWordToSpellCheckerDictionary(word),
    });
    if (template.length === 0) return;
    const window = deps.windowOf(contents);
    deps.Menu.buildFromTemplate(template).popup(window ? { window } : {});
  });
}
