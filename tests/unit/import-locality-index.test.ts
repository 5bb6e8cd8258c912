import { test, expect } from '@playwright/test';
import { LocalityIndex } from '@/domain/import/localityIndex';

const INDEX = new LocalityIndex({
  provinces: [
    { code: '01', name: 'Thành phố Hà Nội', formerNames: ['Hà Tây'] },
    { code: '26', name: 'Tỉnh Phú Thọ', formerNames: ['Vĩnh Phúc', 'Hòa Bình'] },
  ],
  communes: [
    { code: '00001', provinceCode: '01', name: 'Xã Tiền Phong' },
    { code: '00002', provinceCode: '26', name: 'Xã Tiền Phong' },
    { code: '00003', provinceCode: '01', name: 'Phường Ba Đình' },
  ],
});

test('provinces are found by their current and former names, written loosely', () => {
  expect(INDEX.province('Hà Nội')).toBe('01');
  expect(INDEX.province('TP. Hà Nội')).toBe('01');
  expect(INDEX.province('tỉnh Hà Tây')).toBe('01');
  expect(INDEX.province('Vĩnh Phúc')).toBe('26');
  expect(INDEX.province('Hòa Bình')).toBe('26');
  expect(INDEX.province('Quảng Ninh')).toBeUndefined();
});

test('a commune is placed within its province, or nationwide only when its name is unique', () => {
  expect(INDEX.commune('Tiền Phong', '01')).toBe('00001');
  expect(INDEX.commune('xã Tiền Phong', '26')).toBe('00002');
  expect(INDEX.commune('Tiền Phong', undefined)).toBeUndefined();
  expect(INDEX.commune('Ba Đình', undefined)).toBe('00003');
  expect(INDEX.commune('Ba Đình', '26')).toBeUndefined();
  expect(INDEX.communeName('00003')).toBe('Phường Ba Đình');
  expect(INDEX.communeName(undefined)).toBeUndefined();
  expect(INDEX.hasCommunes).toBe(true);
  expect(new LocalityIndex({ provinces: [], communes: [] }).hasCommunes).toBe(false);
});
