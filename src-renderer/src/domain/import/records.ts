/** Row values -> the registry's record fields (shared by validation in the plan and the commit). */
import type { Unit, UnitYear } from '../registry/types';
import { validateUnit, validateUnitYear, type UnitInput } from '../registry/validation';
import { UNIT_FIELDS } from './fields';
import type { RowValues } from './plan';

/** Unit fields an import may set (registry names), and the row value keys that feed them. */
export const UNIT_RECORD_FIELDS = [
  'name', 'shortName', 'kind', 'taxCode', 'address', 'provinceCode', 'communeCode', 'legacyDistrict', 'sector',
  'foundedDate', 'status', 'member', 'memberSince', 'leaderName', 'phone', 'email', 'notes',
] as const;
export type UnitRecordField = (typeof UNIT_RECORD_FIELDS)[number];

export const INDICATOR_FIELDS = UNIT_FIELDS.filter((f) => f.indicator && f.key !== 'year').map((f) => f.key) as Array<
  'members' | 'workers' | 'charterCapital' | 'assets' | 'revenue' | 'profit' | 'taxesPaid' | 'avgIncome' | 'classification'
>;

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
 */
export function indicatorSetsFromRow(values: RowValues): Array<{ year: number | undefined; fields: Partial<UnitYear> }> {
  const sets = new Map<number | undefined, Record<string, unknown>>();
  const put = (year: number | undefined, field: string, v: unknown) => {
    let set = sets.get(year);
    if (!set) sets.set(year, (set = {}));
    set[field] = v;
  };
  const rowYear = typeof values.year === 'number' ? values.year : undefined;
  for (const [key, v] of Object.entries(values)) {
    if (v === undefined) continue;
    const [field, y] = key.split('@');
    if (!(INDICATOR_FIELDS as string[]).includes(field!)) continue;
    put(y ? Number(y) : rowYear, field!, v);
  }
  return [...sets].map(([year, fields]) => ({ year, fields: fields as Partial<UnitYear> }));
}

/** Registry validation of a new unit's draft; field -> message. */
export function validateNewUnit(values: RowValues, today: string): Array<{ field: string; message: string }> {
  const draft = { status: 'active', member: 0, ...unitFieldsFromRow(values) } as UnitInput;
  const errors = validateUnit(draft, today) as Record<string, string>;
  return Object.entries(errors).map(([field, message]) => ({ field: sourceField(field), message }));
}

export function validateIndicators(values: RowValues, today: string): Array<{ field: string; message: string }> {
  return indicatorSetsFromRow(values).flatMap(({ year, fields }) => {
    const errors = validateUnitYear({ ...fields, year } as Partial<UnitYear>, today) as Record<string, string>;
    const named = year !== undefined && year !== values.year;
    return Object.entries(errors).map(([field, message]) => ({ field, message: named ? `Năm ${year}: ${message}` : message }));
  });
}
