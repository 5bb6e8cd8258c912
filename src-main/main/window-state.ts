import { readJsonFile, writeJsonFile } from './json-file';

/**
 * Remembers the window's size, position and maximized state (userData/window-state.json) and
 * brings it back onto a visible display when monitors changed (a laptop undocked at the office).
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  /** Absent when the window should be centred. */
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const WINDOW_STATE_FILE = 'window-state.json';
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 800 } as const;
export const MIN_WINDOW_SIZE = { width: 900, height: 600 } as const;
/** At least this much of the window (e.g. its title bar) must be on a display to keep its place. */
const MIN_VISIBLE = { width: 120, height: 60 } as const;

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Accepts whatever was stored; anything odd falls back to the default size, centred. */
export function parseWindowState(raw: unknown): WindowState {
  const state: WindowState = { ...DEFAULT_WINDOW_SIZE, maximized: false };
  if (typeof raw !== 'object' || raw === null) return state;
  const o = raw as Record<string, unknown>;
  if (isNum(o.width) && isNum(o.height) && o.width > 0 && o.height > 0) {
    state.width = Math.round(o.width);
    state.height = Math.round(o.height);
  }
  if (isNum(o.x) && isNum(o.y)) {
    state.x = Math.round(o.x);
    state.y = Math.round(o.y);
  }
  state.maximized = o.maximized === true;
  return state;
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

/**
 * Fits the state to the displays' work areas (primary display first): sizes are limited to the
 * chosen display, and a window that is (almost) off-screen is centred on the primary display.
 */
export function clampToDisplays(state: WindowState, workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0];
  if (!primary) return { ...state };
  let target = primary;
  let placed = false;
  if (state.x !== undefined && state.y !== undefined) {
    const bounds = { x: state.x, y: state.y, width: state.width, height: state.height };
    let best = 0;
    for (const area of workAreas) {
      const o = overlap(bounds, area);
      const visible = o.width >= Math.min(MIN_VISIBLE.width, bounds.width) && o.height >= Math.min(MIN_VISIBLE.height, bounds.height);
      if (visible && o.width * o.height > best) {
        best = o.width * o.height;
        target = area;
        placed = true;
      }
    }
  }
  const width = Math.min(Math.max(state.width, Math.min(MIN_WINDOW_SIZE.width, target.width)), target.width);
  const height = Math.min(Math.max(state.height, Math.min(MIN_WINDOW_SIZE.height, target.height)), target.height);
  let x: number;
  let y: number;
  if (placed && state.x !== undefined && state.y !== undefined) {
    x = Math.min(Math.max(state.x, target.x), target.x + target.width - width);
    y = Math.min(Math.max(state.y, target.y), target.y + target.height - height);
  } else {
    x = target.x + Math.round((target.width - width) / 2);
    y = target.y + Math.round((target.height - height) / 2);
  }
  return { x, y, width, height, maximized: state.maximized };
}

export async function loadWindowState(file: string, workAreas: readonly Rect[]): Promise<WindowState> {
  return clampToDisplays(parseWindowState(await readJsonFile(file)), workAreas);
}

export async function saveWindowState(file: string, bounds: Rect, maximized: boolean): Promise<void> {
  await writeJsonFile(file, { ...bounds, maximized });
}
