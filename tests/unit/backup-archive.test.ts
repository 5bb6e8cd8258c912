import { test, expect } from '@playwright/test';
import * as XLSX from 'xlsx';
import { buildArchiveWorkbook, writeArchive, EXCEL_CELL_LIMIT } from '../../src-renderer/src/domain/backup/excel-archive';

test('one sheet per table plus a notes sheet, read back from real xlsx bytes', () => {
  const { workbook } = buildArchiveWorkbook(
    [
      { name: 'units', rows: [{ id: 'u1', name: 'HTX Dương Liễu', member: 1, searchWords: ['duong', 'lieu'] }] },
      { name: 'unitYears', rows: [{ id: 'u1:2015', unitId: 'u1', year: 2015, revenue: 1_250_000_000 }] },
      { name: 'emptyTable', rows: [] },
    ],
    '2025-07-01T00:00:00.000Z',
    '0.1.0',
  );
  const back = XLSX.read(writeArchive(workbook), { type: 'array' });
  expect(back.SheetNames).toEqual(['Ghi chú', 'units', 'unitYears', 'emptyTable']);
  const units = XLSX.utils.sheet_to_json<Record<string, unknown>>(back.Sheets.units!);
  expect(units[0]).toMatchObject({ id: 'u1', name: 'HTX Dương Liễu', member: 1, searchWords: '["duong","lieu"]' });
  const years = XLSX.utils.sheet_to_json<Record<string, unknown>>(back.Sheets.unitYears!);
  expect(years[0]!.revenue).toBe(1_250_000_000);
});

test('cells starting with = + - @ are neutralised; numbers stay numbers', () => {
  const { workbook } = buildArchiveWorkbook(
    [{ name: 'units', rows: [{ a: '=HYPERLINK("http://x")', b: '+84 912', c: '-', d: '@SUM(A1)', e: -5 }] }],
    'now',
    '0.1.0',
  );
  const back = XLSX.read(writeArchive(workbook), { type: 'array', cellFormula: true });
  const ws = back.Sheets.units!;
  expect(ws.A2?.v).toBe('\'=HYPERLINK("http://x")');
  expect(ws.A2?.f).toBeUndefined();
  expect(ws.B2?.v).toBe("'+84 912");
  expect(ws.C2?.v).toBe("'-");
  expect(ws.D2?.v).toBe("'@SUM(A1)");
  expect(ws.E2?.v).toBe(-5);
});

test('cells over 32,767 characters are cut with a note naming sheet, row and column', () => {
  const long = 'Thành tích '.repeat(5000); // 55,000 characters
  const { workbook, notes } = buildArchiveWorkbook([{ name: 'nominations', rows: [{ id: 'n1', summary: long }] }], 'now', '0.1.0');
  expect(notes).toEqual([{ sheet: 'nominations', row: 2, column: 'summary', originalLength: long.length }]);
  const back = XLSX.read(writeArchive(workbook), { type: 'array' });
  const cell = String(back.Sheets.nominations!.B2!.v);
  expect(cell.length).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
  expect(cell).toContain('đã cắt bớt');
  const notesSheet = XLSX.utils.sheet_to_json<unknown[]>(back.Sheets['Ghi chú']!, { header: 1 });
  expect(notesSheet.some((r) => r[0] === 'nominations' && r[1] === 2 && r[2] === 'summary' && r[3] === long.length)).toBe(true);
});

test('attached files are listed, not embedded', () => {
  const { workbook } = buildArchiveWorkbook(
    [{ name: 'attachments', rows: [{ id: 'a1', file: new Blob([new Uint8Array(2048)], { type: 'application/pdf' }) }] }],
    'now',
    '0.1.0',
  );
  expect(String(workbook.Sheets.attachments!.B2!.v)).toBe('[tệp application/pdf, 2048 byte]');
});
