import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { DesktopApi } from '../shared/api';
import { BACKUP_REQUEST_CHANNEL, BACKUP_RESPONSE_CHANNEL, INVOKE_CHANNELS, type BackupReason, type BackupResponseMessage } from '../shared/ipc-channels';

/**
 * Sandboxed preload (bundled to one CommonJS file, only `electron` required). Exposes exactly
 * the DesktopApi as window.thidua; ipcRenderer itself never reaches the page.
 */

type BackupHandler = (reason: BackupReason) => Promise<void>;
const backupHandlers = new Set<BackupHandler>();

ipcRenderer.on(BACKUP_REQUEST_CHANNEL, (_event: IpcRendererEvent, msg: { id: number; reason: BackupReason }) => {
  const handlers = [...backupHandlers];
  void Promise.allSettled(handlers.map((h) => h(msg.reason))).then((results) => {
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    const response: BackupResponseMessage = { id: msg.id, ok: !failed, handlers: handlers.length };
    if (failed) response.error = String(failed.reason instanceof Error ? failed.reason.message : failed.reason);
    ipcRenderer.send(BACKUP_RESPONSE_CHANNEL, response);
  });
});

const invoke = <T>(channel: string, ...args: unknown[]): Promise<T> => ipcRenderer.invoke(channel, ...args) as Promise<T>;

const api: DesktopApi = {
  appVersion: () => invoke(INVOKE_CHANNELS.appVersion),
  userDataPath: () => invoke(INVOKE_CHANNELS.userDataPath),
  saveFile: (req) => invoke(INVOKE_CHANNELS.saveFile, req),
  openFile: (req) => invoke(INVOKE_CHANNELS.openFile, req),
  print: () => invoke(INVOKE_CHANNELS.print),
  printToPdf: (req) => invoke(INVOKE_CHANNELS.printToPdf, req),
  getAutoBackupSettings: () => invoke(INVOKE_CHANNELS.getAutoBackupSettings),
  setAutoBackupSettings: (s) => invoke(INVOKE_CHANNELS.setAutoBackupSettings, s),
  listBackups: () => invoke(INVOKE_CHANNELS.listBackups),
  writeAutoBackup: (data) => invoke(INVOKE_CHANNELS.writeAutoBackup, data),
  readBackup: (name) => invoke(INVOKE_CHANNELS.readBackup, name),
  onBackupRequest: (handler) => {
    // Wrap so a page cannot pass something that is not a function and break later requests.
    if (typeof handler !== 'function') throw new TypeError('onBackupRequest: handler phải là hàm.');
    const h: BackupHandler = async (reason) => handler(reason);
    backupHandlers.add(h);
    return () => {
      backupHandlers.delete(h);
    };
  },
};

contextBridge.exposeInMainWorld('thidua', api);
