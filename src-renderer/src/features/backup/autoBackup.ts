import { createBackup } from '@/db/repositories/backup/backup';
import { appVersion, desktopApi } from '@/platform/desktop';

let unsubscribe: (() => void) | null = null;

/**
 * Answers the desktop app's backup requests (on quit and daily): the main process decides when
 * and keeps the files; the renderer owns the data, so it produces the backup bytes.
 */
export function subscribeAutoBackup(): void {
  const api = desktopApi();
  if (!api || unsubscribe) return;
  unsubscribe = api.onBackupRequest(async (reason) => {
    const { bytes } = await createBackup({ appVersion: await appVersion(), reason });
    await api.writeAutoBackup(bytes);
  });
}
