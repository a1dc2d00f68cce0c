/**
 * `npm run bench:ui [-- --size 100000] [--runs-scale 1]`: the renderer at scale. Debian's
 * Chromium (Playwright) against the browser host, built privately into bench/.cache/ui-build
 * (ui-build.ts), on a copy of the cached benchmark journal. Measures, in the page:
 * - navigation to the first timeline rows painted;
 * - a search typed in the timeline's box to its results painted (includes the box's 250 ms pause);
 * - keystroke to paint in the editor, on a short entry and on a 20,000-word one (p50/p95 of 200);
 * - the page's JS heap (after a GC) once the timeline has been scrolled through 5,000 entries;
 * - the Growth view: from its data's arrival (the last growth:* response) to the frame painted
 *   with its three charts, by quarter and by month (the budget: 200 ms).
 * `--only rows,search,keystrokes,heap,growth` runs some of these.
 * Results are merged into bench/results/latest.json (kind "ui").
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from '@playwright/test';
import type { DocNode } from '../common/contract';
import { openCore } from '../main/core/api';
import { journalFile } from '../main/core/paths';
import { must } from './context';
import { JOURNAL_END } from './generate';
import { cachedJournal, copyDurably } from './journal-cache';
import { buildForBench } from './ui-build';
import { type Metric, single, table, timed, writeResults } from './report';
import { BENCH_QUERIES } from './vocab';

const ROOT = join(__dirname, '..');
const TARGETS = { keystroke: 16, heapMB: 100, growthDraw: 200 } as const;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function chromiumPath(): string {
  const found = [process.env.SCOPEBOOK_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
  if (!found) throw new Error('No Chromium found: apt-get install -y chromium, or set SCOPEBOOK_CHROMIUM.');
  return found;
}

/** A document of about `words` words in paragraphs of 50. */
function longDoc(words: number): DocNode {
  const sentence = 'We reviewed the rollout plan with the platform team and agreed on the next steps for the migration';
  const base = sentence.split(' ');
  const paragraphs: DocNode[] = [];
  for (let w = 0; w < words; w += 50) {
    const text = Array.from({ length: 50 }, (_, i) => base[(w + i) % base.length]).join(' ');
    paragraphs.push({ type: 'paragraph', content: [{ type: 'text', text: `${text}.` }] });
  }
  return { type: 'doc', content: paragraphs };
}

/** Starts the browser host on `dataDir` and resolves with its tokened address. */
function startHost(webHost: string, dataDir: string): Promise<{ url: string; origin: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [webHost, '--data-dir', dataDir, '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, SCOPEBOOK_DATA_DIR: '' },
  });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The browser host printed no address within 60 s:\n${out}`)), 60_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+)\/\?token=[\w-]+/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[0], origin: m[1]!, child });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => void (out += c.toString()));
    child.once('exit', (code) => reject(new Error(`The browser host exited (${code}):\n${out}`)));
  });
}

/**
 * In the page: resolves with ms from navigation start to the first frame painted after
 * `selector` appears (`painted`), and to the first API request (`started`: the script loaded,
 * parsed and the app mounted; what comes after is the host's answers and rendering).
 */
const PAINTED_AFTER_NAV = `(selector) => new Promise((resolve) => {
  const started = () => Math.min(...performance.getEntriesByType('resource').filter((r) => r.name.includes('/api/')).map((r) => r.startTime));
  const done = () => requestAnimationFrame(() => { const ch = new MessageChannel(); ch.port1.onmessage = () => resolve({ painted: performance.now(), started: started() }); ch.port2.postMessage(0); });
  if (document.querySelector(selector)) return done();
  new MutationObserver((_, obs) => { if (document.querySelector(selector)) { obs.disconnect(); done(); } })
    .observe(document, { childList: true, subtree: true });
})`;

async function firstRows(browser: Browser, url: string, origin: string, runs: number): Promise<{ painted: number[]; started: number[] }> {
  const context = await browser.newContext();
  const login = await context.newPage();
  await login.goto(url);
  await login.close();
  const painted: number[] = [];
  const started: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await context.newPage();
    await page.goto(`${origin}/#/timeline`, { waitUntil: 'commit' });
    const t = (await page.evaluate(`(${PAINTED_AFTER_NAV})('.virtual-row .entry-row')`)) as { painted: number; started: number };
    painted.push(t.painted);
    started.push(t.started);
    await page.close();
  }
  await context.close();
  return { painted, started };
}

