import { Button, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { WindowedTable, type WindowedColumn, type WindowedTableHandle } from '@/ui/WindowedTable';
import { memo, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { countByKind, filterUnits, type UnitFilter } from '@/domain/registry/filter';
import type { UnitListRow } from '@/domain/registry/unitListRow';
import { UNIT_KINDS } from '@/domain/registry/types';
import { SECTOR_LABEL, UNIT_KIND_LABEL, UNIT_STATUS_LABEL } from '@/domain/registry/labels';
import { formatNumber } from '@/domain/text/format';
import { communeName, provinceName } from '@/domain/registry/localities';
import { prepareListSearch, useUnitList } from './useUnits';
import { UnitFilters } from './UnitFilters';
import { unitListMemory, type UnitSortKey } from './listMemory';
import { useViewportHeight } from '@/ui/useViewportHeight';
import { PageHeader } from '@/ui/PageHeader';
import { TableExportButton } from '@/ui/TableExportButton';
import type { ExportColumn } from '@/ui/tableExport';
import { sortRows, type SortOrder } from '@/ui/tableSort';

const STATUS_COLOR = { active: 'green', paused: 'orange', dissolved: 'default' } as const;

function placeText(u: UnitListRow): string {
  return [provinceName(u.provinceCode), communeName(u.communeCode) || u.legacyDistrict].filter(Boolean).join(' - ');
}

/** What each sortable column sorts by; the name by its stored Vietnamese sort key (no collator call per row). */
const SORT_VALUE: Record<UnitSortKey, (u: UnitListRow) => string | number | undefined> = {
  kind: (u) => UNIT_KIND_LABEL[u.kind],
  name: (u) => u.name,
  taxCode: (u) => u.taxCode,
  place: placeText,
  sector: (u) => (u.sector ? SECTOR_LABEL[u.sector] : undefined),
  memberSince: (u) => (u.member ? u.memberSince : undefined),
  status: (u) => UNIT_STATUS_LABEL[u.status],
};

function sortUnits(rows: UnitListRow[], sort: UnitListSort | undefined): UnitListRow[] {
  if (!sort) return rows;
  // The list streams in name order already: ascending by name is that order.
  if (sort.key === 'name') {
    const named =
      rows.length && rows.every((u) => u.sortKey)
        ? [...rows].sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0))
        : sortRows(rows, SORT_VALUE.name, 'ascend');
    return sort.order === 'ascend' ? named : named.reverse();
  }
  return sortRows(rows, SORT_VALUE[sort.key], sort.order, sort.key === 'taxCode' ? 'code' : 'vi');
}

type UnitListSort = { key: UnitSortKey; order: SortOrder };

/** The list's columns; widths as before, the place column takes what is left. */
const COLUMNS: WindowedColumn<UnitListRow>[] = [
  { key: 'kind', title: 'Loại', width: 64, sortable: true, render: (u) => UNIT_KIND_LABEL[u.kind] },
  {
    key: 'name',
    title: 'Tên đơn vị',
    width: 290,
    sortable: true,
    tooltip: (u) => u.name,
    render: (u) => <Link to={`/units/${u.id}`}>{u.name}</Link>,
  },
  { key: 'taxCode', title: 'Mã số thuế', width: 124, sortable: true, render: (u) => u.taxCode },
  { key: 'place', title: 'Tỉnh/thành - Xã/phường', sortable: true, tooltip: placeText, render: placeText },
  {
    key: 'sector',
    title: 'Lĩnh vực',
    width: 150,
    sortable: true,
    tooltip: (u) => (u.sector ? SECTOR_LABEL[u.sector] : undefined),
    render: (u) => (u.sector ? SECTOR_LABEL[u.sector] : ''),
  },
  { key: 'memberSince', title: 'Thành viên từ', width: 88, sortable: true, render: (u) => (u.member ? u.memberSince : '') },
  { key: 'status', title: 'Trạng thái', width: 126, sortable: true, render: (u) => <Tag color={STATUS_COLOR[u.status]}>{UNIT_STATUS_LABEL[u.status]}</Tag> },
];

