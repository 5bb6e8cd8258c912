import { test, expect } from '@playwright/test';
import * as XLSX from 'xlsx';
import { hiddenRowsIn, openXlsxParts } from '../../src-renderer/src/workers/xlsx-parts';

const bytes = (s: string) => new TextEncoder().encode(s);

test('hidden rows are read from the row tags: numbered or not, "1" or "true", self-closing, never rowBreaks', () => {
  const xml =
    '<worksheet><sheetData>' +
    '<row r="1" spans="1:2"><c r="A1"/></row>' +
    '<row r="3" hidden="1" ht="0"><c r="A3"/></row>' +
    '<row hidden="true"><c r="A4"/></row>' + // no r: the row after 3
    '<row r="6" hidden="0"/>' +
    '<row r="9" customHeight="1" hidden="1"/>' +
    '</sheetData><rowBreaks count="1"><brk id="2" hidden="1"/></rowBreaks></worksheet>';
  expect(hiddenRowsIn(bytes(xml))).toEqual([2, 3, 8]);
});

test('an .xlsx with rows hidden by a filter gives them per sheet; a file that is not a zip gives none', () => {
  const wb = XLSX.utils.book_new();
  const a = XLSX.utils.aoa_to_sheet([['Tên'], ['A'], ['B'], ['C']]);
  a['!rows'] = [{}, { hidden: true }, {}, { hidden: true }];
  XLSX.utils.book_append_sheet(wb, a, 'Quận Hải Châu');
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['Tên'], ['D']]), 'Quận Sơn Trà');
  const parts = openXlsxParts(new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer), wb.SheetNames);
  expect(parts.hiddenRows('Quận Hải Châu')).toEqual([1, 3]);
  expect(parts.hiddenRows('Quận Sơn Trà')).toEqual([]);
  expect(parts.legacyFontCells().size).toBe(0);
  expect(openXlsxParts(new Uint8Array([80, 75, 3, 4, 0]), ['S']).hiddenRows('S')).toEqual([]);
});
