import { Alert, Modal, Progress, Spin, Table, Typography, type ButtonProps } from 'antd';
import type { BackupPreview, RestoreProgress } from '@/db/repositories/backup/restore';
import { tableLabel } from '@/domain/backup/labels';
import { formatDateTime, formatNumber } from '@/domain/text/format';
import { byNumber, byText } from '@/ui/tableSort';

interface Props {
  preview: BackupPreview | null;
  source: string;
  busy: boolean;
  /** Records written so far by the confirmed restore (null while the file is still being read). */
  progress?: RestoreProgress | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/** What a restore would replace: records per table in the backup and now. */
export function RestoreDialog({ preview, source, busy, progress = null, onConfirm, onCancel }: Props) {
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
        {busy && <RestoreProgressLine progress={progress} />}
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

/** "Đang ghi lại dữ liệu: 45.000/100.000 bản ghi" over a progress bar; a spinner while the file is read. */
function RestoreProgressLine({ progress }: { progress: RestoreProgress | null }) {
  const percent = progress && progress.total ? Math.floor((progress.done / progress.total) * 100) : 0;
  return (
    <div data-testid="restore-progress" role="status" style={{ marginBottom: 8 }}>
      {progress ? (
        <>
          <Typography.Text>
            Đang ghi lại dữ liệu: {formatNumber(progress.done)}/{formatNumber(progress.total)} bản ghi
          </Typography.Text>
          <Progress percent={percent} status="active" size="small" />
        </>
      ) : (
        <Typography.Text>
          <Spin size="small" style={{ marginRight: 8 }} />
          Đang kiểm tra và đọc bản sao lưu…
        </Typography.Text>
      )}
    </div>
  );
}
