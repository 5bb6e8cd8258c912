import { test, expect } from '@playwright/test';
import { AWARD_FIELDS, UNIT_FIELDS } from '@/domain/import/fields';
import { parseField, quickValue, SLOW } from '@/domain/import/parseField';
import type { RawCell } from '@/domain/import/types';

const CELLS: RawCell[] = [
  'HTX Dịch vụ nông nghiệp Tiền Phong',
  '  HTX   Hoà Bình  ',
  '',
  ' ',
  'x'.repeat(600),
  'Hợp tác xã',
  'Tạm ngừng',
  'Nữ',
  'có',
  '0100109106',
  '1.234.567',
  '12,5',
  '2005',
  '15/03/2005',
  'abc',
  0,
  1,
  7,
  -3,
  12.5,
  1990,
  2005,
  38353,
  1e15,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  false,
  null,
];

test('the quick value of a cell is exactly what parseField gives, whenever it gives one', () => {
  let quick = 0;
  for (const def of [...UNIT_FIELDS, ...AWARD_FIELDS]) {
    for (const scale of [1, 1000, 1_000_000]) {
      for (const cell of CELLS) {
        const q = quickValue(def, cell, scale);
        if (q === SLOW) continue;
        quick++;
        expect(parseField(def, cell, scale, 2026), `${def.key} ${JSON.stringify(cell)} x${scale}`).toEqual({ ok: true, value: q });
      }
    }
  }
  expect(quick).toBeGreaterThan(50);
});

test('money is scaled to đồng before rounding; a founding year is checked against the year passed in', () => {
  const revenue = UNIT_FIELDS.find((f) => f.key === 'revenue')!;
  expect(parseField(revenue, 1.2345, 1_000_000, 2026)).toMatchObject({ ok: true, value: 1_234_500 });
  const founded = UNIT_FIELDS.find((f) => f.key === 'foundedDate')!;
  expect(parseField(founded, 2016, 1, 2016)).toMatchObject({ ok: true, value: '2016' });
  expect(parseField(founded, 2017, 1, 2016)).toMatchObject({ ok: false });
  const kind = UNIT_FIELDS.find((f) => f.key === 'kind')!;
  expect(parseField(kind, 'Tổ hợp tác', 1, 2026)).toEqual({ ok: true, value: 'tht' });
  expect(parseField(kind, 'Câu lạc bộ', 1, 2026)).toMatchObject({ ok: false });
});
