import * as XLSX from 'xlsx';
import { formatLocation, UserError } from '../errors';
import { neutraliseCell } from '../export/neutralise';
import { SECTORS, type Sector } from '../registry/types';
import { foldText } from '../text/normalize';
import { emptyBucket, withLegacyReportedCounts } from './bucket';
import { BUCKET_FIELD_LABEL } from './labels';
import { BUCKET_FIELDS, REPORTED_FIELD, type BucketField, type SummaryBucket, type SummaryPackageData } from './types';

/**
 * The summary package workbook (gói số liệu tổng kết) each member alliance sends the cluster chair.
 * Sheets hold codes next to labels so the reader never depends on wording; every figure is a plain sum.
 */
export const PACKAGE_FORMAT = 'THIDUA-GOI-TONGKET-2';
/**
 * The format before the reported counts (`membersReported`…): still read, so a member on an older
 * copy of the app can send its package; its counts are derived by withLegacyReportedCounts.
 */
export const PACKAGE_FORMAT_V1 = 'THIDUA-GOI-TONGKET-1';
const FORMAT_FAMILY = 'THIDUA-GOI-TONGKET-';
/** Fields a format-1 package does not have. */
const V1_ABSENT: ReadonlySet<BucketField> = new Set(Object.values(REPORTED_FIELD));
export const PACKAGE_SHEETS = {
  info: 'Thông tin',
  total: 'Tổng hợp',
  sector: 'Theo ngành',
  province: 'Theo địa bàn',
  communes: 'Kết nạp theo xã',
  models: 'HTX điển hình',
} as const;

const INFO_KEYS = { format: 'Định dạng', year: 'Năm', member: 'Đơn vị gửi', province: 'Mã tỉnh/thành', created: 'Ngày lập' } as const;

export interface PackageNames {
  provinceName?: (code: string) => string;
  communeName?: (provinceCode: string, communeCode: string) => string;
  sectorName?: (sector: Sector | '') => string;
}

type Cell = string | number;

function bucketCells(b: SummaryBucket): number[] {
  return BUCKET_FIELDS.map((f) => b[f]);
}

function sheet(rows: Cell[][]): XLSX.WorkSheet {
  return XLSX.utils.aoa_to_sheet(rows.map((r) => r.map((c) => neutraliseCell(c))));
}

export function buildPackageWorkbook(pkg: SummaryPackageData, names: PackageNames = {}): XLSX.WorkBook {
  const wb = XLSX.utils.book_new();
  const s = pkg.summary;
  XLSX.utils.book_append_sheet(
    wb,
    sheet([
      [INFO_KEYS.format, PACKAGE_FORMAT],
      [INFO_KEYS.year, pkg.year],
      [INFO_KEYS.member, pkg.memberName],
      [INFO_KEYS.province, pkg.provinceCode],
      [INFO_KEYS.created, pkg.createdDate],
    ]),
    PACKAGE_SHEETS.info,
  );
  XLSX.utils.book_append_sheet(
    wb,
    sheet([['Mã', 'Chỉ tiêu', 'Giá trị'], ...BUCKET_FIELDS.map((f) => [f, BUCKET_FIELD_LABEL[f], s.total[f]])]),
    PACKAGE_SHEETS.total,
  );
  const labels = BUCKET_FIELDS.map((f) => BUCKET_FIELD_LABEL[f]);
  XLSX.utils.book_append_sheet(
    wb,
    sheet([['Mã ngành', 'Ngành', ...labels], ...s.bySector.map((r) => [r.sector, names.sectorName?.(r.sector) ?? r.sector, ...bucketCells(r.bucket)])]),
    PACKAGE_SHEETS.sector,
  );
  XLSX.utils.book_append_sheet(
    wb,
    sheet([
      ['Mã tỉnh', 'Tỉnh/thành phố', ...labels],
      ...s.byProvince.map((r) => [r.provinceCode, names.provinceName?.(r.provinceCode) ?? r.provinceCode, ...bucketCells(r.bucket)]),
    ]),
    PACKAGE_SHEETS.province,
  );
  XLSX.utils.book_append_sheet(
    wb,
    sheet([
      ['Mã tỉnh', 'Mã xã', 'Xã/phường', 'Số kết nạp'],
      ...s.newMembersByCommune.map((r) => [r.provinceCode, r.communeCode, names.communeName?.(r.provinceCode, r.communeCode) ?? r.communeCode, r.count]),
    ]),
    PACKAGE_SHEETS.communes,
  );
  XLSX.utils.book_append_sheet(
    wb,
    sheet([
      ['Mã đơn vị', 'Tên đơn vị', 'Mã tỉnh', 'Danh hiệu', 'Số quyết định'],
      ...s.modelUnits.map((r) => [r.unitId, r.name, r.provinceCode, r.awardName, r.decisionNumber]),
    ]),
    PACKAGE_SHEETS.models,
  );
  return wb;
}

/** A package file that cannot be read, with a Vietnamese message naming file, sheet, row and column. */
export class PackageReadError extends UserError {}

