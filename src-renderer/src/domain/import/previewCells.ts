/**
 * What the import preview shows of a planned row: for every mapped column the value that will be
 * STORED, formatted the Vietnamese way (1.500.000.000 đ), with a note when the file says it another
 * way ("180 TV" -> 180; 1500 in a "triệu đồng" column -> 1.500.000.000 đ) and a warning for a tax code
 * whose check digit is wrong; the locality the row gets (and where it came from); for a row updating
 * a stored unit, each changed field as old -> new, under the commit's rule (fill blanks, overwrite
 * only the chosen fields). Pure: the worker runs it over one page of rows at a time.
 */
import type { Unit } from '../registry/types';
import { SECTOR_LABEL, UNIT_KIND_FULL_LABEL, UNIT_STATUS_LABEL } from '../registry/labels';
import { communeName, provinceName } from '../registry/localities';
import { taxCodeCheckWarning } from '../registry/taxCode';
import { findYear } from '../registry/unitYears';
import { formatDate, formatNumber } from '../text/format';
import { fieldsOf, indicatorYear, yearlyKey, type FieldDef, type ImportTarget } from './fields';
import { MONEY_SCALE_LABEL, type MoneyScale } from './moneyUnit';
import { indicatorSetsFromRow, sourceField, unitFieldsFromRow, UNIT_RECORD_FIELDS } from './records';
import type { PlannedRow, RowValues } from './planTypes';
import type { RawCell } from './types';
import { cellText } from './values';

export interface PreviewCell {
  col: number;
  /** The stored value as shown ('' when nothing is stored). */
  stored: string;
  /** What the file says when it differs from what is stored. */
  note?: string;
  /** A doubt that does not block (a tax code's check digit). */
  warning?: string;
  /** The cell's error (the row is not written). */
  error?: string;
}

export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
  /** The stored value stays: the field is not among those chosen to overwrite. */
  kept?: boolean;
}

export interface RowPreview {
  cells: PreviewCell[];
  /** Province, commune and former district the row gets, as stored. */
  province: string;
  commune: string;
  district: string;
  /** Where the locality came from, when not from province/commune columns. */
  placeNote?: string;
  /** Update rows: each field that differs from the stored unit (empty: nothing changes). */
  changes?: FieldChange[];
}

export interface PreviewContext {
  target: ImportTarget;
  mapping: readonly string[];
  /** Header names of the (first) sheet, for year-named indicator columns. */
  names: readonly string[];
  moneyScales?: readonly number[];
  /** Field keys the user chose to overwrite on stored units. */
  overwrite?: ReadonlySet<string>;
}

const LABEL_OF: Record<string, string> = {
  provinceCode: 'Tỉnh/Thành phố',
  communeCode: 'Xã/Phường',
};

/** A stored value as shown to the user, by the field it belongs to. */
export function formatStored(def: FieldDef | undefined, key: string, value: unknown): string {
  if (value === undefined || value === null || value === '') return '';
  if (key === 'provinceCode') return provinceName(String(value));
  if (key === 'communeCode') return communeName(String(value));
  switch (def?.kind) {
    case 'money':
      return typeof value === 'number' ? `${formatNumber(value)} đ` : String(value);
    case 'integer':
      return typeof value === 'number' ? formatNumber(value) : String(value);
    case 'number':
      return typeof value === 'number' ? formatNumber(value, true) : String(value);
    case 'date':
      return typeof value === 'string' ? formatDate(value) || value : String(value);
    case 'flag':
      return value === 1 || value === true ? 'Có' : 'Không';
    case 'unitKind':
      return UNIT_KIND_FULL_LABEL[value as keyof typeof UNIT_KIND_FULL_LABEL] ?? String(value);
    case 'sector':
      return SECTOR_LABEL[value as keyof typeof SECTOR_LABEL] ?? String(value);
    case 'status':
      return UNIT_STATUS_LABEL[value as keyof typeof UNIT_STATUS_LABEL] ?? String(value);
    case 'gender':
      return value === 'nam' ? 'Nam' : value === 'nu' ? 'Nữ' : String(value);
    default:
      return String(value);
  }
}

/** The row value key a column fills ("revenue@2023" for a column naming its year). */
export function valueKeyOf(def: FieldDef, header: string): string {
  const y = indicatorYear(def, header);
  return y !== undefined ? yearlyKey(def.key, y) : def.key;
}

function placeNoteOf(row: PlannedRow, province: string): string | undefined {
  const p = row.place;
  if (!p) return undefined;
  const parts: string[] = [];
  const fromAddress: string[] = [];
  if (p.province === 'name') fromAddress.push('tỉnh');
  else if (p.province === 'former') parts.push(`Địa chỉ ghi tỉnh cũ ${p.formerProvince}, từ 01/07/2025 thuộc ${province}`);
  else if (p.province === 'place') parts.push(`Tỉnh suy ra từ tên xã/huyện trong địa chỉ`);
  else if (p.province === 'default') parts.push(`Tỉnh mặc định đã chọn`);
  if (p.commune && p.communeFound) fromAddress.push('xã/phường');
  if (p.district) fromAddress.push('huyện cũ');
  if (fromAddress.length) parts.unshift(`Lấy từ địa chỉ: ${fromAddress.join(', ')}`);
  if (p.commune && !p.communeFound)
    parts.push(`Xã/phường "${p.commune}" trong địa chỉ không có trong danh mục hiện hành (có thể đã sáp nhập): chỉ giữ trong địa chỉ`);
  return parts.length ? parts.join('. ') : undefined;
}

