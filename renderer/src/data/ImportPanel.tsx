import { useId, useRef, useState } from 'react';
import { type ImportPreview, type ImportResult, type ImportSource, MAX_UPLOAD_BYTES } from '../../../common/contract/data';
import { api, call } from '../api';
import { navigate } from '../app/router';
import { longDate } from '../ui/dates';
import { DocView } from '../editor/DocView';
import { refreshAfterEntryWrite } from '../ui/stores';
import { showToast } from '../ui/toast';
import { formatBytes, toBase64 } from './bytes';
import { JobProgress } from './JobProgress';
import { CancelledNotice } from './CancelledNotice';
import { JobCancelled, useJob } from './useJob';

const SOURCES: { id: ImportSource | ''; label: string }[] = [
  { id: '', label: 'Detect from the file' },
  { id: 'scopebook', label: 'Scopebook JSON' },
  { id: 'jrnl', label: 'jrnl JSON export' },
  { id: 'dayone', label: 'Day One (zip or JSON)' },
  { id: 'markdown', label: 'Markdown brag document' },
  { id: 'obsidian', label: 'Obsidian daily notes (folder path)' },
];

/** What is being imported: bytes of a picked file, or a path on this computer (needed for folders). */
type Picked = { kind: 'upload'; name: string; base64: string } | { kind: 'path'; path: string };

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));
const plural = (n: number, one: string, many: string) => (n === 1 ? `one ${one}` : `${n.toLocaleString()} ${many}`);

