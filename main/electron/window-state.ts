/**
 * Remembering the window's size and position between runs (window-state.json next to the
 * journal). Pure: the caller supplies the screens' work areas, so a window saved on a monitor
 * that is gone comes back on one that exists.
 *
 * Bounds are also kept per display layout (the set of screens connected): docking a laptop
 * at the office brings the window back where it was on the office monitors, and undocking
 * brings back the laptop-only position, instead of one position fitted to both.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  /** Absent: let the system centre the window. */
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

/** The file name, inside the data directory. */
export const WINDOW_STATE_FILE = 'window-state.json';

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1200, height: 820, maximized: false };
export const MIN_WINDOW_SIZE = { width: 640, height: 480 } as const;

/** How much of the window's title area must be on some screen to keep its saved position. */
const VISIBLE_MARGIN = { width: 120, height: 40 } as const;

/** Layouts remembered at most (the most recent ones). */
const MAX_LAYOUTS = 8;

/** A name for a set of screens, independent of their order. */
export function layoutKey(workAreas: readonly Rect[]): string {
  return workAreas
    .map((a) => `${Math.round(a.x)},${Math.round(a.y)},${Math.round(a.width)}x${Math.round(a.height)}`)
    .sort()
    .join(';');
}

/** The saved state, fitted to today's screens; the default when nothing usable was saved. */
export function loadWindowState(file: string, workAreas: readonly Rect[]): WindowState {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
  return fitWindowState(stateForLayout(raw, workAreas), workAreas);
}

/** The bounds saved for this exact set of screens, else the last ones saved. */
export function stateForLayout(raw: unknown, workAreas: readonly Rect[]): unknown {
  const layouts = (raw as { layouts?: unknown } | null)?.layouts;
  if (typeof layouts !== 'object' || layouts === null || Array.isArray(layouts)) return raw;
  const match = (layouts as Record<string, unknown>)[layoutKey(workAreas)];
  return typeof match === 'object' && match !== null ? match : raw;
}

/** Saves the state as the latest and as this layout's (keeping other layouts'). */
export function saveWindowStateForLayout(file: string, state: WindowState, workAreas: readonly Rect[]): void {
  let layouts: Record<string, WindowState> = {};
  try {
    const old = (JSON.parse(readFileSync(file, 'utf8')) as { layouts?: unknown }).layouts;
    if (typeof old === 'object' && old !== null && !Array.isArray(old)) layouts = old as Record<string, WindowState>;
  } catch {
    // Nothing saved yet.
  }
  const key = layoutKey(workAreas);
  const { [key]: _previous, ...others } = layouts;
  void _previous;
  const kept = Object.entries(others).slice(-(MAX_LAYOUTS - 1));
  saveWindowState(file, { ...state, layouts: Object.fromEntries([...kept, [key, state]]) } as WindowState);
}

/** Validates an untrusted saved state and fits it to the given screens. */
export function fitWindowState(raw: unknown, workAreas: readonly Rect[]): WindowState {
  const s = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const largest = workAreas.reduce<Rect | null>((a, b) => (!a || b.width * b.height > a.width * a.height ? b : a), null);
  const maxW = largest?.width ?? Number.MAX_SAFE_INTEGER;
  const maxH = largest?.height ?? Number.MAX_SAFE_INTEGER;
  const width = clamp(num(s.width) ?? DEFAULT_WINDOW_STATE.width, MIN_WINDOW_SIZE.width, Math.max(MIN_WINDOW_SIZE.width, maxW));
  const height = clamp(num(s.height) ?? DEFAULT_WINDOW_STATE.height, MIN_WINDOW_SIZE.height, Math.max(MIN_WINDOW_SIZE.height, maxH));
  const state: WindowState = { width, height, maximized: s.maximized === true };
  const x = num(s.x);
  const y = num(s.y);
  if (x !== null && y !== null && workAreas.some((area) => titleBarVisible({ x, y, width }, area))) {
    state.x = x;
    state.y = y;
  }
  return state;
}

/** Writes the state atomically (a crash never leaves half a file). Failures are ignored: it is only a convenience. */
export function saveWindowState(file: string, state: WindowState): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.tmp`;
    writeFileSync(tmp, JSON.stringify(state));
    renameSync(tmp, file);
  } catch {
    // The window simply opens at the default size next time.
  }
}

function titleBarVisible(win: { x: number; y: number; width: number }, area: Rect): boolean {
  const overlapX = Math.min(win.x + win.width, area.x + area.width) - Math.max(win.x, area.x);
  const overlapY = Math.min(win.y + VISIBLE_MARGIN.height, area.y + area.height) - Math.max(win.y, area.y);
  return overlapX >= VISIBLE_MARGIN.width && overlapY >= VISIBLE_MARGIN.height;
}

function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? Math.round(v) : null;
}

function clamp(v: number, min: number, max: number): number {
  return Math.min(Math.max(v, min), max);
}
