import { test, expect } from '@playwright/test';
import { readSpreadsheet } from '../../src-renderer/src/workers/import-read';
import { legacyFontWorkbook, csvIn, districtWorkbook, DISTRICT_ROWS } from '../fixtures/import/workbooks';

const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');

test('xlsx cell fonts drive legacy conversion, including .VnTimeH capitals and rich-text runs', async () => {
  const book = readSpreadsheet('font-cu.xlsx', new Uint8Array(await legacyFontWorkbook()));
  const names = book.sheets[0]!.rows.slice(1).map((r) => r[1]);
  expect(names).toEqual(['HTX Đồng Phú', 'HTX Nước sạch Hòa Thọ', 'HTX KIM THÀNH', 'HTX Dương Liễu']);
  expect(book.repairCount).toBeGreaterThanOrEqual(7);
});

for (const bookType of ['xlsx', 'xls', 'biff5', 'biff2', 'xlsb', 'ods'] as const) {
  test(`reads ${bookType}: merges, numbers and text`, () => {
    // SheetJS writes BIFF5/BIFF2 text as ASCII only, so those files are built without diacritics.
    const legacy = bookType === 'biff5' || bookType === 'biff2';
    const buf = districtWorkbook(bookType, [{ name: 'Gia Lam', district: 'Huyện Gia Lâm', units: DISTRICT_ROWS }], legacy ? ascii : undefined);
    const book = readSpreadsheet(`f.${bookType.startsWith('biff') ? 'xls' : bookType}`, new Uint8Array(buf));
    const rows = book.sheets[0]!.rows;
    expect(rows[6]!.slice(0, 4)).toEqual([1, 'HTX Dương Liễu', '0101234567', 'Dương Liễu'].map((c) => (legacy && typeof c === 'string' ? ascii(c) : c)));
    expect(rows[7]![2]).toBe(500123456);
    if (!legacy) expect(book.sheets[0]!.merges.length).toBeGreaterThan(3);
  });
}

test('CSV encodings decode to the same cells', () => {
  const expected = readSpreadsheet('a.csv', new Uint8Array(csvIn('utf-8'))).sheets[0]!.rows;
  for (const enc of ['utf-8-bom', 'utf-16le', 'windows-1258', 'windows-1252-tcvn3', 'windows-1252-vni'] as const) {
    expect(readSpreadsheet('a.csv', new Uint8Array(csvIn(enc))).sheets[0]!.rows, enc).toEqual(expected);
  }
});
