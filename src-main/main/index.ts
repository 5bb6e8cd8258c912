import { join } from 'node:path';
import { BrowserWindow, Menu, app, dialog, protocol, screen, session, type WebContents } from 'electron';
import icon from '../../resources/icon.png?asset';
import type { AutoBackupSettings, BackupFileInfo } from '../shared/api';
import { BACKUP_REQUEST_CHANNEL, type BackupReason } from '../shared/ipc-channels';
import {
  AUTO_BACKUP_SETTINGS_FILE,
  QUIT_BACKUP_TIMEOUT_MS,
  defaultAutoBackupSettings,
  isDailyBackupDue,
  loadAutoBackupSettings,
  saveAutoBackupSettings,
} from './auto-backup';
import { listBackups, readBackupFile, writeBackup } from './backup-files';
import { BackupRequester, type BackupRequestOutcome } from './backup-requests';
import { registerIpcHandlers } from './ipc';
import { aboutText, buildMenuTemplate } from './menu';
import { serveRendererFile } from './renderer-files';
import { APP_SCHEME, APP_START_URL, denyPermissionCheck, denyPermissionRequest, isAllowedNavigation, windowOpenDecision } from './security';
import { WINDOW_STATE_FILE, loadWindowState, saveWindowState } from './window-state';

/**
 * Electron main process: wiring only. The rules live in plain modules next to this file
 * (security, ipc-validation, window-state, backup-files, auto-backup, menu), tested in Node.
 */

const RENDERER_DIR = join(import.meta.dirname, '../renderer');
const PRELOAD = join(import.meta.dirname, '../preload/index.cjs');
/** electron-vite dev server (npm run dev only); a packaged app never has it. */
const DEV_SERVER_URL = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const DAILY_CHECK_MS = 60 * 60 * 1000;

// Tests (tests/electron) run the unpackaged build against a throw-away profile folder.
if (!app.isPackaged && process.env.THIDUA_USER_DATA_DIR) app.setPath('userData', process.env.THIDUA_USER_DATA_DIR);

// Must happen before `ready`: app:// behaves like https (standard origin, secure context, fetch).
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

let mainWindow: BrowserWindow | null = null;
let settings: AutoBackupSettings;
const settingsFile = (): string => join(app.getPath('userData'), AUTO_BACKUP_SETTINGS_FILE);

const backups = new BackupRequester((msg) => {
  if (!mainWindow || mainWindow.isDestroyed() || mainWindow.webContents.isDestroyed()) return false;
  mainWindow.webContents.send(BACKUP_REQUEST_CHANNEL, msg);
  return true;
});

// Backups are written one at a time (pruning must not race a write).
let backupQueue: Promise<unknown> = Promise.resolve();
function writeAutoBackup(data: Uint8Array): Promise<BackupFileInfo> {
  const run = backupQueue.then(() => writeBackup(settings.folder, data, { keep: settings.keep }));
  backupQueue = run.catch(() => undefined);
  return run.then((info) => {
    backups.backupWritten();
    return info;
  });
}

function requestBackup(reason: BackupReason, timeoutMs = 60_000): Promise<BackupRequestOutcome> {
  return backups.request(reason, timeoutMs).then((outcome) => {
    if (outcome !== 'written' && outcome !== 'done' && outcome !== 'no-handler') console.warn(`Sao lưu (${reason}): ${outcome}`);
    return outcome;
  });
}

async function dailyBackupCheck(): Promise<void> {
  if (isDailyBackupDue(settings, await listBackups(settings.folder), new Date())) await requestBackup('daily');
}

/** Every web contents (window, devtools, anything unexpected): no navigation, popups or webviews. */
function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url, DEV_SERVER_URL)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url, DEV_SERVER_URL)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => windowOpenDecision());
}

function serveRenderer(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const res = await serveRendererFile(RENDERER_DIR, request.url, request.method);
    return new Response(res.body as BodyInit | null, { status: res.status, headers: res.headers });
  });
}