/** Numbers as written by Excel or typed "1.250.000" / "1.250,5" / "-" (zero). */
export function parseSheetNumber(v: unknown): number | null {
  if (v === undefined || v === null || v === '') return 0;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  const t = String(v).trim().replace(/\s/g, '');
  if (t === '' || t === '-') return 0;
  if (!/^-?[\d.,]+$/.test(t)) return null;
  const n = Number(t.replace(/\./g, '').replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

export function readPackageWorkbook(wb: XLSX.WorkBook, fileName: string): SummaryPackageData {
  // Rows are 0-based here; the location shows them as the spreadsheet does.
  const where = (sheetName: string, row?: number, col?: number) =>
    formatLocation({ file: fileName, sheet: sheetName, ...(row !== undefined ? { row: row + 1 } : {}), ...(col !== undefined ? { column: col } : {}) });
  const rowsOf = (name: string): unknown[][] => {
    const ws = wb.Sheets[name];
    if (!ws) throw new PackageReadError(`Tệp "${fileName}" không có trang "${name}": đây không phải gói số liệu tổng kết do phần mềm xuất.`);
    return XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true, defval: '' });
  };
  const num = (sheetName: string, v: unknown, row: number, col: number): number => {
    const n = parseSheetNumber(v);
    if (n === null) throw new PackageReadError(`${where(sheetName, row, col)}: "${String(v)}" không phải là số.`);
    return n;
  };
  const text = (v: unknown) => (v === undefined || v === null ? '' : String(v).trim());

  const info = new Map<string, unknown>();
  for (const r of rowsOf(PACKAGE_SHEETS.info)) info.set(text(r[0]), r[1]);
  const format = text(info.get(INFO_KEYS.format));
  if (format !== PACKAGE_FORMAT && format !== PACKAGE_FORMAT_V1) {
    if (format.startsWith(FORMAT_FAMILY)) {
      throw new PackageReadError(
        `${where(PACKAGE_SHEETS.info)}: gói số liệu định dạng "${format}" do phiên bản phần mềm mới hơn lập; hãy cập nhật phần mềm để đọc.`,
      );
    }
    throw new PackageReadError(`${where(PACKAGE_SHEETS.info)}: thiếu dòng "${INFO_KEYS.format}: ${PACKAGE_FORMAT}" — tệp không phải gói số liệu tổng kết.`);
  }
  const v1 = format === PACKAGE_FORMAT_V1;
  const required = v1 ? BUCKET_FIELDS.filter((f) => !V1_ABSENT.has(f)) : BUCKET_FIELDS;
  const finish = (b: Partial<SummaryBucket>): SummaryBucket => (v1 ? withLegacyReportedCounts(b) : { ...emptyBucket(), ...b });
  const year = Number(info.get(INFO_KEYS.year));
  if (!Number.isInteger(year) || year < 1900 || year > 2200) throw new PackageReadError(`${where(PACKAGE_SHEETS.info)}: năm không hợp lệ.`);
  const memberName = text(info.get(INFO_KEYS.member));
  if (!memberName) throw new PackageReadError(`${where(PACKAGE_SHEETS.info)}: thiếu tên đơn vị gửi.`);

  const totalRows = rowsOf(PACKAGE_SHEETS.total);
  const totalRead: Partial<SummaryBucket> = {};
  totalRows.forEach((r, i) => {
    if (i === 0) return;
    const code = text(r[0]) as BucketField;
    if (!(BUCKET_FIELDS as readonly string[]).includes(code)) return;
    totalRead[code] = num(PACKAGE_SHEETS.total, r[2], i, 2);
  });
  const missing = required.filter((f) => totalRead[f] === undefined);
  if (missing.length) {
    throw new PackageReadError(`${where(PACKAGE_SHEETS.total)}: thiếu chỉ tiêu ${missing.map((f) => `"${BUCKET_FIELD_LABEL[f]}"`).join(', ')}.`);
  }
  const total = finish(totalRead);

  const bucketTable = (name: string) => {
    const rows = rowsOf(name);
    const header = (rows[0] ?? []).map((h) => foldText(text(h)));
    const cols = BUCKET_FIELDS.map((f) => {
      const c = header.indexOf(foldText(BUCKET_FIELD_LABEL[f]));
      if (c < 0 && required.includes(f)) throw new PackageReadError(`${where(name, 0)}: thiếu cột "${BUCKET_FIELD_LABEL[f]}".`);
      return c;
    });
    return rows.slice(1).flatMap((r, k) => {
      const key = text(r[0]);
      if (!key && r.every((c) => text(c) === '')) return [];
      const read: Partial<SummaryBucket> = {};
      BUCKET_FIELDS.forEach((f, j) => {
        const c = cols[j]!;
        if (c >= 0) read[f] = num(name, r[c], k + 1, c);
      });
      return [{ key, bucket: finish(read) }];
    });
  };
  const bySector = bucketTable(PACKAGE_SHEETS.sector).map(({ key, bucket }, i) => {
    if (key !== '' && !(SECTORS as readonly string[]).includes(key)) {
      throw new PackageReadError(`${where(PACKAGE_SHEETS.sector, i + 1, 0)}: mã ngành "${key}" không có trong danh mục.`);
    }
    return { sector: key as Sector | '', bucket };
  });
  const byProvince = bucketTable(PACKAGE_SHEETS.province).map(({ key, bucket }) => ({ provinceCode: key, bucket }));
  const newMembersByCommune = rowsOf(PACKAGE_SHEETS.communes)
    .slice(1)
    .filter((r) => r.some((c) => text(c) !== ''))
    .map((r, k) => ({ provinceCode: text(r[0]), communeCode: text(r[1]), count: num(PACKAGE_SHEETS.communes, r[3], k + 1, 3) }));
  const modelUnits = rowsOf(PACKAGE_SHEETS.models)
    .slice(1)
    .filter((r) => r.some((c) => text(c) !== ''))
    .map((r) => ({ unitId: text(r[0]), name: text(r[1]), provinceCode: text(r[2]), awardName: text(r[3]), decisionNumber: text(r[4]) }));

  return {
    year,
    memberName,
    provinceCode: text(info.get(INFO_KEYS.province)),
    createdDate: text(info.get(INFO_KEYS.created)),
    summary: { year, total, bySector, byProvince, newMembersByCommune, modelUnits },
  };
}
