/**
 * The theme on <html data-theme>: absent follows the OS, "light" or "dark" override it
 * (styles/base.css). The last choice is also kept in localStorage so the next start paints
 * in the right colours before the journal answers.
 */
import { useEffect } from 'react';
import type { Theme } from '../../../common/contract/settings';
import { api } from '../api';
import { setDatePrefs, useDatePrefs } from '../ui/date-prefs';

const STORAGE_KEY = 'scopebook.theme';

/** Applies a theme to the page at once. */
export function applyTheme(theme: Theme): void {
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
  try {
    localStorage.setItem(STORAGE_KEY, theme);
  } catch {
    // Storage may be unavailable; the journal's setting still applies after it loads.
  }
}

function cachedTheme(): Theme | null {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return v === 'light' || v === 'dark' || v === 'system' ? v : null;
  } catch {
    return null;
  }
}

/**
 * Applies the cached theme, then the journal's own setting (a restored backup may differ); the
 * same for the date preferences. The calling component (the app shell) re-renders when the date
 * preferences change, so every view rewrites its dates at once.
 */
export function useJournalTheme(): void {
  useDatePrefs();
  useEffect(() => {
    const cached = cachedTheme();
    if (cached) applyTheme(cached);
    let live = true;
    void api.settings.get({}).then((result) => {
      if (!live || !result.ok) return;
      applyTheme(result.value.theme);
      const { locale, dateFormat, weekStartsOn } = result.value;
      setDatePrefs({ locale, dateFormat, weekStartsOn });
    });
    return () => {
      live = false;
    };
  }, []);
}
