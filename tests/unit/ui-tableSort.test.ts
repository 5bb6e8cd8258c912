import { expect, test } from '@playwright/test';
import { byNumber, byText, sortRows } from '@/ui/tableSort';

const names = ['Đỗ Văn Cường', 'Dương Thị Bé', 'Nguyễn Văn An', 'an', 'Ánh', 'HTX số 10', 'HTX số 9', ''];

test('sortRows orders text as the Vietnamese collator does, empty last both ways', () => {
  const rows = names.map((name, i) => ({ name, i }));
  const viaCollator = [...rows].sort(byText((r) => r.name)).filter((r) => r.name);
  const asc = sortRows(rows, (r) => r.name, 'ascend');
  expect(asc.slice(0, -1).map((r) => r.name)).toEqual(viaCollator.map((r) => r.name));
  expect(asc.at(-1)!.name).toBe('');
  const desc = sortRows(rows, (r) => r.name, 'descend');
  expect(desc.slice(0, -1).map((r) => r.name)).toEqual([...viaCollator].reverse().map((r) => r.name));
  expect(desc.at(-1)!.name).toBe('');
  // Numbers inside names compare as numbers; Đ comes after D.
  expect(asc.map((r) => r.name).indexOf('HTX số 9')).toBeLessThan(asc.map((r) => r.name).indexOf('HTX số 10'));
  expect(asc.map((r) => r.name).indexOf('Dương Thị Bé')).toBeLessThan(asc.map((r) => r.name).indexOf('Đỗ Văn Cường'));
});

test('sortRows keeps the given order for equal keys and puts missing numbers last', () => {
  const rows = [
    { k: 'THT', y: 2020, i: 0 },
    { k: 'HTX', y: undefined, i: 1 },
    { k: 'HTX', y: 2018, i: 2 },
    { k: 'THT', y: 2015, i: 3 },
  ];
  expect(sortRows(rows, (r) => r.k, 'ascend').map((r) => r.i)).toEqual([1, 2, 0, 3]);
  expect(sortRows(rows, (r) => r.k, 'descend').map((r) => r.i)).toEqual([0, 3, 1, 2]);
  expect(sortRows(rows, (r) => r.y, 'ascend').map((r) => r.i)).toEqual([3, 2, 0, 1]);
  expect(sortRows(rows, (r) => r.y, 'descend').map((r) => r.i)).toEqual([0, 2, 3, 1]);
  expect([...rows].sort(byNumber((r) => r.y)).map((r) => r.i)).toEqual([1, 3, 2, 0]);
});

test('sortRows sorts 100,000 rows quickly enough for the registry', () => {
  // As in the registry: ~3,300 communes, and a distinct tax code per unit (compared as codes).
  const rows = Array.from({ length: 100_000 }, (_, i) => ({
    place: `Tỉnh ${(i % 3321) % 34} - Xã ${i % 3321}`,
    tax: String(100_000_000 + i * 7919).padStart(10, '0'),
  }));
  sortRows(rows.slice(0, 1000), (r) => r.place, 'ascend'); // warm the collation tables
  let t = performance.now();
  expect(sortRows(rows, (r) => r.place, 'ascend')).toHaveLength(100_000);
  // Printed, not asserted as a timing (tests carry no timing asserts).
  console.log(`sortRows 100,000 rows by place: ${Math.round(performance.now() - t)} ms`);
  t = performance.now();
  const byTax = sortRows(rows, (r) => r.tax, 'ascend', 'code');
  console.log(`sortRows 100,000 rows by tax code: ${Math.round(performance.now() - t)} ms`);
  expect(byTax[0]!.tax <= byTax[1]!.tax).toBe(true);
});
