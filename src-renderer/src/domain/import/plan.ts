/**
 * From mapped sheet rows to an import plan: every row cleaned, validated and matched against
 * stored records (new / update / duplicate / error), with dropped rows listed.
 * Pure: the worker feeds it rows and an index of stored records.
 */
import { cleanText, foldText, nameKey } from '../text/normalize';
import type { Sector, UnitKind, UnitStatus } from '../registry/types';
import type { Gender, RecipientKind } from '../awards/types';
import { awardNameChoiceKey, CatalogMatcher, commendationTypeOf, placeAwardName, type CatalogRef } from '../awards/catalogMatch';
import { fieldsOf, indicatorYear, yearlyKey, type ColumnMapping, type FieldDef, type ImportTarget } from './fields';
import type { HeaderLayout } from './header';
import { LIMITS } from './limits';
import { MONEY_SCALE_LABEL, type MoneyScale } from './moneyUnit';
import { formatNumber } from '../text/format';
import { classifyRow, type RowKind, type RowKindContext } from './row-kinds';
import { validateIndicators, validateNewUnit } from './records';
import type { RawCell, RowIssue } from './types';
import { compareUnits, localityKey, unitEvidence, type IdentityComparison, type UnitEvidence } from './unitIdentity';
import {
  cellText, isBlank, parseCode, parseDate, parseDateOrYear, parseFlag, parseInteger, parseNumber, parseText, parseYear, type Parsed,
} from './values';

export type RowStatus = 'new' | 'update' | 'duplicate' | 'error' | 'skipped';

export const ROW_STATUS_LABEL: Record<RowStatus, string> = {
  new: 'Thêm mới',
  update: 'Cập nhật',
  duplicate: 'Trùng',
  error: 'Lỗi',
  skipped: 'Bỏ qua',
};

/** Cleaned values of one row, keyed by field key (fixed keys of fields.ts, never header text). */
export type RowValues = { [field: string]: string | number | undefined };

export interface PlannedRow {
  /** `${sheetIndex}:${row}` */
  key: string;
  sheetIndex: number;
  sheet: string;
  /** 0-based sheet row. */
  row: number;
  status: RowStatus;
  values: RowValues;
  issues: RowIssue[];
  /** Unit (or person) this row updates / refers to. */
  matchId?: string;
  /** How the match was made, shown to the user: tax code, name + locality, or the user's choice. */
  matchedBy?: 'taxCode' | 'name' | 'choice';
  /** Key of the earlier row this one duplicates. */
  duplicateOf?: string;
  /** Awards: recipient kind and resolved ids. */
  recipientKind?: RecipientKind;
  unitId?: string;
  personId?: string;
  /** Units: rows sharing one new unit (several years of it) point at the first row's key. */
  unitRef?: string;
  /** Units: the evidence could not tell whether this row is a unit met before; the user decides. */
  question?: IdentityQuestion;
}

/**
 * A choice about a row's unit: 'new' (a unit of its own: keeps both), `row:<key>` (the same unit as
 * that earlier row of the file), `unit:<id>` (the stored unit, updated).
 */
export type IdentityChoice = 'new' | `row:${string}` | `unit:${string}`;

export interface IdentityQuestion {
  /** Why it is asked, in Vietnamese. */
  reason: string;
  options: Array<{ value: IdentityChoice; label: string }>;
  /** The choice in effect: the user's, else the default. */
  chosen: IdentityChoice;
  byUser: boolean;
  /**
   * 'unknown': the evidence could not decide (default keeps both). 'repeat': the evidence says it is
   * the same unit and year as an earlier row (default: the earlier row stands); the user may keep it.
   */
  kind: 'unknown' | 'repeat';
}

export interface DroppedRow {
  sheet: string;
  row: number;
  kind: Exclude<RowKind, 'data'>;
  text: string;
}

export interface ExistingUnitKey {
  id: string;
  name: string;
  taxCode?: string;
  nameKey: string;
  kind?: UnitKind;
  provinceCode?: string;
  communeCode?: string;
  legacyDistrict?: string;
  address?: string;
  foundedDate?: string;
}

export interface ExistingPersonKey {
  id: string;
  nameKey: string;
  unitId?: string;
  birthYear?: number;
}

/** What the matcher needs from stored records. */
export interface ExistingIndex {
  units: ExistingUnitKey[];
  people: ExistingPersonKey[];
  /** `${recipientId}|${year}|${nameKey(awardName)}|${decisionNumber}` of stored awards. */
  awardKeys: string[];
  /** Unit-year ids (`${unitId}:${year}`) already stored. */
  unitYearIds: string[];
}

export interface LocalityLookup {
  provinces: Array<{ code: string; name: string; formerNames?: string[] }>;
  communes: Array<{ code: string; provinceCode: string; name: string }>;
}

export interface PlanSheet {
  index: number;
  name: string;
  rows: RawCell[][];
  layout: HeaderLayout;
  /** Rows hidden in the file (0-based). */
  hiddenRows?: ReadonlySet<number>;
}

export interface PlanInput {
  target: ImportTarget;
  sheets: PlanSheet[];
  mapping: ColumnMapping;
  /** Year of the indicators when no year column is mapped. */
  defaultYear?: number;
  /** The report year the file's title names (reportYear.ts), compared with a year column. */
  titleYear?: number;
  /** Province assumed when the file names none (the office's). */
  defaultProvinceCode?: string;
  /** Awards: who a row is about when the file does not say. */
  defaultRecipientKind?: RecipientKind;
  /** Cells corrected inline: key `${sheetIndex}:${row}:${col}`. */
  edits?: Map<string, RawCell>;
  /**
   * Row keys whose skip state the user flipped: a visible row in it is skipped, a hidden row
   * in it is imported after all.
   */
  skippedRows?: Set<string>;
  /**
   * Import rows hidden in the file too. Off by default: a hidden row is most often one filtered
   * out or kept for reference, and Excel itself leaves hidden rows out when copying a filtered list.
   */
  includeHidden?: boolean;
  /** Today (ISO), for date checks. */
  today: string;
  existing: ExistingIndex;
  localities: LocalityLookup;
  /** Đồng per unit of each money column (from "(triệu đồng)" headers or "Đơn vị tính" lines); 1 when absent. */
  moneyScales?: number[];
  /** Awards: the award catalogue names are matched against. */
  catalog?: CatalogRef[];
  /** Awards: the user's choice per award name (key of awardNameChoiceKey -> code, '' = none of the catalogue). */
  awardChoices?: Map<string, string>;
  /** Units: the user's answer per row key where the evidence could not decide. */
  identityChoices?: Map<string, IdentityChoice>;
  /**
   * Units: the answer for undecided rows the user has not answered one by one: 'new' (default,
   * keep both) or 'same' (the first candidate).
   */
  identityDefault?: 'new' | 'same';
}

