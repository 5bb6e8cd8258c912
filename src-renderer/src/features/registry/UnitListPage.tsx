import { Button, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { ColumnsType, TableRef } from 'antd/es/table';
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { countByKind, filterUnits, unitNameIndex, type UnitFilter } from '@/domain/registry/filter';
import type { Unit } from '@/domain/registry/types';
import { UNIT_KINDS } from '@/domain/registry/types';
import { SECTOR_LABEL, UNIT_KIND_LABEL, UNIT_STATUS_LABEL } from '@/domain/registry/labels';
import { formatNumber } from '@/domain/text/format';
import { communeName, provinceName } from '@/domain/registry/localities';
import { useUnitList } from './useUnits';
import { UnitFilters } from './UnitFilters';
import { useViewportHeight } from '@/ui/useViewportHeight';
import { PageHeader } from '@/ui/PageHeader';

const STATUS_COLOR = { active: 'green', paused: 'orange', dissolved: 'default' } as const;

const columns: ColumnsType<Unit> = [
  { title: 'Loại', dataIndex: 'kind', width: 90, render: (k: Unit['kind']) => UNIT_KIND_LABEL[k] },
  { title: 'Tên đơn vị', dataIndex: 'name', width: 340, render: (name: string, u) => <Link to={`/units/${u.id}`}>{name}</Link> },
  { title: 'Mã số thuế', dataIndex: 'taxCode', width: 140 },
  {
    title: 'Tỉnh/thành - Xã/phường',
    width: 230,
    render: (_: unknown, u) => [provinceName(u.provinceCode), communeName(u.communeCode) || u.legacyDistrict].filter(Boolean).join(' - '),
  },
  { title: 'Lĩnh vực', dataIndex: 'sector', width: 200, render: (s?: Unit['sector']) => (s ? SECTOR_LABEL[s] : '') },
  { title: 'Thành viên từ', dataIndex: 'memberSince', width: 110, render: (y: number | undefined, u) => (u.member ? y : '') },
  {
    title: 'Trạng thái',
    dataIndex: 'status',
    width: 140,
    render: (s: Unit['status']) => <Tag color={STATUS_COLOR[s]}>{UNIT_STATUS_LABEL[s]}</Tag>,
  },
];

/** "2.951 HTX, 7.809 THT" — kinds with zero are left out. */
export function kindCountsText(units: readonly Unit[]): string {
  const counts = countByKind(units);
  return UNIT_KINDS.filter((k) => counts[k] > 0)
    .map((k) => `${formatNumber(counts[k])} ${UNIT_KIND_LABEL[k]}`)
    .join(', ');
}

export function UnitListPage() {
  const list = useUnitList();
  const units = list?.units;
  const navigate = useNavigate();
  const [filter, setFilter] = useState<UnitFilter>({});
  const tableHeight = useViewportHeight(250);
  const deferred = useDeferredValue(filter);
  // With a search, the best name matches come first (filterUnits); the table has no column sorters to override it.
  const rows = useMemo(() => (units ? filterUnits(units, deferred) : []), [units, deferred]);
  // Index the names for ranked search while the user looks at the list, not on the first keystroke.
  const complete = list?.complete;
  useEffect(() => {
    if (!units || !complete) return;
    const idle = requestIdleCallback(() => unitNameIndex(units));
    return () => cancelIdleCallback(idle);
  }, [units, complete]);
  const tableRef = useRef<TableRef>(null);
  // A new search or filter starts at the top, where its best match is, wherever the list was scrolled.
  useEffect(() => tableRef.current?.scrollTo({ top: 0 }), [deferred]);
  const provinceCodesInData = useMemo(() => [...new Set((units ?? []).flatMap((u) => (u.provinceCode ? [u.provinceCode] : [])))], [units]);
  return (
    <div>
      <PageHeader title="Danh bạ đơn vị">
        <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/units/new')}>
          Thêm đơn vị
        </Button>
      </PageHeader>
      <UnitFilters value={filter} onChange={setFilter} provinceCodesInData={provinceCodesInData} />
      <div className="page-counts" data-testid="unit-counts">
        {units === undefined
          ? 'Đang tải…'
          : !list?.complete
            ? `Đang tải ${formatNumber(units.length)}/${formatNumber(list?.total ?? 0)} đơn vị…`
            : `${formatNumber(rows.length)} đơn vị${rows.length ? `: ${kindCountsText(rows)}` : ''}${rows.length !== units.length ? ` (trong tổng ${formatNumber(units.length)})` : ''}`}
      </div>
      <Table<Unit>
        ref={tableRef}
        data-testid="unit-table"
        rowKey="id"
        size="small"
        virtual
        columns={columns}
        dataSource={rows}
        loading={units === undefined}
        pagination={false}
        scroll={{ x: 1250, y: tableHeight }}
        onRow={(u) => ({ onDoubleClick: () => navigate(`/units/${u.id}`) })}
        locale={{ emptyText: units?.length ? 'Không có đơn vị nào khớp bộ lọc' : 'Chưa có đơn vị nào. Thêm đơn vị, nhập từ Excel, hoặc nạp dữ liệu mẫu.' }}
      />
    </div>
  );
}
