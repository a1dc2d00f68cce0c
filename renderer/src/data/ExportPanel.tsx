import { useEffect, useId, useState } from 'react';
import type { ExportResult, JobOp } from '../../../common/contract';
import type { DOWNLOAD_FORMATS, ExportDownload } from '../../../common/contract/data';
import { api, call } from '../api';
import { downloadText } from '../reviews/export-file';
import { showToast } from '../ui/toast';
import { useToday } from '../ui/useToday';
import { formatBytes } from './bytes';
import { JobProgress } from './JobProgress';
import { defaultExportPath } from './paths';
import { CancelledNotice } from './CancelledNotice';
import { JobCancelled, useJob } from './useJob';

type Kind = 'json' | 'markdown' | 'html';
type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];
const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Export: the whole journal as JSON, Markdown brag documents, or one HTML page. The desktop app
 * writes them where the person says; the browser version downloads them instead (its host never
 * writes to a path a page names).
 */
export function ExportPanel() {
  return window.scopebook ? <PathExports /> : <DownloadExports />;
}

const DOWNLOADS: { format: DownloadFormat; title: string; explain: string; withYear: boolean }[] = [
  {
    format: 'json',
    title: 'Whole journal (JSON)',
    explain: 'Everything: entries and trash, people and their notes, goals, tags and settings, in Scopebook’s documented format. Import it into any Scopebook to get the same journal back.',
    withYear: false,
  },
  { format: 'markdown', title: 'Brag document (Markdown)', explain: 'A readable document to share or keep, entries grouped by year and month.', withYear: true },
  { format: 'html', title: 'Brag document (HTML)', explain: 'One self-contained page to open in any browser or print.', withYear: true },
];

/** The browser version: each export is a download, saved by the browser. */
function DownloadExports() {
  return (
    <>
      {DOWNLOADS.map((d) => (
        <DownloadForm key={d.format} {...d} />
      ))}
    </>
  );
}