async function searchShown(page: Page, origin: string, query: string, runs: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    await page.goto(`${origin}/#/timeline`);
    await page.locator('.virtual-row .entry-row').first().waitFor();
    const box = page.getByRole('searchbox', { name: 'Search entries' });
    await box.click();
    // From the input event of the typed query to the first frame painted with a highlighted result.
    const shown = page.evaluate(`new Promise((resolve) => {
      let typed = 0;
      document.querySelector('#timeline-search').addEventListener('input', () => { typed = performance.now(); }, { capture: true, once: true });
      new MutationObserver((_, obs) => {
        if (!typed || !document.querySelector('[aria-label="Search results"] .entry-row mark')) return;
        obs.disconnect();
        requestAnimationFrame(() => { const ch = new MessageChannel(); ch.port1.onmessage = () => resolve(performance.now() - typed); ch.port2.postMessage(0); });
      }).observe(document, { childList: true, subtree: true, characterData: true });
    })`);
    await box.fill(query);
    samples.push((await shown) as number);
  }
  return samples;
}

/**
 * Types `count` letters at the end of the entry and returns two latencies per keystroke, in ms
 * from the keydown event:
 * - `work`: until the editor has handled it and the page is laid out again (a task queued by
 *   the keydown runs after the input event and ProseMirror's DOM update; it then forces layout);
 * - `frame`: until the next frame is painted (requestAnimationFrame, then a message posted
 *   from it runs after that frame's paint). Chromium is launched with frames not tied to a
 *   60 Hz clock, so this is the keystroke's own cost, not up to 16.7 ms of waiting for vsync.
 */
async function keystrokes(page: Page, origin: string, entryId: string, count: number): Promise<{ work: number[]; frame: number[] }> {
  await page.goto(`${origin}/#/entry/${entryId}`);
  const editor = page.locator('.ProseMirror').first();
  await editor.waitFor();
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.evaluate(`(() => {
    window.__work = [];
    window.__frame = [];
    document.addEventListener('keydown', (e) => {
      const t0 = e.timeStamp;
      setTimeout(() => { void document.body.offsetHeight; window.__work.push(performance.now() - t0); }, 0);
      requestAnimationFrame(() => { const ch = new MessageChannel(); ch.port1.onmessage = () => window.__frame.push(performance.now() - t0); ch.port2.postMessage(0); });
    }, true);
  })()`);
  const letters = 'the quick brown fox jumps over the lazy dog ';
  for (let i = 0; i < count; i++) {
    await page.keyboard.type(letters[i % letters.length]!);
    // Wait for this keystroke's paint before the next (page.evaluate is not subject to the page's CSP; waitForFunction is).
    while (((await page.evaluate('window.__frame.length')) as number) < i + 1) await page.waitForTimeout(1);
  }
  return (await page.evaluate('({ work: window.__work, frame: window.__frame })')) as { work: number[]; frame: number[] };
}

/** Scrolls the timeline until `rows` rows have been loaded; returns the JS heap in MB after a GC. */
async function heapAfterScroll(page: Page, origin: string, rows: number): Promise<{ heap: number; loaded: number }> {
  await page.goto(`${origin}/#/timeline`);
  await page.locator('.virtual-row .entry-row').first().waitFor();
  const scroller = page.locator('.virtual-scroll').first();
  let loaded = 0;
  for (let step = 0; step < 5000 && loaded < rows; step++) {
    await scroller.evaluate((el) => el.scrollBy(0, 4000));
    await page.waitForTimeout(15);
    loaded = await page.evaluate(
      `Math.max(0, ...[...document.querySelectorAll('.virtual-row[data-index]')].map((r) => Number(r.getAttribute('data-index'))))`,
    );
  }
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return { heap: usedSize / 1024 / 1024, loaded };
}

/**
 * From the Today view, opens `hash` (a Growth view) and resolves with the longer of: ms from
 * the end of the last growth:* response to the first frame painted with the scope, visibility
 * and quiet charts drawn, and for each chart, ms from its own response to it being drawn (the
 * JSON parse and React's render count as drawing).
 */
async function growthDrawn(page: Page, origin: string, hash: string, runs: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    await page.goto(`${origin}/#/today`);
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    const drawn = page.evaluate(`new Promise((resolve) => {
      performance.clearResourceTimings();
      const charts = ['scope', 'visibility', 'quiet'];
      const seen = {};
      const look = () => {
        for (const c of charts) if (!seen[c] && document.querySelector('svg[data-chart="' + c + '"] rect, svg[data-chart="' + c + '"] path')) seen[c] = performance.now();
        return charts.every((c) => seen[c]);
      };
      new MutationObserver((_, obs) => {
        if (!look()) return;
        obs.disconnect();
        requestAnimationFrame(() => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => {
            const painted = performance.now();
            const ends = performance.getEntriesByType('resource').filter((r) => r.name.includes('/api/growth:'));
            const end = (c) => Math.max(...ends.filter((r) => r.name.includes('/api/growth:' + c)).map((r) => r.responseEnd));
            // The whole view once its last answer came, and each chart from its own answer to drawn.
            resolve(Math.max(painted - Math.max(...ends.map((r) => r.responseEnd)), ...charts.map((c) => seen[c] - end(c))));
          };
          ch.port2.postMessage(0);
        });
      }).observe(document, { childList: true, subtree: true });
      location.hash = ${JSON.stringify(hash)};
    })`);
    samples.push((await drawn) as number);
  }
  return samples;
}

