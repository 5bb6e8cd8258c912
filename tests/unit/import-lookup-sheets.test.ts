/**
 * Code tables in other sheets (DANHMUC side-by-side blocks, HTKT name-then-code, "phan loai kt"
 * without a header) and the list columns whose cells are their codes, read as the names they stand for.
 */
import { test, expect } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as XLSX from 'xlsx';
import { readSpreadsheet } from '../../src-renderer/src/workers/import-read';
import { codeLookupsOf, findLookupTables, resolveCodeColumns } from '../../src-renderer/src/domain/import/lookupSheets';
import { proposeImport } from '../../src-renderer/src/domain/import/proposal';
import { buildPlan } from '../../src-renderer/src/domain/import/plan';
import { CATALOG_SEED } from '../../src-renderer/src/domain/awards/catalogSeed';
import { PROVINCES, COMMUNES } from '../../src-renderer/src/domain/registry/localities-data';

type Cell = string | number | null;

function book(sheets: Array<[string, Cell[][]]>) {
  const wb = XLSX.utils.book_new();
  for (const [name, rows] of sheets) XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), name);
  const buf = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
  return readSpreadsheet('de-nghi.xlsx', new Uint8Array(buf));
}

// Codes stored as numbers in one block and as text in another, as the provincial templates do.
const DANHMUC: Cell[][] = [
  [],
  ['STT', 'Mã số', 'Hình thức khen thưởng', null, 'STT', 'Mã số', 'Danh hiệu thi đua', null, 'STT', 'Mã số phân loại', 'Tên phân loại đơn vị'],
  [1, 1650359884, 'Huân chương Sao vàng', null, 1, '1647933380', 'Chiến sĩ thi đua cơ sở', null, 1, 1660638226, 'Cơ quan hành chính, sự nghiệp'],
  [2, 1650359965, 'Huân chương Hồ Chí Minh', null, 2, '1647933381', 'Chiến sĩ thi đua toàn quốc', null, 2, 1660638247, 'Doanh nghiệp'],
  [3, 1650360128, 'Huân chương Độc Lập', null, 3, '1647933042', 'Lao động tiên tiến', null, 3, 1660638538, 'Hộ gia đình'],
  [4, 1650360184, 'Huân chương Lao động', null, 4, '1647933079', 'Cờ thi đua của Chính phủ'],
];
const HTKT: Cell[][] = [
  ['tenhinhthuckt', 'mahinhthuckt'],
  ['Anh hùng Lao động', 1650360372],
  ['Bằng khen cấp bộ, ban, ngành, tỉnh, đoàn thể trung ương', 1650360491],
  ['Cờ thi đua của Chính phủ', 1647933079],
];
const PHAN_LOAI: Cell[][] = [[], ['Khen thưởng cá nhân', 'CANHAN'], ['Khen thưởng tập thể', 'TAPTHE'], ['Khen thưởng hộ gia đình', 'HOGIADINH']];
const LIST: Cell[][] = [
  ['DANH SÁCH TẬP THỂ ĐỀ NGHỊ KHEN THƯỞNG'],
  [],
  ['STT', 'Tên đơn vị / tập thể', 'Phân loại khen thưởng', 'Mã phân loại tập thể', 'Mã hình thức khen thưởng', 'Mã danh hiệu thi đua', 'Ghi chú'],
  [1, 'HTX Dương Liễu', 'TAPTHE', 1660638247, 1650359884, 1647933380, 'Đề nghị lần đầu'],
  [2, 'HTX Phú Thắng', 'TAPTHE', '1660638247', '1650360184', null, 'Ghi chú khác'],
  [3, 'Gia đình ông Lê Văn Hải', 'HOGIADINH', 1660638538, 1650360184, null, null],
];

test('finds side-by-side DANHMUC blocks, a name-first HTKT table and a headerless code sheet', () => {
  const b = book([
    ['DANHMUC', DANHMUC],
    ['HTKT', HTKT],
    ['phan loai kt', PHAN_LOAI],
  ]);
  const tables = findLookupTables(b.sheets);
  const byTitle = new Map(tables.map((t) => [`${t.sheet}/${t.title}`, t]));
  expect([...byTitle.keys()].sort()).toEqual(
    ['DANHMUC/Danh hiệu thi đua', 'DANHMUC/Hình thức khen thưởng', 'DANHMUC/Tên phân loại đơn vị', 'HTKT/tenhinhthuckt', 'phan loai kt/phan loai kt'].sort(),
  );
  expect(byTitle.get('DANHMUC/Hình thức khen thưởng')!.entries.get('1650359884')).toBe('Huân chương Sao vàng');
  expect(byTitle.get('DANHMUC/Danh hiệu thi đua')!.entries.get('1647933042')).toBe('Lao động tiên tiến');
  // The header row of HTKT is no entry, and the code comes second.
  const htkt = byTitle.get('HTKT/tenhinhthuckt')!;
  expect(htkt.entries.size).toBe(3);
  expect(htkt.entries.get('1647933079')).toBe('Cờ thi đua của Chính phủ');
  expect(byTitle.get('phan loai kt/phan loai kt')!.entries.get('HOGIADINH')).toBe('Khen thưởng hộ gia đình');
  // The STT column (1, 2, 3) is a running number, never a table of codes.
  expect(tables.every((t) => !t.entries.has('1') || t.entries.size > 3)).toBe(true);
});

