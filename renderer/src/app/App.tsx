import { type ReactElement, useCallback, useEffect, useRef, useState } from 'react';
import { EntryPage } from '../editor/EntryPage';
import { GoalsView } from '../goals/GoalsView';
import { GrowthView } from '../growth/GrowthView';
import { PeopleView } from '../people/PeopleView';
import { PersonView } from '../people/PersonView';
import { DataView } from '../data/DataView';
import { ReviewsView } from '../reviews/ReviewsView';
import { SettingsView } from '../settings/SettingsView';
import { useJournalTheme } from '../settings/theme';
import { CaptureView } from '../capture/CaptureView';
import { VisibilityView } from '../visibility/VisibilityView';
import { TimelineView } from '../timeline/TimelineView';
import { TodayView } from '../today/TodayView';
import { TrashView } from '../trash/TrashView';
import { Toasts } from '../ui/Toasts';
import { useDesktopShell } from './desktop-shell';
import { ensureFirstRun } from './first-run';
import { NAV_ITEMS } from './nav';
import type { Route } from './route';
import { useRoute } from './router';
import { useGlobalShortcuts } from './shortcuts';
import { ShortcutsHelp } from './ShortcutsHelp';

/** Which view a route shows, and whether it manages its own scrolling (the virtual timeline). */
function renderView(route: Route): { view: ReactElement; fixed?: boolean } {
  const [first, second] = route.path;
  switch (first ?? 'today') {
    case 'today':
      return { view: <TodayView /> };
    case 'timeline':
      return { view: <TimelineView query={route.query} />, fixed: true };
    case 'entry':
      return { view: second ? <EntryPage key={second} id={second} /> : <NotFound /> };
    case 'people':
      return { view: second ? <PersonView key={second} id={second} /> : <PeopleView /> };
    case 'goals':
      return { view: <GoalsView /> };
    case 'growth':
      return { view: <GrowthView route={route} /> };
    case 'visibility':
      return { view: <VisibilityView route={route} /> };
    case 'reviews':
      return { view: <ReviewsView route={route} /> };
    case 'data':
      return { view: <DataView route={route} /> };
    case 'settings':
      return { view: <SettingsView route={route} /> };
    case 'trash':
      return { view: <TrashView /> };
    default:
      return { view: <NotFound /> };
  }
}

function NotFound() {
  return (
    <div className="page">
      <h1 tabIndex={-1}>Nothing here</h1>
      <p>
        This page does not exist. <a href="#/today">Go to Today</a>.
      </p>
    </div>
  );
}

/** The app shell: navigation, the current view, notifications. */
export function App() {
  const route = useRoute();
  const [help, setHelp] = useState(false);
  const [ready, setReady] = useState(false);
  const main = useRef<HTMLElement>(null);
  const current = route.path[0] ?? 'today';

  useEffect(() => {
    void ensureFirstRun().finally(() => setReady(true));
  }, []);

  useGlobalShortcuts(useCallback(() => setHelp(true), []));
  useDesktopShell();
  useJournalTheme();

  // After following a link, move focus to the new page's heading (unless a view already focused something).
  const routeKey = route.path.join('/');
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body || active.closest('.sidebar')) {
      main.current?.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
    }
    main.current?.scrollTo({ top: 0 });
  }, [routeKey]);

  // Quick capture is a small window of its own: no sidebar.
  if (current === 'capture') return <>{ready ? <CaptureView /> : null}<Toasts /></>;
  const { view, fixed } = renderView(route);
  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={(e) => {
        e.preventDefault();
        main.current?.querySelector<HTMLElement>('h1')?.focus();
      }}>
        Skip to content
      </a>
      <div className="sidebar">
        <div className="brand" aria-hidden="true">
          Scope<span>book</span>
        </div>
        <nav className="nav" aria-label="Views">
          <ul>
            {NAV_ITEMS.map((item) => (
              <li key={item.id}>
                <a href={`#/${item.id}`} aria-current={current === item.id ? 'page' : undefined}>
                  <span>{item.label}</span>
                  <span aria-hidden="true">
                    <kbd>g</kbd>
                    <kbd>{item.key}</kbd>
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="sidebar-footer">
          <button type="button" className="button-link" onClick={() => setHelp(true)}>
            Keyboard shortcuts
          </button>{' '}
          <kbd aria-hidden="true">?</kbd>
          <p>Everything stays on this computer.</p>
        </div>
      </div>
      <main id="main" ref={main} className={`main ${fixed ? 'is-fixed' : ''}`}>
        {ready ? view : <div className="page" aria-busy="true" />}
      </main>
      <Toasts />
      <ShortcutsHelp open={help} onClose={() => setHelp(false)} />
    </div>
  );
}
