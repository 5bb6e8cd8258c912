import { App, type ButtonProps } from 'antd';
import { useState } from 'react';
import { inspectBackup, restoreBackup, type BackupPreview, type RestoreProgress } from '@/db/repositories/backup/restore';
import { formatDateTime } from '@/domain/text/format';
import { errorMessage, isUserError } from '@/domain/errors';

function messageOf(err: unknown): string {
  if (isUserError(err)) return err.message;
  console.error(err);
  return `Không khôi phục được: ${errorMessage(err)}. Dữ liệu hiện tại không bị thay đổi.`;
}

/** Restore flow shared by the manual file and the automatic backups list: check, show, confirm. */
export function useRestore() {
  const { modal } = App.useApp();
  const [pending, setPending] = useState<{ bytes: Uint8Array; source: string; preview: BackupPreview } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** Records written so far while a confirmed restore runs; null before the writing starts. */
  const [progress, setProgress] = useState<RestoreProgress | null>(null);

  /** `load` returns the bytes, or the bytes and the file's name when it is only known then. */
  const open = async (source: string, load: () => Promise<Uint8Array | { name: string; data: Uint8Array }>) => {
    setError(null);
    setBusy(true);
    try {
      const loaded = await load();
      const bytes = loaded instanceof Uint8Array ? loaded : loaded.data;
      if (!(loaded instanceof Uint8Array)) source = loaded.name;
      setPending({ bytes, source, preview: await inspectBackup(bytes) });
    } catch (err) {
      setError(`${source}: ${messageOf(err)}`);
    } finally {
      setBusy(false);
    }
  };

  const confirm = async () => {
    if (!pending) return;
    setBusy(true);
    setProgress(null);
    try {
      const result = await restoreBackup(pending.bytes, undefined, { onProgress: setProgress });
      setPending(null);
      modal.success({
        title: 'Đã khôi phục dữ liệu',
        content: `Dữ liệu đã được thay bằng bản sao lưu lúc ${formatDateTime(result.header.createdAt)}. Ứng dụng sẽ tải lại.`,
        okButtonProps: { 'data-testid': 'restore-done' } as ButtonProps,
        onOk: () => window.location.reload(),
      });
    } catch (err) {
      setPending(null);
      setError(`${pending.source}: ${messageOf(err)}`);
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  return { pending, error, busy, progress, open, confirm, cancel: () => setPending(null), clearError: () => setError(null) };
}
