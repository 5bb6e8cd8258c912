/** Row values -> the registry's record fields (shared by validation in the plan and the commit). */
import type { Unit, UnitYear } from '../registry/types';
import { validateUnit, validateUnitYear, type UnitInput } from '../registry/validation';
import { UNIT_FIELDS } from './fields';
import type { RowValues } from './planTypes';

/** Unit fields an import may set (registry names), and the row value keys that feed them. */
export const UNIT_RECORD_FIELDS = [
  'name',
  'shortName',
  'kind',
  'taxCode',
  'address',
  'provinceCode',
  'communeCode',
  'legacyDistrict',
  'sector',
  'foundedDate',
  'status',
  'member',
  'memberSince',
  'leaderName',
  'phone',
  'email',
  'notes',
] as const;
export type UnitRecordField = (typeof UNIT_RECORD_FIELDS)[number];

export const INDICATOR_FIELDS = UNIT_FIELDS.filter((f) => f.indicator && f.key !== 'year').map((f) => f.key) as Array<
  'members' | 'workers' | 'charterCapital' | 'assets' | 'revenue' | 'profit' | 'taxesPaid' | 'avgIncome' | 'classification'
>;

const INDICATOR_FIELD_SET: ReadonlySet<string> = new Set(INDICATOR_FIELDS);

/** Which mapped field a registry field comes from (province -> provinceCode ...), for overwrite choices. */
export function sourceField(field: string): string {
  if (field === 'provinceCode') return 'province';
  if (field === 'communeCode') return 'commune';
  return field;
}

export function unitFieldsFromRow(values: RowValues): Partial<Pick<Unit, UnitRecordField>> {
  const out: Record<string, unknown> = {};
  for (const f of UNIT_RECORD_FIELDS) {
    const v = values[f];
    if (v !== undefined && v !== '') out[f] = v;
  }
  // A commune the current list does not know stays readable in the address.
  if (typeof values.commune === 'string' && !values.communeCode) {
    const addr = typeof out.address === 'string' ? out.address : '';
    if (!addr.toLowerCase().includes(values.commune.toLowerCase())) out.address = addr ? `${addr}, ${values.commune}` : values.commune;
  }
  return out as Partial<Pick<Unit, UnitRecordField>>;
}

/**
 * The unit-year indicators of a row, one set per year: plain fields belong to the row's year
 * (its year column or the default), "revenue@2023" fields to the year their column names.
 * Runs twice per imported row (plan and commit): one pass over the keys, no per-key arrays.
 */
export function indicatorSetsFromRow(values: RowValues): Array<{ year: number | undefined; fields: Partial<UnitYear> }> {
  const rowYear = typeof values.year === 'number' ? values.year : undefined;
  // Most rows hold one year only: its set is kept aside and the map is made only for a second year.
  let firstYear: number | undefined;
  let first: Record<string, unknown> | undefined;
  let others: Map<number | undefined, Record<string, unknown>> | undefined;
  for (const key in values) {
    const v = values[key];
    if (v === undefined) continue;
    const at = key.indexOf('@');
    const field = at < 0 ? key : key.slice(0, at);
    if (!INDICATOR_FIELD_SET.has(field)) continue;
    // As key.split('@')[1]: the text between the first and any second '@'.
    const y = at < 0 ? '' : key.slice(at + 1).split('@')[0]!;
    const year = y ? Number(y) : rowYear;
    if (!first) {
      firstYear = year;
      first = {};
    }
    if (year === firstYear || (Number.isNaN(year) && Number.isNaN(firstYear))) first[field] = v;
    else {
      others ??= new Map();
      let set = others.get(year);
      if (!set) others.set(year, (set = {}));
      set[field] = v;
    }
  }
  if (!first) return [];
  const out: Array<{ year: number | undefined; fields: Partial<UnitYear> }> = [{ year: firstYear, fields: first as Partial<UnitYear> }];
  if (others) for (const [year, fields] of others) out.push({ year, fields: fields as Partial<UnitYear> });
  return out;
}

/** Registry validation of a new unit's draft; field -> message. */
export function validateNewUnit(values: RowValues, today: string): Array<{ field: string; message: string }> {
  const draft = { status: 'active', member: 0, ...unitFieldsFromRow(values) } as UnitInput;
  const errors = validateUnit(draft, today) as Record<string, string>;
  const out: Array<{ field: string; message: string }> = [];
  for (const field in errors) out.push({ field: sourceField(field), message: errors[field]! });
  return out;
}

export function validateIndicators(values: RowValues, today: string): Array<{ field: string; message: string }> {
  const out: Array<{ field: string; message: string }> = [];
  for (const { year, fields } of indicatorSetsFromRow(values)) {
    const errors = validateUnitYear({ ...fields, year } as Partial<UnitYear>, today) as Record<string, string>;
    const named = year !== undefined && year !== values.year;
    for (const field in errors) out.push({ field, message: named ? `Năm ${year}: ${errors[field]}` : errors[field]! });
  }
  return out;
}
