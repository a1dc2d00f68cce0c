import type { Route } from '../app/route';
import '../styles/data.css';
import { BackupsPanel } from './BackupsPanel';
import { DraftsNotice } from './DraftsNotice';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { TriagePanel } from './TriagePanel';
import { CalendarImportPanel } from '../evidence/CalendarImportPanel';
import { CandidatesPanel } from '../evidence/CandidatesPanel';
import { GitImportPanel } from '../evidence/GitImportPanel';

const TABS = [
  { id: '', label: 'Backups' },
  { id: 'export', label: 'Export' },
  { id: 'import', label: 'Import' },
  { id: 'triage', label: 'Triage' },
] as const;

/** Backups and data: keep the journal safe, take it elsewhere, bring old journals in (`#/data/<tab>`). */
export function DataView({ route }: { route: Route }) {
  const tab = TABS.find((t) => t.id === (route.path[1] ?? ''))?.id ?? '';
  return (
    <div className="page page-narrow data-view">
      <header className="page-header">
        <div>
          <h1 tabIndex={-1}>Backups and data</h1>
          <div className="subtitle">Everything stays on this computer. Backups, exports and imports are files you choose.</div>
        </div>
      </header>
      <nav className="data-tabs" aria-label="Backups and data">
        {TABS.map((t) => (
          <a key={t.id} href={`#/data${t.id ? `/${t.id}` : ''}`} className="chip-button" aria-current={t.id === tab ? 'page' : undefined}>
            {t.label}
          </a>
        ))}
      </nav>
      {tab === '' && <DraftsNotice />}
      {tab === '' && <BackupsPanel />}
      {tab === 'export' && <ExportPanel />}
      {tab === 'import' && <ImportPanel />}
      {tab === 'import' && <GitImportPanel />}
      {tab === 'import' && <CalendarImportPanel />}
      {tab === 'triage' && <CandidatesPanel />}
      {tab === 'triage' && <TriagePanel />}
    </div>
  );
}
