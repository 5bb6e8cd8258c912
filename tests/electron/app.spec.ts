import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import type { DesktopApi } from '../../src-main/shared/api';

/**
 * The real Electron build: window, preload surface, renderer isolation. Skips (with the reason
 * printed) where the Electron binary was never downloaded (npm install without scripts, offline CI).
 */

const ROOT = resolve(import.meta.dirname, '../..');
const ELECTRON_DIR = join(ROOT, 'node_modules/electron');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

// Record<keyof DesktopApi, true>: the compiler fails this file if the contract gains or loses a method.
const API_METHODS: Record<keyof DesktopApi, true> = {
  appVersion: true,
  userDataPath: true,
  saveFile: true,
  openFile: true,
  print: true,
  printToPdf: true,
  getAutoBackupSettings: true,
  setAutoBackupSettings: true,
  listBackups: true,
  writeAutoBackup: true,
  readBackup: true,
  onBackupRequest: true,
};

function electronExecutable(): { path?: string; missing?: string } {
  const pathTxt = join(ELECTRON_DIR, 'path.txt');
  if (!existsSync(pathTxt))
    return {
      missing: `${pathTxt} does not exist (Electron binary never downloaded; run \`node node_modules/electron/install.js\` or \`npm start\` once online)`,
    };
  const exe = join(ELECTRON_DIR, 'dist', readFileSync(pathTxt, 'utf8').trim());
  if (!existsSync(exe)) return { missing: `${exe} does not exist (incomplete Electron download)` };
  return { path: exe };
}

const found = electronExecutable();
let app: ElectronApplication;
let page: Page;
let profile: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  if (!found.path) {
    console.log(`[electron] SKIPPED: ${found.missing}`);
    return;
  }
  if (!existsSync(join(ROOT, 'out/main/index.js')) || !existsSync(join(ROOT, 'out/preload/index.cjs'))) {
    execFileSync(process.execPath, [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: ROOT, stdio: 'inherit' });
  }
  profile = mkdtempSync(join(tmpdir(), 'thidua-electron-'));
  // Backups of this run go to the throw-away profile, never to the tester's Documents.
  writeFileSync(join(profile, 'auto-backup.json'), JSON.stringify({ enabled: true, folder: join(profile, 'Sao luu'), keep: 30 }));
  const args = [ROOT];
  if (process.platform === 'linux' && process.getuid?.() === 0) args.unshift('--no-sandbox');
  app = await electron.launch({
    executablePath: found.path,
    args,
    cwd: ROOT,
    env: { ...process.env, THIDUA_USER_DATA_DIR: profile, ELECTRON_RENDERER_URL: '' },
  });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

test.beforeEach(() => {
  test.skip(!found.path, `Electron binary absent: ${found.missing}`);
});

test('the window shows the app from app://thidua with the product title', async () => {
  expect(page.url()).toMatch(/^app:\/\/thidua\/index\.html/);
  await expect(page).toHaveTitle('Thi đua HTX');
  const winTitle = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle());
  expect(winTitle).toBe('Thi đua HTX');
});

test('the renderer runs isolated and sandboxed', async () => {
  // getLastWebPreferences is not in Electron's typings but exists at runtime; without it only the
  // renderer-side checks below apply.
  const prefs = await app.evaluate(({ BrowserWindow }) => {
    const wc = BrowserWindow.getAllWindows()[0]!.webContents as unknown as { getLastWebPreferences?: () => Record<string, unknown> | null };
    const p = wc.getLastWebPreferences?.();
    return p ? { contextIsolation: p.contextIsolation, sandbox: p.sandbox, nodeIntegration: p.nodeIntegration, webSecurity: p.webSecurity } : null;
  });
  if (prefs) expect(prefs).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
  else console.log('[electron] getLastWebPreferences unavailable; checking renderer globals only');
  const globals = await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    return { require: typeof w.require, process: typeof w.process, module: typeof w.module, Buffer: typeof w.Buffer, ipcRenderer: typeof w.ipcRenderer };
  });
  expect(globals).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined', Buffer: 'undefined', ipcRenderer: 'undefined' });
});

test('window.thidua exposes exactly the DesktopApi methods', async () => {
  const exposed = await page.evaluate(() => {
    const api = (window as unknown as { thidua?: Record<string, unknown> }).thidua ?? {};
    return Object.keys(api).map((k) => [k, typeof api[k]] as const);
  });
  expect(exposed.map(([k]) => k).sort()).toEqual(Object.keys(API_METHODS).sort());
  expect(exposed.every(([, t]) => t === 'function')).toBe(true);
  expect(await page.evaluate(() => window.thidua!.appVersion())).toBe(pkg.version);
});

test('main refuses bad arguments and the page cannot navigate away or open windows', async () => {
  const err = await page.evaluate(() =>
    window.thidua!.readBackup('../../etc/passwd').then(
      () => 'read',
      (e: Error) => e.message,
    ),
  );
  expect(err).toContain('Tên bản sao lưu');
  expect(await page.evaluate(() => window.open('https://example.com') === null)).toBe(true);
  await page.evaluate(() => {
    location.href = 'https://example.com/';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toMatch(/^app:\/\/thidua\//);
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
});
