import { Table, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { recentAuditEntries } from '@/db/repositories/auditLog';
import { formatDateTime } from '@/domain/text/format';

export function AuditLogPage() {
  const rows = useLiveQuery(() => recentAuditEntries(2000), []);
  return (
    <div>
      <Typography.Title level={4}>Nhật ký thay đổi</Typography.Title>
      <Table
        size="small"
        rowKey="id"
        dataSource={rows ?? []}
        loading={!rows}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        columns={[
          { title: 'Thời điểm', dataIndex: 'at', width: 160, render: formatDateTime },
          { title: 'Người thực hiện', dataIndex: 'actor', width: 160 },
          { title: 'Bảng', dataIndex: 'table', width: 130 },
          { title: 'Nội dung', dataIndex: 'summary' },
        ]}
      />
    </div>
  );
}