async function main(): Promise<void> {
  const size = Number(arg('size') ?? 100_000);
  const scale = Number(arg('runs-scale') ?? 1);
  const runs = (n: number) => Math.max(1, Math.round(n * scale));
  const only = arg('only')?.split(',');
  const want = (group: string) => !only || only.includes(group);
  const log = (line: string) => console.error(line);
  log('building the browser host and the renderer into bench/.cache/ui-build …');
  const webHost = await buildForBench(join(__dirname, '.cache', 'ui-build'));
  const journal = cachedJournal(size, 42, size <= 10_000 ? null : 1000, { log });
  const dataDir = mkdtempSync(join(tmpdir(), 'scopebook-bench-ui-'));
  const metrics: Metric[] = [];
  let host: ChildProcess | undefined;
  let browser: Browser | undefined;
  let chromiumVersion: string | undefined;
  try {
    copyDurably(journal.path, journalFile(dataDir));
    // The two entries the editor is measured on, written like the app writes them.
    const core = openCore(journalFile(dataDir), { clock: { now: () => new Date(`${JOURNAL_END}T12:00:00`) } });
    const short = must<{ id: string }>(core, 'entries:create', {
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Short note.' }] }] },
      ownershipLevel: 'task',
    });
    const long = must<{ id: string }>(core, 'entries:create', { body: longDoc(20_000), ownershipLevel: 'project', title: 'Design doc' });
    core.close();

    const started = await startHost(webHost, dataDir);
    host = started.child;
    browser = await chromium.launch({
      executablePath: chromiumPath(),
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-gpu',
        // Frames as soon as there is something to paint, not on a 60 Hz clock: a keystroke's
        // latency is then its own cost, without up to 16.7 ms of waiting for the next frame.
        '--disable-gpu-vsync',
        '--disable-frame-rate-limit',
      ],
    });
    if (want('rows')) {
      log('first rows …');
      const rows = await firstRows(browser, started.url, started.origin, runs(10));
      metrics.push(
        timed('ui.first-rows', size, rows.painted, { note: 'navigation to the first timeline rows painted (new page each run)' }),
        timed('ui.first-rows.app-start', size, rows.started, {
          note: 'of which: navigation to the first API request (script loaded and parsed, app mounted)',
        }),
      );
    }

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(started.url);
    if (want('growth')) {
      log('growth view …');
      for (const [name, hash] of [
        ['ui.growth-drawn.quarters', '#/growth'],
        ['ui.growth-drawn.months', '#/growth?by=month'],
      ] as const) {
        metrics.push(
          timed(name, size, await growthDrawn(page, started.origin, hash, runs(10)), {
            target: { p95: TARGETS.growthDraw },
            note: `${hash}: data arrived to its three charts drawn (the slower of all three painted after the last answer, and each chart after its own)`,
          }),
        );
      }
    }
    if (want('search')) {
      log('search …');
      const search = await searchShown(page, started.origin, BENCH_QUERIES.single, runs(10));
      metrics.push(
        timed('ui.search-results', size, search, {
          note: `"${BENCH_QUERIES.single}" typed to results painted, including the search box's 250 ms pause`,
        }),
      );
    }
    const editorCases = [
      ['ui.keystroke.short-entry', short.id],
      ['ui.keystroke.20k-word-entry', long.id],
    ] as const;
    if (want('keystrokes')) log('editor keystrokes …');
    for (const [name, id] of want('keystrokes') ? editorCases : []) {
      const { work, frame } = await keystrokes(page, started.origin, id, runs(200));
      metrics.push(
        timed(name, size, frame, {
          target: { p95: TARGETS.keystroke },
          note: 'keydown to the next frame painted (frames not tied to 60 Hz: see the launch flags)',
        }),
        timed(`${name}.handled`, size, work, { note: 'of which: keydown to handled by the editor and laid out' }),
      );
    }
    if (want('heap')) {
      log('scrolling 5,000 entries …');
      // About 5,000 entries and their day headings.
      const heap = await heapAfterScroll(page, started.origin, 5400);
      metrics.push({
        ...single(
          'ui.js-heap-after-5000',
          size,
          'MB',
          heap.heap,
          `after a GC, timeline scrolled through ${heap.loaded.toLocaleString('en-US')} rows (entries and day headings)`,
        ),
        target: { value: TARGETS.heapMB },
      });
    }
    chromiumVersion = browser.version();
    await context.close();
  } finally {
    await browser?.close();
    if (host && host.exitCode === null) {
      host.kill('SIGINT');
      await new Promise((r) => host!.once('exit', r));
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
  console.log(table(metrics));
  const out = join(__dirname, 'results', 'latest.json');
  writeResults(out, metrics, {
    kind: 'ui',
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model, platform: process.platform, node: process.version },
    load: { after: loadavg()[0] },
    chromium: chromiumVersion,
  });
  console.log(`Results written to ${out}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
