import { App, Button, Table, Tag, Typography, type ButtonProps } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { BATCH_STATUS_LABEL } from '@/domain/import/labels';
import { IMPORT_TARGET_LABEL } from '@/domain/import/fields';
import type { ImportBatch } from '@/domain/import/batch';
import { formatDateTime, formatNumber } from '@/domain/text/format';
import { WRITTEN_TABLE_NOUN } from '@/domain/import/labels';
import { errorMessage, isUserError } from '@/domain/errors';
import { listImportBatches } from '@/db/repositories/imports/batches';
import { undoImport, UndoConflictError } from '@/db/repositories/imports/undo';
import { byDate, byNumber, byText } from '@/ui/tableSort';

/** "1 đơn vị, 3 chỉ tiêu năm" */
function written(r: Record<string, number>): string {
  return (
    Object.entries(r)
      .filter(([, n]) => n > 0)
      .map(([t, n]) => `${formatNumber(n)} ${WRITTEN_TABLE_NOUN[t] ?? t}`)
      .join(', ') || '0'
  );
}

/** Every import with its counts; undo puts updated records back and removes created ones. */
export function ImportHistoryPage() {
  const batches = useLiveQuery(() => listImportBatches(), []);
  const { modal, message } = App.useApp();
  const [working, setWorking] = useState<string | null>(null);

  const undo = async (b: ImportBatch, force = false) => {
    setWorking(b.id);
    try {
      await undoImport(b.id, { force });
      message.success(`Đã hoàn tác lần nhập tệp "${b.fileName}".`);
    } catch (e) {
      if (e instanceof UndoConflictError) {
        modal.confirm({
          title: 'Dữ liệu đã thay đổi sau lần nhập',
          content: <span data-testid="import-undo-conflict">{e.message}</span>,
          okText: 'Vẫn hoàn tác',
          okButtonProps: { danger: true, 'data-testid': 'import-undo-force' } as ButtonProps,
          cancelText: 'Hủy',
          onOk: () => undo(b, true),
        });
      } else {
        if (!isUserError(e)) console.error(e);
        modal.error({ title: 'Không hoàn tác được', content: errorMessage(e) });
      }
    } finally {
      setWorking(null);
    }
  };

  return (
    <div>
      <Typography.Title level={4} style={{ margin: '0 0 12px' }}>
        Lịch sử nhập
      </Typography.Title>
      <Typography.Paragraph>
        <Link to="/import">Nhập tệp mới</Link>
      </Typography.Paragraph>
      <Table<ImportBatch>
        size="small"
        rowKey="id"
        loading={batches === undefined}
        dataSource={batches ?? []}
        data-testid="import-history"
        columns={[
          { title: 'Thời gian', dataIndex: 'finishedAt', width: 140, sorter: byDate((b) => b.finishedAt), render: (t: string) => formatDateTime(t) },
          {
            title: 'Tệp',
            dataIndex: 'fileName',
            width: 220,
            sorter: byText((b) => b.fileName),
            render: (n: string, b) => (
              <>
                <b>{n}</b>
                <br />
                <Typography.Text type="secondary">{b.sheets.join(', ')}</Typography.Text>
              </>
            ),
          },
          {
            title: 'Loại',
            dataIndex: 'target',
            width: 180,
            sorter: byText((b) => IMPORT_TARGET_LABEL[b.target]),
            render: (t: ImportBatch['target']) => IMPORT_TARGET_LABEL[t],
          },
          {
            title: 'Đã thêm',
            width: 150,
            sorter: byNumber((b) => Object.values(b.written.created).reduce((n, x) => n + x, 0)),
            render: (_: unknown, b) => written(b.written.created),
          },
          {
            title: 'Đã cập nhật',
            width: 150,
            sorter: byNumber((b) => Object.values(b.written.updated).reduce((n, x) => n + x, 0)),
            render: (_: unknown, b) => written(b.written.updated),
          },
          {
            title: 'Lỗi/trùng/bỏ',
            width: 100,
            sorter: byNumber((b) => b.counts.error + b.counts.duplicate + b.counts.skipped),
            align: 'right',
            render: (_: unknown, b) => formatNumber(b.counts.error + b.counts.duplicate + b.counts.skipped),
          },
          {
            title: 'Ghép cột',
            width: 220,
            render: (_: unknown, b) => (
              <Typography.Text type="secondary" style={{ fontSize: 11 }}>
                {b.mapping
                  .map((m) => m.header)
                  .filter(Boolean)
                  .join(', ')}
              </Typography.Text>
            ),
          },
          {
            title: 'Trạng thái',
            dataIndex: 'status',
            width: 110,
            sorter: byText((b) => BATCH_STATUS_LABEL[b.status]),
            render: (s: ImportBatch['status']) => <Tag color={s === 'committed' ? 'green' : 'default'}>{BATCH_STATUS_LABEL[s]}</Tag>,
          },
          {
            title: '',
            width: 110,
            render: (_: unknown, b) =>
              b.status === 'committed' && (
                <Button
                  size="small"
                  danger
                  loading={working === b.id}
                  data-testid="import-undo"
                  onClick={() =>
                    modal.confirm({
                      title: `Hoàn tác lần nhập tệp "${b.fileName}"?`,
                      content: 'Các bản ghi đã thêm sẽ bị xóa, các bản ghi đã cập nhật trở về giá trị trước khi nhập.',
                      okText: 'Hoàn tác',
                      cancelText: 'Hủy',
                      okButtonProps: { 'data-testid': 'import-undo-confirm' } as ButtonProps,
                      onOk: () => undo(b),
                    })
                  }
                >
                  Hoàn tác
                </Button>
              ),
          },
        ]}
      />
    </div>
  );
}
