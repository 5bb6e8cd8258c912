/**
 * The preload API contract (window.thidua). Kept small: everything else runs in the renderer.
 * Main validates every argument (src-main/main/ipc-validation.ts); the renderer reaches it
 * only through src-renderer/src/platform, which falls back to browser APIs without Electron.
 */

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface SaveFileRequest {
  /** Suggested file name, e.g. "Danh-sach-de-nghi-2025.xlsx". */
  defaultName: string;
  filters?: FileFilter[];
  data: Uint8Array;
}

export interface OpenFileRequest {
  filters?: FileFilter[];
  multiple?: boolean;
}

export interface OpenedFile {
  name: string;
  data: Uint8Array;
}

export interface PrintToPdfRequest {
  defaultName: string;
  landscape: boolean;
}

export interface BackupFileInfo {
  name: string;
  size: number;
  modifiedAt: string;
}

export interface AutoBackupSettings {
  enabled: boolean;
  /** Absolute folder path; default <Documents>/Thi dua HTX/Sao luu. */
  folder: string;
  keep: number;
}

/** Result of a save/print: null when the user cancelled. */
export type SavedPath = string | null;

export interface DesktopApi {
  appVersion(): Promise<string>;
  userDataPath(): Promise<string>;
  saveFile(req: SaveFileRequest): Promise<SavedPath>;
  openFile(req: OpenFileRequest): Promise<OpenedFile[]>;
  /** System print dialog for the current window contents. */
  print(): Promise<boolean>;
  /** webContents.printToPDF of the current window, saved to a path the user chooses. */
  printToPdf(req: PrintToPdfRequest): Promise<SavedPath>;
  /** Automatic backups: main asks the renderer for a backup file via onBackupRequest. */
  getAutoBackupSettings(): Promise<AutoBackupSettings>;
  setAutoBackupSettings(s: AutoBackupSettings): Promise<AutoBackupSettings>;
  listBackups(): Promise<BackupFileInfo[]>;
  /** Writes a backup to the auto-backup folder (temp file, verify, rename; keeps the last N). */
  writeAutoBackup(data: Uint8Array): Promise<BackupFileInfo>;
  readBackup(name: string): Promise<Uint8Array>;
  /** Main calls this when it wants a backup (on quit, daily, menu "Sao lưu ngay" = manual); returns an unsubscribe function. */
  onBackupRequest(handler: (reason: 'quit' | 'daily' | 'manual') => Promise<void>): () => void;
}

declare global {
  interface Window {
    thidua?: DesktopApi;
  }
}
