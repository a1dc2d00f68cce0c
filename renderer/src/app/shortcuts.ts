/** Keyboard shortcuts that work anywhere outside text fields: "g" then a letter to go to a view, "/" to search, "n" to write. */
import { useEffect } from 'react';
import { NAV_ITEMS } from './nav';
import { runMenuCommand } from './desktop-shell';
import { navigate } from './router';

function typingInField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Installs the global shortcuts; `onHelp` opens the list of shortcuts. */
export function useGlobalShortcuts(onHelp: () => void): void {
  useEffect(() => {
    let waitingForView = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || typingInField(e.target)) return;
      if (document.querySelector('dialog[open]')) return;
      if (waitingForView) {
        waitingForView = false;
        clearTimeout(timer);
        const item = NAV_ITEMS.find((n) => n.key === e.key);
        if (item) {
          e.preventDefault();
          navigate(`/${item.id}`);
        }
        return;
      }
      if (e.key === 'g') {
        waitingForView = true;
        timer = setTimeout(() => (waitingForView = false), 1500);
      } else if (e.key === '/') {
        e.preventDefault();
        runMenuCommand('search');
      } else if (e.key === 'n') {
        e.preventDefault();
        runMenuCommand('new-entry');
      } else if (e.key === '?') {
        e.preventDefault();
        onHelp();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      clearTimeout(timer);
    };
  }, [onHelp]);
}
