import { test, expect } from '@playwright/test';
import { communeByName, findCommunes, matchProvince, provinceByName, provinceFullName } from '../../src-renderer/src/domain/registry/localities';

test('provinceByName matches current names with or without level words and diacritics', () => {
  expect(provinceByName('Hà Nội')?.code).toBe('01');
  expect(provinceByName('Thành phố Hồ Chí Minh')?.code).toBe('79');
  expect(provinceByName('TP.HCM')?.code).toBe('79');
  expect(provinceByName('tp ho chi minh')?.code).toBe('79');
  expect(provinceByName('Tỉnh Khánh Hoà')?.code).toBe('56');
  expect(provinceByName('Dak Lak')?.code).toBe('66');
  expect(provinceByName('  CẦN   THƠ ')?.code).toBe('92');
  expect(provinceByName('')).toBeUndefined();
  expect(provinceByName('Atlantis')).toBeUndefined();
});

test('old provinces map to the province that absorbed them', () => {
  expect(matchProvince('Bình Dương')).toMatchObject({ province: { code: '79' }, via: 'former' });
  expect(provinceByName('Tỉnh Bà Rịa-Vũng Tàu')?.code).toBe('79');
  expect(provinceByName('Hải Dương')?.code).toBe('31');
  expect(provinceByName('Quảng Nam')?.code).toBe('48');
  expect(provinceByName('Sóc Trăng')?.code).toBe('92');
  expect(provinceByName('Hậu Giang')?.code).toBe('92');
  expect(provinceByName('Thừa Thiên Huế')?.code).toBe('46');
  expect(provinceByName('Đăk Nông')?.code).toBe('68');
  expect(provinceByName('Hoà Bình')?.code).toBe('25');
});

test('an old district whose name lives on in one province maps there; ambiguous ones do not', () => {
  expect(matchProvince('Huyện Đông Anh')).toMatchObject({ province: { code: '01' }, via: 'commune' });
  expect(provinceByName('Huyện Củ Chi')?.code).toBe('79');
  expect(provinceByName('Thành phố Thủ Dầu Một')?.code).toBe('79');
  expect(provinceByName('Quận Thủ Đức')?.code).toBe('79');
  // "Châu Thành" and "Gia Lâm" are commune names in several provinces: refuse to guess.
  expect(provinceByName('Huyện Châu Thành')).toBeUndefined();
  expect(provinceByName('Huyện Gia Lâm')).toBeUndefined();
});

test('findCommunes searches word prefixes without diacritics, exact names first', () => {
  const hits = findCommunes('79', 'ben thanh');
  expect(hits[0]?.name).toBe('Phường Bến Thành');
  expect(findCommunes('79', 'phuong ben th').map((c) => c.name)).toContain('Phường Bến Thành');
  expect(findCommunes('79', 'Bến Thành')[0]?.code).toBe('26743');
  // Province filter: Hoàn Kiếm is in Hà Nội, not in TP.HCM.
  expect(findCommunes('79', 'hoan kiem')).toEqual([]);
  expect(findCommunes('01', 'hoan kiem').map((c) => c.code)).toEqual(['00070']);
  // Empty query lists the province, limited.
  expect(findCommunes('01', '', 500)).toHaveLength(126);
  expect(findCommunes('01', '')).toHaveLength(50);
  // Whole country when no province: "Tân An" exists in several provinces.
  const tanAn = findCommunes(undefined, 'tan an', 500).filter((c) => c.name.endsWith(' Tân An'));
  expect(new Set(tanAn.map((c) => c.provinceCode)).size).toBeGreaterThan(3);
  // Exact name ranks before longer names that merely start with it.
  const vinhTuy = findCommunes('01', 'vinh tuy');
  expect(vinhTuy[0]?.name).toBe('Phường Vĩnh Tuy');
});

test('communeByName resolves exact names with or without the type word', () => {
  expect(communeByName('01', 'Hoàn Kiếm')?.code).toBe('00070');
  expect(communeByName('01', 'phường hoàn kiếm')?.code).toBe('00070');
  expect(communeByName('48', 'Đặc khu Hoàng Sa')?.type).toBe('dac_khu');
  expect(communeByName('01', 'Không có')).toBeUndefined();
});

test('provinceFullName prefixes the level', () => {
  expect(provinceFullName({ code: '01', name: 'Hà Nội', formerNames: [] })).toBe('Thành phố Hà Nội');
  expect(provinceFullName({ code: '04', name: 'Cao Bằng', formerNames: [] })).toBe('Tỉnh Cao Bằng');
});

test('display names by code, unknown codes shown as they are, pickers in Vietnamese order', async () => {
  const { provinceName, communeName, provincesSorted, communesSorted, communesOf } = await import('@/domain/registry/localities');
  expect(provinceName('01')).toBe('Hà Nội');
  expect(provinceName('99x')).toBe('99x');
  expect(provinceName(undefined)).toBe('');
  const first = communesOf('01')[0]!;
  expect(communeName(first.code)).toBe(first.name);
  expect(provincesSorted()).toHaveLength(34);
  expect(provincesSorted()[0]!.name).toBe('An Giang');
  const sorted = communesSorted('48');
  expect(sorted).toHaveLength(communesOf('48').length);
  expect(communesSorted(undefined)).toEqual([]);
});
