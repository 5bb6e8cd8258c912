import { Alert, App, Button, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { exportExcelArchive } from '@/db/repositories/backup/archive';
import { createBackup } from '@/db/repositories/backup/backup';
import { BACKUP_EXTENSION } from '@/domain/backup/types';
import { UserError } from '@/domain/errors';
import { formatNumber } from '@/domain/text/format';
import { appVersion, openFiles, saveFile } from '@/platform/desktop';
import { AutoBackupSection } from './AutoBackupSection';
import { RestoreDialog } from './RestoreDialog';
import { StorageStatusCard } from './StorageStatusCard';
import { useRestore } from './useRestore';
import { useShowError } from '@/ui/showError';

const BACKUP_FILTER = [{ name: 'Bản sao lưu Thi đua HTX', extensions: [BACKUP_EXTENSION] }];

export function BackupPage() {
  const { message } = App.useApp();
  const showError = useShowError();
  const restore = useRestore();
  const [busy, setBusy] = useState<'backup' | 'excel' | null>(null);

  const backup = async () => {
    setBusy('backup');
    try {
      const { bytes, fileName, header } = await createBackup({ appVersion: await appVersion(), reason: 'manual' });
      const saved = await saveFile(fileName, bytes, BACKUP_FILTER);
      if (saved) {
        const total = Object.values(header.counts).reduce((a, b) => a + b, 0);
        message.success(`Đã sao lưu ${formatNumber(total)} bản ghi vào ${saved}.`);
      }
    } catch (err) {
      showError(err, 'Sao lưu không thành công');
    } finally {
      setBusy(null);
    }
  };

  const excel = async () => {
    setBusy('excel');
    try {
      const { bytes, fileName, notes } = await exportExcelArchive(await appVersion());
      const saved = await saveFile(fileName, bytes, [{ name: 'Excel', extensions: ['xlsx'] }]);
      if (saved) {
        message.success(
          notes.length ? `Đã xuất Excel; ${formatNumber(notes.length)} ô quá dài đã được cắt bớt (xem sheet Ghi chú).` : 'Đã xuất toàn bộ dữ liệu ra Excel.',
        );
      }
    } catch (err) {
      showError(err, 'Xuất Excel không thành công');
    } finally {
      setBusy(null);
    }
  };

  const pickFile = () =>
    restore.open('Tệp sao lưu', async () => {
      const [file] = await openFiles(BACKUP_FILTER);
      if (!file) throw new UserError('Chưa chọn tệp.');
      return file;
    });

  return (
    <div style={{ maxWidth: 900 }}>
      <Typography.Title level={4}>Sao lưu và khôi phục</Typography.Title>
      {restore.error && (
        <Alert
          type="error"
          showIcon
          closable
          onClose={restore.clearError}
          style={{ marginBottom: 12 }}
          message={<span data-testid="backup-error">{restore.error}</span>}
        />
      )}
      <Card size="small" title="Sao lưu thủ công" style={{ marginBottom: 12 }}>
        <Typography.Paragraph>
          Ghi toàn bộ dữ liệu (mọi bảng, kể cả tệp đính kèm) vào một tệp <code>.{BACKUP_EXTENSION}</code>. Hãy cất bản sao lưu ở nơi khác máy này (USB, ổ mạng).
        </Typography.Paragraph>
        <Space wrap>
          <Button type="primary" loading={busy === 'backup'} onClick={backup} data-testid="backup-create">
            Tạo bản sao lưu…
          </Button>
          <Button loading={restore.busy} onClick={pickFile} data-testid="backup-restore-file">
            Khôi phục từ tệp sao lưu…
          </Button>
          <Button loading={busy === 'excel'} onClick={excel} data-testid="backup-excel">
            Xuất toàn bộ ra Excel…
          </Button>
        </Space>
      </Card>
      <AutoBackupSection onRestore={(name, load) => void restore.open(name, load)} />
      <StorageStatusCard />
      <RestoreDialog
        preview={restore.pending?.preview ?? null}
        source={restore.pending?.source ?? ''}
        busy={restore.busy}
        progress={restore.progress}
        onConfirm={() => void restore.confirm()}
        onCancel={restore.cancel}
      />
    </div>
  );
}
