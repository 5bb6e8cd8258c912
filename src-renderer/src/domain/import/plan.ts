/**
 * From mapped sheet rows to an import plan: every row cleaned, validated and matched against
 * stored records (new / update / duplicate / error), with dropped rows listed.
 * Pure: the worker feeds it rows, an index of stored records and today's date.
 * Shapes in planTypes.ts; cells parsed by parseField.ts; rows matched by unitMatch.ts / awardMatch.ts.
 */
import { fieldsOf, indicatorYear, yearlyKey, type FieldDef } from './fields';
import { MONEY_SCALE_LABEL, type MoneyScale } from './moneyUnit';
import { formatNumber } from '../text/format';
import { classifyRow, type RowKindContext } from './row-kinds';
import type { RowIssue } from './types';
import { cellText, isBlank } from './values';
import { LocalityIndex } from './localityIndex';
import { parseField, quickValue, SLOW } from './parseField';
import { matchUnits } from './unitMatch';
import { matchAwards } from './awardMatch';
import { matchNominations } from './nominationMatch';
import { matchPeople } from './personMatch';
import { matchInitiatives } from './initiativeMatch';
import { matchRatings } from './ratingMatch';
import type { AwardNameMatch, DroppedRow, ImportPlan, PlanCounts, PlanInput, PlannedRow, RowValues, YearConflict } from './planTypes';

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
  const nameCol = input.mapping.indexOf(input.target === 'units' ? 'name' : input.target === 'initiatives' ? 'title' : 'recipientName');
  const localities = new LocalityIndex(input.localities);
  const rows: PlannedRow[] = [];
  const dropped: DroppedRow[] = [];
  const notes: RowIssue[] = [];
  const total = input.sheets.reduce((n, s) => n + Math.max(0, s.rows.length - s.layout.dataStart), 0);
  let done = 0;
  let hiddenCount = 0;
  const scaledNoted = new Set<number>();
  const thisYear = Number(input.today.slice(0, 4));
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
      col,
      def,
      column: headerNames[col] || def.label,
      scale: def.kind === 'money' ? (input.moneyScales?.[col] ?? 1) : 1,
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
        let cell = raw[col];
        if (isBlank(cell ?? null)) continue;
        // A code another sheet of the workbook explains (DANHMUC: "Mã số | Hình thức khen thưởng") is read as its name.
        const lookup = input.codeLookups?.get(col);
        if (lookup) {
          const name = lookup.get(cellText(cell ?? null).trim());
          if (name !== undefined) cell = name;
        }
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
          notes.push({
            sheet: sheet.name,
            row: r,
            col,
            column,
            field: def.key,
            severity: 'warning',
            message: `Cột tính bằng ${MONEY_SCALE_LABEL[scale as MoneyScale] ?? formatNumber(scale) + ' đồng'}: mọi giá trị được nhân ${formatNumber(scale)} để lưu bằng đồng`,
          });
        }
        if (note) notes.push({ sheet: sheet.name, row: r, col, column, field: def.key, severity: 'warning', message: note });
      }
      for (const def of requiredDefs) {
        if (values[def.key] === undefined && !issues.some((i) => i.field === def.key)) {
          const col = input.mapping.indexOf(def.key);
          issues.push({
            sheet: sheet.name,
            row: r,
            col: col >= 0 ? col : undefined,
            column: col >= 0 ? headerNames[col] : undefined,
            field: def.key,
            severity: 'error',
            message: col >= 0 ? `Thiếu ${def.label.toLowerCase()}` : `Chưa chọn cột nào cho "${def.label}" ở bước ghép cột`,
          });
        }
      }
      const planned: PlannedRow = { key, sheetIndex: sheet.index, sheet: sheet.name, row: r, status: 'new', values, issues };
      const hidden = !!sheet.hiddenRows?.has(r);
      if (hidden) {
        hiddenCount++;
        issues.push({
          sheet: sheet.name,
          row: r,
          severity: 'warning',
          message: input.includeHidden ? 'Dòng bị ẩn trong tệp (vẫn nhập)' : 'Dòng bị ẩn trong tệp: bỏ qua',
        });
      }
      if ((hidden && !input.includeHidden) !== !!input.skippedRows?.has(key)) planned.status = 'skipped';
      rows.push(planned);
    }
  }

  const awardNames: AwardNameMatch[] = [];
  if (input.target === 'units') matchUnits(rows, input, localities, notes);
  else if (input.target === 'awards') matchAwards(rows, input, awardNames, localities);
  else if (input.target === 'nominations') matchNominations(rows, input, awardNames, localities);
  else if (input.target === 'people') matchPeople(rows, input, localities);
  else if (input.target === 'initiatives') matchInitiatives(rows, input, localities);
  else matchRatings(rows, input, localities);
  for (const row of rows) {
    if (row.status === 'skipped') continue;
    if (row.issues.some((i) => i.severity === 'error')) row.status = 'error';
  }
  onProgress?.(total, total);
  const yearConflict = input.target === 'units' ? yearConflictOf(rows, input) : undefined;
  let asked = 0;
  let defaulted = 0;
  for (const r of rows) {
    if (r.provinceAsked) asked++;
    else if (r.place?.province === 'default') defaulted++;
  }
  // Distinct recipients the commit creates (rows of one new person share its 'new:' id).
  const newPeople = new Set<string>();
  const newUnits = new Set<string>();
  for (const r of rows) {
    if (r.status !== 'new' && r.status !== 'update') continue;
    if (r.creates === 'person' && r.personId) newPeople.add(r.personId);
    if (r.creates === 'unit' && r.unitId) newUnits.add(r.unitId);
  }
  return {
    target: input.target,
    rows,
    dropped,
    ...(newPeople.size || newUnits.size ? { toCreate: { people: newPeople.size, units: newUnits.size } } : {}),
    counts: { ...countRows(rows, dropped.length), hidden: hiddenCount },
    notes,
    awardNames,
    ...(yearConflict ? { yearConflict } : {}),
    ...(asked || defaulted ? { provinceAsk: { asked, defaulted } } : {}),
  };
}