async function createWindow(): Promise<BrowserWindow> {
  const areas = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((d) => d.workArea);
  const stateFile = join(app.getPath('userData'), WINDOW_STATE_FILE);
  const state = await loadWindowState(stateFile, areas);
  const win = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Thi đua HTX',
    icon,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: !app.isPackaged,
    },
  });
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  // Keep the product name in the title bar even when a page sets its own <title>.
  win.on('page-title-updated', (event) => event.preventDefault());

  // Quitting (menu Thoát, Alt+F4, the window's X) always closes this window first, and a
  // prevented close cancels the quit: so the quit backup is taken here, while the renderer
  // still lives, then the window closes for real and window-all-closed quits the app.
  let quitBackup: Promise<unknown> | null = null;
  let quitBackupDone = false;
  win.on('close', (event) => {
    void saveWindowState(stateFile, win.getNormalBounds(), win.isMaximized()).catch(() => undefined);
    if (quitBackupDone || !settings.enabled) return;
    event.preventDefault();
    quitBackup ??= requestBackup('quit', QUIT_BACKUP_TIMEOUT_MS)
      // A write already handed to main finishes before we close (it is quick: local disk).
      .then(() => backupQueue)
      .finally(() => {
        quitBackupDone = true;
        win.close();
      });
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });

  mainWindow = win;
  await (DEV_SERVER_URL ? win.loadURL(DEV_SERVER_URL) : win.loadURL(APP_START_URL));
  return win;
}

function showAbout(): void {
  const text = aboutText(app.getVersion());
  const options = { type: 'info' as const, title: text.title, message: text.message, detail: text.detail, buttons: ['Đóng'] };
  if (mainWindow) void dialog.showMessageBox(mainWindow, options);
  else void dialog.showMessageBox(options);
}

/** Menu "Sao lưu ngay": the renderer writes the backup and shows its own notice; main reports only failures. */
async function backupNow(): Promise<void> {
  const outcome = await requestBackup('manual');
  if (outcome === 'written' || outcome === 'done') return;
  const detail =
    outcome === 'timeout'
      ? 'Ứng dụng không trả lời trong 60 giây.'
      : outcome === 'failed'
        ? 'Ghi bản sao lưu bị lỗi (xem thông báo trong ứng dụng).'
        : 'Giao diện chưa sẵn sàng để sao lưu.';
  const options = { type: 'warning' as const, title: 'Sao lưu', message: 'Chưa sao lưu được.', detail, buttons: ['Đóng'] };
  if (mainWindow) await dialog.showMessageBox(mainWindow, options);
}

function installMenu(): void {
  const template = buildMenuTemplate({
    isPackaged: app.isPackaged,
    backupNow: () => void backupNow(),
    print: () => mainWindow?.webContents.print({ silent: false, printBackground: true }),
    showAbout,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function start(): Promise<void> {
  await app.whenReady();
  settings = await loadAutoBackupSettings(settingsFile(), defaultAutoBackupSettings(app.getPath('documents')));

  const ses = session.defaultSession;
  ses.setPermissionRequestHandler(denyPermissionRequest);
  ses.setPermissionCheckHandler(denyPermissionCheck);
  ses.setDevicePermissionHandler(() => false);
  ses.on('will-download', (event) => event.preventDefault());
  serveRenderer();

  registerIpcHandlers({
    devServerUrl: DEV_SERVER_URL,
    documentsPath: () => app.getPath('documents'),
    getAutoBackupSettings: () => settings,
    setAutoBackupSettings: async (next) => {
      await saveAutoBackupSettings(settingsFile(), next);
      settings = next;
      return settings;
    },
    listBackups: () => listBackups(settings.folder),
    writeAutoBackup,
    readBackup: (name) => readBackupFile(settings.folder, name),
    backupResponse: (msg) => backups.response(msg),
  });
  installMenu();
  await createWindow();

  setTimeout(() => void dailyBackupCheck().catch(console.error), 60_000);
  setInterval(() => void dailyBackupCheck().catch(console.error), DAILY_CHECK_MS);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  app.on('window-all-closed', () => app.quit());
  start().catch((err: unknown) => {
    dialog.showErrorBox('Thi đua HTX không khởi động được', err instanceof Error ? (err.stack ?? err.message) : String(err));
    app.exit(1);
  });
}
