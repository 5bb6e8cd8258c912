import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DEFAULT_WINDOW_SIZE, clampToDisplays, loadWindowState, parseWindowState, saveWindowState, type Rect } from '../../src-main/main/window-state';

const LAPTOP: Rect = { x: 0, y: 0, width: 1366, height: 728 };
const MONITOR_RIGHT: Rect = { x: 1366, y: 0, width: 1920, height: 1040 };

test('a saved position on a visible display is kept as it was', () => {
  const s = clampToDisplays({ x: 1500, y: 100, width: 1200, height: 800, maximized: false }, [LAPTOP, MONITOR_RIGHT]);
  expect(s).toEqual({ x: 1500, y: 100, width: 1200, height: 800, maximized: false });
});

test('a window left on a monitor that is gone comes back centred on the primary display', () => {
  const s = clampToDisplays({ x: 1500, y: 100, width: 1200, height: 700, maximized: true }, [LAPTOP]);
  expect(s).toEqual({ x: 83, y: 14, width: 1200, height: 700, maximized: true });
});

test('a window larger than the display is shrunk to fit and moved inside it', () => {
  const s = clampToDisplays({ x: -50, y: 600, width: 1920, height: 1080, maximized: false }, [LAPTOP]);
  expect(s).toEqual({ x: 0, y: 0, width: 1366, height: 728, maximized: false });
});

test('a window only a few pixels on screen counts as off-screen', () => {
  const s = clampToDisplays({ x: 1360, y: 700, width: 1000, height: 700, maximized: false }, [LAPTOP]);
  expect(s.x).toBe(183);
  expect(s.y).toBe(14);
});

test('a partly visible window is pulled fully onto the display it mostly covers', () => {
  const s = clampToDisplays({ x: 3000, y: 500, width: 800, height: 700, maximized: false }, [LAPTOP, MONITOR_RIGHT]);
  expect(s).toEqual({ x: 2386, y: 340, width: 900, height: 700, maximized: false });
});

test('missing or corrupt state gives the default size, centred', () => {
  expect(parseWindowState(null)).toEqual({ ...DEFAULT_WINDOW_SIZE, maximized: false });
  expect(parseWindowState({ width: 'big', x: 10 })).toEqual({ ...DEFAULT_WINDOW_SIZE, maximized: false });
  const s = clampToDisplays(parseWindowState('garbage'), [MONITOR_RIGHT]);
  expect(s).toEqual({ x: 1366 + 320, y: 120, width: 1280, height: 800, maximized: false });
});

test('state survives a save and load through window-state.json', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'thidua-ws-'));
  try {
    const file = join(dir, 'window-state.json');
    expect(await loadWindowState(file, [LAPTOP])).toMatchObject({ width: 1280, height: 728 });
    await saveWindowState(file, { x: 10, y: 20, width: 1000, height: 650 }, true);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ x: 10, y: 20, width: 1000, height: 650, maximized: true });
    expect(await loadWindowState(file, [LAPTOP])).toEqual({ x: 10, y: 20, width: 1000, height: 650, maximized: true });
    await writeFile(file, '{not json');
    expect(await loadWindowState(file, [LAPTOP])).toMatchObject({ width: 1280, height: 728, maximized: false });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
