/** The desktop app's menu commands and its "save before closing" request (absent in the browser host). */
import { useEffect } from 'react';
import type { DesktopShell, MenuCommand } from '../../../common/shell-api';
import { flushAll } from '../editor/flush-registry';
import { navigate } from './router';

declare global {
  interface Window {
    scopebookShell?: DesktopShell;
  }
}

function focusSoon(selector: string) {
  let tries = 10;
  const attempt = () => {
    const el = document.querySelector<HTMLElement>(selector);
    if (el) el.focus();
    else if (tries-- > 0) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}

/** Runs one menu command. */
export function runMenuCommand(command: MenuCommand): void {
  switch (command) {
    case 'new-entry':
      navigate('/today');
      focusSoon('.composer .editor-surface');
      break;
    case 'today':
    case 'timeline':
    case 'people':
    case 'settings':
      navigate(`/${command}`);
      break;
    case 'search':
      navigate('/timeline');
      focusSoon('#timeline-search');
      break;
  }
}

/** Listens to the desktop shell while the app is mounted. */
export function useDesktopShell(): void {
  useEffect(() => {
    const shell = window.scopebookShell;
    if (!shell) return;
    const offMenu = shell.onMenuCommand(runMenuCommand);
    const offFlush = shell.onFlushRequest(flushAll);
    return () => {
      offMenu();
      offFlush();
    };
  }, []);
}
