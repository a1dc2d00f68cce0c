import { useEffect, useId, useState } from 'react';
import type { GitImportPreview, GitImportResult } from '../../../common/contract';
import { api, call } from '../api';
import { navigate } from '../app/router';
import { longDate } from '../ui/dates';
import { showToast } from '../ui/toast';
import { emailText, notEmails, parseEmails } from './emails';
import '../styles/evidence.css';

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));
const plural = (n: number, one: string, many: string) => (n === 1 ? `one ${one}` : `${n.toLocaleString()} ${many}`);

/**
 * Import → Git repository: a local repository's commits by you, proposed as candidate entries
 * (Triage), after a dry-run preview. Your author emails and the repositories read are remembered.
 */
export function GitImportPanel() {
  const id = useId();
  const [path, setPath] = useState('');
  const [emails, setEmails] = useState('');
  const [since, setSince] = useState('');
  const [until, setUntil] = useState('');
  const [repositories, setRepositories] = useState<string[]>([]);
  const [preview, setPreview] = useState<GitImportPreview | null>(null);
  const [result, setResult] = useState<GitImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void Promise.all([call(api.evidence.myEmails({})), call(api.evidence.repositories({}))])
      .then(([mine, repos]) => {
        if (!live) return;
        setEmails((e) => e || emailText(mine));
        setRepositories(repos);
        setPath((p) => p || (repos[0] ?? ''));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  /** The form as a contract input, after saving the emails (they are the same setting as the calendar's). */
  const input = async () => {
    const authors = parseEmails(emails);
    const bad = notEmails(authors);
    if (bad.length > 0) throw new Error(`${bad.join(', ')} ${bad.length === 1 ? 'is not an email address' : 'are not email addresses'}`);
    if (authors.length === 0) throw new Error('Give the email addresses you commit with.');
    setEmails(emailText(await call(api.evidence.setMyEmails({ emails: authors }))));
    return { path: path.trim(), authors, ...(since ? { since } : {}), ...(until ? { until } : {}) };
  };

  const runPreview = async () => {
    setPreview(null);
    setResult(null);
    setError(null);
    setBusy('Reading the repository…');
    try {
      setPreview(await call(api.evidence.previewGit(await input())));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(null);
    }
  };

  const runImport = async () => {
    setBusy('Adding candidates…');
    setError(null);
    try {
      const done = await call(api.evidence.importGit(await input()));
      setResult(done);
      setPreview(null);
      setRepositories((r) => [path.trim(), ...r.filter((x) => x !== path.trim())]);
      showToast(`${plural(done.candidates, 'candidate entry', 'candidate entries')} added to Triage.`);
    } catch (e) {
      setError(`Nothing was added: ${errorText(e)}`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="section" aria-labelledby={`${id}-heading`} aria-busy={busy !== null}>
      <h2 id={`${id}-heading`}>Git repository</h2>
      <p className="muted">
        Your commits in a repository on this computer, proposed as entries: one per day and topic, with the commit subjects, merged pull requests
        and lines changed. They wait in Triage until you rate, merge or discard them. Reading it again adds only new commits. Nothing leaves your
        computer.
      </p>
      <form
        className="data-form"
        aria-label="Read a git repository"
        onSubmit={(e) => {
          e.preventDefault();
          void runPreview();
        }}
      >
        <div className="field">
          <label className="field-label" htmlFor={`${id}-path`}>
            Repository folder <span className="muted">(a working copy or a bare repository)</span>
          </label>
          <input id={`${id}-path`} type="text" spellCheck={false} list={`${id}-repos`} value={path} onChange={(e) => setPath(e.target.value)} />
          <datalist id={`${id}-repos`}>
            {repositories.map((r) => (
              <option key={r} value={r} />
            ))}
          </datalist>
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-emails`}>
            Your author emails <span className="muted">(remembered; also used for calendars)</span>
          </label>
          <input id={`${id}-emails`} type="text" spellCheck={false} value={emails} onChange={(e) => setEmails(e.target.value)} placeholder="me@work.com, me@home.org" />
        </div>
        <div className="evidence-range">
          <div className="field">
            <label className="field-label" htmlFor={`${id}-since`}>
              From
            </label>
            <input id={`${id}-since`} type="date" value={since} onChange={(e) => setSince(e.target.value)} />
          </div>
          <div className="field">
            <label className="field-label" htmlFor={`${id}-until`}>
              To
            </label>
            <input id={`${id}-until`} type="date" value={until} onChange={(e) => setUntil(e.target.value)} />
          </div>
        </div>
        <div className="notice-actions">
          <button type="submit" className="button" disabled={busy !== null || !path.trim()}>
            Preview commits
          </button>
        </div>
      </form>
      {busy && (
        <p className="notice notice-quiet" role="status">
          {busy}
        </p>
      )}
      {error && (
        <div className="notice notice-warning" role="alert">
          {error}
        </div>
      )}
      {preview && (
        <section className="data-preview" aria-label="Git preview">
          <h3>
            {preview.repository} <span className="muted small">(read with {preview.reader})</span>
          </h3>
          <dl className="data-facts">
            <div>
              <dt>Your commits</dt>
              <dd>{preview.commits.toLocaleString()}</dd>
            </div>
            <div>
              <dt>Read before (skipped)</dt>
              <dd>{preview.alreadyImported.toLocaleString()}</dd>
            </div>
            <div>
              <dt>Candidate entries</dt>
              <dd>{preview.candidates.length.toLocaleString()}</dd>
            </div>
          </dl>
          {preview.candidates.length > 0 && (
            <ul className="evidence-preview-list">
              {preview.candidates.slice(0, 30).map((c, i) => (
                <li key={i}>
                  <span className="muted small">{longDate(c.occurredOn)}</span> {c.title}
                  {c.people.length > 0 && <span className="muted small"> · seen by {c.people.map((p) => p.name).join(', ')}</span>}
                </li>
              ))}
              {preview.candidates.length > 30 && <li className="muted">and {preview.candidates.length - 30} more</li>}
            </ul>
          )}
          <div className="notice-actions">
            {preview.candidates.length > 0 ? (
              <button type="button" className="button button-primary" disabled={busy !== null} onClick={() => void runImport()}>
                Add {plural(preview.candidates.length, 'candidate', 'candidates')} to Triage
              </button>
            ) : (
              <p className="muted">
                {preview.commits === 0 ? 'No commits by these addresses in this range.' : 'Nothing new: every commit was read before.'}
              </p>
            )}
          </div>
        </section>
      )}
      {result && (
        <div className="notice" role="status">
          <p>
            {result.repository}: {plural(result.candidates, 'candidate entry', 'candidate entries')} from {plural(result.commits, 'new commit', 'new commits')}{' '}
            added to Triage.
          </p>
          {result.candidates > 0 && (
            <div className="notice-actions">
              <button type="button" className="button" onClick={() => navigate('/data/triage')}>
                Go to Triage
              </button>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