/** Import: pick a file, see exactly what it would add, then import all of it or nothing. */
export function ImportPanel() {
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [source, setSource] = useState<ImportSource | ''>('');
  const [path, setPath] = useState('');
  const [picked, setPicked] = useState<Picked | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [cancelled, setCancelled] = useState<string | null>(null);
  const work = useJob();

  const input = (p: Picked) => {
    const src = source ? { source } : {};
    return p.kind === 'upload' ? { name: p.name, base64: p.base64, ...src } : { path: p.path, ...src };
  };

  const runPreview = async (p: Picked) => {
    setPicked(p);
    setPreview(null);
    setResult(null);
    setError(null);
    setCancelled(null);
    setBusy('Reading the file…');
    try {
      const i = input(p);
      setPreview(await call('base64' in i ? api.data.importPreviewUpload(i) : api.data.importPreview(i)));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(null);
    }
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_UPLOAD_BYTES) {
      setPicked(null);
      setPreview(null);
      setError(`${file.name} is ${formatBytes(file.size)}, more than the ${formatBytes(MAX_UPLOAD_BYTES)} the page can send. Give its path below instead.`);
      return;
    }
    setBusy('Reading the file…');
    try {
      const base64 = toBase64(new Uint8Array(await file.arrayBuffer()));
      await runPreview({ kind: 'upload', name: file.name, base64 });
    } catch (e) {
      setError(`Could not read ${file.name}: ${errorText(e)}`);
      setBusy(null);
    }
  };

  const commit = async () => {
    if (!picked) return;
    setBusy('Importing…');
    setError(null);
    setCancelled(null);
    try {
      const i = input(picked);
      const done = await work.run<ImportResult>('base64' in i ? 'data:importCommitUpload' : 'data:importCommit', i);
      setResult(done);
      setPreview(null);
      setPicked(null);
      if (fileInput.current) fileInput.current.value = '';
      refreshAfterEntryWrite();
      showToast(`Imported ${plural(done.imported, 'entry', 'entries')}.`);
    } catch (e) {
      if (e instanceof JobCancelled) setCancelled(e.message);
      else setError(`Nothing was imported: ${errorText(e)}`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="section" aria-labelledby={`${id}-heading`} aria-busy={busy !== null}>
      <h2 id={`${id}-heading`}>Import</h2>
      <p className="muted">
        Bring in a Scopebook JSON file, a jrnl JSON export, a Day One export, a Markdown brag document or a folder of Obsidian daily notes. You
        see what would be added first; then everything is imported at once, or nothing. Entries already in your journal are skipped, so
        importing the same file twice adds nothing.
      </p>
      <div className="data-form">
        <div className="field">
          <label className="field-label" htmlFor={`${id}-source`}>
            Kind of file
          </label>
          <select id={`${id}-source`} value={source} onChange={(e) => setSource(e.target.value as ImportSource | '')}>
            {SOURCES.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-file`}>
            File to import
          </label>
          <input
            ref={fileInput}
            id={`${id}-file`}
            type="file"
            accept=".json,.zip,.md,.markdown,.txt,application/json,application/zip,text/markdown,text/plain"
            disabled={busy !== null}
            onChange={(e) => void onFile(e.target.files?.[0])}
          />
        </div>
        <form
          className="data-path"
          aria-label="Import from a path"
          onSubmit={(e) => {
            e.preventDefault();
            if (path.trim()) void runPreview({ kind: 'path', path: path.trim() });
          }}
        >
          <div className="field">
            <label className="field-label" htmlFor={`${id}-path`}>
              Or a path on this computer <span className="muted">(a file, or an Obsidian folder)</span>
            </label>
            <input id={`${id}-path`} type="text" spellCheck={false} value={path} onChange={(e) => setPath(e.target.value)} />
          </div>
          <button type="submit" className="button" disabled={busy !== null || !path.trim()}>
            Preview
          </button>
        </form>
      </div>

      {work.status ? (
        <JobProgress status={work.status} onCancel={work.cancel} />
      ) : (
        busy && (
          <p className="notice notice-quiet" role="status">
            {busy}
          </p>
        )
      )}
      {cancelled && <CancelledNotice message={cancelled} />}
      {error && (
        <div className="notice notice-warning" role="alert">
          {error}
        </div>
      )}
      {preview && picked && <PreviewCard preview={preview} busy={busy !== null} onImport={() => void commit()} />}
      {result && (
        <div className="notice" role="status">
          <p>
            Imported {plural(result.imported, 'entry', 'entries')}
            {result.duplicates > 0 && `, skipped ${plural(result.duplicates, 'entry', 'entries')} already in your journal`}
            {result.people > 0 && `, added ${plural(result.people, 'person', 'people')}`}
            {result.goals > 0 && `, added ${plural(result.goals, 'goal', 'goals')}`}.
          </p>
          <div className="notice-actions">
            <button type="button" className="button" onClick={() => navigate('/timeline')}>
              See the timeline
            </button>
            {result.imported > 0 && (
              <button type="button" className="button" onClick={() => navigate('/data/triage')}>
                Rate imported entries
              </button>
            )}
          </div>
        </div>
      )}
    </section>
  );
}

function PreviewCard({ preview, busy, onImport }: { preview: ImportPreview; busy: boolean; onImport: () => void }) {
  const range = preview.from && preview.to ? (preview.from === preview.to ? longDate(preview.from) : `${longDate(preview.from)} – ${longDate(preview.to)}`) : '—';
  return (
    <section className="data-preview" aria-label="Import preview">
      <h3>
        {preview.path} <span className="muted small">({SOURCES.find((s) => s.id === preview.source)?.label ?? preview.source})</span>
      </h3>
      <dl className="data-facts">
        <div>
          <dt>Entries to add</dt>
          <dd>{preview.entries.toLocaleString()}</dd>
        </div>
        <div>
          <dt>Already in your journal (skipped)</dt>
          <dd>{preview.duplicates.toLocaleString()}</dd>
        </div>
        <div>
          <dt>Dates</dt>
          <dd className="data-facts-text">{range}</dd>
        </div>
        {preview.people > 0 && (
          <div>
            <dt>People to add</dt>
            <dd>{preview.people.toLocaleString()}</dd>
          </div>
        )}
        {preview.goals > 0 && (
          <div>
            <dt>Goals to add</dt>
            <dd>{preview.goals.toLocaleString()}</dd>
          </div>
        )}
      </dl>
      {preview.samples.length > 0 && (
        <div className="import-samples">
          <span className="field-label">{preview.entries > preview.samples.length ? `The first ${preview.samples.length}, as they will look` : 'As they will look'}</span>
          <ol aria-label="First entries to import">
            {preview.samples.map((s, i) => (
              <li key={i} className="import-sample">
                <div className="muted small">
                  {longDate(s.occurredOn)}
                  {s.starred ? ' · ★ starred' : ''}
                  {s.tags.length > 0 ? ` · ${s.tags.map((t) => `#${t}`).join(' ')}` : ''}
                </div>
                <DocView doc={s.body} />
              </li>
            ))}
          </ol>
        </div>
      )}
      {preview.tags.length > 0 && (
        <p>
          <span className="field-label">Tags</span>{' '}
          {preview.tags.slice(0, 20).map((t) => (
            <span key={t.name} className="tag">
              #{t.name} ({t.count}){' '}
            </span>
          ))}
          {preview.tags.length > 20 && <span className="muted">and {preview.tags.length - 20} more</span>}
        </p>
      )}
      {preview.warnings.length > 0 && (
        <div className="notice notice-warning">
          <p>Good to know before importing:</p>
          <ul>
            {preview.warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </div>
      )}
      {preview.duplicateSamples.length > 0 && (
        <details>
          <summary>Entries that will be skipped</summary>
          <ul className="data-duplicates">
            {preview.duplicateSamples.map((d, i) => (
              <li key={i}>
                <span className="muted small">{longDate(d.occurredOn)}</span> {d.text}{' '}
                <span className="muted small">({d.reason === 'same-source-id' ? 'imported before' : 'same day and text'})</span>
              </li>
            ))}
          </ul>
        </details>
      )}
      <div className="notice-actions">
        {preview.entries > 0 ? (
          <button type="button" className="button button-primary" onClick={onImport} disabled={busy}>
            Import {plural(preview.entries, 'entry', 'entries')}
          </button>
        ) : (
          <p className="muted">Nothing new to import: every entry in this file is already in your journal.</p>
        )}
      </div>
    </section>
  );
}