/** One distinct award name of the file and the catalogue entry it was placed on. */
export interface AwardNameMatch {
  /** awardNameChoiceKey of the name. */
  key: string;
  /** The name as first written in the file. */
  awardName: string;
  recipientKind: RecipientKind;
  rows: number;
  /** Catalogue code, absent when the name matched no entry. */
  code?: string;
  by: 'auto' | 'user' | 'none';
}

export interface PlanCounts {
  total: number;
  new: number;
  update: number;
  duplicate: number;
  error: number;
  skipped: number;
  dropped: number;
  /** Data rows hidden in the file (skipped unless included). */
  hidden: number;
  /** Units: rows whose unit the evidence could not decide (a question for the user). */
  ask: number;
}

export interface ImportPlan {
  target: ImportTarget;
  rows: PlannedRow[];
  dropped: DroppedRow[];
  counts: PlanCounts;
  /** Cleaned values that differ from the cell as typed (numbers, dates, codes), for the clean-up step. */
  notes: RowIssue[];
  /** Awards: each distinct award name and its catalogue entry (empty for units). */
  awardNames: AwardNameMatch[];
  /** Units: the year column holds years other than the one the title names: the user is asked. */
  yearConflict?: YearConflict;
}

export interface YearConflict {
  titleYear: number;
  /** Years of the year column that differ from the title's, with their row counts. */
  years: Array<{ year: number; rows: number }>;
}

