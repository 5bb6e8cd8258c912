import { test, expect } from '@playwright/test';
import * as XLSX from 'xlsx';
import { xlsFontCells } from '../../src-renderer/src/workers/xls-fonts';
import { repairLegacyText } from '../../src-renderer/src/domain/import/legacy-encoding';
import { xlsWithFonts } from '../fixtures/import/workbooks';
import { encodeTcvn3, encodeVni } from '../fixtures/import/legacy-encode';

// Names that byte statistics alone misjudge (left as is, or read as the wrong encoding).
const TCVN3_NAMES = ['HTX Bến Tre', 'HTX Trực Ninh'];
const VNI_NAMES = ['HTX Nga Sơn', 'HTX Mê Linh'];

const rows = [
  ['Tên HTX', 'Mã số thuế'],
  ...TCVN3_NAMES.map((n, i) => [encodeTcvn3(n), `010000000${i}`]),
  ...VNI_NAMES.map((n, i) => [encodeVni(n), `020000000${i}`]),
  ['HTX Café Ánh Dương', '0300000000'],
];
const fontAt = (r: number, c: number) => (c !== 0 || r === 0 ? undefined : r <= 2 ? '.VnTime' : r <= 4 ? 'VNI-Times' : undefined);

test('statistics alone misjudge these names, which is why the cell font matters', () => {
  for (const n of TCVN3_NAMES) expect(repairLegacyText(encodeTcvn3(n), null).text).not.toBe(n);
  for (const n of VNI_NAMES) expect(repairLegacyText(encodeVni(n), null).text).not.toBe(n);
});

for (const bookType of ['xls', 'biff5'] as const) {
  test(`${bookType}: cell fonts are read from the Workbook stream, legacy-font text cells only`, () => {
    const file = xlsWithFonts(bookType, rows, fontAt);
    // SheetJS still reads the rewritten file (its BIFF5 writer keeps only ASCII text, so the text is checked for BIFF8).
    const wb = XLSX.read(file, { type: 'buffer', dense: true });
    if (bookType === 'xls') expect(XLSX.utils.sheet_to_json<string[]>(wb.Sheets[wb.SheetNames[0]!]!, { header: 1 })[1]![0]).toBe(encodeTcvn3('HTX Bến Tre'));
    const fonts = xlsFontCells(new Uint8Array(file), wb.SheetNames);
    const sheet = wb.SheetNames[0]!;
    expect([...fonts.keys()]).toEqual([sheet]);
    expect([...fonts.get(sheet)!.entries()].sort()).toEqual([
      ['1,0', '.VnTime'],
      ['2,0', '.VnTime'],
      ['3,0', 'VNI-Times'],
      ['4,0', 'VNI-Times'],
    ]);
  });
}

test('an .xls without legacy fonts, or not an .xls at all, gives no fonts and no error', () => {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), 'S');
  expect(xlsFontCells(new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'xls' }) as Buffer), ['S']).size).toBe(0);
  expect(xlsFontCells(new Uint8Array([1, 2, 3, 4]), []).size).toBe(0);
  const cut = xlsWithFonts('xls', rows, fontAt).subarray(0, 3000);
  expect(() => xlsFontCells(new Uint8Array(cut), ['Danh sách'])).not.toThrow();
});
