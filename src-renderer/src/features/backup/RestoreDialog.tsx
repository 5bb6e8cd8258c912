import { Alert, Modal, Table, Typography, type ButtonProps } from 'antd';
import type { BackupPreview } from '@/db/repositories/backup/restore';
import { tableLabel } from '@/domain/backup/labels';
import { formatDateTime, formatNumber } from '@/domain/text/format';
import { byNumber, byText } from '@/ui/tableSort';

interface Props {
  preview: BackupPreview | null;
  source: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** What a restore would replace: records per table in the backup and now. */
export function RestoreDialog({ preview, source, busy, onConfirm, onCancel }: Props) {
  if (!preview) return null;
  const { header, current } = preview;
  const tables = [...new Set([...Object.keys(header.counts), ...Object.keys(current)])].sort((a, b) => tableLabel(a).localeCompare(tableLabel(b), 'vi'));
  const rows = tables.map((t) => ({ key: t, label: tableLabel(t), backup: header.counts[t], current: current[t] }));
  return (
    <Modal
      open
      width={640}
      title="Khôi phục dữ liệu từ bản sao lưu"
      okText="Thay thế toàn bộ dữ liệu"
      okButtonProps={{ danger: true, loading: busy, 'data-testid': 'restore-confirm' } as ButtonProps}
      cancelText="Hủy"
      cancelButtonProps={{ disabled: busy }}
      onOk={onConfirm}
      onCancel={busy ? undefined : onCancel}
      closable={!busy}
      maskClosable={false}
    >
      <div data-testid="restore-preview">
        <Typography.Paragraph>
          Tệp <b>{source}</b>: sao lưu lúc <b>{formatDateTime(header.createdAt)}</b>, phiên bản ứng dụng {header.appVersion}, cấu trúc dữ liệu v
          {header.schemaVersion}.
        </Typography.Paragraph>
        {preview.needsMigration && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 8 }}
            message="Bản sao lưu từ phiên bản cũ hơn: dữ liệu sẽ được chuyển sang cấu trúc hiện tại khi khôi phục."
          />
        )}
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          message="Toàn bộ dữ liệu hiện tại sẽ bị thay bằng dữ liệu trong bản sao lưu. Nếu cần giữ dữ liệu hiện tại, hãy tạo một bản sao lưu trước."
        />
        <Table
          size="small"
          pagination={false}
          scroll={{ y: 320 }}
          dataSource={rows}
          columns={[
            { title: <span>Dữ liệu</span>, dataIndex: 'label', sorter: byText((r) => r.label) },
            {
              title: <span>Trong bản sao lưu</span>,
              dataIndex: 'backup',
              align: 'right',
              sorter: byNumber((r) => r.backup),
              render: (n?: number) => (n === undefined ? '—' : formatNumber(n)),
            },
            {
              title: <span>Hiện có (sẽ bị thay)</span>,
              dataIndex: 'current',
              align: 'right',
              sorter: byNumber((r) => r.current),
              render: (n?: number) => (n === undefined ? '—' : formatNumber(n)),
            },
          ]}
        />
      </div>
    </Modal>
  );
}
