/**
 * Target guess from the header row and the title above it: each rule, and that the reason names
 * the header that decided.
 */
import { test, expect } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as XLSX from 'xlsx';
import { readSpreadsheet } from '../../src-renderer/src/workers/import-read';
import { guessImportTarget } from '../../src-renderer/src/domain/import/targetGuess';
import { guessTarget } from '../../src-renderer/src/domain/import/fields';
import { proposeImport } from '../../src-renderer/src/domain/import/proposal';

test('a proposal list: award form and recipient kind, no decision number', () => {
  const g = guessImportTarget([
    'STT',
    'Phân loại khen thưởng',
    'Tên tập thể/cá nhân/hộ gia đình',
    'Chức vụ',
    'Đơn vị công tác',
    'Danh hiệu thi đua/Hình thức khen thưởng',
    'Phân loại đối tượng',
  ]);
  expect(g.target).toBe('nominations');
  expect(g.reason).toContain('"Danh hiệu thi đua/Hình thức khen thưởng"');
  expect(g.reason).toContain('"Phân loại khen thưởng"');
  expect(g.reason).toContain('không có số quyết định');
});

test('the title "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG" makes a list a proposal even with a year-like column', () => {
  const g = guessImportTarget(['STT', 'Họ và tên', 'Năm sinh - Nam', 'Năm sinh - Nữ', 'Chức vụ - đơn vị', 'Hình thức đề nghị'], {
    title: 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2025',
  });
  expect(g.target).toBe('nominations');
  expect(g.reason).toContain('"Hình thức đề nghị"');
});

test('an award history: form plus decision number or year', () => {
  const g = guessImportTarget(['STT', 'Năm', 'Tên tập thể, cá nhân', 'Hình thức khen thưởng', 'Số QĐ', 'Ngày QĐ', 'Cơ quan ban hành']);
  expect(g.target).toBe('awards');
  expect(g.reason).toContain('"Hình thức khen thưởng"');
  expect(g.reason).toContain('"Số QĐ"');
  // The old entry point keeps answering with the same rules.
  expect(guessTarget(['STT', 'Năm', 'Tên tập thể, cá nhân', 'Hình thức khen thưởng', 'Số QĐ'])).toBe('awards');
});

test('initiatives: đề tài / sáng kiến / tác giả', () => {
  const g = guessImportTarget(['STT', 'Tên đề tài', 'Ngày công nhân', 'Đơn vị công nhận', 'Tên tác giả'], { title: 'DANH SÁCH ĐỀ TÀI SÁNG KIẾN' });
  expect(g.target).toBe('initiatives');
  expect(g.reason).toContain('"Tên đề tài"');
  expect(guessImportTarget(['STT', 'Tác giả', 'Nội dung', 'Hiệu quả']).target).toBe('initiatives');
});

test('ratings: a result column beside a name, no award and no unit indicators', () => {
  const g = guessImportTarget(['STT', 'Họ và tên', 'Chức vụ', 'Kết quả phân loại'], { title: 'KẾT QUẢ PHÂN LOẠI ĐÁNH GIÁ NĂM 2025' });
  expect(g.target).toBe('ratings');
  expect(g.reason).toContain('"Kết quả phân loại"');
  expect(guessImportTarget(['STT', 'Tên HTX', 'Mức độ hoàn thành nhiệm vụ']).target).toBe('ratings');
  // A column whose values are ratings, under a plain header.
  expect(guessImportTarget(['STT', 'Họ và tên', 'Năm 2025'], { samples: [[], ['Nguyễn Văn An'], ['Hoàn thành tốt nhiệm vụ']] }).target).toBe('ratings');
  // A units list with a "Xếp loại" indicator stays a units list.
  expect(guessImportTarget(['STT', 'Tên HTX', 'Mã số thuế', 'Doanh thu', 'Xếp loại']).target).toBe('units');
});

