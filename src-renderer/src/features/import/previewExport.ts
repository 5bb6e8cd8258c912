/** The import preview as an Excel sheet: every row with its result, stored values, errors, warnings and notes. */
import { fieldsOf } from '@/domain/import/fields';
import { columnLetter, ROW_STATUS_LABEL } from '@/domain/import/planTypes';
import { describeChange } from '@/domain/import/previewCells';
import type { ExportColumn, TableExport } from '@/ui/tableExport';
import type { PreviewRowData } from '@/workers/import-protocol';
import type { ImportWizard } from './useImportWizard';

const MATCHED_BY: Record<string, string> = { taxCode: 'khớp theo mã số thuế', name: 'khớp theo tên + địa bàn', choice: 'theo lựa chọn của bạn' };

export function previewExport(w: ImportWizard, rows: PreviewRowData[], filterLabel: string): TableExport<PreviewRowData> {
  const fields = fieldsOf(w.target);
  const names = w.layout?.layout.names ?? [];
  const mapped = w.mapping.map((f, col) => ({ f, col })).filter((m) => m.f && m.f !== 'stt');
  const columns: ExportColumn<PreviewRowData>[] = [
    { title: 'Tệp', value: () => w.fileName },
    { title: 'Trang tính', value: (r) => r.sheet },
    { title: 'Dòng', value: (r) => r.row + 1 },
    { title: 'Kết quả', value: (r) => ROW_STATUS_LABEL[r.status] + (r.matchedBy ? ` (${MATCHED_BY[r.matchedBy]})` : '') },
    ...mapped.map(({ f, col }) => ({
      title: `${names[col] || fields.find((d) => d.key === f)?.label || f} (cột ${columnLetter(col)}, giá trị lưu)`,
      value: (r: PreviewRowData) => r.preview.cells.find((c) => c.col === col)?.stored ?? '',
    })),
    ...(w.target === 'units'
      ? [
          { title: 'Tỉnh/Thành phố (lưu)', value: (r: PreviewRowData) => r.preview.province },
          { title: 'Xã/Phường (lưu)', value: (r: PreviewRowData) => r.preview.commune },
          { title: 'Quận/Huyện cũ (lưu)', value: (r: PreviewRowData) => r.preview.district },
        ]
      : []),
    { title: 'Lỗi', value: (r) => lines(r, 'error') },
    { title: 'Cảnh báo', value: (r) => lines(r, 'warning') },
    {
      title: 'Ghi chú',
      value: (r) =>
        [
          ...r.preview.cells.filter((c) => c.note).map((c) => `Cột ${columnLetter(c.col)}: ${c.note}`),
          ...(r.preview.placeNote ? [r.preview.placeNote] : []),
          ...(r.question ? [`${r.question.reason} — đang chọn: ${r.question.options.find((o) => o.value === r.question!.chosen)?.label ?? ''}`] : []),
        ].join('\n'),
      width: 60,
    },
    ...(w.target === 'units'
      ? [
          {
            title: 'Thay đổi so với danh bạ',
            value: (r: PreviewRowData) =>
              r.status !== 'update' ? '' : r.preview.changes?.length ? r.preview.changes.map(describeChange).join('\n') : 'Không thay đổi gì',
            width: 60,
          },
        ]
      : []),
  ];
  return {
    fileName: `Kiem tra nhap - ${w.fileName.replace(/\.[^.]+$/, '')}`,
    sheetName: 'Chi tiết kiểm tra',
    title: [`Chi tiết kiểm tra trước khi nhập tệp "${w.fileName}"`, `Lọc: ${filterLabel}; ${rows.length} dòng`],
    columns,
    rows,
  };
}

/** A row's errors or warnings, each naming its cell. */
function lines(r: PreviewRowData, severity: 'error' | 'warning'): string {
  const out = r.issues
    .filter((i) => i.severity === severity)
    .map((i) => (i.col !== undefined ? `Cột ${columnLetter(i.col)}${i.column ? ` (${i.column})` : ''}: ${i.message}` : i.message));
  if (severity === 'warning')
    for (const c of r.preview.cells)
      if (c.warning && !r.issues.some((i) => i.col === c.col && i.message === c.warning)) out.push(`Cột ${columnLetter(c.col)}: ${c.warning}`);
  return out.join('\n');
}
