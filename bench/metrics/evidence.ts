/**
 * Evidence import at scale: a 100,000-commit repository (made once with `git fast-import`,
 * kept in bench/.cache) read by evidence:importGit into a fresh journal; a year-long calendar
 * of 5,000 meetings read by evidence:importCalendar.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore } from '../../main/core/api';
import { type Metric, single } from '../report';

const COMMITS = 100_000;
const FOLDERS = ['api', 'web', 'docs', 'infra', 'billing', 'auth', 'search', 'mobile'];

function fastImportStream(): string {
  const out: string[] = [];
  const start = Date.UTC(2020, 0, 1) / 1000;
  for (let i = 1; i <= COMMITS; i++) {
    const mine = i % 2 === 0;
    const who = mine ? 'Me <me@work.com>' : `Dev${i % 37} <dev${i % 37}@work.com>`;
    const when = `${start + i * 1800} +0100`;
    const folder = FOLDERS[i % FOLDERS.length]!;
    const msg = i % 5 === 0 ? `feat(${folder}): change number ${i}\n\nCo-authored-by: Dev3 <dev3@work.com>\n` : `Work on ${folder} item ${i}\n`;
    const content = `line ${i}\n`;
    out.push(
      `commit refs/heads/main\nmark :${i}\nauthor ${who} ${when}\ncommitter ${who} ${when}\ndata ${Buffer.byteLength(msg)}\n${msg}` +
        (i > 1 ? `from :${i - 1}\n` : '') +
        `M 100644 inline ${folder}/file${i % 50}.txt\ndata ${Buffer.byteLength(content)}\n${content}\n`,
    );
  }
  return out.join('');
}

function cachedRepo(log: (l: string) => void): string {
  const dir = join(__dirname, '..', '.cache', `git-${COMMITS}.git`);
  if (existsSync(join(dir, 'HEAD'))) return dir;
  log(`generating a ${COMMITS.toLocaleString('en-US')}-commit repository with git fast-import`);
  rmSync(dir, { recursive: true, force: true });
  spawnSync('git', ['init', '-q', '--bare', dir]);
  const r = spawnSync('git', ['-C', dir, 'fast-import', '--quiet'], { input: fastImportStream(), maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`fast-import failed: ${r.stderr?.toString()}`);
  return dir;
}

const CALENDAR_EVENTS = 5000;
const SERIES = 20;

/** A year of meetings ending last month: 20 weekly series (with exceptions) and single meetings, 2–9 attendees each. */
function yearCalendar(): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const now = new Date();
  const start = Date.UTC(now.getUTCFullYear() - 1, now.getUTCMonth() - 1, 1);
  const stamp = (t: number) => {
    const d = new Date(t);
    return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}00`;
  };
  const lines = [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Scopebook bench//EN', 'X-WR-CALNAME:me@work.com',
    'BEGIN:VTIMEZONE', 'TZID:Europe/Berlin',
    'BEGIN:DAYLIGHT', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'DTSTART:19700329T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'END:DAYLIGHT',
    'BEGIN:STANDARD', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'DTSTART:19701025T030000', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'END:STANDARD',
    'END:VTIMEZONE',
  ];
  const attendees = (i: number) => {
    const out = [];
    for (let k = 0; k < 2 + (i % 8); k++) out.push(`ATTENDEE;CN=Colleague ${(i * 7 + k * 13) % 300};PARTSTAT=ACCEPTED:mailto:c${(i * 7 + k * 13) % 300}@work.com`);
    return out;
  };
  for (let s = 0; s < SERIES; s++) {
    const first = start + s * 3600_000 * 5;
    lines.push('BEGIN:VEVENT', `UID:series-${s}`, `SUMMARY:Weekly ${s}`, `DTSTART;TZID=Europe/Berlin:${stamp(first)}`, `DTEND;TZID=Europe/Berlin:${stamp(first + 1800_000)}`,
      'RRULE:FREQ=WEEKLY;COUNT=52', `EXDATE;TZID=Europe/Berlin:${stamp(first + 7 * 86400_000 * 10)}`, s % 2 === 0 ? 'ORGANIZER:mailto:me@work.com' : `ORGANIZER:mailto:c${s}@work.com`,
      ...attendees(s), 'END:VEVENT');
  }
  const singles = CALENDAR_EVENTS - SERIES * 51;
  for (let i = 0; i < singles; i++) {
    const at = start + Math.floor((i / singles) * 365 * 86400_000);
    lines.push('BEGIN:VEVENT', `UID:single-${i}`, `SUMMARY:Meeting ${i}`, `DTSTART:${stamp(at)}Z`, `DTEND:${stamp(at + 3600_000)}Z`,
      i % 4 === 0 ? 'ORGANIZER:mailto:me@work.com' : `ORGANIZER:mailto:c${i % 300}@work.com`,
      i % 25 === 0 ? 'ATTENDEE;PARTSTAT=DECLINED:mailto:me@work.com' : 'ATTENDEE;PARTSTAT=ACCEPTED:mailto:me@work.com',
      ...attendees(i), 'END:VEVENT');
  }
  lines.push('END:VCALENDAR', '');
  return lines.join('\r\n');
}

function calendarMetrics(log: (line: string) => void): Metric[] {
  const tmp = mkdtempSync(join(tmpdir(), 'scopebook-bench-ics-'));
  try {
    const file = join(tmp, 'year.ics');
    writeFileSync(file, yearCalendar());
    const core = openCore(join(tmp, 'scopebook.db'));
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const r = core.call('evidence:importCalendar', { path: file });
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    core.close();
    if (!r.ok) throw new Error(r.error.message);
    const v = r.value as { meetings: number; candidates: number; newPeople: number };
    log(`calendar: ${v.meetings} meetings in ${Math.round(ms)} ms (${Math.round(cpuMs)} ms of CPU)`);
    return [
      {
        ...single('evidence.calendar-import', CALENDAR_EVENTS, 'ms', ms,
          `${v.meetings.toLocaleString('en-US')} meetings that count (of ${CALENDAR_EVENTS.toLocaleString('en-US')} occurrences) stored; ${v.candidates.toLocaleString('en-US')} candidates, ${v.newPeople} people suggested; ${Math.round(cpuMs)} ms of CPU`),
        target: { value: 2000 },
      },
    ];
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

export function evidenceMetrics(log: (line: string) => void): Metric[] {
  // The git import's peak RSS is this process's peak so far: measured first, before the calendar's parse tree.
  const git = gitMetrics(log);
  return [...git, ...calendarMetrics(log)];
}

function gitMetrics(log: (line: string) => void): Metric[] {
  if (spawnSync('git', ['--version']).status !== 0) {
    log('git is not installed: skipping the git evidence benchmark');
    return [];
  }
  const repo = cachedRepo(log);
  const tmp = mkdtempSync(join(tmpdir(), 'scopebook-bench-git-'));
  try {
    const core = openCore(join(tmp, 'scopebook.db'));
    const rssBefore = process.memoryUsage().rss;
    const t0 = performance.now();
    const r = core.call('evidence:importGit', { path: repo, authors: ['me@work.com'] });
    const ms = performance.now() - t0;
    if (!r.ok) throw new Error(r.error.message);
    const v = r.value as { commits: number; candidates: number };
    const peakMb = process.resourceUsage().maxRSS / 1024;
    const git = spawnSync('sh', ['-c', `command -v /usr/bin/time >/dev/null && /usr/bin/time -f %M git -C '${repo}' log --all --use-mailmap --numstat --author=me@work.com --format=%H >/dev/null`], { encoding: 'utf8' });
    core.close();
    const metrics: Metric[] = [
      { ...single('evidence.git-import', COMMITS, 'ms', ms, `${v.commits.toLocaleString('en-US')} of the user's commits into ${v.candidates.toLocaleString('en-US')} candidates`), target: { value: 10_000 } },
      { ...single('evidence.git-import-peak-rss', COMMITS, 'MB', peakMb, `this process's peak RSS (was ${Math.round(rssBefore / 1048576)} MB before the import)`), target: { value: 300 } },
    ];
    const gitKb = Number(git.stderr?.trim().split('\n').pop());
    if (Number.isFinite(gitKb) && gitKb > 0) metrics.push(single('evidence.git-log-peak-rss', COMMITS, 'MB', gitKb / 1024, 'the git child process'));
    return metrics;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
