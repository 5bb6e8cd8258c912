/**
 * Units: each row placed on a unit met earlier in the file (another year of it, or a repeat) or on a
 * stored unit (tax code, then name with the evidence of unitIdentity.ts); undecided rows get a question.
 */
import { nameKey } from '../text/normalize';
import type { UnitKind } from '../registry/types';
import { fieldsOf } from './fields';
import { validateIndicators, validateNewUnit } from './records';
import type { RowIssue } from './types';
import { compareUnits, unitEvidence, type IdentityComparison, type UnitEvidence } from './unitIdentity';
import { unitKindFromText } from './codesFromText';
import type { LocalityIndex } from './localityIndex';
import { placeFromAddress } from './addressPlace';
import type { ExistingUnitKey, IdentityChoice, IdentityQuestion, PlanInput, PlannedRow, RowValues } from './planTypes';

/** Items by key, in their order (stored units by nameKey, for unit and award matching). */
export function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = m.get(k);
    if (list) list.push(it);
    else m.set(k, [it]);
  }
  return m;
}

const UNIT_INDICATOR_KEYS: ReadonlySet<string> = new Set(
  fieldsOf('units')
    .filter((f) => f.indicator)
    .map((f) => f.key),
);

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

/** A stored unit as an option of a question: name and where it is. */
export function storedLabel(u: ExistingUnitKey, localities: LocalityIndex): string {
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

export function matchUnits(rows: PlannedRow[], input: PlanInput, localities: LocalityIndex, notes: RowIssue[]): void {
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
    const statedProvince = placeRow(row, input, localities, communeMessages, notes);
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
    const evidence = (): UnitEvidence =>
      (known ??= unitEvidence({
        name,
        taxCode,
        kind: statedKind,
        provinceCode: statedProvince,
        communeName: typeof v.commune === 'string' ? v.commune : row.place?.commune,
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
        question = decide(
          row,
          {
            kind: 'unknown',
            reason: `Chưa rõ có phải cùng đơn vị với ${unknown.map(([u]) => rowLabel(u.first)).join(', ')}: ${unknown[0]![1].reason}`,
            options: [
              { value: 'new', label: 'Đơn vị khác (giữ cả hai)' },
              ...unknown.map(([u]) => ({ value: `row:${u.first.key}` as IdentityChoice, label: `Cùng đơn vị với ${rowLabel(u.first)}` })),
            ],
          },
          input.identityDefault === 'same' ? `row:${unknown[0]![0].first.key}` : 'new',
        );
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
          question = decide(
            row,
            {
              kind: 'repeat',
              reason: `Trùng với ${rowLabel(other)} (${verdict?.reason ?? 'cùng đơn vị'}${hasIndicators && year !== undefined ? `, cùng năm ${year}` : ''})${differs.length ? `; số liệu khác ở: ${differs.map((k) => fieldLabel(k)).join(', ')}` : ''}`,
              options: [
                { value: `row:${other.key}`, label: `Bỏ dòng này, giữ ${rowLabel(other)}` },
                { value: 'new', label: 'Đơn vị khác (giữ cả hai)' },
              ],
            },
            `row:${other.key}`,
          );
        }
        if (question.chosen !== 'new') {
          row.status = 'duplicate';
          row.duplicateOf = other.key;
          row.question = question;
          row.issues.push({
            sheet: row.sheet,
            row: row.row,
            severity: 'warning',
            message: `Trùng với dòng ${other.row + 1} của trang tính "${other.sheet}" trong cùng tệp`,
          });
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
        const stored = decide(
          row,
          {
            kind: 'unknown',
            reason:
              same.length > 1
                ? `Có ${same.length} đơn vị cùng tên, cùng địa bàn trong danh bạ: chọn đơn vị cần cập nhật hoặc thêm mới`
                : `Chưa rõ có phải đơn vị đã có trong danh bạ: ${unknown[0]![1].reason}`,
            options: [
              { value: 'new', label: 'Đơn vị mới (giữ cả hai)' },
              ...candidates.map((u) => ({ value: `unit:${u.id}` as IdentityChoice, label: storedLabel(u, localities) })),
            ],
          },
          input.identityDefault === 'same' ? `unit:${candidates[0]!.id}` : 'new',
        );
        // A row may have been asked about an earlier row of the file already (answered "another unit"): both options lists join.
        question = question
          ? {
              ...stored,
              reason: `${question.reason}. ${stored.reason}`,
              options: [...question.options, ...stored.options.slice(1)],
              chosen: stored.byUser ? stored.chosen : question.chosen,
              byUser: stored.byUser || question.byUser,
            }
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

/** Messages naming where a row's province comes from when nothing in the file says. */
export const PROVINCE_ASK_MESSAGE =
  'Chưa rõ tỉnh/thành phố: tệp không có cột tỉnh và địa chỉ không nêu tỉnh. Chọn "Tỉnh/thành phố mặc định" ở trên để nhập dòng này';

/**
 * Province, commune and former district of a row: the province column, else the address, else the
 * default the user chose (never silently the office's); the commune column, else the address's commune
 * placed within that province. Returns the province the row itself states (for unit identity).
 */
function placeRow(row: PlannedRow, input: PlanInput, localities: LocalityIndex, communeMessages: Map<string, string>, notes: RowIssue[]): string | undefined {
  const v = row.values;
  const provinceName = typeof v.province === 'string' ? v.province : undefined;
  let stated = provinceName ? localities.province(provinceName) : undefined;
  if (provinceName && !stated) {
    row.issues.push({
      sheet: row.sheet,
      row: row.row,
      ...cellOf(input, row, 'province'),
      field: 'province',
      severity: 'warning',
      message: `Không tìm thấy tỉnh/thành phố "${provinceName}" trong danh mục`,
    });
  }
  const address = typeof v.address === 'string' ? v.address : undefined;
  const place = address ? placeFromAddress(address, localities) : undefined;
  if (place && (place.provinceCode || place.commune || place.district)) {
    row.place = {};
    if (!stated && place.provinceCode) {
      stated = place.provinceCode;
      row.place.province = place.provinceVia;
      if (place.formerProvince) row.place.formerProvince = place.formerProvince;
    }
    if (place.district && v.legacyDistrict === undefined) {
      v.legacyDistrict = place.district;
      row.place.district = true;
    }
  }
  let provinceCode = stated;
  if (!provinceCode) {
    if (input.defaultProvinceCode) {
      provinceCode = input.defaultProvinceCode;
      if (input.askProvince) (row.place ??= {}).province = 'default';
    } else if (input.askProvince && input.defaultProvinceCode === undefined && row.status !== 'skipped') {
      row.provinceAsked = true;
      row.issues.push({
        sheet: row.sheet,
        row: row.row,
        ...cellOf(input, row, v.province !== undefined ? 'province' : 'address'),
        field: 'province',
        severity: 'error',
        message: PROVINCE_ASK_MESSAGE,
      });
    }
  }
  if (provinceCode) v.provinceCode = provinceCode;
  const communeText = typeof v.commune === 'string' ? v.commune : undefined;
  if (communeText) {
    const code = localities.commune(communeText, provinceCode);
    if (code) v.communeCode = code;
    else if (localities.hasCommunes) {
      let message = communeMessages.get(communeText);
      if (message === undefined)
        communeMessages.set(communeText, (message = `Không tìm thấy xã/phường "${communeText}" trong danh mục hiện hành; giữ tên trong địa chỉ`));
      notes.push({ sheet: row.sheet, row: row.row, field: 'commune', severity: 'warning', message });
    }
  } else if (place?.communeKey) {
    const code = localities.communeByKey(place.communeKey, provinceCode);
    row.place ??= {};
    row.place.commune = place.commune;
    if (code) {
      v.communeCode = code;
      row.place.communeFound = true;
    }
  }
  return stated;
}

/** The column of a field in the row's sheet, for messages naming the cell. */
function cellOf(input: PlanInput, row: PlannedRow, field: string): { col?: number; column?: string } {
  const col = input.mapping.indexOf(field);
  if (col < 0) return {};
  const layout = input.sheets.find((s) => s.index === row.sheetIndex)?.layout;
  return { col, column: layout?.names[col] };
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
    sheet: row.sheet,
    row: row.row,
    field,
    severity: 'error',
    message,
    ...(col >= 0 ? { col, column: layout?.names[col] } : {}),
  });
}
