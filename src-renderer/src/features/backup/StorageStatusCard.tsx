import { Alert, Card, Descriptions, Progress } from 'antd';
import { useEffect, useState } from 'react';
import { formatBytes, storageLevel, type StorageStatus } from '@/domain/backup/storage';
import { readStorageStatus, requestPersistentStorage } from './storage';

/** Whether the engine keeps our data for good, and how much of the quota is used. */
export function StorageStatusCard() {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  useEffect(() => {
    void (async () => {
      await requestPersistentStorage();
      setStatus(await readStorageStatus());
    })();
  }, []);
  if (!status) return null;
  const level = storageLevel(status);
  const percent = status.usage != null && status.quota ? Math.min(100, Math.round((status.usage / status.quota) * 1000) / 10) : 0;
  return (
    <Card size="small" title="Bộ nhớ dữ liệu" data-testid="storage-status" style={{ marginBottom: 12 }}>
      <Descriptions size="small" column={1}>
        <Descriptions.Item label="Lưu trữ bền vững">
          {status.persisted === true
            ? 'Có: dữ liệu không bị trình duyệt tự xóa khi thiếu chỗ'
            : status.persisted === false
              ? 'Chưa được cấp: khi ổ đĩa đầy, dữ liệu có thể bị xóa. Hãy sao lưu thường xuyên.'
              : 'Không xác định'}
        </Descriptions.Item>
        <Descriptions.Item label="Đã dùng">
          {status.usage != null && status.quota ? `${formatBytes(status.usage)} / ${formatBytes(status.quota)}` : 'Không xác định'}
        </Descriptions.Item>
      </Descriptions>
      {status.quota ? <Progress percent={percent} status={level === 'warn' ? 'exception' : 'normal'} /> : null}
      {level === 'warn' && (
        <Alert type="warning" showIcon data-testid="storage-warning" message="Dung lượng lưu trữ sắp đầy. Hãy tạo bản sao lưu và giải phóng ổ đĩa." />
      )}
    </Card>
  );
}