/** Years of a year column that the title contradicts (rows of other years in a multi-year file included). */
function yearConflictOf(rows: readonly PlannedRow[], input: PlanInput): YearConflict | undefined {
  if (!input.titleYear || !input.mapping.includes('year')) return undefined;
  const counts = new Map<number, number>();
  let agree = 0;
  for (const r of rows) {
    const y = r.values.year;
    if (typeof y !== 'number' || r.status === 'skipped') continue;
    if (y === input.titleYear) agree++;
    else counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  // A multi-year file whose title names one of its years is not a contradiction.
  if (!counts.size || agree > 0) return undefined;
  return { titleYear: input.titleYear, years: [...counts].map(([year, n]) => ({ year, rows: n })).sort((a, b) => a.year - b.year) };
}

export function columnLetter(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "Trang tính X, dòng 12, cột D (Mã số thuế): …" */
export function describeIssue(issue: RowIssue): string {
  const where = [`Trang tính "${issue.sheet}"`, `dòng ${issue.row + 1}`];
  if (issue.col !== undefined) where.push(`cột ${columnLetter(issue.col)}${issue.column ? ` (${issue.column})` : ''}`);
  return `${where.join(', ')}: ${issue.message}`;
}

// ---------------------------------------------------------------- code lists from text

const KIND_WORDS: Array<[RegExp, UnitKind]> = [
  [/^(lien hiep|lhhtx)/, 'lien_hiep'],
  [/^(quy tin dung|qtd)/, 'qtdnd'],
  [/^(to hop tac|tht)\b/, 'tht'],
  [/^(hop tac xa|htx)\b/, 'htx'],
];

export function unitKindFromText(text: string): UnitKind | undefined {
  const f = foldText(text);
  for (const [re, kind] of KIND_WORDS) if (re.test(f)) return kind;
  if (/\b(khac|doanh nghiep|cong ty)\b/.test(f)) return 'khac';
  return undefined;
}

const SECTOR_WORDS: Array<[RegExp, Sector]> = [
  [/tin dung|qtdnd/, 'qtdnd'],
  [/nong|lam|thuy san|chan nuoi|trong trot|thuy loi|diem nghiep|nuoi trong/, 'nong_nghiep'],
  [/cong nghiep|thu cong|tttcn|cn ?- ?ttcn|lang nghe/, 'cn_tttcn'],
  [/van tai|giao thong|gtvt|xe/, 'gtvt'],
  [/xay dung/, 'xay_dung'],
  [/thuong mai|dich vu|tm ?- ?dv|moi truong|ve sinh|cho/, 'tm_dv'],
  [/khac/, 'khac'],
];

export function sectorFromText(text: string): Sector | undefined {
  const f = foldText(text);
  for (const [re, s] of SECTOR_WORDS) if (re.test(f)) return s;
  return undefined;
}

export function statusFromText(text: string): UnitStatus | undefined {
  const f = foldText(text);
  if (/giai the|da giai|ngung hoat dong han|thu hoi/.test(f)) return 'dissolved';
  if (/tam ngung|tam dung|ngung/.test(f)) return 'paused';
  if (/hoat dong|dang hd|binh thuong/.test(f)) return 'active';
  return undefined;
}

export function genderFromText(text: string): Gender | undefined {
  const f = foldText(text);
  if (f === 'nam' || f === 'm' || f === 'male') return 'nam';
  if (f === 'nu' || f === 'f' || f === 'female') return 'nu';
  return undefined;
}

// ---------------------------------------------------------------- localities

class LocalityIndex {
  private provinces = new Map<string, string>();
  private communes = new Map<string, string[]>();
  private communesInProvince = new Map<string, string>();
  private communeNames = new Map<string, string>();
  /** localityKey of names met in the file: a few hundred communes repeat over 100,000 rows. */
  private keys = new Map<string, string>();

  constructor(data: LocalityLookup) {
    for (const p of data.provinces) {
      this.provinces.set(localityKey(p.name), p.code);
      for (const f of p.formerNames ?? []) if (!this.provinces.has(localityKey(f))) this.provinces.set(localityKey(f), p.code);
    }
    for (const c of data.communes) {
      const k = localityKey(c.name);
      const list = this.communes.get(k) ?? [];
      list.push(c.code);
      this.communes.set(k, list);
      this.communesInProvince.set(`${c.provinceCode}|${k}`, c.code);
      this.communeNames.set(c.code, c.name);
    }
  }

  communeName(code: string | undefined): string | undefined {
    return code ? this.communeNames.get(code) : undefined;
  }

  /** localityKey(name), remembered. */
  key(name: string): string {
    let k: string | undefined = this.keys.get(name);
    if (k === undefined) {
      if (this.keys.size >= 50_000) this.keys.clear();
      this.keys.set(name, (k = localityKey(name)));
    }
    return k;
  }

  province(name: string): string | undefined {
    return this.provinces.get(this.key(name));
  }

  commune(name: string, provinceCode: string | undefined): string | undefined {
    const k = this.key(name);
    if (provinceCode) return this.communesInProvince.get(`${provinceCode}|${k}`);
    const list = this.communes.get(k);
    return list && list.length === 1 ? list[0] : undefined;
  }

  get hasCommunes(): boolean {
    return this.communes.size > 0;
  }
}

// ---------------------------------------------------------------- cell parsing

/**
 * `moneyScale`: đồng per unit of the column (1,000,000 for "triệu đồng"); applied before rounding to đồng.
 * `thisYear`: the current year, read once per plan rather than once per cell.
 */
function parseField(def: FieldDef, cell: RawCell | undefined, moneyScale = 1, thisYear = new Date().getFullYear()): Parsed<string | number> {
  switch (def.kind) {
    case 'stt': return { ok: true, value: undefined };
    case 'name': case 'text': case 'province': case 'commune':
      return parseText(cell, def.kind === 'name' ? LIMITS.nameLength : LIMITS.textLength);
    case 'taxCode': return parseCode(cell, 'taxCode');
    case 'phone': return parseCode(cell, 'phone');
    case 'date': {
      // A founding date may be only a year ("Năm thành lập: 2005"): kept as "2005", never padded to 01/01.
      if (def.key === 'foundedDate') return parseDateOrYear(cell, thisYear);
      const y = typeof cell === 'number' && Number.isInteger(cell) && cell >= 1900 && cell <= 2100 ? cell
        : typeof cell === 'string' && /^\s*\d{4}\s*$/.test(cell) ? Number(cell) : undefined;
      if (y !== undefined) return { ok: true, value: `${y}-01-01`, note: `Chỉ có năm ${y}: lưu là ngày 01/01/${y}` };
      return parseDate(cell);
    }
    case 'year': return parseYear(cell);
    case 'integer': return parseInteger(cell);
    case 'money': case 'number': {
      const r = parseNumber(cell);
      // r is a fresh result: its value is scaled in place rather than copied.
      if (r.ok && r.value !== undefined && def.kind === 'money') r.value = Math.round(r.value * moneyScale);
      return r;
    }
    case 'flag': return parseFlag(cell);
    case 'unitKind': {
      const t = cellText(cell);
      if (!t) return { ok: true, value: undefined };
      const k = unitKindFromText(t);
      return k ? { ok: true, value: k } : { ok: false, message: `Không rõ loại hình "${t}" (HTX, THT, Liên hiệp HTX, QTDND)` };
    }
    case 'sector': {
      const t = cellText(cell);
      if (!t) return { ok: true, value: undefined };
      const s = sectorFromText(t);
      return s ? { ok: true, value: s } : { ok: true, value: 'khac', note: `Ngành "${t}" không thuộc nhóm nào, xếp vào "Khác"` };
    }
    case 'status': {
      const t = cellText(cell);
      if (!t) return { ok: true, value: undefined };
      const s = statusFromText(t);
      return s ? { ok: true, value: s } : { ok: false, message: `Không rõ tình trạng "${t}" (đang hoạt động, tạm ngừng, giải thể)` };
    }
    case 'gender': {
      const t = cellText(cell);
      if (!t) return { ok: true, value: undefined };
      const g = genderFromText(t);
      return g ? { ok: true, value: g } : { ok: false, message: `Giới tính "${t}" phải là Nam hoặc Nữ` };
    }
  }
}

/** No quick value: the cell goes through parseField. */
const SLOW = Symbol('slow');

/**
 * The value of the commonest cells (text in a text column, a number in a number column) without a
 * Parsed result per cell: exactly what parseField would give, or SLOW whenever it might give an
 * error or a note.
 */
function quickValue(def: FieldDef, cell: RawCell | undefined, moneyScale: number): string | number | typeof SLOW {
  switch (def.kind) {
    case 'name': case 'text': case 'province': case 'commune': {
      if (typeof cell !== 'string') return SLOW;
      const t = cellText(cell);
      return t !== '' && t.length <= (def.kind === 'name' ? LIMITS.nameLength : LIMITS.textLength) ? t : SLOW;
    }
    case 'integer': return typeof cell === 'number' && Number.isInteger(cell) && cell >= 0 ? cell : SLOW;
    case 'money': return typeof cell === 'number' && Number.isFinite(cell) ? Math.round(cell * moneyScale) : SLOW;
    case 'number': return typeof cell === 'number' && Number.isFinite(cell) ? cell : SLOW;
    default: return SLOW;
  }
}

function emptyCounts(): PlanCounts {
  return { total: 0, new: 0, update: 0, duplicate: 0, error: 0, skipped: 0, dropped: 0, hidden: 0, ask: 0 };
}

export function countRows(rows: readonly PlannedRow[], dropped: number): PlanCounts {
  const c = emptyCounts();
  for (const r of rows) {
    c[r.status]++;
    if (r.question?.kind === 'unknown') c.ask++;
  }
  c.total = rows.length;
  c.dropped = dropped;
  return c;
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = m.get(k);
    if (list) list.push(it);
    else m.set(k, [it]);
  }
  return m;
}

/** Build the import plan. Runs over every row once; cost is linear in cells. */
export function buildPlan(input: PlanInput, onProgress?: (done: number, total: number) => void): ImportPlan {
  const defs = fieldsOf(input.target);
  const defByKey = new Map(defs.map((d) => [d.key, d]));
  const mapped: Array<{ col: number; def: FieldDef }> = [];
  input.mapping.forEach((key, col) => {
    const def = key ? defByKey.get(key) : undefined;
    if (def && def.kind !== 'stt') mapped.push({ col, def });
  });
  const sttCol = input.mapping.indexOf('stt');
  const nameCol = input.mapping.indexOf(input.target === 'units' ? 'name' : 'recipientName');
  const localities = new LocalityIndex(input.localities);
  const rows: PlannedRow[] = [];
  const dropped: DroppedRow[] = [];
  const notes: RowIssue[] = [];
  const total = input.sheets.reduce((n, s) => n + Math.max(0, s.rows.length - s.layout.dataStart), 0);
  let done = 0;
  let hiddenCount = 0;
  const scaledNoted = new Set<number>();
  const thisYear = new Date().getFullYear();
  const requiredDefs = defs.filter((d) => d.required);
  // Rows with a cell corrected inline (edit keys are `${sheetIndex}:${row}:${col}`): other rows are used as read.
  const editedRows = new Set<string>();
  for (const k of input.edits?.keys() ?? []) editedRows.add(k.slice(0, k.lastIndexOf(':')));

  for (const sheet of input.sheets) {
    const headerNames = sheet.layout.names;
    // Indicator columns naming a year ("Doanh thu 2023") hold that year's value whatever the row's year.
    const yearOfCol = headerNames.map((h, col) => indicatorYear(defByKey.get(input.mapping[col] ?? ''), h));
    // What each mapped column needs per cell, worked out once per sheet.
    const columns = mapped.map(({ col, def }) => ({
      col, def,
      column: headerNames[col] || def.label,
      scale: def.kind === 'money' ? input.moneyScales?.[col] ?? 1 : 1,
      valueKey: yearOfCol[col] !== undefined ? yearlyKey(def.key, yearOfCol[col]!) : def.key,
    }));
    const kindContext: RowKindContext = { headerNames, sttCol, nameCol, inSignature: false };
    for (let r = sheet.layout.dataStart; r < sheet.rows.length; r++) {
      done++;
      if (onProgress && done % 5000 === 0) onProgress(done, total);
      const key = `${sheet.index}:${r}`;
      let raw = sheet.rows[r] ?? [];
      if (input.edits?.size && editedRows.has(key)) {
        const edited = [...raw];
        let changed = false;
        for (const { col } of mapped) {
          const e = input.edits.get(`${key}:${col}`);
          if (e !== undefined) {
            edited[col] = e;
            changed = true;
          }
        }
        if (changed) raw = edited;
      }
      const kind = classifyRow(raw, kindContext);
      if (kind !== 'data') {
        if (kind === 'signature') kindContext.inSignature = true;
        if (kind !== 'empty') dropped.push({ sheet: sheet.name, row: r, kind, text: raw.map(cellText).filter(Boolean).join(' | ').slice(0, 200) });
        continue;
      }
      const values: RowValues = {};
      const issues: RowIssue[] = [];
      for (const { col, def, column, scale, valueKey } of columns) {
        const cell = raw[col];
        if (isBlank(cell ?? null)) continue;
        let value: string | number | undefined;
        let note: string | undefined;
        const quick = quickValue(def, cell, scale);
        if (quick !== SLOW) value = quick;
        else {
          const p = parseField(def, cell, scale, thisYear);
          if (!p.ok) {
            issues.push({ sheet: sheet.name, row: r, col, column, field: def.key, severity: 'error', message: p.message });
            continue;
          }
          value = p.value;
          note = p.note;
        }
        if (value !== undefined) values[valueKey] = value;
        if (scale !== 1 && value !== undefined && !scaledNoted.has(col)) {
          scaledNoted.add(col);
          notes.push({ sheet: sheet.name, row: r, col, column, field: def.key, severity: 'warning', message: `Cột tính bằng ${MONEY_SCALE_LABEL[scale as MoneyScale] ?? formatNumber(scale) + ' đồng'}: mọi giá trị được nhân ${formatNumber(scale)} để lưu bằng đồng` });
        }
        if (note) notes.push({ sheet: sheet.name, row: r, col, column, field: def.key, severity: 'warning', message: note });
      }
      for (const def of requiredDefs) {
        if (values[def.key] === undefined && !issues.some((i) => i.field === def.key)) {
          const col = input.mapping.indexOf(def.key);
          issues.push({
            sheet: sheet.name, row: r, col: col >= 0 ? col : undefined, column: col >= 0 ? headerNames[col] : undefined, field: def.key, severity: 'error',
            message: col >= 0 ? `Thiếu ${def.label.toLowerCase()}` : `Chưa chọn cột nào cho "${def.label}" ở bước ghép cột`,
          });
        }
      }
      const planned: PlannedRow = { key, sheetIndex: sheet.index, sheet: sheet.name, row: r, status: 'new', values, issues };
      const hidden = !!sheet.hiddenRows?.has(r);
      if (hidden) {
        hiddenCount++;
        issues.push({ sheet: sheet.name, row: r, severity: 'warning', message: input.includeHidden ? 'Dòng bị ẩn trong tệp (vẫn nhập)' : 'Dòng bị ẩn trong tệp: bỏ qua' });
      }
      if ((hidden && !input.includeHidden) !== !!input.skippedRows?.has(key)) planned.status = 'skipped';
      rows.push(planned);
    }
  }

  const awardNames: AwardNameMatch[] = [];
  if (input.target === 'units') matchUnits(rows, input, localities, notes);
  else matchAwards(rows, input, awardNames, localities);
  for (const row of rows) {
    if (row.status === 'skipped') continue;
    if (row.issues.some((i) => i.severity === 'error')) row.status = 'error';
  }
  onProgress?.(total, total);
  const yearConflict = input.target === 'units' ? yearConflictOf(rows, input) : undefined;
  return { target: input.target, rows, dropped, counts: { ...countRows(rows, dropped.length), hidden: hiddenCount }, notes, awardNames, ...(yearConflict ? { yearConflict } : {}) };
}

const UNIT_INDICATOR_KEYS: ReadonlySet<string> = new Set(fieldsOf('units').filter((f) => f.indicator).map((f) => f.key));

/** A unit met in the file: its first row, what identifies it, and its rows by indicator year. */
interface FileUnit {
  first: PlannedRow;
  /** Worked out only when another row or a stored unit shares the name: most names are unique. */
  evidence: () => UnitEvidence;
  years: Map<number | '', PlannedRow>;
}

function rowLabel(row: PlannedRow): string {
  return `dòng ${row.row + 1} (trang "${row.sheet}")`;
}

function storedLabel(u: ExistingUnitKey, localities: LocalityIndex): string {
  const where = [localities.communeName(u.communeCode), u.legacyDistrict, u.address].filter(Boolean).join(', ');
  return `Đơn vị đã có: ${u.name}${where ? ` (${where})` : ' (chưa ghi địa bàn)'}`;
}

/** Values derived from others (codes, kind, membership), not typed in the row. */
const DERIVED_VALUES: ReadonlySet<string> = new Set(['provinceCode', 'communeCode', 'kind', 'member', 'year']);

/** Fields both rows give, with different values: what keeping only the earlier row would lose. */
function differingFields(a: RowValues, b: RowValues): string[] {
  const out: string[] = [];
  for (const k of Object.keys(a)) if (!DERIVED_VALUES.has(k) && b[k] !== undefined && a[k] !== undefined && a[k] !== b[k]) out.push(k);
  return out;
}

function matchUnits(rows: PlannedRow[], input: PlanInput, localities: LocalityIndex, notes: RowIssue[]): void {
  const byTax = new Map<string, ExistingUnitKey>();
  for (const u of input.existing.units) if (u.taxCode) byTax.set(u.taxCode, u);
  const storedByName = groupBy(input.existing.units, (u) => u.nameKey);
  const storedEvidence = new Map<string, UnitEvidence>();
  const evidenceOfStored = (u: ExistingUnitKey): UnitEvidence => {
    let ev = storedEvidence.get(u.id);
    if (!ev) {
      ev = unitEvidence({ ...u, communeName: localities.communeName(u.communeCode) });
      storedEvidence.set(u.id, ev);
    }
    return ev;
  };
  const hasIndicators = rows.some((r) => Object.keys(r.values).some((k) => UNIT_INDICATOR_KEYS.has(k.split('@')[0]!)));
  const fileUnitsByName = new Map<string, FileUnit[]>();
  const fileUnitsByTax = new Map<string, FileUnit>();
  const fileUnitOf = new Map<string, FileUnit>();
  const yearOf = (values: RowValues) => (typeof values.year === 'number' ? values.year : undefined);
  /** Message per commune name not found: a file repeats a few hundred communes over its rows. */
  const communeMessages = new Map<string, string>();
  const choices = input.identityChoices;

  /** The user's answer when it is one of the options, else the default. */
  const decide = (row: PlannedRow, q: Omit<IdentityQuestion, 'chosen' | 'byUser'>, fallback: IdentityChoice): IdentityQuestion => {
    const mine = choices?.get(row.key);
    const byUser = !!mine && q.options.some((o) => o.value === mine);
    return { ...q, chosen: byUser ? mine! : fallback, byUser };
  };

  for (const row of rows) {
    const v = row.values;
    // Localities: names in the file -> codes of the current list; unresolved communes stay readable in the address.
    const provinceName = typeof v.province === 'string' ? v.province : undefined;
    const statedProvince = provinceName ? localities.province(provinceName) : undefined;
    let provinceCode = statedProvince ?? input.defaultProvinceCode;
    if (provinceName && !statedProvince) {
      row.issues.push({ sheet: row.sheet, row: row.row, field: 'province', severity: 'warning', message: `Không tìm thấy tỉnh/thành phố "${provinceName}" trong danh mục` });
      provinceCode = input.defaultProvinceCode;
    }
    if (provinceCode) v.provinceCode = provinceCode;
    if (typeof v.commune === 'string') {
      const code = localities.commune(v.commune, provinceCode);
      if (code) v.communeCode = code;
      else if (localities.hasCommunes) {
        let message = communeMessages.get(v.commune);
        if (message === undefined) communeMessages.set(v.commune, (message = `Không tìm thấy xã/phường "${v.commune}" trong danh mục hiện hành; giữ tên trong địa chỉ`));
        notes.push({ sheet: row.sheet, row: row.row, field: 'commune', severity: 'warning', message });
      }
    }
    const statedKind = typeof v.kind === 'string' ? (v.kind as UnitKind) : undefined;
    if (v.kind === undefined && typeof v.name === 'string') v.kind = unitKindFromText(v.name) ?? 'htx';
    if (v.member === undefined && typeof v.memberSince === 'number') v.member = 1;
    if (hasIndicators && v.year === undefined && input.defaultYear) v.year = input.defaultYear;
    if (row.status === 'skipped' || row.issues.some((i) => i.severity === 'error')) continue;
    for (const e of validateIndicators(v, input.today)) addFieldError(row, input, e.field, e.message);

    const name = typeof v.name === 'string' ? v.name : '';
    const taxCode = typeof v.taxCode === 'string' ? v.taxCode : undefined;
    const nk = nameKey(name);
    let known: UnitEvidence | undefined;
    const evidence = (): UnitEvidence => (known ??= unitEvidence({
      name, taxCode, kind: statedKind, provinceCode: statedProvince,
      communeName: typeof v.commune === 'string' ? v.commune : undefined,
      legacyDistrict: typeof v.legacyDistrict === 'string' ? v.legacyDistrict : undefined,
      address: typeof v.address === 'string' ? v.address : undefined,
      foundedDate: typeof v.foundedDate === 'string' ? v.foundedDate : undefined,
    }));
    const year = yearOf(v);

    // 1. A unit met earlier in the file?
    let unit: FileUnit | undefined = taxCode ? fileUnitsByTax.get(taxCode) : undefined;
    let question: IdentityQuestion | undefined;
    let verdict: IdentityComparison | undefined = unit ? { verdict: 'same', reason: 'cùng mã số thuế' } : undefined;
    const sameName = fileUnitsByName.get(nk) ?? [];
    if (!unit) {
      const unknown: Array<[FileUnit, IdentityComparison]> = [];
      for (const u of sameName) {
        const c = compareUnits(evidence(), u.evidence());
        if (c.verdict === 'same') {
          unit = u;
          verdict = c;
          break;
        }
        if (c.verdict === 'unknown') unknown.push([u, c]);
      }
      if (!unit && unknown.length) {
        question = decide(row, {
          kind: 'unknown',
          reason: `Chưa rõ có phải cùng đơn vị với ${unknown.map(([u]) => rowLabel(u.first)).join(', ')}: ${unknown[0]![1].reason}`,
          options: [
            { value: 'new', label: 'Đơn vị khác (giữ cả hai)' },
            ...unknown.map(([u]) => ({ value: `row:${u.first.key}` as IdentityChoice, label: `Cùng đơn vị với ${rowLabel(u.first)}` })),
          ],
        }, input.identityDefault === 'same' ? `row:${unknown[0]![0].first.key}` : 'new');
        if (question.chosen !== 'new') unit = fileUnitOf.get(question.chosen.slice(4));
      }
    }
    if (unit) {
      const yearKey = year ?? '';
      const earlier = unit.years.get(yearKey);
      if (!hasIndicators || year === undefined || earlier) {
        const other = earlier ?? unit.first;
        if (!question) {
          // The evidence says same unit and year: the earlier row stands unless the user keeps this one.
          const differs = differingFields(v, other.values);
          question = decide(row, {
            kind: 'repeat',
            reason: `Trùng với ${rowLabel(other)} (${verdict?.reason ?? 'cùng đơn vị'}${hasIndicators && year !== undefined ? `, cùng năm ${year}` : ''})${differs.length ? `; số liệu khác ở: ${differs.map((k) => fieldLabel(k)).join(', ')}` : ''}`,
            options: [
              { value: `row:${other.key}`, label: `Bỏ dòng này, giữ ${rowLabel(other)}` },
              { value: 'new', label: 'Đơn vị khác (giữ cả hai)' },
            ],
          }, `row:${other.key}`);
        }
        if (question.chosen !== 'new') {
          row.status = 'duplicate';
          row.duplicateOf = other.key;
          row.question = question;
          row.issues.push({ sheet: row.sheet, row: row.row, severity: 'warning', message: `Trùng với dòng ${other.row + 1} của trang tính "${other.sheet}" trong cùng tệp` });
          continue;
        }
        unit = undefined;
      } else {
        // Another year of the same unit: shares the unit with the first row.
        unit.years.set(yearKey, row);
        row.status = unit.first.status === 'update' ? 'update' : 'new';
        row.matchId = unit.first.matchId;
        row.matchedBy = unit.first.matchedBy;
        row.unitRef = unit.first.unitRef;
        if (question) row.question = question;
        continue;
      }
    }

    // 2. A new unit of the file: is it a stored one?
    const fileUnit: FileUnit = { first: row, evidence, years: new Map() };
    if (year !== undefined) fileUnit.years.set(year, row);
    else fileUnit.years.set('', row);
    sameName.push(fileUnit);
    fileUnitsByName.set(nk, sameName);
    if (taxCode && !fileUnitsByTax.has(taxCode)) fileUnitsByTax.set(taxCode, fileUnit);
    fileUnitOf.set(row.key, fileUnit);

    let matchId: string | undefined;
    const taxMatch = taxCode ? byTax.get(taxCode) : undefined;
    if (taxMatch) {
      matchId = taxMatch.id;
      row.matchedBy = 'taxCode';
    } else {
      const same: ExistingUnitKey[] = [];
      const unknown: Array<[ExistingUnitKey, IdentityComparison]> = [];
      for (const u of storedByName.get(nk) ?? []) {
        const c = compareUnits(evidence(), evidenceOfStored(u));
        if (c.verdict === 'same') same.push(u);
        else if (c.verdict === 'unknown') unknown.push([u, c]);
      }
      if (same.length === 1) {
        matchId = same[0]!.id;
        row.matchedBy = 'name';
      } else if (same.length > 1 || unknown.length) {
        const candidates = same.length > 1 ? same : unknown.map(([u]) => u);
        const stored = decide(row, {
          kind: 'unknown',
          reason: same.length > 1
            ? `Có ${same.length} đơn vị cùng tên, cùng địa bàn trong danh bạ: chọn đơn vị cần cập nhật hoặc thêm mới`
            : `Chưa rõ có phải đơn vị đã có trong danh bạ: ${unknown[0]![1].reason}`,
          options: [
            { value: 'new', label: 'Đơn vị mới (giữ cả hai)' },
            ...candidates.map((u) => ({ value: `unit:${u.id}` as IdentityChoice, label: storedLabel(u, localities) })),
          ],
        }, input.identityDefault === 'same' ? `unit:${candidates[0]!.id}` : 'new');
        // A row may have been asked about an earlier row of the file already (answered "another unit"): both options lists join.
        question = question
          ? { ...stored, reason: `${question.reason}. ${stored.reason}`, options: [...question.options, ...stored.options.slice(1)], chosen: stored.byUser ? stored.chosen : question.chosen, byUser: stored.byUser || question.byUser }
          : stored;
        if (stored.chosen.startsWith('unit:')) {
          matchId = stored.chosen.slice(5);
          row.matchedBy = 'choice';
        }
      }
    }
    if (question) row.question = question;
    if (matchId) {
      row.status = 'update';
      row.matchId = matchId;
      row.unitRef = matchId;
    } else {
      row.status = 'new';
      row.unitRef = `new:${row.key}`;
      for (const e of validateNewUnit(v, input.today)) addFieldError(row, input, e.field, e.message);
    }
  }
}

function fieldLabel(key: string): string {
  const [field, year] = key.split('@');
  const label = UNIT_FIELD_LABEL.get(field!) ?? field!;
  return year ? `${label} ${year}` : label;
}

const UNIT_FIELD_LABEL = new Map(fieldsOf('units').map((f) => [f.key, f.label.toLowerCase()]));

function addFieldError(row: PlannedRow, input: PlanInput, field: string, message: string): void {
  const col = input.mapping.indexOf(field);
  const layout = input.sheets.find((s) => s.index === row.sheetIndex)?.layout;
  row.issues.push({
    sheet: row.sheet, row: row.row, field, severity: 'error', message,
    ...(col >= 0 ? { col, column: layout?.names[col] } : {}),
  });
}

const UNIT_NAME = /^(htx|hop tac xa|to hop tac|tht|lien hiep|quy tin dung|qtdnd|cong ty|doanh nghiep|ban |phong |chi bo|cong doan|lien minh|tap the)/;

/** "Nguyễn Thị Hoa": two to five capitalised words, no digits, no unit word (checked before). */
export function looksLikePersonName(name: string): boolean {
  const words = cleanText(name).split(' ');
  return words.length >= 2 && words.length <= 5 && words.every((w) => /^\p{Lu}\p{Ll}*$/u.test(w));
}

/** Place each row's award name on a catalogue entry (the user's choice first), listing distinct names. */
function placeAwardNames(row: PlannedRow, kind: RecipientKind, matcher: CatalogMatcher, input: PlanInput, names: Map<string, AwardNameMatch>): void {
  const v = row.values;
  const awardName = String(v.awardName ?? '');
  const key = awardNameChoiceKey(kind, awardName);
  let match = names.get(key);
  if (!match) {
    const { entry, by } = placeAwardName(matcher, input.awardChoices ?? new Map(), awardName, kind, typeof v.issuingBody === 'string' ? v.issuingBody : undefined);
    match = { key, awardName, recipientKind: kind, rows: 0, by, ...(entry ? { code: entry.code } : {}) };
    names.set(key, match);
  }
  match.rows++;
  const entry = match.code ? matcher.entry(match.code) : undefined;
  v.catalogCode = entry?.code ?? '';
  v.commendationType = commendationTypeOf(awardName, entry);
  if (!entry) {
    row.issues.push({
      sheet: row.sheet, row: row.row, field: 'awardName', severity: 'warning',
      message: `Chưa khớp mục nào của danh mục khen thưởng: vẫn lưu vào lịch sử nhưng không được tính khi xét điều kiện`,
    });
  }
}

function matchAwards(rows: PlannedRow[], input: PlanInput, awardNames: AwardNameMatch[], localities: LocalityIndex): void {
  const matcher = new CatalogMatcher(input.catalog ?? []);
  const names = new Map<string, AwardNameMatch>();
  const byTax = new Map<string, string>();
  for (const u of input.existing.units) if (u.taxCode) byTax.set(u.taxCode, u.id);
  const unitsByName = groupBy(input.existing.units, (u) => u.nameKey);
  const peopleByName = groupBy(input.existing.people, (p) => p.nameKey);
  const awardKeys = new Set(input.existing.awardKeys);
  const seen = new Map<string, PlannedRow>();
  /** People created by this file, so two awards of one new person share the person. */
  const newPeople = new Map<string, string>();

  for (const row of rows) {
    const v = row.values;
    if (v.year === undefined && typeof v.decisionDate === 'string') v.year = Number(v.decisionDate.slice(0, 4));
    if (v.year === undefined && !row.issues.some((i) => i.field === 'year')) {
      row.issues.push({ sheet: row.sheet, row: row.row, field: 'year', severity: 'error', message: 'Thiếu năm khen thưởng (không có cột năm hoặc ngày quyết định)' });
    }
    if (typeof v.birthYearMale === 'number') {
      v.birthYear = v.birthYearMale;
      v.gender ??= 'nam';
    } else if (typeof v.birthYearFemale === 'number') {
      v.birthYear = v.birthYearFemale;
      v.gender ??= 'nu';
    }
    if (row.status === 'skipped' || row.issues.some((i) => i.severity === 'error')) continue;
    const name = String(v.recipientName ?? '');
    const kindText = typeof v.recipientKind === 'string' ? foldText(v.recipientKind) : '';
    let kind: RecipientKind;
    if (/ca nhan/.test(kindText)) kind = 'person';
    else if (/tap the|don vi/.test(kindText)) kind = 'unit';
    else if (UNIT_NAME.test(foldText(name)) || v.taxCode !== undefined) kind = 'unit';
    else if (v.gender !== undefined || v.birthYear !== undefined || v.position !== undefined || looksLikePersonName(name)) kind = 'person';
    else kind = input.defaultRecipientKind ?? 'unit';
    row.recipientKind = kind;
    placeAwardNames(row, kind, matcher, input, names);

    /**
     * The stored unit a name means. Same-name units (generic THT names repeat in every commune) are
     * told apart by the row's commune, former district and address, as the registry import does.
     */
    const findUnit = (unitName: string | undefined, taxCode: string | undefined): { id?: string; candidates?: ExistingUnitKey[] } => {
      if (taxCode && byTax.has(taxCode)) return { id: byTax.get(taxCode) };
      if (!unitName) return {};
      const list = unitsByName.get(nameKey(unitName)) ?? [];
      if (list.length <= 1) return { id: list[0]?.id };
      const ev = unitEvidence({
        name: unitName,
        communeName: typeof v.commune === 'string' ? v.commune : undefined,
        legacyDistrict: typeof v.legacyDistrict === 'string' ? v.legacyDistrict : undefined,
        address: typeof v.address === 'string' ? v.address : undefined,
      });
      const same: ExistingUnitKey[] = [];
      const open: ExistingUnitKey[] = [];
      for (const u of list) {
        const c = compareUnits(ev, unitEvidence({ ...u, communeName: localities.communeName(u.communeCode) })).verdict;
        if (c === 'same') same.push(u);
        else if (c === 'unknown') open.push(u);
      }
      const left = same.length ? same : open;
      if (left.length === 1) return { id: left[0]!.id };
      const chosen = input.identityChoices?.get(row.key);
      const picked = chosen?.startsWith('unit:') ? left.find((u) => `unit:${u.id}` === chosen) : undefined;
      return picked ? { id: picked.id } : { candidates: left };
    };
    /** Same-name units the row cannot be placed on by itself: the user picks one. */
    const askWhichUnit = (unitName: string, candidates: ExistingUnitKey[]): void => {
      const chosen = input.identityChoices?.get(row.key);
      row.question = {
        kind: 'unknown',
        reason: `Có ${candidates.length} đơn vị tên "${unitName}" trong danh bạ: chọn đúng đơn vị (hoặc thêm cột xã/phường, địa chỉ, mã số thuế vào tệp)`,
        options: [{ value: 'new', label: 'Chưa chọn (dòng chưa được ghi)' }, ...candidates.map((u) => ({ value: `unit:${u.id}` as IdentityChoice, label: storedLabel(u, localities) }))],
        chosen: chosen && candidates.some((u) => `unit:${u.id}` === chosen) ? chosen : 'new',
        byUser: !!chosen,
      };
    };

    let recipientId: string;
    if (kind === 'unit') {
      const found = findUnit(name, typeof v.taxCode === 'string' ? v.taxCode : undefined);
      if (found.candidates) {
        askWhichUnit(name, found.candidates);
        row.issues.push({ sheet: row.sheet, row: row.row, severity: 'error', message: `Có ${found.candidates.length} đơn vị tên "${name}" trong danh bạ: chọn đơn vị ở cột "Kết quả"` });
        continue;
      }
      const unit = found.id;
      if (!unit) {
        row.issues.push({ sheet: row.sheet, row: row.row, severity: 'error', message: `Chưa có đơn vị "${name}" trong danh bạ; hãy nhập danh sách đơn vị trước` });
        continue;
      }
      if (input.identityChoices?.has(row.key)) row.matchedBy = 'choice';
      recipientId = unit;
      row.unitId = unit;
      row.matchId = unit;
    } else {
      const unitName = typeof v.unitName === 'string' ? v.unitName : undefined;
      const unitId = findUnit(unitName, typeof v.taxCode === 'string' ? v.taxCode : undefined).id;
      if (unitId) row.unitId = unitId;
      const nk = nameKey(name);
      const birthYear = typeof v.birthYear === 'number' ? v.birthYear : undefined;
      const candidates = (peopleByName.get(nk) ?? []).filter((p) => (!unitId || !p.unitId || p.unitId === unitId) && (!birthYear || !p.birthYear || p.birthYear === birthYear));
      const personKey = `${nk}|${unitId ?? unitName ?? ''}|${birthYear ?? ''}`;
      if (candidates.length === 1) {
        row.personId = candidates[0]!.id;
        row.matchId = row.personId;
      } else if (candidates.length > 1) {
        row.issues.push({ sheet: row.sheet, row: row.row, severity: 'error', message: `Có ${candidates.length} người tên "${name}"; hãy thêm năm sinh hoặc đơn vị để phân biệt` });
        continue;
      } else {
        if (v.gender === undefined) {
          row.issues.push({ sheet: row.sheet, row: row.row, field: 'gender', severity: 'warning', message: `Chưa rõ giới tính của "${name}": tạm ghi là Nam, hãy sửa ở hồ sơ cá nhân nếu cần` });
        }
        const planned = newPeople.get(personKey);
        row.personId = planned ?? `new:${row.key}`;
        if (!planned) newPeople.set(personKey, row.personId);
      }
      recipientId = row.personId;
    }
    const awardKey = `${recipientId}|${v.year}|${nameKey(String(v.awardName ?? ''))}|${cleanText(String(v.decisionNumber ?? ''))}`;
    if (awardKeys.has(awardKey)) {
      row.status = 'duplicate';
      row.issues.push({ sheet: row.sheet, row: row.row, severity: 'warning', message: 'Khen thưởng này đã có trong dữ liệu (cùng người nhận, năm, danh hiệu và số quyết định)' });
      continue;
    }
    const first = seen.get(awardKey);
    if (first) {
      row.status = 'duplicate';
      row.duplicateOf = first.key;
      row.issues.push({ sheet: row.sheet, row: row.row, severity: 'warning', message: `Trùng với dòng ${first.row + 1} của trang tính "${first.sheet}" trong cùng tệp` });
      continue;
    }
    seen.set(awardKey, row);
    row.status = 'new';
  }
  awardNames.push(...names.values());
}

/** Stored award identity, the same key the plan compares against. */
export function awardKey(recipientId: string, year: number, awardName: string, decisionNumber: string | undefined): string {
  return `${recipientId}|${year}|${nameKey(awardName)}|${cleanText(decisionNumber ?? '')}`;
}
