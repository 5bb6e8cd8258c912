import { parseViDate, isoFromParts } from '../text/format';
import { foldText, nameKey } from '../text/normalize';

/**
 * Registrations (đăng ký thi đua) from a spreadsheet: header row detection by column names,
 * then each row matched to a registry unit by tax code, else by name.
 */
export const REGISTRATION_COLUMNS = {
  name: ['ten don vi', 'ten htx', 'ten hop tac xa', 'don vi', 'ten'],
  taxCode: ['ma so thue', 'ma so htx', 'mst', 'ma so'],
  targets: ['chi tieu dang ky', 'chi tieu', 'noi dung dang ky', 'muc tieu', 'noi dung'],
  registeredDate: ['ngay dang ky', 'ngay'],
  notes: ['ghi chu'],
} as const;
type Column = keyof typeof REGISTRATION_COLUMNS;

export interface RegistrationUnitRef {
  id: string;
  name: string;
  taxCode?: string;
}

export interface RegistrationRow {
  /** 0-based row in the sheet. */
  row: number;
  unitId?: string;
  unitText: string;
  targets: string;
  registeredDate?: string;
  notes?: string;
  /** Why the row cannot be imported, in Vietnamese (file, sheet, row, column named). */
  problem?: string;
}

export interface RegistrationSheetResult {
  headerRow: number;
  rows: RegistrationRow[];
  errors: string[];
}

function cellText(v: unknown): string {
  return v === undefined || v === null ? '' : String(v).trim();
}

/** The row whose cells name the most known columns (at least a name or tax code column and a targets column). */
export function detectRegistrationHeader(rows: unknown[][], scanRows = 15): { row: number; columns: Partial<Record<Column, number>> } | null {
  let best: { row: number; columns: Partial<Record<Column, number>>; hits: number } | null = null;
  for (let i = 0; i < Math.min(rows.length, scanRows); i++) {
    const cells = (rows[i] ?? []).map((c) => foldText(cellText(c)));
    const columns: Partial<Record<Column, number>> = {};
    let hits = 0;
    for (const col of Object.keys(REGISTRATION_COLUMNS) as Column[]) {
      const names = REGISTRATION_COLUMNS[col] as readonly string[];
      const idx = cells.findIndex((c, j) => names.includes(c) && !Object.values(columns).includes(j));
      if (idx >= 0) {
        columns[col] = idx;
        hits++;
      }
    }
    if ((columns.name !== undefined || columns.taxCode !== undefined) && columns.targets !== undefined && (!best || hits > best.hits)) {
      best = { row: i, columns, hits };
    }
  }
  return best ? { row: best.row, columns: best.columns } : null;
}

function toIsoDate(v: unknown): string | undefined {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return isoFromParts(v.getFullYear(), v.getMonth() + 1, v.getDate()) ?? undefined;
  const t = cellText(v);
  if (!t) return undefined;
  return parseViDate(t) ?? (/^\d{4}-\d{2}-\d{2}$/.test(t) ? t : undefined);
}

/** Digits of a tax code; Excel drops the leading zero of 10-digit codes, so pad back to 10. */
function taxKey(v: string): string {
  const [main, branch] = v.replace(/\s/g, '').split('-');
  const digits = (main ?? '').replace(/\D/g, '');
  const padded = digits.length === 9 ? `0${digits}` : digits;
  return branch ? `${padded}-${branch}` : padded;
}

export function mapRegistrationRows(rows: unknown[][], units: RegistrationUnitRef[], fileName: string, sheetName: string): RegistrationSheetResult {
  const header = detectRegistrationHeader(rows);
  if (!header) {
    return {
      headerRow: -1,
      rows: [],
      errors: [`Tệp "${fileName}", trang "${sheetName}": không tìm thấy dòng tiêu đề có cột "Tên đơn vị" (hoặc "Mã số thuế") và "Chỉ tiêu đăng ký".`],
    };
  }
  const byTax = new Map<string, RegistrationUnitRef>();
  const byName = new Map<string, RegistrationUnitRef[]>();
  for (const u of units) {
    if (u.taxCode) byTax.set(taxKey(u.taxCode), u);
    const k = nameKey(u.name);
    byName.set(k, [...(byName.get(k) ?? []), u]);
  }
  const c = header.columns;
  const out: RegistrationRow[] = [];
  for (let i = header.row + 1; i < rows.length; i++) {
    const r = rows[i] ?? [];
    const name = c.name !== undefined ? cellText(r[c.name]) : '';
    const tax = c.taxCode !== undefined ? cellText(r[c.taxCode]) : '';
    const targets = c.targets !== undefined ? cellText(r[c.targets]) : '';
    if (!name && !tax && !targets) continue;
    // The "(1) (2) (3)" column-number row under a header.
    if (r.every((v) => cellText(v) === '' || /^\(\d+\)$/.test(cellText(v)))) continue;
    // Group and total rows ("Cộng", "Tổng cộng") carry no unit.
    if (/^(tong )?cong\b/.test(foldText(name))) continue;
    const at = `Tệp "${fileName}", trang "${sheetName}", dòng ${i + 1}`;
    const row: RegistrationRow = { row: i, unitText: name || tax, targets };
    const date = c.registeredDate !== undefined ? toIsoDate(r[c.registeredDate]) : undefined;
    if (date) row.registeredDate = date;
    const notes = c.notes !== undefined ? cellText(r[c.notes]) : '';
    if (notes) row.notes = notes;
    let unit = tax ? byTax.get(taxKey(tax)) : undefined;
    if (!unit && name) {
      const found = byName.get(nameKey(name)) ?? [];
      if (found.length === 1) unit = found[0];
      else if (found.length > 1) row.problem = `${at}: có ${found.length} đơn vị cùng tên "${name}" trong danh bạ; hãy ghi mã số thuế.`;
    }
    if (unit) row.unitId = unit.id;
    else if (!row.problem) row.problem = `${at}: không tìm thấy đơn vị "${name || tax}" trong danh bạ.`;
    if (!targets && !row.problem) row.problem = `${at}, cột ${String.fromCharCode(65 + (c.targets ?? 0))}: chưa ghi chỉ tiêu đăng ký.`;
    out.push(row);
  }
  return { headerRow: header.row, rows: out, errors: [] };
}
