import { test, expect } from '@playwright/test';
import { formatDateLine, formatDocumentNumber, blankDateLine } from '@/domain/print/dateLine';
import { toRoman } from '@/domain/print/roman';

test('date line: day below 10 padded, months 1 and 2 padded (Nghị định 30/2020)', () => {
  expect(formatDateLine('Hà Nội', '2025-01-05')).toBe('Hà Nội, ngày 05 tháng 01 năm 2025');
  expect(formatDateLine('Hà Nội', '2025-02-09')).toBe('Hà Nội, ngày 09 tháng 02 năm 2025');
  expect(formatDateLine('Đà Nẵng', '2025-03-15')).toBe('Đà Nẵng, ngày 15 tháng 3 năm 2025');
  expect(formatDateLine('Cần Thơ', '2025-12-31')).toBe('Cần Thơ, ngày 31 tháng 12 năm 2025');
  expect(formatDateLine('Hải Phòng', '2025-10-10')).toBe('Hải Phòng, ngày 10 tháng 10 năm 2025');
});

test('date line: house style padding every month below 10; no place; bad dates refused', () => {
  expect(formatDateLine('TP. Hồ Chí Minh', '2025-07-04', { padAllMonths: true })).toBe('TP. Hồ Chí Minh, ngày 04 tháng 07 năm 2025');
  expect(formatDateLine('', '2025-11-20')).toBe('ngày 20 tháng 11 năm 2025');
  expect(() => formatDateLine('Hà Nội', '05/01/2025')).toThrow('Ngày không hợp lệ');
  expect(blankDateLine('Hà Nội', 2025)).toMatch(/^Hà Nội, ngày\s+tháng\s+năm 2025$/);
});

test('document number: "Số: 05/TTr-LMHTX", numbers below 10 padded, blank leaves room', () => {
  expect(formatDocumentNumber('5', 'TTr', 'LMHTX')).toBe('Số: 05/TTr-LMHTX');
  expect(formatDocumentNumber('125', 'BB', 'HĐTĐKT')).toBe('Số: 125/BB-HĐTĐKT');
  expect(formatDocumentNumber('12/QĐ-UBND', 'TTr', 'LMHTX')).toBe('Số: 12/QĐ-UBND');
  expect(formatDocumentNumber('', 'TTr', 'LMHTX')).toMatch(/^Số:\s+\/TTr-LMHTX$/);
});

test('Roman numerals for group rows', () => {
  expect([1, 2, 3, 4, 5, 9, 10, 14, 40, 90, 1999].map(toRoman)).toEqual(['I', 'II', 'III', 'IV', 'V', 'IX', 'X', 'XIV', 'XL', 'XC', 'MCMXCIX']);
  expect(() => toRoman(0)).toThrow();
});
