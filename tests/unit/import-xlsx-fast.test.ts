import { test, expect } from '@playwright/test';
import * as XLSX from 'xlsx';
import ExcelJS from 'exceljs';
import { readSpreadsheet, readSpreadsheetAsync, readXlsxWorkbookFast } from '../../src-renderer/src/workers/import-read';
import { XlsxFastPathRefused } from '../../src-renderer/src/workers/xlsx-zip';
import { legacyFontWorkbook, districtWorkbook, DISTRICT_ROWS } from '../fixtures/import/workbooks';
import { encodeTcvn3, encodeVni } from '../fixtures/import/legacy-encode';

/**
 * The fast .xlsx reader must give exactly what the SheetJS path gives (readSpreadsheet), and
 * whatever it refuses must still read through SheetJS.
 */

async function expectSameAsSheetJs(name: string, bytes: Uint8Array) {
  const fast = await readXlsxWorkbookFast(bytes, name.endsWith('.xlsm') ? 'xlsm' : 'xlsx'); // throws if it refused
  const slow = readSpreadsheet(name, bytes);
  expect(fast).toEqual(slow);
  expect(await readSpreadsheetAsync(name, bytes)).toEqual(slow);
  return fast;
}

/** Replace parts of a SheetJS-written package (for features SheetJS cannot write). */
function withParts(base: Uint8Array, parts: Record<string, string>): Uint8Array {
  const zip = XLSX.CFB.read(base, { type: 'array' });
  for (const [path, text] of Object.entries(parts)) {
    const entry = XLSX.CFB.find(zip, '/' + path);
    if (entry) entry.content = new TextEncoder().encode(text) as unknown as typeof entry.content;
    else XLSX.CFB.utils.cfb_add(zip, path, new TextEncoder().encode(text));
  }
  return new Uint8Array(XLSX.CFB.write(zip, { fileType: 'zip', type: 'array', compression: true }) as number[]);
}

function sheetJsBook(sheets: Array<{ name: string; ws: XLSX.WorkSheet }>, opts: { sst?: boolean; date1904?: boolean } = {}): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const s of sheets) XLSX.utils.book_append_sheet(wb, s.ws, s.name);
  if (opts.date1904) wb.Workbook = { ...(wb.Workbook ?? {}), WBProps: { date1904: true } };
  return new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', bookSST: !!opts.sst }) as Buffer);
}

function formatsSheet(): XLSX.WorkSheet {
  const ws = XLSX.utils.aoa_to_sheet([
    ['Mã', 'Ngày', 'Số', 'Cờ', 'Lỗi', 'Văn bản như ngày'],
    ['0012345678', 45292, 1234.5, true, null, '05/01/2024'],
    ['HTX "Đồng" & <Phú>', 45293.75, -0.001, false, null, '2024-01-05'],
    ['dòng 1\r\ndòng 2', 60, 1e21, true, null, 'ngày 05 tháng 01 năm 2024'],
  ]);
  const dates = ['m/d/yy', 'd-mmm-yy', 'd-mmm', 'mmm-yy', 'h:mm AM/PM', 'h:mm:ss', 'm/d/yy h:mm', 'dd/mm/yyyy', 'yyyy-mm-dd', '[$-vi-VN]dd/mm/yyyy'];
  dates.forEach((z, i) => {
    const ref = XLSX.utils.encode_cell({ r: 5 + i, c: 1 });
    ws[ref] = { t: 'n', v: 45000 + i * 31.5, z };
  });
  ws['A5'] = { t: 'n', v: 123, z: '0000000000' };
  ws['C5'] = { t: 'n', v: 12.5, z: '0000' };
  ws['D5'] = { t: 'n', v: 42, z: '#,##0.00' };
  ws['E2'] = { t: 'e', v: 0x2a };
  ws['E3'] = { t: 'e', v: 0x07 };
  ws['F5'] = { t: 'n', v: 3, f: 'A5+1' }; // formula with a cached value
  ws['F6'] = { t: 's', v: 'kết quả', f: 'CONCAT("kết"," quả")' };
  ws['!ref'] = 'A1:F15';
  ws['!merges'] = [
    { s: { r: 0, c: 0 }, e: { r: 0, c: 1 } },
    { s: { r: 3, c: 2 }, e: { r: 4, c: 3 } },
  ];
  ws['!rows'] = [{}, { hidden: true }, {}, {}, { hidden: true }];
  return ws;
}

