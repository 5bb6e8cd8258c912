import { randomBytes } from 'node:crypto';
import { readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { BrowserWindow, app, dialog, ipcMain, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron';
import type { AutoBackupSettings, BackupFileInfo, OpenedFile, SavedPath } from '../shared/api';
import { BACKUP_RESPONSE_CHANNEL, INVOKE_CHANNELS, type InvokeMethod } from '../shared/ipc-channels';
import { parseBackupResponse } from './backup-requests';
import {
  isTrustedSender,
  validateAutoBackupSettings,
  validateBackupData,
  validateBackupName,
  validateOpenFileRequest,
  validatePrintToPdfRequest,
  validateSaveFileRequest,
} from './ipc-validation';
import type { BackupResponseMessage } from '../shared/ipc-channels';

/** ipcMain handlers for every DesktopApi method: sender check, argument validation, then work. */

export const MAX_OPEN_FILE_BYTES = 512 * 1024 * 1024;
export const MAX_OPEN_FILES = 50;

export interface IpcContext {
  devServerUrl: string | undefined;
  documentsPath(): string;
  getAutoBackupSettings(): AutoBackupSettings;
  setAutoBackupSettings(s: AutoBackupSettings): Promise<AutoBackupSettings>;
  listBackups(): Promise<BackupFileInfo[]>;
  writeAutoBackup(data: Uint8Array): Promise<BackupFileInfo>;
  readBackup(name: string): Promise<Uint8Array>;
  backupResponse(msg: BackupResponseMessage): void;
}

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

function windowOf(event: IpcMainInvokeEvent): BrowserWindow {
  const win = BrowserWindow.fromWebContents(event.sender);
  if (!win) throw new Error('Không tìm thấy cửa sổ ứng dụng.');
  return win;
}

/** Write next to the target, then rename: an existing file is never left half-overwritten. */
async function writeFileAtomic(path: string, data: Uint8Array): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
}

const withExtension = (name: string, ext: string): string => (extname(name).toLowerCase() === `.${ext}` ? name : `${name}.${ext}`);

export function registerIpcHandlers(ctx: IpcContext): void {
  const handle = (method: InvokeMethod, fn: Handler): void => {
    ipcMain.handle(INVOKE_CHANNELS[method], async (event, ...args: unknown[]) => {
      if (!isTrustedSender(event.senderFrame?.url, ctx.devServerUrl)) {
        throw new Error('Từ chối: yêu cầu không đến từ giao diện của ứng dụng.');
      }
      return fn(event, ...args);
    });
  };

  handle('appVersion', () => app.getVersion());
  handle('userDataPath', () => app.getPath('userData'));

  handle('saveFile', async (event, raw): Promise<SavedPath> => {
    const req = validateSaveFileRequest(raw);
    const result = await dialog.showSaveDialog(windowOf(event), {
      title: 'Lưu tệp',
      defaultPath: join(ctx.documentsPath(), req.defaultName),
      filters: req.filters ?? [],
    });
    if (result.canceled || !result.filePath) return null;
    await writeFileAtomic(result.filePath, req.data);
    return result.filePath;
  });

  handle('openFile', async (event, raw): Promise<OpenedFile[]> => {
    const req = validateOpenFileRequest(raw);
    const result = await dialog.showOpenDialog(windowOf(event), {
      title: 'Mở tệp',
      defaultPath: ctx.documentsPath(),
      filters: req.filters ?? [],
      properties: req.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
    });
    if (result.canceled) return [];
    if (result.filePaths.length > MAX_OPEN_FILES) throw new Error(`Chỉ mở được tối đa ${MAX_OPEN_FILES} tệp một lần.`);
    const files: OpenedFile[] = [];
    for (const path of result.filePaths) {
      const size = (await stat(path)).size;
      if (size > MAX_OPEN_FILE_BYTES) {
        throw new Error(`Tệp "${basename(path)}" quá lớn (${Math.round(size / 1024 / 1024)} MB; tối đa 512 MB).`);
      }
      files.push({ name: basename(path), data: new Uint8Array(await readFile(path)) });
    }
    return files;
  });

  handle('print', (event) => {
    const win = windowOf(event);
    return new Promise<boolean>((resolve) => {
      win.webContents.print({ silent: false, printBackground: true }, (success) => resolve(success));
    });
  });

  handle('printToPdf', async (event, raw): Promise<SavedPath> => {
    const req = validatePrintToPdfRequest(raw);
    const win = windowOf(event);
    const pdf = await win.webContents.printToPDF({
      pageSize: 'A4',
      landscape: req.landscape,
      printBackground: true,
      // The print stylesheet's @page (margins, orientation) wins when it has one.
      preferCSSPageSize: true,
    });
    const result = await dialog.showSaveDialog(win, {
      title: 'Lưu bản PDF',
      defaultPath: join(ctx.documentsPath(), withExtension(req.defaultName, 'pdf')),
      filters: [{ name: 'Tệp PDF', extensions: ['pdf'] }],
    });
    if (result.canceled || !result.filePath) return null;
    await writeFileAtomic(result.filePath, pdf);
    return result.filePath;
  });

  handle('getAutoBackupSettings', () => ctx.getAutoBackupSettings());
  handle('setAutoBackupSettings', (_e, raw) => ctx.setAutoBackupSettings(validateAutoBackupSettings(raw)));
  handle('listBackups', () => ctx.listBackups());
  handle('writeAutoBackup', (_e, raw) => ctx.writeAutoBackup(validateBackupData(raw)));
  handle('readBackup', (_e, raw) => ctx.readBackup(validateBackupName(raw)));

  ipcMain.on(BACKUP_RESPONSE_CHANNEL, (event: IpcMainEvent, raw: unknown) => {
    if (!isTrustedSender(event.senderFrame?.url, ctx.devServerUrl)) return;
    const msg = parseBackupResponse(raw);
    if (msg) ctx.backupResponse(msg);
  });
}
