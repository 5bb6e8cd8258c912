import { Alert, App, Button, Card, Form, Input, InputNumber, Space, Switch, Table } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { AutoBackupSettings, BackupFileInfo } from '@shared/api';
import { createBackup } from '@/db/repositories/backup/backup';
import { formatBytes } from '@/domain/backup/storage';
import { formatDateTime } from '@/domain/text/format';
import { appVersion, desktopApi } from '@/platform/desktop';
import { useShowError } from '@/ui/showError';
import { byDate, byNumber, byText } from '@/ui/tableSort';

interface Props {
  onRestore: (name: string, load: () => Promise<Uint8Array>) => void;
}

/** Automatic backups of the desktop app: settings and the list of files, each restorable. */
export function AutoBackupSection({ onRestore }: Props) {
  const api = desktopApi();
  const { message } = App.useApp();
  const showError = useShowError();
  const [form] = Form.useForm<AutoBackupSettings>();
  const [files, setFiles] = useState<BackupFileInfo[]>([]);
  const [busy, setBusy] = useState(false);

  const reload = useCallback(async () => {
    if (!api) return;
    form.setFieldsValue(await api.getAutoBackupSettings());
    setFiles([...(await api.listBackups())].sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt)));
  }, [api, form]);

  useEffect(() => {
    void reload().catch((err) => showError(err, 'Không đọc được cài đặt sao lưu tự động'));
  }, [reload, showError]);

  if (!api) {
    return (
      <Card size="small" title="Sao lưu tự động" style={{ marginBottom: 12 }}>
        <Alert
          type="info"
          showIcon
          message="Sao lưu tự động (khi thoát và hằng ngày vào thư mục Tài liệu) chỉ có trong ứng dụng trên máy tính. Ở trình duyệt, hãy tạo bản sao lưu thủ công thường xuyên."
        />
      </Card>
    );
  }

  const save = async (values: AutoBackupSettings) => {
    setBusy(true);
    try {
      form.setFieldsValue(await api.setAutoBackupSettings({ ...values, folder: values.folder.trim() }));
      message.success('Đã lưu cài đặt sao lưu tự động.');
      await reload();
    } catch (err) {
      showError(err, 'Không lưu được cài đặt');
    } finally {
      setBusy(false);
    }
  };

  const backupNow = async () => {
    setBusy(true);
    try {
      const { bytes } = await createBackup({ appVersion: await appVersion(), reason: 'manual' });
      const info = await api.writeAutoBackup(bytes);
      message.success(`Đã sao lưu vào ${info.name}.`);
      await reload();
    } catch (err) {
      showError(err, 'Sao lưu không thành công');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card size="small" title="Sao lưu tự động" style={{ marginBottom: 12 }} data-testid="auto-backup">
      <Form form={form} layout="inline" onFinish={save} style={{ marginBottom: 12, rowGap: 8 }}>
        <Form.Item name="enabled" label="Bật" valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="folder" label="Thư mục" rules={[{ required: true, message: 'Chọn thư mục lưu' }]}>
          <Input style={{ width: 340 }} aria-label="Thư mục sao lưu" />
        </Form.Item>
        <Form.Item name="keep" label="Giữ lại" rules={[{ required: true }]}>
          <InputNumber min={1} max={365} addonAfter="bản" aria-label="Số bản giữ lại" />
        </Form.Item>
        <Space>
          <Button htmlType="submit" loading={busy}>
            Lưu cài đặt
          </Button>
          <Button onClick={backupNow} loading={busy} data-testid="auto-backup-now">
            Sao lưu ngay vào thư mục
          </Button>
        </Space>
      </Form>
      <Table<BackupFileInfo>
        size="small"
        rowKey="name"
        dataSource={files}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: 'Chưa có bản sao lưu tự động nào' }}
        columns={[
          { title: <span>Tệp</span>, dataIndex: 'name', sorter: byText((f) => f.name) },
          {
            title: <span>Thời điểm</span>,
            dataIndex: 'modifiedAt',
            sorter: byDate((f) => f.modifiedAt),
            defaultSortOrder: 'descend',
            render: (v: string) => formatDateTime(v),
          },
          { title: <span>Dung lượng</span>, dataIndex: 'size', align: 'right', sorter: byNumber((f) => f.size), render: (v: number) => formatBytes(v) },
          {
            title: <span className="sr-only">Thao tác</span>,
            key: 'restore',
            render: (_: unknown, f: BackupFileInfo) => (
              <Button size="small" onClick={() => onRestore(f.name, () => api.readBackup(f.name))}>
                Khôi phục…
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}