const EXPORT_COLUMNS: ExportColumn<UnitListRow>[] = [
  { title: 'STT', value: (_u, i) => i + 1, width: 7 },
  { title: 'Loại', value: (u) => UNIT_KIND_LABEL[u.kind], width: 6 },
  { title: 'Tên đơn vị', value: (u) => u.name, width: 45 },
  { title: 'Mã số thuế', value: (u) => u.taxCode, width: 16 },
  { title: 'Tỉnh/thành phố', value: (u) => provinceName(u.provinceCode), width: 18 },
  { title: 'Xã/phường', value: (u) => communeName(u.communeCode), width: 22 },
  { title: 'Quận/huyện cũ', value: (u) => u.legacyDistrict, width: 18 },
  { title: 'Địa chỉ', value: (u) => u.address, width: 40 },
  { title: 'Lĩnh vực', value: (u) => (u.sector ? SECTOR_LABEL[u.sector] : ''), width: 28 },
  { title: 'Thành viên từ', value: (u) => (u.member ? u.memberSince : undefined), width: 12 },
  { title: 'Trạng thái', value: (u) => UNIT_STATUS_LABEL[u.status], width: 16 },
];

/** "Bộ lọc: Tìm "dương"; Loại hình: HTX; …" for the exported file's title lines. */
function filterText(f: UnitFilter): string {
  const parts = [
    f.query ? `Tìm "${f.query}"` : '',
    f.kind ? `Loại hình: ${UNIT_KIND_LABEL[f.kind]}` : '',
    f.provinceCode ? `Tỉnh/thành: ${provinceName(f.provinceCode)}` : '',
    f.communeCode ? `Xã/phường: ${communeName(f.communeCode)}` : '',
    f.sector ? `Lĩnh vực: ${SECTOR_LABEL[f.sector]}` : '',
    f.status ? `Trạng thái: ${UNIT_STATUS_LABEL[f.status]}` : '',
    f.member !== undefined ? (f.member ? 'Là thành viên liên minh' : 'Chưa là thành viên liên minh') : '',
    f.admittedYear ? `Năm kết nạp: ${f.admittedYear}` : '',
  ].filter(Boolean);
  return parts.length ? `Bộ lọc: ${parts.join('; ')}` : 'Tất cả đơn vị';
}

/** "2.951 HTX, 7.809 THT" — kinds with zero are left out. */
export function kindCountsText(units: readonly UnitListRow[]): string {
  const counts = countByKind(units);
  return UNIT_KINDS.filter((k) => counts[k] > 0)
    .map((k) => `${formatNumber(counts[k])} ${UNIT_KIND_LABEL[k]}`)
    .join(', ');
}

interface UnitTableProps {
  tableRef: RefObject<WindowedTableHandle | null>;
  rows: UnitListRow[];
  sort: UnitListSort | undefined;
  onSort(sort: UnitListSort | undefined): void;
  height: number;
  loading: boolean;
  hasUnits: boolean;
}

/**
 * The table alone, memoised (re-rendered only when its rows or sort change) and windowed: a filter
 * over 100,000 units renders the rows in view, nothing per unit.
 */
const UnitTable = memo(function UnitTable({ tableRef, rows, sort, onSort, height, loading, hasUnits }: UnitTableProps) {
  const navigate = useNavigate();
  const open = useCallback((u: UnitListRow) => navigate(`/units/${u.id}`), [navigate]);
  const remember = useCallback((top: number) => {
    unitListMemory.scrollTop = top;
  }, []);
  return (
    <WindowedTable<UnitListRow>
      ref={tableRef}
      testId="unit-table"
      label="Danh sách đơn vị"
      rows={rows}
      columns={COLUMNS}
      rowKey={rowId}
      height={height}
      sort={sort}
      onSort={(s) => onSort(s as UnitListSort | undefined)}
      onOpen={open}
      onScroll={remember}
      loading={loading}
      emptyText={hasUnits ? 'Không có đơn vị nào khớp bộ lọc' : 'Chưa có đơn vị nào. Thêm đơn vị, nhập từ Excel, hoặc nạp dữ liệu mẫu.'}
    />
  );
});

