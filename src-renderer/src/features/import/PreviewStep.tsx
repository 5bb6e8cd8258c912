import { Alert, Button, Checkbox, Input, Modal, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { fieldsOf } from '@/domain/import/fields';
import { columnLetter, describeIssue, ROW_STATUS_LABEL, type IdentityChoice, type PlannedRow, type RowStatus } from '@/domain/import/planTypes';
import { cellText } from '@/domain/import/values';
import { formatNumber } from '@/domain/text/format';
import { describeChange } from '@/domain/import/previewCells';
import { provinceName, provincesSorted } from '@/domain/registry/localities';
import type { PreviewRowData, RowFilter, RowSort, RowsPage } from '@/workers/import-protocol';
import { TableExportButton } from '@/ui/TableExportButton';
import { useOfficeProfile } from '@/ui/useOfficeProfile';
import type { ImportWizard } from './useImportWizard';
import { AwardNamesTable } from './AwardNamesTable';
import { previewExport } from './previewExport';

const MATCHED_BY_LABEL: Record<NonNullable<PlannedRow['matchedBy']>, string> = {
  taxCode: 'khớp theo mã số thuế',
  name: 'khớp theo tên + địa bàn',
  choice: 'theo lựa chọn của bạn',
};

const STATUS_COLOR: Record<RowStatus, string> = { new: 'green', update: 'blue', duplicate: 'orange', error: 'red', skipped: 'default' };
const PAGE = 25;

type Row = PreviewRowData;

/** The locality question's "leave empty" choice. */
const NO_PROVINCE = '';

/** Step 5: every row marked new / update / duplicate / error; fix a cell, skip a row, choose overwrites. */
export function PreviewStep({ w }: { w: ImportWizard }) {
  const p = w.plan;
  const [filter, setFilter] = useState<RowFilter>('all');
  const [page, setPage] = useState(1);
  const [data, setData] = useState<RowsPage>({ total: 0, rows: [] });
  const [editing, setEditing] = useState<{ row: Row; col: number; value: string } | null>(null);
  const [sort, setSort] = useState<RowSort | undefined>(undefined);
  const office = useOfficeProfile();
  const overwriteKey = [...w.overwrite].sort().join(',');

  useEffect(() => {
    let alive = true;
    const s = w.session.current;
    if (!s || !s.alive) return;
    s.request({ type: 'rows', filter, offset: (page - 1) * PAGE, limit: PAGE, sort, overwrite: overwriteKey ? overwriteKey.split(',') : [] })
      .then((res) => alive && setData(res))
      .catch(() => undefined);
    return () => {
      alive = false;
    };
  }, [w.session, w.planVersion, filter, page, sort, overwriteKey]);

  if (!p) return null;
  const fields = fieldsOf(w.target);
  const mappedCols = w.mapping.map((f, col) => ({ f, col })).filter((m) => m.f && m.f !== 'stt');
  const names = w.layout?.layout.names ?? [];
  const counts = p.counts;
  const statusTags: Array<[RowFilter, string, number]> = [
    ['all', 'Tất cả', counts.total],
    ['new', ROW_STATUS_LABEL.new, counts.new],
    ['update', ROW_STATUS_LABEL.update, counts.update],
    ['duplicate', ROW_STATUS_LABEL.duplicate, counts.duplicate],
    ['error', ROW_STATUS_LABEL.error, counts.error],
    ['skipped', ROW_STATUS_LABEL.skipped, counts.skipped],
    ...(counts.ask ? [['ask', 'Cần chọn', counts.ask] as [RowFilter, string, number]] : []),
  ];
  const updatable = [...new Set(mappedCols.map((m) => m.f))]
    .map((f) => fields.find((d) => d.key === f)!)
    .filter((d) => d && d.key !== 'name' && d.key !== 'year');

  const sortOrder = (key: RowSort['by']) => (sort && sort.by === key ? sort.order : null);
  const columns: TableColumnsType<Row> = [
    {
      title: 'Dòng',
      key: 'row',
      width: 80,
      fixed: 'left',
      sorter: true,
      sortOrder: sortOrder('row'),
      render: (_: unknown, r) => `${r.sheet.length > 10 ? r.sheet.slice(0, 10) + '…' : r.sheet} ${r.row + 1}`,
    },
    {
      title: 'Kết quả',
      key: 'status',
      width: 170,
      fixed: 'left',
      sorter: true,
      sortOrder: sortOrder('status'),
      render: (_: unknown, r) => (
        <Space direction="vertical" size={0}>
          <Tag color={STATUS_COLOR[r.status]} data-testid="import-row-status">
            {ROW_STATUS_LABEL[r.status]}
          </Tag>
          {r.matchedBy && (
            <Typography.Text type="secondary" style={{ fontSize: 11 }}>
              {MATCHED_BY_LABEL[r.matchedBy]}
            </Typography.Text>
          )}
          {r.creates && (r.status === 'new' || r.status === 'update') && (
            <Typography.Text type="secondary" style={{ fontSize: 11 }} data-testid="import-row-creates">
              {r.creates === 'person' ? 'Cá nhân chưa có: sẽ tạo mới' : 'Tập thể chưa có: sẽ tạo mới'}
            </Typography.Text>
          )}
          {r.question && (
            <>
              <Typography.Text type="warning" style={{ fontSize: 11 }} data-testid="import-row-question">
                {r.question.reason}
              </Typography.Text>
              <Select<IdentityChoice>
                size="small"
                style={{ width: 300 }}
                popupMatchSelectWidth={false}
                data-testid="import-row-choice"
                value={r.question.chosen}
                onChange={(v) => void w.chooseIdentity(r.key, v)}
                options={r.question.options}
              />
            </>
          )}
          {r.issues.map((i, k) => (
            <Typography.Text key={k} type={i.severity === 'error' ? 'danger' : 'warning'} style={{ fontSize: 11 }}>
              {i.col !== undefined ? `Cột ${columnLetter(i.col)}: ` : ''}
              {i.message}
            </Typography.Text>
          ))}
        </Space>
      ),
    },
    ...(w.target === 'units' && counts.update > 0
      ? [
          {
            title: 'Thay đổi so với danh bạ',
            key: 'changes',
            width: 230,
            render: (_: unknown, r: Row) =>
              r.status !== 'update' ? (
                <Typography.Text type="secondary">{r.status === 'new' ? 'Đơn vị mới' : '—'}</Typography.Text>
              ) : !r.preview.changes?.length ? (
                <Typography.Text type="secondary" data-testid="import-row-unchanged">
                  Không thay đổi gì
                </Typography.Text>
              ) : (
                <ul className="import-changes" data-testid="import-row-changes">
                  {r.preview.changes.map((c) => (
                    <li key={c.field} className={c.kept ? 'is-kept' : undefined}>
                      {describeChange(c)}
                    </li>
                  ))}
                </ul>
              ),
          },
        ]
      : []),
    ...mappedCols.map(({ f, col }) => ({
      title: names[col] || fields.find((d) => d.key === f)?.label,
      key: String(col),
      width: 140,
      sorter: true,
      sortOrder: sortOrder(col),
      render: (_: unknown, r: Row) => {
        const cell = r.preview.cells.find((c) => c.col === col);
        const bad = !!cell?.error;
        const text = cellText(w.edits.get(`${r.key}:${col}`) ?? r.cells[col] ?? null);
        const ref = `${columnLetter(col)}${r.row + 1}`;
        return (
          <div
            className={bad ? 'import-cell-error' : 'import-cell'}
            data-testid={bad ? `import-cell-error-${ref}` : `import-cell-${ref}`}
            onClick={() => setEditing({ row: r, col, value: text })}
            title="Bấm để sửa ô trong tệp"
          >
            <span data-testid="import-cell-stored">{bad ? text || '—' : cell?.stored || '—'}</span>
            {cell?.note && !bad && (
              <div className="import-cell-note" data-testid={`import-cell-note-${ref}`}>
                {cell.note}
              </div>
            )}
            {cell?.warning && (
              <div className="import-cell-warning" data-testid={`import-cell-warning-${ref}`}>
                {cell.warning}
              </div>
            )}
          </div>
        );
      },
    })),
    ...(w.target === 'units'
      ? [
          {
            title: 'Tỉnh/TP (lưu)',
            key: 'province',
            width: 160,
            sorter: true,
            sortOrder: sortOrder('province'),
            render: (_: unknown, r: Row) => (
              <div data-testid="import-row-place">
                <span data-testid="import-row-province">{r.preview.province || '—'}</span>
                {r.preview.commune && <div data-testid="import-row-commune">{r.preview.commune}</div>}
                {r.preview.district && <div className="import-cell-note">Huyện cũ: {r.preview.district}</div>}
                {r.preview.placeNote && <div className="import-cell-note">{r.preview.placeNote}</div>}
              </div>
            ),
          },
        ]
      : []),
    {
      title: 'Bỏ qua',
      key: 'skip',
      width: 70,
      fixed: 'right',
      render: (_: unknown, r) => <Checkbox checked={r.status === 'skipped'} onChange={() => void w.toggleSkip(r.key)} data-testid="import-skip" />,
    },
  ];

  return (
    <div>
      <Space wrap data-testid="import-counts" style={{ marginBottom: 8 }}>
        {statusTags.map(([key, label, n]) => (
          <Tag.CheckableTag
            key={key}
            checked={filter === key}
            onChange={() => {
              setFilter(key);
              setPage(1);
            }}
            data-testid={`import-count-${key}`}
          >
            {label}: <b>{formatNumber(n)}</b>
          </Tag.CheckableTag>
        ))}
        <Typography.Text type="secondary">Dòng không phải dữ liệu đã bỏ: {formatNumber(counts.dropped)}</Typography.Text>
      </Space>
      {p.provinceAsk && (
        <Alert
          type={p.provinceAsk.asked ? 'warning' : 'info'}
          showIcon
          style={{ marginBottom: 8 }}
          data-testid="import-province-ask"
          title={
            p.provinceAsk.asked
              ? `${formatNumber(p.provinceAsk.asked)} dòng không rõ tỉnh/thành phố (tệp không có cột tỉnh, địa chỉ không nêu tỉnh). Các dòng này chưa được ghi cho đến khi bạn chọn tỉnh/thành phố mặc định:`
              : `${formatNumber(p.provinceAsk.defaulted)} dòng không rõ tỉnh/thành phố trong tệp ${w.defaultProvinceCode ? `được ghi là ${provinceName(w.defaultProvinceCode)}` : 'được để trống tỉnh/thành phố'} (tỉnh/thành phố mặc định đã chọn).`
          }
          description={
            <Space wrap>
              <span>Tỉnh/thành phố mặc định:</span>
              <Select<string>
                showSearch
                optionFilterProp="label"
                style={{ width: 240 }}
                placeholder="Chọn tỉnh/thành phố"
                data-testid="import-default-province"
                value={w.defaultProvinceCode}
                onChange={(v) => void w.chooseDefaultProvince(v)}
                options={[{ value: NO_PROVINCE, label: 'Để trống (không ghi tỉnh)' }, ...provincesSorted().map((pr) => ({ value: pr.code, label: pr.name }))]}
              />
              {office?.provinceCode && w.defaultProvinceCode !== office.provinceCode && (
                <Button size="small" data-testid="import-default-province-office" onClick={() => void w.chooseDefaultProvince(office.provinceCode!)}>
                  Dùng tỉnh của cơ quan: {provinceName(office.provinceCode)}
                </Button>
              )}
            </Space>
          }
        />
      )}
      {p.errorsCount > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 8 }}
          title={`Tệp "${w.fileName}": ${formatNumber(p.errorsCount)} lỗi; các dòng lỗi sẽ không được ghi. Bấm vào ô tô đỏ để sửa, hoặc đánh dấu bỏ qua.`}
          description={
            <ul data-testid="import-errors" style={{ maxHeight: 120, overflow: 'auto', margin: 0 }}>
              {p.errors.slice(0, 50).map((e, i) => (
                <li key={i}>{describeIssue(e)}</li>
              ))}
            </ul>
          }
        />
      )}
      {counts.hidden > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 8 }}
          data-testid="import-hidden-rows"
          title={`Tệp có ${formatNumber(counts.hidden)} dòng dữ liệu đang bị ẩn (thường là dòng đã lọc bỏ hoặc để tham khảo). ${w.includeHidden ? 'Các dòng này sẽ được nhập.' : 'Các dòng này được bỏ qua.'}`}
          description={
            <Checkbox checked={w.includeHidden} onChange={(e) => void w.chooseIncludeHidden(e.target.checked)} data-testid="import-include-hidden">
              Nhập cả các dòng đang bị ẩn
            </Checkbox>
          }
        />
      )}
      {p.yearConflict && (
        <Alert
          type={w.yearConfirmed ? 'info' : 'warning'}
          showIcon
          style={{ marginBottom: 8 }}
          data-testid="import-year-conflict"
          title={`Tiêu đề tệp ghi năm ${p.yearConflict.titleYear} nhưng cột năm ghi ${p.yearConflict.years.map((y) => `${y.year} (${formatNumber(y.rows)} dòng)`).join(', ')}. Số liệu này của năm nào?`}
          description={
            <Space>
              <Button size="small" data-testid="import-year-use-title" onClick={() => void w.applyTitleYear()}>
                Dùng năm {p.yearConflict.titleYear} (theo tiêu đề) cho mọi dòng
              </Button>
              <Button
                size="small"
                data-testid="import-year-keep-column"
                type={w.yearConfirmed ? 'primary' : 'default'}
                onClick={() => w.setYearConfirmed(true)}
              >
                Giữ năm trong cột
              </Button>
            </Space>
          }
        />
      )}
      {counts.ask > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          data-testid="import-ask"
          title={
            w.target === 'units'
              ? `${formatNumber(counts.ask)} dòng chưa đủ căn cứ (mã số thuế, xã/phường, địa chỉ) để biết có phải cùng một đơn vị với dòng khác hoặc đơn vị đã có. Mặc định giữ cả hai (thêm mới); chọn ở cột "Kết quả" hoặc chọn chung:`
              : `${formatNumber(counts.ask)} dòng nêu tên đơn vị mà danh bạ có nhiều đơn vị cùng tên: chọn đúng đơn vị ở cột "Kết quả" (dòng chưa chọn sẽ không được ghi).`
          }
          description={
            <Space wrap>
              <Button
                size="small"
                data-testid="import-ask-filter"
                onClick={() => {
                  setFilter('ask');
                  setPage(1);
                }}
              >
                Xem các dòng cần chọn
              </Button>
              {w.target === 'units' && (
                <>
                  <Button
                    size="small"
                    data-testid="import-ask-all-new"
                    type={w.identityDefault === 'new' ? 'primary' : 'default'}
                    onClick={() => void w.chooseIdentityDefault('new')}
                  >
                    Giữ tất cả là đơn vị riêng
                  </Button>
                  <Button
                    size="small"
                    data-testid="import-ask-all-same"
                    type={w.identityDefault === 'same' ? 'primary' : 'default'}
                    onClick={() => void w.chooseIdentityDefault('same')}
                  >
                    Coi tất cả là cùng đơn vị
                  </Button>
                </>
              )}
            </Space>
          }
        />
      )}
      {(w.target === 'awards' || w.target === 'nominations') && <AwardNamesTable w={w} names={p.awardNames} />}
      {p.toCreate && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 8 }}
          data-testid="import-to-create"
          title={`Chưa có trong dữ liệu: ${formatNumber(p.toCreate.people)} cá nhân và ${formatNumber(p.toCreate.units)} tập thể. Chúng sẽ được tạo mới khi ghi (bạn xác nhận ở bước cuối).`}
        />
      )}
      {w.target === 'units' && counts.update > 0 && (
        <div style={{ marginBottom: 8 }} data-testid="import-overwrite">
          <Typography.Text>Với đơn vị đã có, ghi đè giá trị cũ ở các trường (trường không chọn chỉ điền khi đang trống): </Typography.Text>
          <Checkbox.Group
            value={[...w.overwrite]}
            onChange={(v) => w.setOverwrite(new Set(v as string[]))}
            options={updatable.map((d) => ({ value: d.key, label: d.label }))}
          />
        </div>
      )}
      <Space style={{ marginBottom: 8 }}>
        <TableExportButton<Row>
          label="Xuất Excel chi tiết kiểm tra"
          testId="import-export-details"
          disabled={!data.total}
          spec={async () => {
            const s = w.session.current;
            if (!s || !s.alive) throw new Error('Phiên nhập đã kết thúc');
            const all = await s.request({ type: 'rows', filter, offset: 0, limit: data.total, sort, overwrite: [...w.overwrite] });
            return previewExport(w, all.rows, filter === 'all' ? 'Tất cả' : filter === 'ask' ? 'Cần chọn' : ROW_STATUS_LABEL[filter]);
          }}
        />
        <Typography.Text type="secondary">Bảng hiện giá trị sẽ được lưu; ô có ghi chú là ô tệp ghi khác.</Typography.Text>
      </Space>
      <Table<Row>
        size="small"
        rowKey="key"
        dataSource={data.rows}
        data-testid="import-rows"
        scroll={{ x: 'max-content', y: 420 }}
        pagination={{ current: page, pageSize: PAGE, total: data.total, showSizeChanger: false }}
        onChange={(pg, _filters, sorter) => {
          const one = Array.isArray(sorter) ? sorter[0] : sorter;
          const by = one?.order ? (one.columnKey as RowSort['by'] | undefined) : undefined;
          const next = by !== undefined && one?.order ? { by: typeof by === 'string' && /^\d+$/.test(by) ? Number(by) : by, order: one.order } : undefined;
          if (JSON.stringify(next) !== JSON.stringify(sort)) {
            setSort(next);
            setPage(1);
          } else setPage(pg.current ?? 1);
        }}
        columns={columns}
      />
      <Modal
        open={!!editing}
        title={editing ? `Sửa ô ${columnLetter(editing.col)}${editing.row.row + 1} (${names[editing.col] ?? ''})` : ''}
        okText="Lưu và kiểm tra lại"
        cancelText="Hủy"
        onCancel={() => setEditing(null)}
        onOk={() => {
          if (!editing) return;
          const e = editing;
          setEditing(null);
          void w.editCell(e.row.key, e.col, e.value);
        }}
      >
        <Input data-testid="import-edit-input" value={editing?.value} onChange={(e) => editing && setEditing({ ...editing, value: e.target.value })} />
        <Typography.Text type="secondary">Sửa ở đây chỉ áp dụng cho lần nhập này, tệp gốc không đổi.</Typography.Text>
      </Modal>
    </div>
  );
}
