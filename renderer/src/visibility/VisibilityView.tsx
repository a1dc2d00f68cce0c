import type { Route } from '../app/route';
import '../styles/visibility.css';
import { MapView } from './MapView';
import { PraiseView } from './PraiseView';
import { RadarView } from './RadarView';
import { UpdateView } from './UpdateView';

const TABS = [
  { id: 'map', label: 'Map' },
  { id: 'radar', label: 'Radar and gaps' },
  { id: 'praise', label: 'Praise' },
  { id: 'update', label: 'Prepare an update' },
] as const;

type Tab = (typeof TABS)[number]['id'];

/** Visibility: who has seen your work and who hasn't — map, radar and gaps, praise, updates to share. */
export function VisibilityView({ route }: { route: Route }) {
  const tab: Tab = TABS.find((t) => t.id === route.path[1])?.id ?? 'map';
  return (
    <div className="page visibility">
      <header className="page-header">
        <div>
          <h1 tabIndex={-1}>Visibility</h1>
          <div className="subtitle">Who has seen your work, and who hasn’t. Only you see this.</div>
        </div>
      </header>
      <nav className="vis-tabs" aria-label="Visibility">
        {TABS.map((t) => (
          <a key={t.id} href={`#/visibility/${t.id}`} aria-current={t.id === tab ? 'page' : undefined}>
            {t.label}
          </a>
        ))}
      </nav>
      {tab === 'map' && <MapView asTable={route.query.get('as') === 'table'} />}
      {tab === 'radar' && <RadarView />}
      {tab === 'praise' && <PraiseView />}
      {tab === 'update' && <UpdateView query={route.query} />}
    </div>
  );
}
