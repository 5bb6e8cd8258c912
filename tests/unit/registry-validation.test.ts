import { test, expect } from '@playwright/test';
import { isValidTaxCode, normaliseTaxCode } from '@/domain/registry/taxCode';
import { validateUnit, validateUnitYear } from '@/domain/registry/validation';
import { countByKind, filterUnits } from '@/domain/registry/filter';
import { unitSearchWords } from '@/domain/registry/search';
import type { Unit } from '@/domain/registry/types';

const TODAY = '2026-11-23';

test('tax codes: 10 digits or a 10-3 branch; Excel-mangled forms recovered', () => {
  expect(isValidTaxCode('0500423111')).toBe(true);
  expect(isValidTaxCode('0500423111-001')).toBe(true);
  expect(isValidTaxCode('500423111')).toBe(false);
  expect(isValidTaxCode('05004231AB')).toBe(false);
  expect(normaliseTaxCode(' 0500 423 111 ')).toBe('0500423111');
  expect(normaliseTaxCode('0500423111001')).toBe('0500423111-001');
});

test('unit validation names each problem in Vietnamese', () => {
  const errors = validateUnit({ kind: 'htx', name: ' ', status: 'active', member: 1, taxCode: '12345', foundedDate: '2030-01-01', email: 'x@' }, TODAY);
  expect(errors.name).toContain('bắt buộc');
  expect(errors.taxCode).toContain('10 chữ số');
  expect(errors.foundedDate).toContain('tương lai');
  expect(errors.memberSince).toContain('năm kết nạp');
  expect(errors.email).toBeDefined();
  expect(validateUnit({ kind: 'htx', name: 'HTX Dương Liễu', status: 'active', member: 1, memberSince: 2012, taxCode: '0500423111' }, TODAY)).toEqual({});
});

test('indicators are non-negative except profit', () => {
  expect(validateUnitYear({ year: 2025, revenue: -1 }, TODAY).revenue).toContain('không được âm');
  expect(validateUnitYear({ year: 2025, profit: -5_000_000 }, TODAY)).toEqual({});
  expect(validateUnitYear({ year: 2027 }, TODAY).year).toBeDefined();
  expect(validateUnitYear({ year: 2025, members: 2.5 }, TODAY).members).toContain('số nguyên');
});

function unit(p: Partial<Unit> & Pick<Unit, 'name' | 'kind'>): Unit {
  const base = {
    id: p.name,
    status: 'active' as const,
    member: 0 as const,
    origin: 'manual' as const,
    nameKey: '',
    sortKey: '',
    createdAt: '',
    updatedAt: '',
    ...p,
  };
  return { ...base, searchWords: unitSearchWords(base) };
}

test('list filter combines search without diacritics, kind, membership and admission year', () => {
  const units = [
    unit({ name: 'HTX Dương Liễu', kind: 'htx', member: 1, memberSince: 2015, taxCode: '0500423111' }),
    unit({ name: 'THT rau Dương Liễu', kind: 'tht' }),
    unit({ name: 'HTX Đồng Phú', kind: 'htx', member: 1, memberSince: 2012 }),
  ];
  expect(filterUnits(units, { query: 'duong lieu' }).map((u) => u.name)).toEqual(['HTX Dương Liễu', 'THT rau Dương Liễu']);
  expect(filterUnits(units, { query: 'DUONG LI', kind: 'htx' }).map((u) => u.name)).toEqual(['HTX Dương Liễu']);
  expect(filterUnits(units, { query: '0500423' }).map((u) => u.name)).toEqual(['HTX Dương Liễu']);
  expect(filterUnits(units, { member: 1, admittedYear: 2012 }).map((u) => u.name)).toEqual(['HTX Đồng Phú']);
  expect(countByKind(units)).toMatchObject({ htx: 2, tht: 1, qtdnd: 0 });
});