/** The preview of one row (cells of the file row `raw`; `before` = the stored unit an update row changes). */
export function previewRow(row: PlannedRow, raw: readonly RawCell[], ctx: PreviewContext, before?: Unit): RowPreview {
  const defs = new Map(fieldsOf(ctx.target).map((d) => [d.key, d]));
  const cells: PreviewCell[] = [];
  ctx.mapping.forEach((key, col) => {
    const def = key ? defs.get(key) : undefined;
    if (!def || def.kind === 'stt') return;
    const valueKey = valueKeyOf(def, ctx.names[col] ?? '');
    const value = row.values[valueKey];
    const stored = formatStored(def, valueKey, value);
    const cell: PreviewCell = { col, stored };
    const fileText = cellText(raw[col] ?? null);
    const scale = def.kind === 'money' ? (ctx.moneyScales?.[col] ?? 1) : 1;
    if (value !== undefined && fileText && fileText !== stored && fileText !== String(value)) {
      cell.note =
        scale !== 1
          ? `Tệp ghi ${fileText} (${MONEY_SCALE_LABEL[scale as MoneyScale] ?? `× ${formatNumber(scale)} đồng`}), lưu ${stored}`
          : `Tệp ghi "${fileText}", lưu ${stored}`;
    } else if (value !== undefined && scale !== 1) {
      cell.note = `Tệp ghi ${fileText} (${MONEY_SCALE_LABEL[scale as MoneyScale] ?? `× ${formatNumber(scale)} đồng`}), lưu ${stored}`;
    }
    if (def.kind === 'taxCode' && typeof value === 'string') {
      const w = taxCodeCheckWarning(value);
      if (w) cell.warning = w;
    }
    // A nomination whose award cell is empty takes the default chosen at mapping: show which.
    if (stored === '' && (key === 'awardName' || key === 'titleName') && typeof row.values.defaultAwardName === 'string') {
      cell.stored = row.values.defaultAwardName;
      cell.note = 'Ô trống: lấy hình thức mặc định đã chọn ở bước ghép cột';
    }
    // A birth-date cell holding only a year is stored as the birth year, not as 01/01 of it.
    if (stored === '' && key === 'birthDate' && typeof row.values.birthYear === 'number') {
      cell.stored = String(row.values.birthYear);
      cell.note = 'Tệp chỉ ghi năm: lưu năm sinh';
    }
    const err = row.issues.find((i) => i.col === col && i.severity === 'error');
    if (err) cell.error = err.message;
    const warn = row.issues.find((i) => i.col === col && i.severity === 'warning');
    if (warn && !cell.warning) cell.warning = warn.message;
    cells.push(cell);
  });
  const province = provinceName(typeof row.values.provinceCode === 'string' ? row.values.provinceCode : undefined);
  const out: RowPreview = {
    cells,
    province,
    commune: communeName(typeof row.values.communeCode === 'string' ? row.values.communeCode : undefined),
    district: typeof row.values.legacyDistrict === 'string' ? row.values.legacyDistrict : '',
  };
  const placeNote = placeNoteOf(row, province);
  if (placeNote) out.placeNote = placeNote;
  if (before && ctx.target === 'units') out.changes = unitChanges(before, row.values, ctx.overwrite ?? new Set());
  return out;
}

function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || v === '';
}

/** Fields of a stored unit an update row changes, old -> new, by the commit's merge rule. */
export function unitChanges(before: Unit, values: RowValues, overwrite: ReadonlySet<string>): FieldChange[] {
  const defs = new Map(fieldsOf('units').map((d) => [d.key, d]));
  const out: FieldChange[] = [];
  const incoming = unitFieldsFromRow(values) as Record<string, unknown>;
  const stored = before as unknown as Record<string, unknown>;
  for (const f of UNIT_RECORD_FIELDS) {
    const v = incoming[f];
    if (v === undefined || f === 'name') continue;
    const cur = stored[f];
    if (cur === v) continue;
    const def = defs.get(f);
    const label = LABEL_OF[f] ?? def?.label ?? f;
    const change: FieldChange = { field: f, label, before: formatStored(def, f, cur) || '(trống)', after: formatStored(def, f, v) };
    if (!isEmpty(cur) && !overwrite.has(sourceField(f))) change.kept = true;
    out.push(change);
  }
  for (const { year, fields } of indicatorSetsFromRow(values)) {
    if (year === undefined) continue;
    const old = findYear(before, year) as Record<string, unknown> | undefined;
    for (const [f, v] of Object.entries(fields as Record<string, unknown>)) {
      if (v === undefined) continue;
      const cur = old?.[f];
      if (cur === v) continue;
      const def = defs.get(f);
      const change: FieldChange = {
        field: `${f}@${year}`,
        label: `${def?.label ?? f} ${year}`,
        before: formatStored(def, f, cur) || '(trống)',
        after: formatStored(def, f, v),
      };
      if (!isEmpty(cur) && !overwrite.has(f)) change.kept = true;
      out.push(change);
    }
  }
  return out;
}

/** "Doanh thu 2024: 1.000 đ → 2.000 đ" (or "… giữ 1.000 đ" when the stored value stays). */
export function describeChange(c: FieldChange): string {
  return c.kept ? `${c.label}: giữ ${c.before} (tệp ghi ${c.after}, không chọn ghi đè)` : `${c.label}: ${c.before} → ${c.after}`;
}
