import { test, expect } from '@playwright/test';
import { detectHeader, isNumberingRow } from '../../src-renderer/src/domain/import/header';
import { classifyRow, type RowKindContext } from '../../src-renderer/src/domain/import/row-kinds';
import type { CellRange, RawCell } from '../../src-renderer/src/domain/import/types';

const ctx: RowKindContext = { headerNames: ['STT', 'Tên đơn vị', 'Mã số thuế'], sttCol: 0, nameCol: 1, inSignature: false };

test('rows holding only a running number are blank template lines, not records', () => {
  expect(classifyRow([17, null, null], ctx)).toBe('empty');
  expect(classifyRow(['18.', null, ''], ctx)).toBe('empty');
  expect(classifyRow([19, 'HTX Tân Phú', null], ctx)).toBe('data');
});

test('names that fold like "Cộng"/"Tổng" are records; real subtotals are dropped', () => {
  for (const name of ['Công ty TNHH Nông sản Việt', 'Công đoàn cơ sở HTX Tân Phú', 'Cộng đồng dân cư thôn 3', 'Công nghiệp', 'Tổng đội TNXP 5'])
    expect(classifyRow([1, name, '0101234567'], ctx), name).toBe('data');
  expect(classifyRow(['Công ty CP Sông Đà', null, null], ctx)).toBe('data');
  for (const sum of ['Cộng', 'Cộng:', 'Tổng cộng', 'TỔNG SỐ', 'Cong', 'Tong cong']) expect(classifyRow([null, sum, 1234], ctx), sum).toBe('subtotal');
});

test('"[1] … [11]" and "3=1x2" rows are column numbers', () => {
  expect(isNumberingRow(['[1]', '[2]', '[3]', '[4]', '[5]', '[6]'])).toBe(true);
  expect(isNumberingRow(['A', 'B', 'C', 1, 2, '3=1x2', 4, '5=1x4', 6, '7=1x6', 'D'])).toBe(true);
  expect(isNumberingRow(['HTX A', '2', '3'])).toBe(false);
});

test('the signature block and filled-in "Label: value" lines are never taken for the header', () => {
  const rows: RawCell[][] = [
    ['Tên đơn vị: Sở Nông nghiệp và PTNT', null, null, null, 'Mẫu số S22-H'],
    ['SỔ CHI TIẾT VẬT LIỆU', null, null, null, null],
    ['Số hiệu', 'Ngày, tháng', 'Diễn giải', 'Số lượng', 'Thành tiền'],
    [71, '01/01/2003', 'Nhập kho', 1, 500000],
    [464, '01/01/2003', 'Xuất dùng', 1, 500000],
    [null, 'Người lập biểu', null, 'Kế toán trưởng', 'Thủ trưởng đơn vị'],
    [null, '(Ký, họ tên)', null, '(Ký, họ tên)', '(Ký, họ tên, đóng dấu)'],
  ];
  const layout = detectHeader(rows);
  expect(layout.headerStart).toBe(2);
  expect(layout.dataStart).toBe(3);
});

test('a header whose words are split over four rows is read as one header', () => {
  const rows: RawCell[][] = [
    ['BẢNG KIỂM KÊ TÀI SẢN CỐ ĐỊNH', null, null, null],
    ['STT', 'Mã', 'Tên', 'Nguyên'],
    [null, 'tài', 'tài', 'giá'],
    [null, 'sản', 'sản', 'theo'],
    [null, 'cố định', 'cố định', 'sổ sách'],
    [1, 'TS01', 'Nhà kho', 120000000],
  ];
  const merges: CellRange[] = [{ s: { r: 1, c: 0 }, e: { r: 4, c: 0 } }];
  const layout = detectHeader(rows, merges);
  expect([layout.headerStart, layout.headerEnd, layout.dataStart]).toEqual([1, 4, 5]);
  expect(layout.names[1]).toBe('Mã - tài - sản - cố định');
});
