import { test, expect } from '@playwright/test';
import { cleanText, foldText, nameKey, queryWords, searchWords } from '@/domain/text/normalize';
import { compareVi } from '@/domain/text/collate';
import { formatDate, formatNumber, parseViDate } from '@/domain/text/format';

test('folding makes search diacritic- and case-insensitive', () => {
  expect(foldText('Dương Liễu')).toBe('duong lieu');
  expect(foldText('DUONG LIEU')).toBe('duong lieu');
  expect(foldText('Đồng Phú')).toBe('dong phu');
  // Decomposed (NFD) input folds like precomposed.
  expect(foldText('Dương Liễu'.normalize('NFD'))).toBe('duong lieu');
  // Ð (U+00D0) typed instead of Đ (U+0110).
  expect(foldText('\u00d0an Hoài')).toBe('dan hoai');
});

test('cleanText normalises NFC, NBSP and double spaces', () => {
  const messy = '  HTX\u00a0 Hòa   Cường '.normalize('NFD');
  expect(cleanText(messy)).toBe('HTX Hòa Cường');
  expect(cleanText(messy)).toBe(cleanText(messy).normalize('NFC'));
});

test('search words and query words agree, old/new tone placement match', () => {
  expect(searchWords('HTX hoa lan Đan Hoài')).toEqual(['htx', 'hoa', 'lan', 'dan', 'hoai']);
  expect(queryWords('Hoà Cường')).toEqual(queryWords('Hòa Cường'));
  expect(nameKey('HTX  Hòa Thọ Tây')).toBe('htx hoa tho tay');
});

test('Vietnamese collation orders ă, â, đ, ư after their base letters', () => {
  const names = ['Ưu Đàm', 'Uyên', 'Đông', 'Dương', 'Ân', 'Ăn', 'An', 'Bình'];
  expect([...names].sort(compareVi)).toEqual(['An', 'Ăn', 'Ân', 'Bình', 'Dương', 'Đông', 'Uyên', 'Ưu Đàm']);
});

test('formats numbers and dates the Vietnamese way', () => {
  expect(formatNumber(1234567)).toBe('1.234.567');
  expect(formatDate('2025-01-05')).toBe('05/01/2025');
  expect(parseViDate('5/1/2025')).toBe('2025-01-05');
  expect(parseViDate('31/02/2025')).toBeNull();
});

test('cleanText removes control characters and bidi overrides that hide in cells', () => {
  expect(cleanText('HTX\u0000 Dương\u0007 Liễu\u001b\u007f')).toBe('HTX Dương Liễu');
  expect(cleanText('\u202eHTX Kim Thành\u202c')).toBe('HTX Kim Thành');
  expect(cleanText('Dòng 1\nDòng 2')).toBe('Dòng 1 Dòng 2');
});