function DownloadForm({ format, title, explain, withYear }: (typeof DOWNLOADS)[number]) {
  const id = useId();
  const [year, setYear] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [cancelled, setCancelled] = useState<string | null>(null);
  const work = useJob();
  const submit = async () => {
    const y = year.trim();
    if (y && !/^\d{4}$/.test(y)) {
      setError('The year must be four digits, or left empty for every year.');
      return;
    }
    setBusy(true);
    setError(null);
    setCancelled(null);
    try {
      const file = await work.run<ExportDownload>('data:exportDownload', { format, ...(y ? { year: Number(y) } : {}) });
      downloadText(file.filename, file.mimeType, file.content);
      showToast(`Saved ${file.filename} to your downloads (${file.entries === 1 ? 'one entry' : `${file.entries.toLocaleString()} entries`}).`);
    } catch (e) {
      if (e instanceof JobCancelled) setCancelled(e.message);
      else setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="section" aria-labelledby={`${id}-title`} aria-busy={busy}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="muted">{explain}</p>
      <form
        className="data-form"
        aria-label={`Export ${title}`}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        {withYear && (
          <div className="data-form-row">
            <div className="field data-year">
              <label className="field-label" htmlFor={`${id}-year`}>
                Year <span className="muted">(optional)</span>
              </label>
              <input id={`${id}-year`} type="text" inputMode="numeric" maxLength={4} placeholder="All" value={year} onChange={(e) => setYear(e.target.value)} />
            </div>
          </div>
        )}
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="notice-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Exporting…' : 'Download'}
          </button>
        </div>
        {work.status && <JobProgress status={work.status} onCancel={work.cancel} />}
        {cancelled && <CancelledNotice message={cancelled} />}
      </form>
    </section>
  );
}

/** The desktop app: written to a path the person gives, as a background job with progress. */
function PathExports() {
  const today = useToday();
  const [backupFolder, setBackupFolder] = useState<string | null>(null);
  useEffect(() => {
    void call(api.data.getBackupFolder({}))
      .then((f) => setBackupFolder(f.folder))
      .catch(() => setBackupFolder(''));
  }, []);
  if (backupFolder === null) return <p className="muted">Loading…</p>;
  const suggest = (kind: Kind) => (backupFolder ? defaultExportPath(backupFolder, today, kind) : '');
  return (
    <>
      <ExportForm
        kind="json"
        title="Whole journal (JSON)"
        explain="Everything: entries and trash, people and their notes, goals, tags and settings, in Scopebook’s documented format. Import it into any Scopebook to get the same journal back."
        pathLabel="Save as"
        suggested={suggest('json')}
        job={(path) => ({ op: 'data:exportJson', input: { path } })}
      />
      <ExportForm
        kind="markdown"
        title="Brag documents (Markdown)"
        explain="Readable files to share or keep: one document per year with entries grouped by month, or one file per month with front matter."
        pathLabel="Into the folder"
        suggested={suggest('markdown')}
        withLayout
        withYear
        job={(folder, layout, year) => ({ op: 'data:exportMarkdown', input: { folder, layout: layout ?? 'yearly', ...(year ? { year } : {}) } })}
      />
      <ExportForm
        kind="html"
        title="Brag document (HTML)"
        explain="One self-contained page to open in any browser or print."
        pathLabel="Save as"
        suggested={suggest('html')}
        withYear
        job={(path, _layout, year) => ({ op: 'data:exportHtml', input: { path, ...(year ? { year } : {}) } })}
      />
    </>
  );
}

interface FormProps {
  kind: Kind;
  title: string;
  explain: string;
  pathLabel: string;
  suggested: string;
  withLayout?: boolean;
  withYear?: boolean;
  /** The job that writes it (runs in the background with progress and cancel). */
  job: (path: string, layout?: 'yearly' | 'monthly', year?: number) => { op: JobOp; input: unknown };
}

function ExportForm({ kind, title, explain, pathLabel, suggested, withLayout, withYear, job }: FormProps) {
  const id = useId();
  const [path, setPath] = useState(suggested);
  const [layout, setLayout] = useState<'yearly' | 'monthly'>('yearly');
  const [year, setYear] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<ExportResult | null>(null);
  const [cancelled, setCancelled] = useState<string | null>(null);
  const work = useJob();

  const submit = async () => {
    const y = year.trim();
    if (y && !/^\d{4}$/.test(y)) {
      setError('The year must be four digits, or left empty for every year.');
      return;
    }
    setBusy(true);
    setError(null);
    setDone(null);
    setCancelled(null);
    try {
      const { op, input } = job(path.trim(), layout, y ? Number(y) : undefined);
      const result = await work.run<ExportResult>(op, input);
      setDone(result);
      showToast(`Exported ${result.entries === 1 ? 'one entry' : `${result.entries.toLocaleString()} entries`}.`);
    } catch (e) {
      if (e instanceof JobCancelled) setCancelled(e.message);
      else setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="section" aria-labelledby={`${id}-title`} aria-busy={busy}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="muted">{explain}</p>
      <form
        className="data-form"
        aria-label={`Export ${title}`}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="field">
          <label className="field-label" htmlFor={`${id}-path`}>
            {pathLabel}
          </label>
          <input
            id={`${id}-path`}
            type="text"
            spellCheck={false}
            required
            value={path}
            onChange={(e) => setPath(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          />
          <span id={`${id}-hint`} className="muted small">
            {kind === 'markdown'
              ? 'An existing folder. Scopebook’s own earlier exports there are replaced; other files are left alone.'
              : 'A full path; the folder must exist. Only an earlier Scopebook export is replaced.'}
          </span>
        </div>
        <div className="data-form-row">
          {withLayout && (
            <fieldset className="data-choices">
              <legend className="field-label">Layout</legend>
              <label className="checkbox">
                <input type="radio" name={`${id}-layout`} checked={layout === 'yearly'} onChange={() => setLayout('yearly')} /> One file per year
              </label>
              <label className="checkbox">
                <input type="radio" name={`${id}-layout`} checked={layout === 'monthly'} onChange={() => setLayout('monthly')} /> One file per month
              </label>
            </fieldset>
          )}
          {withYear && (
            <div className="field data-year">
              <label className="field-label" htmlFor={`${id}-year`}>
                Year <span className="muted">(optional)</span>
              </label>
              <input id={`${id}-year`} type="text" inputMode="numeric" maxLength={4} placeholder="All" value={year} onChange={(e) => setYear(e.target.value)} />
            </div>
          )}
        </div>
        {error && (
          <p id={`${id}-error`} className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="notice-actions">
          <button type="submit" className="button button-primary" disabled={busy || !path.trim()}>
            {busy ? 'Exporting…' : 'Export'}
          </button>
        </div>
        {work.status && <JobProgress status={work.status} onCancel={work.cancel} />}
        {cancelled && <CancelledNotice message={cancelled} />}
        {done && (
          <div className="notice" role="status">
            <p>
              Wrote {done.files.length === 1 ? 'one file' : `${done.files.length} files`} ({formatBytes(done.bytes)}, {done.entries.toLocaleString()}{' '}
              {done.entries === 1 ? 'entry' : 'entries'}):
            </p>
            <ul className="data-files">
              {done.files.slice(0, 12).map((f) => (
                <li key={f}>
                  <code>{f}</code>
                </li>
              ))}
              {done.files.length > 12 && <li className="muted">and {done.files.length - 12} more</li>}
            </ul>
          </div>
        )}
      </form>
    </section>
  );
}