test('SheetJS-written books: shared and plain strings, numbers, dates in many formats, booleans, errors, formulas, merges, hidden rows', async () => {
  for (const sst of [false, true]) {
    const book = await expectSameAsSheetJs(
      'a.xlsx',
      sheetJsBook(
        [
          { name: 'Danh sách', ws: formatsSheet() },
          { name: 'Trống', ws: XLSX.utils.aoa_to_sheet([]) },
          { name: 'Quận Hải Châu', ws: XLSX.utils.aoa_to_sheet([[null, null, 'C1'], [], [], ['A4', 7]]) },
        ],
        { sst },
      ),
    );
    const rows = book.sheets[0]!.rows;
    // The figures a user sees: leading zeros kept, date formats give ISO dates, text that looks like a date stays text.
    expect(rows[1]![0]).toBe('0012345678');
    expect(rows[4]![0]).toBe('0000000123');
    expect(rows[5]![1]).toBe('2023-03-15');
    expect(rows[12]![1]).toBe('2023-10-21');
    expect(rows[1]![5]).toBe('05/01/2024');
    expect(rows[2]![0]).toBe('HTX "Đồng" & <Phú>');
    expect(book.sheets[0]!.hiddenRows).toEqual([1, 4]);
    expect(book.sheets.map((s) => s.name)).toEqual(['Danh sách', 'Trống', 'Quận Hải Châu']);
  }
});

test('1904 date system and the district fixture (two-row merged headers, several sheets)', async () => {
  const ws = XLSX.utils.aoa_to_sheet([['Ngày'], [0], [1000]]);
  ws['A2']!.z = 'dd/mm/yyyy';
  ws['A3']!.z = 'dd/mm/yyyy';
  const book = await expectSameAsSheetJs('b.xlsx', sheetJsBook([{ name: 'S', ws }], { date1904: true }));
  expect(book.sheets[0]!.rows[2]![0]).toBe('1906-09-27');
  const district = districtWorkbook('xlsx', [
    { name: 'Gia Lâm', district: 'Huyện Gia Lâm', units: DISTRICT_ROWS },
    { name: 'Đông Anh', district: 'Huyện Đông Anh', units: DISTRICT_ROWS.slice(1) },
  ]);
  const d = await expectSameAsSheetJs('d.xlsm', new Uint8Array(district));
  expect(d.format).toBe('xlsm');
  expect(d.sheets[0]!.merges.length).toBeGreaterThan(3);
});

test('an Excel-like book from exceljs: shared strings, rich text, styles, formulas with results, booleans, errors, hidden rows', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Khen thưởng');
  ws.addRow(['STT', 'Tên', 'Ngày', 'Điểm', 'Đạt', 'Ghi chú']);
  ws.addRow([1, 'HTX Dương Liễu', new Date(Date.UTC(2024, 0, 5)), 9.5, true, { richText: [{ text: 'Đậm ', font: { bold: true } }, { text: 'thường' }] }]);
  ws.addRow([2, 'HTX Phú Thắng', new Date(Date.UTC(2023, 11, 31)), { formula: 'D2*2', result: 19 }, false, { error: '#N/A' }]);
  ws.addRow([3, { formula: 'B2&" mới"', result: 'HTX Dương Liễu mới' }, '31/12/2023', 0, null, '0901234567']);
  ws.getCell('C2').numFmt = 'dd/mm/yyyy';
  ws.getCell('C3').numFmt = 'yyyy-mm-dd hh:mm';
  ws.getCell('D2').numFmt = '0.00';
  ws.getRow(3).hidden = true;
  ws.mergeCells('F3:F4');
  wb.addWorksheet('Trang 2').addRow(['a', 1]);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const book = await expectSameAsSheetJs('e.xlsx', bytes);
  expect(book.sheets[0]!.rows[1]![2]).toBe('2024-01-05');
  expect(book.sheets[0]!.rows[1]![5]).toBe('Đậm thường');
  expect(book.sheets[0]!.rows[2]![3]).toBe(19);
  expect(book.sheets[0]!.hiddenRows).toEqual([2]);
});

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">';

