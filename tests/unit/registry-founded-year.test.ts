import { test, expect } from '@playwright/test';
import { formatDate } from '@/domain/text/format';
import { comparePartialDates, isAfterPartial, isBeforePartial, isPartialDate, isYearOnly, yearOf } from '@/domain/text/partialDate';
import { parseDateOrYear } from '@/domain/import/values';
import { validateUnit } from '@/domain/registry/validation';
import { foundedIn, isActiveAtYearEnd } from '@/domain/summary/rules';

const TODAY = '2026-11-23';

test('a year-only date is shown as the year, a full date as dd/mm/yyyy', () => {
  expect(formatDate('2005')).toBe('2005');
  expect(formatDate('2005-03-09')).toBe('09/03/2005');
  expect(formatDate('05')).toBe('');
  expect(isYearOnly('2005')).toBe(true);
  expect(isYearOnly('2005-01-01')).toBe(false);
  expect(isPartialDate('2005')).toBe(true);
  expect(isPartialDate('2005-01-01')).toBe(true);
  expect(isPartialDate('1/1/2005')).toBe(false);
  expect(yearOf('2005')).toBe(2005);
  expect(yearOf('2005-12-31')).toBe(2005);
  expect(yearOf('abcd')).toBeUndefined();
});

test('comparisons use the coarser precision: a date in 2005 is neither before nor after the year 2005', () => {
  expect(comparePartialDates('2005-03-01', '2005')).toBe(0);
  expect(comparePartialDates('2005', '2005-12-31')).toBe(0);
  expect(isBeforePartial('2004-12-31', '2005')).toBe(true);
  expect(isBeforePartial('2005-01-01', '2005')).toBe(false);
  expect(isBeforePartial('2005-01-01', '2005-01-02')).toBe(true);
  expect(isAfterPartial('2027', TODAY)).toBe(true);
  expect(isAfterPartial('2026', TODAY)).toBe(false);
  expect(isAfterPartial('2026-11-24', TODAY)).toBe(true);
});

test('import: a founding cell holding only a year becomes "yyyy" with a note; full dates and serials stay dates', () => {
  const year = parseDateOrYear(2005, 2026);
  expect(year).toMatchObject({ ok: true, value: '2005' });
  expect(year.ok && year.note).toContain('Chỉ có năm 2005');
  expect(parseDateOrYear('2005', 2026)).toMatchObject({ ok: true, value: '2005' });
  expect(parseDateOrYear(' năm 2005 ', 2026)).toMatchObject({ ok: true, value: '2005' });
  expect(parseDateOrYear('Năm 2005', 2026)).toMatchObject({ ok: true, value: '2005' });
  // 38353 is the Excel serial of 01/01/2005, not a year.
  expect(parseDateOrYear(38353, 2026)).toEqual({ ok: true, value: '2005-01-01' });
  expect(parseDateOrYear('15/03/2005', 2026)).toEqual({ ok: true, value: '2005-03-15' });
  expect(parseDateOrYear(undefined, 2026)).toEqual({ ok: true, value: undefined });
  const future = parseDateOrYear(2031, 2026);
  expect(future.ok).toBe(false);
  expect(!future.ok && future.message).toContain('tương lai');
  expect(parseDateOrYear('1850', 2026).ok).toBe(false);
  expect(parseDateOrYear('năm hai nghìn', 2026).ok).toBe(false);
});

test('unit validation accepts a founding year and compares status date and admission year against it', () => {
  const base = { kind: 'htx', name: 'HTX Dương Liễu', member: 0 } as const;
  expect(validateUnit({ ...base, status: 'active', foundedDate: '2005' }, TODAY)).toEqual({});
  expect(validateUnit({ ...base, status: 'active', foundedDate: '2027' }, TODAY).foundedDate).toContain('tương lai');
  expect(validateUnit({ ...base, status: 'active', foundedDate: '05' }, TODAY).foundedDate).toBeDefined();
  expect(validateUnit({ ...base, status: 'dissolved', foundedDate: '2005', statusDate: '2005-02-01' }, TODAY)).toEqual({});
  expect(validateUnit({ ...base, status: 'dissolved', foundedDate: '2005', statusDate: '2004-12-31' }, TODAY).statusDate).toContain('trước ngày thành lập');
  expect(validateUnit({ ...base, status: 'active', foundedDate: '2005', member: 1, memberSince: 2005 }, TODAY)).toEqual({});
  expect(validateUnit({ ...base, status: 'active', foundedDate: '2005', member: 1, memberSince: 2004 }, TODAY).memberSince).toContain('trước năm thành lập');
});

test('year-end summary counts a unit founded in "2005" as new in 2005 and active from then on', () => {
  expect(foundedIn({ foundedDate: '2005' }, 2005)).toBe(true);
  expect(isActiveAtYearEnd({ foundedDate: '2005', status: 'active' }, 2005)).toBe(true);
  expect(isActiveAtYearEnd({ foundedDate: '2005', status: 'active' }, 2004)).toBe(false);
});