test('code columns of the list resolve to the table that explains them; numbers match codes written as text', () => {
  const b = book([
    ['DANHSACH', LIST],
    ['DANHMUC', DANHMUC],
    ['phan loai kt', PHAN_LOAI],
  ]);
  const tables = findLookupTables(b.sheets, 0);
  const cols = resolveCodeColumns(b.sheets[0]!.rows, 3, 7, tables);
  const byCol = new Map(cols.map((c) => [c.col, c]));
  expect([...byCol.keys()]).toEqual([2, 3, 4, 5]);
  expect(byCol.get(2)!.table.sheet).toBe('phan loai kt');
  expect(byCol.get(3)!.table.title).toBe('Tên phân loại đơn vị');
  expect(byCol.get(4)!.table.title).toBe('Hình thức khen thưởng');
  expect(byCol.get(4)!).toMatchObject({ matched: 3, total: 3 });
  expect(byCol.get(4)!.examples).toContainEqual(['1650359884', 'Huân chương Sao vàng']);
  // The Danh hiệu block stores its codes as text; the list cell is a number.
  expect(byCol.get(5)!.table.title).toBe('Danh hiệu thi đua');
  const lookups = codeLookupsOf(cols);
  expect(lookups.get(4)!.get('1650360184')).toBe('Huân chương Lao động');
  expect(lookups.get(5)!.get('1647933380')).toBe('Chiến sĩ thi đua cơ sở');
  // Names and notes are no codes.
  expect(byCol.has(1)).toBe(false);
  expect(byCol.has(6)).toBe(false);
});

test('a column mostly of other text is not a code column (under 80 % codes)', () => {
  const rows: Cell[][] = [
    ['Tên', 'Hình thức'],
    ['A', 1650359884],
    ['B', 'Bằng khen'],
    ['C', 'Giấy khen'],
    ['D', 'Bằng khen'],
  ];
  const tables = findLookupTables(book([['DANHMUC', DANHMUC]]).sheets);
  expect(resolveCodeColumns(rows, 1, 2, tables)).toEqual([]);
});

test('a DANHMUC code stored as a number reaches the plan as "Huân chương Sao vàng"', () => {
  const b = book([
    ['DANHSACH', LIST],
    ['DANHMUC', DANHMUC],
  ]);
  const p = proposeImport(b.sheets, { target: 'awards' });
  expect(p.sheet.index).toBe(0);
  expect(p.mapping[4]).toBe('awardName');
  const plan = buildPlan({
    target: 'awards',
    sheets: [{ index: 0, name: 'DANHSACH', rows: b.sheets[0]!.rows, layout: p.layout }],
    mapping: p.mapping,
    defaultYear: 2025,
    today: '2026-12-04',
    existing: { units: [], people: [], awardKeys: [] },
    localities: { provinces: PROVINCES, communes: COMMUNES },
    catalog: CATALOG_SEED.map(({ code, name, recipient, commendationType, active }) => ({ code, name, recipient, commendationType, active })),
    codeLookups: codeLookupsOf(p.codeColumns),
  });
  expect(plan.rows.map((r) => r.values.awardName)).toEqual(['Huân chương Sao vàng', 'Huân chương Lao động', 'Huân chương Lao động']);
  // Without the lookup the code stays a code.
  const raw = buildPlan({
    target: 'awards',
    sheets: [{ index: 0, name: 'DANHSACH', rows: b.sheets[0]!.rows, layout: p.layout }],
    mapping: p.mapping,
    defaultYear: 2025,
    today: '2026-12-04',
    existing: { units: [], people: [], awardKeys: [] },
    localities: { provinces: PROVINCES, communes: COMMUNES },
  });
  expect(String(raw.rows[0]!.values.awardName)).toBe('1650359884');
});

const CORPUS = resolve(process.cwd(), '../shared/corpus');

test("corpus: the nomination template's lookup sheets", () => {
  const file = join(CORPUS, 'vn_tdkt_mau_nhap_blank.xlsx');
  test.skip(!existsSync(file), 'Bỏ qua: không có tệp mẫu trong kho mẫu chung.');
  const b = readSpreadsheet('vn_tdkt_mau_nhap_blank.xlsx', new Uint8Array(readFileSync(file)));
  const p = proposeImport(b.sheets);
  const sheets = new Set(p.lookups.map((t) => t.sheet));
  expect([...sheets].sort()).toEqual(['HTKT', 'LVHD', 'PLDT', 'phan loai kt']);
  const htkt = p.lookups.find((t) => t.sheet === 'HTKT')!;
  expect(htkt.entries.get('1650360372')).toBe('Anh hùng Lao động');
  const lvhd = p.lookups.find((t) => t.sheet === 'LVHD')!;
  expect(lvhd.title).toBe('NAME');
  expect(lvhd.entries.get('0001')).toBe('An ninh - Quốc phòng');
});

test('corpus: DANHMUC of the Quảng Bình list has three blocks, and its list cells are names, not codes', () => {
  const file = join(CORPUS, 'vn_tdkt_nhandulieu.xlsx');
  test.skip(!existsSync(file), 'Bỏ qua: không có tệp trong kho mẫu chung.');
  const b = readSpreadsheet('vn_tdkt_nhandulieu.xlsx', new Uint8Array(readFileSync(file)));
  const p = proposeImport(b.sheets);
  expect(p.lookups.map((t) => t.title)).toEqual(['Hình thức khen thưởng', 'Danh hiệu thi đua', 'Tên phân loại đơn vị']);
  expect(p.lookups[0]!.entries.get('1650359884')).toBe('Huân chương Sao vàng');
  expect(p.codeColumns).toEqual([]);
});