test('hand-written sheet XML: inline and rich inline strings, escapes, empty and self-closing cells and rows, formulas, odd spacing', async () => {
  const base = sheetJsBook([
    { name: 'Tay', ws: XLSX.utils.aoa_to_sheet([['x']]) },
    { name: 'Rỗng', ws: XLSX.utils.aoa_to_sheet([['y']]) },
  ]);
  const sheet =
    SHEET_HEAD +
    '<dimension ref="A1:H9"/><sheetData>\n' +
    '<row r="1" spans="1:8" x14ac:dyDescent="0.25"><c r="A1" t="inlineStr"><is><t>Tên  HTX </t></is></c><c r="B1" t="inlineStr"><is><r><rPr><b/></rPr><t>Đậm</t></r><r><t xml:space="preserve"> nhạt</t></r></is></c>' +
    '<c r="C1" t="str"><v>A &amp;amp; B_x000D_</v></c><c r="D1" t="str"><f>"x"&amp;"y"</f><v>xy</v></c><c r="E1" t="b"/><c r="F1" t="str"/><c r="G1" t="e"><v>#DIV/0!</v></c><c r="H1" s="0"/></row>\n' +
    '<row r="2"/>' +
    '<row r="3" hidden="1"><c r="A3"><v>007</v></c><c r="C3" t="n"><v></v></c><c r="D3"><f>1+1</f><v>2</v></c><c r="E3" t="b"><v>1</v></c></row>' +
    '<row r="5" hidden="true" customHeight="1" ht="0"><c r="B5" t="inlineStr"><is><t>dòng\r\nmới &#7889; &lt;b&gt;</t></is></c><c r="C5"   t="str" ><v>  cách  </v></c></row>' +
    '<row r="7"><c r="A7" t="e"><v>#N/A</v></c></row>' +
    '<row r="9" hidden="0"><c r="A9" t="inlineStr"><is></is></c></row>' +
    '</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><rowBreaks count="1" manualBreakCount="1"><brk id="3" max="16383" man="1"/></rowBreaks></worksheet>';
  const empty = SHEET_HEAD + '<dimension ref="A1"/><sheetData/></worksheet>';
  const bytes = withParts(base, { 'xl/worksheets/sheet1.xml': sheet, 'xl/worksheets/sheet2.xml': empty });
  const book = await expectSameAsSheetJs('h.xlsx', bytes);
  expect(book.sheets[0]!.rows[0]!.slice(0, 3)).toEqual(['Tên  HTX ', 'Đậm nhạt', 'A & B\r']);
  expect(book.sheets[0]!.hiddenRows).toEqual([2, 4]);
  expect(book.sheets[1]!.rows).toEqual([]);
});

test('long, astral and legacy-encoded text without fonts: same text, same repairs and samples', async () => {
  const long = 'Hợp tác xã dịch vụ nông nghiệp tổng hợp '.repeat(6);
  const rows = [
    ['Tên', 'Ghi chú'],
    [long, 'biểu tượng 😀 ở giữa'],
    [encodeTcvn3('HTX Đồng Phú'), encodeVni('Xã Hòa Thọ')],
    ['\u00a0trắng\t', 'é'.normalize('NFD')],
  ];
  for (const sst of [false, true]) {
    const book = await expectSameAsSheetJs('l.xlsx', sheetJsBook([{ name: 'S', ws: XLSX.utils.aoa_to_sheet(rows) }], { sst }));
    expect(book.sheets[0]!.rows[1]).toEqual([long, 'biểu tượng 😀 ở giữa']);
    expect(book.sheets[0]!.rows[2]![0]).toBe('HTX Đồng Phú');
    expect(book.repairCount).toBeGreaterThanOrEqual(1);
  }
});

test('files the fast reader refuses still read through SheetJS, with the same result', async () => {
  // ISO date cells (t="d"), legacy fonts (cell fonts come from SheetJS's side) and namespaced tags.
  const base = sheetJsBook([{ name: 'S', ws: XLSX.utils.aoa_to_sheet([['x']]) }]);
  const isoDates = withParts(base, {
    'xl/worksheets/sheet1.xml':
      SHEET_HEAD + '<sheetData><row r="1"><c r="A1" t="d"><v>2024-01-05T00:00:00Z</v></c><c r="B1"><v>5</v></c></row></sheetData></worksheet>',
  });
  const prefixed = withParts(base, {
    'xl/worksheets/sheet1.xml':
      '<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="str"><x:v>có tiền tố</x:v></x:c></x:row></x:sheetData></x:worksheet>',
  });
  const legacy = new Uint8Array(await legacyFontWorkbook());
  for (const [name, bytes] of [
    ['iso.xlsx', isoDates],
    ['ns.xlsx', prefixed],
    ['font-cu.xlsx', legacy],
  ] as const) {
    await expect(readXlsxWorkbookFast(bytes), name).rejects.toBeInstanceOf(XlsxFastPathRefused);
    expect(await readSpreadsheetAsync(name, bytes), name).toEqual(readSpreadsheet(name, bytes));
  }
  expect((await readSpreadsheetAsync('ns.xlsx', prefixed)).sheets[0]!.rows[0]).toEqual(['có tiền tố']);
  expect((await readSpreadsheetAsync('font-cu.xlsx', legacy)).sheets[0]!.rows[1]![1]).toBe('HTX Đồng Phú');
  // A broken package gives the SheetJS path's message, not a crash of the fast path.
  const broken = base.slice(0, 200);
  await expect(readSpreadsheetAsync('hong.xlsx', broken)).rejects.toThrow(/hong\.xlsx/);
});
