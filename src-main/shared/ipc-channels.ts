import type { DesktopApi } from './api';

/** Invoke channels, one per DesktopApi request/response method (onBackupRequest is an event, below). */
export type InvokeMethod = Exclude<keyof DesktopApi, 'onBackupRequest'>;

export const INVOKE_CHANNELS = {
  appVersion: 'thidua:app-version',
  userDataPath: 'thidua:user-data-path',
  saveFile: 'thidua:save-file',
  openFile: 'thidua:open-file',
  print: 'thidua:print',
  printToPdf: 'thidua:print-to-pdf',
  getAutoBackupSettings: 'thidua:auto-backup-settings:get',
  setAutoBackupSettings: 'thidua:auto-backup-settings:set',
  listBackups: 'thidua:backups:list',
  writeAutoBackup: 'thidua:backups:write',
  readBackup: 'thidua:backups:read',
} as const satisfies Record<InvokeMethod, string>;

/** main -> renderer: "please write a backup now" ({@link BackupRequestMessage}). */
export const BACKUP_REQUEST_CHANNEL = 'backup:request';
/** renderer -> main: the handlers for a backup request have finished (or there were none). */
export const BACKUP_RESPONSE_CHANNEL = 'backup:response';

export type BackupReason = Parameters<Parameters<DesktopApi['onBackupRequest']>[0]>[0];

export interface BackupRequestMessage {
  id: number;
  reason: BackupReason;
}

export interface BackupResponseMessage {
  id: number;
  ok: boolean;
  /** How many renderer handlers ran; 0 means nobody listens, so main need not wait. */
  handlers: number;
  error?: string;
}
