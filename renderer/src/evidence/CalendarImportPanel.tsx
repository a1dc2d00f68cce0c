import { useEffect, useId, useRef, useState } from 'react';
import { type CalendarImportResult, type CalendarPreview, MAX_CALENDAR_UPLOAD_BYTES } from '../../../common/contract';
import { api, call } from '../api';
import { navigate } from '../app/router';
import { formatBytes, toBase64 } from '../data/bytes';
import { longDate } from '../ui/dates';
import { showToast } from '../ui/toast';
import { emailText, notEmails, parseEmails } from './emails';
import { SuggestedPeople } from './SuggestedPeople';
import '../styles/evidence.css';

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));
const plural = (n: number, one: string, many: string) => (n === 1 ? `one ${one}` : `${n.toLocaleString()} ${many}`);

type Source = { upload: { name: string; base64: string } } | { path: string };

/**
 * Import → Calendar: meetings from a calendar export (.ics) as evidence of who saw the work.
 * A preview first; then the meetings are stored, organised ones proposed in Triage, and people
 * met often offered as new people.
 */
export function CalendarImportPanel() {
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [emails, setEmails] = useState('');
  const [path, setPath] = useState('');
  const [source, setSource] = useState<Source | null>(null);
  const [preview, setPreview] = useState<CalendarPreview | null>(null);
  const [result, setResult] = useState<CalendarImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void call(api.evidence.myEmails({}))
      .then((mine) => live && setEmails((e) => e || emailText(mine)))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  const me = async () => {
    const list = parseEmails(emails);
    const bad = notEmails(list);
    if (bad.length > 0) throw new Error(`${bad.join(', ')} ${bad.length === 1 ? 'is not an email address' : 'are not email addresses'}`);
    if (list.length > 0) setEmails(emailText(await call(api.evidence.setMyEmails({ emails: list }))));
    return list;
  };

  const runPreview = async (s: Source) => {
    setSource(s);
    setPreview(null);
    setResult(null);
    setError(null);
    setBusy('Reading the calendar…');
    try {
      const list = await me();
      setPreview(await call(api.evidence.previewCalendar({ ...s, ...(list.length ? { me: list } : {}) })));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(null);
    }
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_CALENDAR_UPLOAD_BYTES) {
      setError(`${file.name} is ${formatBytes(file.size)}, more than the ${formatBytes(MAX_CALENDAR_UPLOAD_BYTES)} the page can send. Give its path instead.`);
      return;
    }
    try {
      const base64 = toBase64(new Uint8Array(await file.arrayBuffer()));
      await runPreview({ upload: { name: file.name, base64 } });
    } catch (e) {
      setError(`Could not read ${file.name}: ${errorText(e)}`);
    }
  };

  const runImport = async () => {
    if (!source) return;
    setBusy('Importing meetings…');
    setError(null);
    try {
      const list = await me();
      const done = await call(api.evidence.importCalendar({ ...source, ...(list.length ? { me: list } : {}) }));
      setResult(done);
      setPreview(null);
      setSource(null);
      if (fileInput.current) fileInput.current.value = '';
      showToast(`Imported ${plural(done.added, 'new meeting', 'new meetings')}.`);
    } catch (e) {
      setError(`Nothing was imported: ${errorText(e)}`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="section" aria-labelledby={`${id}-heading`} aria-busy={busy !== null}>
      <h2 id={`${id}-heading`}>Calendar</h2>
      <p className="muted">
        A calendar export (.ics from Google Calendar, Outlook or Apple Calendar) shows who saw your work: people you met are offered as “who saw it”
        for that day’s entries, meetings you organised become candidates in Triage, and people you meet often can be added. Declined meetings and
        private or free/busy-only events never count.
      </p>
      <div className="data-form">
        <div className="field">
          <label className="field-label" htmlFor={`${id}-me`}>
            Your email addresses <span className="muted">(the same as your git author emails)</span>
          </label>
          <input id={`${id}-me`} type="text" spellCheck={false} value={emails} onChange={(e) => setEmails(e.target.value)} placeholder="me@work.com" />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-file`}>
            Calendar file
          </label>
          <input
            ref={fileInput}
            id={`${id}-file`}
            type="file"
            accept=".ics,text/calendar"
            disabled={busy !== null}
            onChange={(e) => void onFile(e.target.files?.[0])}
          />
        </div>
        <form
          className="data-path"
          aria-label="Calendar from a path"
          onSubmit={(e) => {
            e.preventDefault();
            if (path.trim()) void runPreview({ path: path.trim() });
          }}
        >
          <div className="field">
            <label className="field-label" htmlFor={`${id}-path`}>
              Or its path on this computer
            </label>
            <input id={`${id}-path`} type="text" spellCheck={false} value={path} onChange={(e) => setPath(e.target.value)} />
          </div>
          <button type="submit" className="button" disabled={busy !== null || !path.trim()}>
            Preview
          </button>
        </form>
      </div>
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
        <section className="data-preview" aria-label="Calendar preview">
          <h3>{preview.calendar ?? ('upload' in (source ?? {}) ? (source as { upload: { name: string } }).upload.name : path)}</h3>
          {preview.me.length === 0 && (
            <p className="notice notice-warning">Give your email address above, so declined meetings and the ones you organised are told apart.</p>
          )}
          <dl className="data-facts">
            <div>
              <dt>Meetings that count</dt>
              <dd>{preview.meetings.length.toLocaleString()}</dd>
            </div>
            <div>
              <dt>Imported before</dt>
              <dd>{(preview.meetings.length - preview.newMeetings).toLocaleString()}</dd>
            </div>
            <div>
              <dt>Organised by you (to Triage)</dt>
              <dd>{preview.candidates.toLocaleString()}</dd>
            </div>
          </dl>
          {preview.meetings.length > 0 && (
            <ul className="evidence-preview-list">
              {preview.meetings.slice(-30).map((m) => (
                <li key={m.uid}>
                  <span className="muted small">{longDate(m.day)}</span> {m.title}{' '}
                  <span className="muted small">
                    · {m.minutes} min{m.attendees.length > 0 && ` · with ${m.attendees.slice(0, 5).map((a) => a.name ?? a.email).join(', ')}`}
                    {m.attendees.length > 5 && ` and ${m.attendees.length - 5} more`}
                  </span>
                </li>
              ))}
              {preview.meetings.length > 30 && <li className="muted">and {preview.meetings.length - 30} earlier ones</li>}
            </ul>
          )}
          {preview.newPeople.length > 0 && (
            <p>
              <span className="field-label">People you meet often who are not in your people yet:</span>{' '}
              {preview.newPeople.map((p) => `${p.name ?? p.email} (${p.meetings})`).join(', ')}
            </p>
          )}
          <div className="notice-actions">
            {preview.meetings.length > 0 ? (
              <button type="button" className="button button-primary" disabled={busy !== null} onClick={() => void runImport()}>
                Import {plural(preview.meetings.length, 'meeting', 'meetings')}
              </button>
            ) : (
              <p className="muted">No meetings that count in this calendar, up to today.</p>
            )}
          </div>
        </section>
      )}
      {result && (
        <div className="notice" role="status">
          <p>
            Imported {plural(result.added, 'new meeting', 'new meetings')} ({plural(result.meetings, 'meeting', 'meetings')} read);{' '}
            {plural(result.candidates, 'candidate entry', 'candidate entries')} added to Triage.
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
      {result && <SuggestedPeople level={3} />}
    </section>
  );
}
