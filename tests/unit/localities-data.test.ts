import { test, expect } from '@playwright/test';
import { COMMUNES, PROVINCES, CITY_PROVINCE_CODES } from '../../src-renderer/src/domain/registry/localities-data';

// Figures published with Nghị quyết 202/2025/QH15 and the commune resolutions (01/07/2025).
const CITY_COUNTS: Record<string, { phuong: number; xa: number; dac_khu: number }> = {
  '01': { phuong: 51, xa: 75, dac_khu: 0 }, // Hà Nội 126
  '79': { phuong: 113, xa: 54, dac_khu: 1 }, // TP.HCM 168
  '31': { phuong: 45, xa: 67, dac_khu: 2 }, // Hải Phòng 114
  '48': { phuong: 23, xa: 70, dac_khu: 1 }, // Đà Nẵng 94
  '92': { phuong: 31, xa: 72, dac_khu: 0 }, // Cần Thơ 103
  '46': { phuong: 21, xa: 19, dac_khu: 0 }, // Huế 40
};

test('34 provinces with unique two-digit codes, 6 of them centrally-run cities', () => {
  expect(PROVINCES).toHaveLength(34);
  const codes = PROVINCES.map((p) => p.code);
  expect(new Set(codes).size).toBe(34);
  for (const code of codes) expect(code).toMatch(/^\d{2}$/);
  expect(new Set(PROVINCES.map((p) => p.name)).size).toBe(34);
  expect([...CITY_PROVINCE_CODES].sort()).toEqual(['01', '31', '46', '48', '79', '92']);
  for (const code of CITY_PROVINCE_CODES) expect(codes).toContain(code);
});

test('the former provinces add up to the 63 provinces before the merger', () => {
  const merged = PROVINCES.filter((p) => p.formerNames.length > 0 && p.code !== '46');
  expect(merged).toHaveLength(23);
  // Huế only changed its name (Thừa Thiên Huế); every other former name is a province absorbed.
  const absorbed = PROVINCES.filter((p) => p.code !== '46').flatMap((p) => p.formerNames);
  expect(PROVINCES.length + absorbed.length).toBe(63);
  expect(new Set(absorbed).size).toBe(absorbed.length);
  const hcm = PROVINCES.find((p) => p.code === '79')!;
  expect(hcm.formerNames).toEqual(expect.arrayContaining(['Bình Dương', 'Bà Rịa - Vũng Tàu']));
  expect(PROVINCES.find((p) => p.code === '31')!.formerNames).toEqual(['Hải Dương']);
  expect(PROVINCES.find((p) => p.code === '48')!.formerNames).toEqual(['Quảng Nam']);
  expect(PROVINCES.find((p) => p.code === '92')!.formerNames).toEqual(expect.arrayContaining(['Sóc Trăng', 'Hậu Giang']));
});

test('3,321 communes: 2,621 xã, 687 phường, 13 đặc khu, unique five-digit codes', () => {
  expect(COMMUNES).toHaveLength(3321);
  const codes = COMMUNES.map((c) => c.code);
  expect(new Set(codes).size).toBe(3321);
  expect(codes.filter((code) => !/^\d{5}$/.test(code))).toEqual([]);
  const byType = { xa: 0, phuong: 0, dac_khu: 0 };
  for (const c of COMMUNES) byType[c.type]++;
  expect(byType).toEqual({ xa: 2621, phuong: 687, dac_khu: 13 });
  const provinceCodes = new Set(PROVINCES.map((p) => p.code));
  expect(COMMUNES.filter((c) => !provinceCodes.has(c.provinceCode))).toEqual([]);
  expect(PROVINCES.filter((p) => !COMMUNES.some((c) => c.provinceCode === p.code))).toEqual([]);
});

test('names carry their type word and no stray markup', () => {
  const prefix = { xa: 'Xã ', phuong: 'Phường ', dac_khu: 'Đặc khu ' } as const;
  const bad = COMMUNES.filter((c) => !c.name.startsWith(prefix[c.type]) || /<|>|\||\s{2}|^\s|\s$/.test(c.name) || c.name !== c.name.normalize('NFC'));
  expect(bad).toEqual([]);
  const hoanKiem = COMMUNES.find((c) => c.code === '00070');
  expect(hoanKiem).toEqual({ code: '00070', provinceCode: '01', name: 'Phường Hoàn Kiếm', type: 'phuong' });
  const dacKhu = COMMUNES.filter((c) => c.type === 'dac_khu')
    .map((c) => c.name)
    .sort();
  expect(dacKhu).toEqual(
    ['Bạch Long Vĩ', 'Cát Hải', 'Cô Tô', 'Côn Đảo', 'Cồn Cỏ', 'Hoàng Sa', 'Kiên Hải', 'Lý Sơn', 'Phú Quốc', 'Phú Quý', 'Thổ Châu', 'Trường Sa', 'Vân Đồn']
      .map((n) => `Đặc khu ${n}`)
      .sort(),
  );
});

test('commune counts of the cities in the big-cities emulation cluster', () => {
  for (const [code, want] of Object.entries(CITY_COUNTS)) {
    const list = COMMUNES.filter((c) => c.provinceCode === code);
    const got = { phuong: 0, xa: 0, dac_khu: 0 };
    for (const c of list) got[c.type]++;
    expect(got, `province ${code}`).toEqual(want);
  }
});