test('people: Họ và tên with personal columns and no award column', () => {
  const g = guessImportTarget(['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Chức vụ', 'Đơn vị công tác']);
  expect(g.target).toBe('people');
  expect(g.reason).toContain('"Họ và tên"');
  expect(g.reason).toContain('"Giới tính"');
});

test('units otherwise, naming the name column', () => {
  const g = guessImportTarget(['STT', 'Tên HTX', 'Mã số thuế', 'Xã/Phường', 'Số thành viên', 'Doanh thu']);
  expect(g.target).toBe('units');
  expect(g.reason).toContain('"Tên HTX"');
  expect(guessImportTarget([]).target).toBe('units');
});

test('proposeImport reads the title line above the header of a real workbook', () => {
  const wb = XLSX.utils.book_new();
  const rows = [
    ['KẾT QUẢ PHÂN LOẠI, ĐÁNH GIÁ CÁN BỘ NĂM 2025'],
    [],
    ['STT', 'Họ và tên', 'Chức vụ', 'Phân loại'],
    [1, 'Nguyễn Văn An', 'Giám đốc', 'Hoàn thành xuất sắc nhiệm vụ'],
  ];
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), 'KQ');
  const b = readSpreadsheet('kq.xlsx', new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer));
  const p = proposeImport(b.sheets);
  expect(p.title).toContain('KẾT QUẢ PHÂN LOẠI');
  expect(p.target).toBe('ratings');
  expect(p.mapping).toEqual(['stt', 'recipientName', 'position', 'rating']);
  // The user's choice wins over the guess; the guess is kept for the wizard to show.
  const chosen = proposeImport(b.sheets, { target: 'people' });
  expect(chosen.target).toBe('people');
  expect(chosen.guess.target).toBe('ratings');
});

const CORPUS = resolve(process.cwd(), '../shared/corpus');
const CASES: Array<[string, string, string]> = [
  ['vn_tdkt_nhandulieu.xlsx', 'nominations', 'Danh hiệu thi đua/Hình thức khen thưởng'],
  ['vn_tdkt_luachon_columns.xlsx', 'nominations', 'Danh hiệu thi đua/Hình thức khen thưởng'],
  ['vn_tdkt_mau_nhap_blank.xlsx', 'nominations', 'Phân loại khen thưởng'],
  ['vn_tdkt_taphe_blank.xlsx', 'nominations', 'Mã hình thức khen thưởng'],
  ['vn_tdkt_quyetdinh_emptysheet.xlsx', 'nominations', 'Hình thức khen thưởng'],
  ['vn_tdkt_detai_sangkien.xlsx', 'initiatives', 'Tên đề tài'],
  ['vn_mau_danhsach_doanhnghiep_blank.xls', 'units', 'Tên doanh nghiệp'],
];
for (const [file, target, header] of CASES) {
  test(`corpus ${file}: ${target}, because of "${header}"`, () => {
    test.skip(!existsSync(join(CORPUS, file)), `Bỏ qua: không có tệp ${file} trong kho mẫu chung.`);
    const p = proposeImport(readSpreadsheet(file, new Uint8Array(readFileSync(join(CORPUS, file)))).sheets);
    expect(p.guess.target).toBe(target);
    expect(p.guess.reason).toContain(header);
  });
}

test('corpus: empty "Lựa chọn …" pick-list columns take no field and do not decide the guess', () => {
  const file = join(CORPUS, 'vn_tdkt_luachon_columns.xlsx');
  test.skip(!existsSync(file), 'Bỏ qua: không có tệp trong kho mẫu chung.');
  const p = proposeImport(readSpreadsheet('vn_tdkt_luachon_columns.xlsx', new Uint8Array(readFileSync(file))).sheets);
  expect(p.layout.names[6]).toMatch(/^Lựa chọn Danh hiệu/);
  expect(p.mapping[1]).toBe('');
  expect(p.mapping[6]).toBe('');
  expect(p.mapping[7]).toBe('awardName');
  expect(p.guess.reason).not.toContain('Lựa chọn');
});
