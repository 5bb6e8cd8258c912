/**
 * Sheet choice: the list sheet wins over code tables (DANHMUC, HTKT…), instruction sheets with
 * example rows, and empty or near-empty sheets, whatever their order; the reason says why in Vietnamese.
 */
import { test, expect } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as XLSX from 'xlsx';
import { readSpreadsheet } from '../../src-renderer/src/workers/import-read';
import { chooseSheet } from '../../src-renderer/src/domain/import/sheetChoice';

type Cell = string | number | null;

/** A real .xlsx written and read back through the importer's reader. */
function book(sheets: Array<[string, Cell[][]]>) {
  const wb = XLSX.utils.book_new();
  for (const [name, rows] of sheets) XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), name);
  const buf = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
  return readSpreadsheet('danh-sach.xlsx', new Uint8Array(buf));
}

const DANHMUC: Cell[][] = [
  [],
  ['STT', 'Mã số', 'Hình thức khen thưởng', null, 'STT', 'Mã số', 'Danh hiệu thi đua'],
  [1, 1650359884, 'Huân chương Sao vàng', null, 1, 1647933380, 'Chiến sĩ thi đua cơ sở'],
  [2, 1650359965, 'Huân chương Hồ Chí Minh', null, 2, 1647933381, 'Chiến sĩ thi đua toàn quốc'],
  [3, 1650360128, 'Huân chương Độc Lập', null, 3, 1647933042, 'Lao động tiên tiến'],
];
const HEADER: Cell[] = ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Chức vụ', 'Đơn vị công tác', 'Hình thức khen thưởng'];
const LIST: Cell[][] = [
  ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG'],
  [],
  HEADER,
  [1, 'Nguyễn Văn An', 'Nam', '1980', 'Giám đốc', 'HTX Dương Liễu', 1650359884],
  [2, 'Trần Thị Bình', 'Nữ', '1985', 'Kế toán', 'HTX Dương Liễu', 1650359965],
  [3, 'Lê Văn Cường', 'Nam', '1979', 'Chủ tịch', 'HTX Phú Thắng', 1650360128],
  [4, 'Phạm Thị Dung', 'Nữ', '1990', 'Thành viên', 'HTX Phú Thắng', 1650359884],
];
// An instruction sheet repeats the header with more example rows than the list itself has.
const GUIDE: Cell[][] = [HEADER, ...Array.from({ length: 8 }, (_, i) => [i + 1, `Ví dụ ${i + 1}`, 'Nam', '1970', 'Giám đốc', 'HTX Mẫu', 'Bằng khen'])];

test('the list wins over a code table and an instruction sheet placed before it', () => {
  const b = book([
    ['DANHMUC', DANHMUC],
    ['Hướng dẫn', GUIDE],
    ['DANHSACH', LIST],
  ]);
  const choice = chooseSheet(b.sheets);
  expect(choice.index).toBe(2);
  expect(choice.reason).toContain('Chọn trang "DANHSACH"');
  expect(choice.reason).toContain('Họ và tên');
  expect(choice.reason).toContain('4 dòng dữ liệu');
  expect(choice.reason).toContain('bỏ qua "DANHMUC" (bảng mã tra cứu)');
  expect(choice.reason).toContain('"Hướng dẫn" (trang hướng dẫn)');
});

test('a header-only template sheet still wins over the instruction sheet that holds example rows', () => {
  const b = book([
    ['file nhận', [HEADER]],
    [
      'HTKT',
      [
        ['tenhinhthuckt', 'mahinhthuckt'],
        ['Huân chương Lao động', 1650360184],
        ['Bằng khen', 1650360491],
        ['Giấy khen', 1650360500],
      ],
    ],
    ['huong dan', GUIDE],
  ]);
  const choice = chooseSheet(b.sheets);
  expect(choice.index).toBe(0);
  expect(choice.reason).toContain('chưa có dòng dữ liệu');
});

test('a near-empty first sheet and a sheet with no used range are skipped', () => {
  const stray: Cell[][] = [];
  stray[40] = [null, 'x'];
  const b = book([
    ['Sheet1', stray],
    ['Trống', []],
    ['DS', LIST],
  ]);
  const choice = chooseSheet(b.sheets);
  expect(choice.index).toBe(2);
  expect(choice.reason).toContain('"Sheet1" (gần như trống)');
});

test('the first list is kept when a later sheet is no better (two lists of the same shape)', () => {
  const b = book([
    ['Đợt 1', LIST],
    ['Đợt 2', LIST],
  ]);
  expect(chooseSheet(b.sheets).index).toBe(0);
});

test('no list anywhere: the first sheet with content, said so', () => {
  const b = book([
    ['Bìa', [['BÁO CÁO THỐNG KÊ'], ['Quý II năm 2016']]],
    [
      'Số liệu',
      [
        ['Chỉ tiêu', 'Quý I', 'Quý II'],
        ['Sản lượng', 10, 12],
      ],
    ],
  ]);
  const choice = chooseSheet(b.sheets);
  expect(choice.index).toBe(0);
  expect(choice.reason).toMatch(/không trang nào có cột tên rõ ràng/);
});

const CORPUS = resolve(process.cwd(), '../shared/corpus');
const CASES: Array<[string, string]> = [
  ['vn_tdkt_mau_nhap_blank.xlsx', 'file nhận'],
  ['vn_tdkt_nhandulieu.xlsx', 'DANHSACH'],
  ['vn_tdkt_quyetdinh_emptysheet.xlsx', 'DANHSACH'],
  ['vn_gso_2001_09_tcvn3.xls', '1DS2001 '],
  ['vn_gso_2009_05_mixed.xls', 'Nongnghiep'],
  ['vn_gso_2016_06.xlsx', 'GDP'],
  ['vn_congbo_gia_vlxd_import_sheet.xls', 'mau bieu import hẹ thong'],
];
for (const [file, sheet] of CASES) {
  test(`corpus ${file}: sheet "${sheet}"`, () => {
    test.skip(!existsSync(join(CORPUS, file)), `Bỏ qua: không có tệp ${file} trong kho mẫu chung.`);
    const b = readSpreadsheet(file, new Uint8Array(readFileSync(join(CORPUS, file))));
    const choice = chooseSheet(b.sheets);
    expect(b.sheets[choice.index]!.name).toBe(sheet);
  });
}

test('corpus: the nomination template names the lookup and instruction sheets it skipped', () => {
  const file = join(CORPUS, 'vn_tdkt_mau_nhap_blank.xlsx');
  test.skip(!existsSync(file), 'Bỏ qua: không có tệp mẫu trong kho mẫu chung.');
  const choice = chooseSheet(readSpreadsheet('vn_tdkt_mau_nhap_blank.xlsx', new Uint8Array(readFileSync(file))).sheets);
  for (const s of ['HTKT', 'PLDT', 'LVHD', 'phan loai kt']) expect(choice.reason).toContain(`"${s}" (bảng mã tra cứu)`);
  expect(choice.reason).toContain('"Hướng dẫn" (trang hướng dẫn)');
});
