import { Button, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useState } from 'react';
import {
  allAuditRows,
  auditLogTables,
  queryAuditLog,
  type AuditFilter,
  type AuditRow,
  type AuditSort,
  type AuditSortKey,
} from '@/db/repositories/audit/queries';
import { formatDate, formatDateTime } from '@/domain/text/format';
import { DateInput } from '@/ui/DateInput';
import { TableExportButton } from '@/ui/TableExportButton';
import type { ExportColumn } from '@/ui/tableExport';

const PAGE_SIZE = 50;
const validDay = (v: string | undefined) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined);

const EXPORT_COLUMNS: ExportColumn<AuditRow>[] = [
  { title: 'Thời điểm', value: (r) => formatDateTime(r.at), width: 17 },
  { title: 'Người thực hiện', value: (r) => r.actor },
  { title: 'Bảng', value: (r) => r.tableLabel },
  { title: 'Thao tác', value: (r) => r.actionLabel },
  { title: 'Đơn vị / cá nhân', value: (r) => r.subject, width: 36 },
  { title: 'Nội dung', value: (r) => r.content, width: 60 },
  { title: 'Thay đổi', value: (r) => r.changes.join('; '), width: 60 },
];

/** The change log for people: who changed what, about which unit or person, when; filtered, sorted, paged, exported. */
export function AuditLogPage() {
  const [from, setFrom] = useState<string>();
  const [to, setTo] = useState<string>();
  const [table, setTable] = useState<string>();
  const [subjectText, setSubjectText] = useState('');
  const subject = useDeferredValue(subjectText.trim());
  const [page, setPage] = useState(1);
  const [sort, setSort] = useState<AuditSort>({ key: 'at', desc: true });
  const fromDay = validDay(from);
  const toDay = validDay(to);
  const filter: AuditFilter = {
    ...(fromDay ? { from: fromDay } : {}),
    ...(toDay ? { to: toDay } : {}),
    ...(table ? { table } : {}),
    ...(subject ? { subject } : {}),
  };
  const tables = useLiveQuery(() => auditLogTables(), []);
  const data = useLiveQuery(() => queryAuditLog(filter, (page - 1) * PAGE_SIZE, PAGE_SIZE, sort), [fromDay, toDay, table, subject, page, sort.key, sort.desc]);
  const reset =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPage(1);
    };
  const sortOrder = (k: AuditSortKey) => (sort.key === k ? (sort.desc ? 'descend' : 'ascend') : null);
  const filterText = [
    fromDay || toDay ? `Từ ${fromDay ? formatDate(fromDay) : '…'} đến ${toDay ? formatDate(toDay) : '…'}` : '',
    table ? `Bảng: ${tables?.find((t) => t.value === table)?.label ?? ''}` : '',
    subject ? `Đơn vị / cá nhân: ${subject}` : '',
  ].filter(Boolean);

  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} align="start">
        <Typography.Title level={4} style={{ margin: '0 0 12px' }}>
          Nhật ký thay đổi
        </Typography.Title>
        <TableExportButton<AuditRow>
          testId="audit-export"
          disabled={!data?.total}
          spec={async () => ({
            fileName: 'nhat-ky-thay-doi',
            sheetName: 'Nhật ký',
            title: ['NHẬT KÝ THAY ĐỔI', ...filterText],
            columns: EXPORT_COLUMNS,
            rows: await allAuditRows(filter, sort),
          })}
        />
      </Space>
      <Space wrap style={{ marginBottom: 8 }} data-testid="audit-filters">
        <span>Từ ngày</span>
        <DateInput aria-label="Từ ngày" value={from} onChange={reset(setFrom)} />
        <span>đến ngày</span>
        <DateInput aria-label="Đến ngày" value={to} onChange={reset(setTo)} />
        <Select
          aria-label="Lọc theo bảng"
          allowClear
          placeholder="Tất cả các bảng"
          style={{ width: 220 }}
          value={table}
          onChange={reset(setTable)}
          options={tables ?? []}
        />
        <Input
          aria-label="Tìm đơn vị, cá nhân"
          allowClear
          placeholder="Tìm đơn vị, cá nhân (gõ không dấu được)"
          style={{ width: 300 }}
          value={subjectText}
          onChange={(e) => reset(setSubjectText)(e.target.value)}
        />
        {filterText.length ? (
          <Button
            type="link"
            onClick={() => {
              setFrom(undefined);
              setTo(undefined);
              setTable(undefined);
              setSubjectText('');
              setPage(1);
            }}
          >
            Bỏ lọc
          </Button>
        ) : null}
      </Space>
      <Table<AuditRow>
        size="small"
        rowKey="id"
        data-testid="audit-log"
        showSorterTooltip={false} // the hint would cover the filters and buttons above the table
        dataSource={data?.rows ?? []}
        loading={!data}
        locale={{ emptyText: 'Không có thay đổi nào' }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (n) => `${n.toLocaleString('vi-VN')} mục`,
          onChange: setPage,
        }}
        onChange={(_p, _f, sorter) => {
          const s = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<AuditRow> | undefined;
          const k = (s?.columnKey as AuditSortKey | undefined) ?? 'at';
          setSort(s?.order ? { key: k, desc: s.order === 'descend' } : { key: 'at', desc: true });
          setPage(1);
        }}
        columns={[
          {
            key: 'at',
            title: 'Thời điểm',
            dataIndex: 'at',
            width: 140,
            render: formatDateTime,
            sorter: true,
            sortOrder: sortOrder('at'),
            // Newest first by default: a click shows the oldest first.
            sortDirections: ['descend', 'ascend'],
          },
          { key: 'actor', title: 'Người thực hiện', dataIndex: 'actor', width: 150, sorter: true, sortOrder: sortOrder('actor') },
          { key: 'table', title: 'Bảng', dataIndex: 'tableLabel', width: 130, sorter: true, sortOrder: sortOrder('table') },
          {
            key: 'action',
            title: 'Thao tác',
            dataIndex: 'actionLabel',
            width: 120,
            sorter: true,
            sortOrder: sortOrder('action'),
            render: (label: string, r) => <Tag color={r.action === 'delete' ? 'red' : r.action === 'create' ? 'green' : 'default'}>{label}</Tag>,
          },
          { key: 'subject', title: 'Đơn vị / cá nhân', dataIndex: 'subject', width: 220, sorter: true, sortOrder: sortOrder('subject') },
          {
            key: 'content',
            title: 'Nội dung',
            render: (_: unknown, r) => (
              <div>
                <div>{r.content}</div>
                {r.changes.map((c) => (
                  <div key={c} className="audit-change" style={{ color: '#555', fontSize: 12 }}>
                    {c}
                  </div>
                ))}
              </div>
            ),
          },
        ]}
      />
    </div>
  );
}