const rowId = (u: UnitListRow) => u.id;

export function UnitListPage() {
  const list = useUnitList();
  const units = list?.units;
  const navigate = useNavigate();
  // Search, filters, sort and scroll come back as the user left them (listMemory.ts).
  const [filter, setFilterState] = useState<UnitFilter>(unitListMemory.filter);
  const [sort, setSortState] = useState<UnitListSort | undefined>(unitListMemory.sort);
  const setFilter = (f: UnitFilter) => {
    unitListMemory.filter = f;
    setFilterState(f);
  };
  const setSort = useCallback((s: UnitListSort | undefined) => {
    unitListMemory.sort = s;
    setSortState(s);
  }, []);
  const tableHeight = useViewportHeight(300);
  // A keystroke filters in its own render (the word index answers in 1-2 ms, the table renders the
  // rows in view: deferring would only cost a frame); a picked filter reads all 100,000 units, so it
  // is deferred, and the click's own task stays short.
  const deferred = useDeferredValue(filter);
  const shownFilter = deferred.query === filter.query ? deferred : filter;
  // With a search, the best name matches come first (filterUnits) unless the user sorts by a column.
  const filtered = useMemo(() => (units ? filterUnits(units, shownFilter) : []), [units, shownFilter]);
  const rows = useMemo(() => sortUnits(filtered, sort), [filtered, sort]);
  // Counted once per result, not on every render.
  const kindCounts = useMemo(() => kindCountsText(filtered), [filtered]);
  const complete = list?.complete;
  // The word index behind the list's search, built in the background once the whole list is here.
  useEffect(() => {
    if (units && complete) prepareListSearch(units);
  }, [units, complete]);
  const tableRef = useRef<WindowedTableHandle>(null);
  // A new search, filter or sort starts at the top, where its best match is, wherever the list was scrolled.
  const shown = useRef({ shownFilter, sort });
  useEffect(() => {
    if (shown.current.shownFilter === shownFilter && shown.current.sort === sort) return;
    shown.current = { shownFilter, sort };
    unitListMemory.scrollTop = 0;
    tableRef.current?.scrollTo(0);
  }, [shownFilter, sort]);
  // Back from a unit: scroll to where the list was, once all rows are there.
  const restoreTop = useRef(unitListMemory.scrollTop);
  useEffect(() => {
    const top = restoreTop.current;
    if (!top || !complete || !rows.length) return;
    restoreTop.current = 0;
    requestAnimationFrame(() => tableRef.current?.scrollTo(top));
  }, [complete, rows]);
  const provinceCodesInData = useMemo(() => {
    const codes = new Set<string>();
    for (const u of units ?? []) if (u.provinceCode) codes.add(u.provinceCode);
    return [...codes];
  }, [units]);
  return (
    <div>
      <PageHeader title="Danh bạ đơn vị">
        <TableExportButton<UnitListRow>
          disabled={!complete || !rows.length}
          spec={() => ({
            fileName: 'Danh ba don vi',
            sheetName: 'Đơn vị',
            title: ['DANH BẠ ĐƠN VỊ', filterText(shownFilter), `${formatNumber(rows.length)} đơn vị`],
            columns: EXPORT_COLUMNS,
            rows,
          })}
        />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/units/new')}>
          Thêm đơn vị
        </Button>
      </PageHeader>
      <UnitFilters value={filter} onChange={setFilter} provinceCodesInData={provinceCodesInData} />
      <div className="page-counts" data-testid="unit-counts">
        {units === undefined
          ? 'Đang tải…'
          : !list?.complete
            ? `Đang tải cả danh bạ… (đã hiện ${formatNumber(units.length)} đơn vị đầu tiên)`
            : `${formatNumber(rows.length)} đơn vị${rows.length ? `: ${kindCounts}` : ''}${rows.length !== units.length ? ` (trong tổng ${formatNumber(units.length)})` : ''}`}
      </div>
      <UnitTable tableRef={tableRef} rows={rows} sort={sort} onSort={setSort} height={tableHeight} loading={units === undefined} hasUnits={!!units?.length} />
    </div>
  );
}
