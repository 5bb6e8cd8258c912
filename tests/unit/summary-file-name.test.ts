import { test, expect } from '@playwright/test';
import { asciiNamePart, packageFileName } from '../../src-renderer/src/domain/summary/file-name';

const SAFE = /^[A-Za-z0-9-]+\.xlsx$/;

test('a package file is named after the sending alliance, in ASCII', () => {
  expect(packageFileName(2015, 'Liên minh HTX thành phố Đà Nẵng', '48')).toBe('Goi-tong-ket-2015-Lien-minh-HTX-thanh-pho-Da-Nang.xlsx');
  // the office profile keeps the agency name in capitals, as printed on documents
  expect(packageFileName(2015, 'LIÊN MINH HỢP TÁC XÃ THÀNH PHỐ HÀ NỘI', '01')).toBe('Goi-tong-ket-2015-Lien-minh-HTX-thanh-pho-Ha-Noi.xlsx');
  expect(packageFileName(2015, 'LIÊN MINH HỢP TÁC XÃ THÀNH PHỐ HỒ CHÍ MINH')).toBe('Goi-tong-ket-2015-Lien-minh-HTX-thanh-pho-Ho-Chi-Minh.xlsx');
  // "Tĩnh" of a place name is not the generic "tỉnh"
  expect(packageFileName(2024, 'LIÊN MINH HỢP TÁC XÃ TỈNH HÀ TĨNH')).toBe('Goi-tong-ket-2024-Lien-minh-HTX-tinh-Ha-Tinh.xlsx');
  expect(packageFileName(2024, 'LIÊN MINH HTX TỈNH BÀ RỊA-VŨNG TÀU')).toBe('Goi-tong-ket-2024-Lien-minh-HTX-tinh-Ba-Ria-Vung-Tau.xlsx');
  // a mixed-case name keeps its capitals as typed
  expect(packageFileName(2015, 'Liên minh Hợp tác xã Thành phố Cần Thơ')).toBe('Goi-tong-ket-2015-Lien-minh-HTX-Thanh-pho-Can-Tho.xlsx');
});

test('the five cities of the cluster give five different names', () => {
  const names = ['Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ'].map((c) => packageFileName(2015, `Liên minh HTX thành phố ${c}`));
  expect(new Set(names).size).toBe(5);
  for (const n of names) expect(n).toMatch(SAFE);
});

test('decomposed text, Icelandic Ð, odd spaces and characters Windows refuses all fold away', () => {
  const nfc = packageFileName(2015, 'Liên minh HTX thành phố Đà Nẵng');
  expect(packageFileName(2015, 'Liên minh HTX thành phố Đà Nẵng'.normalize('NFD'))).toBe(nfc);
  expect(packageFileName(2015, ' Liên\u00a0minh  HTX thành phố \u00d0à Nẵng ')).toBe(nfc);
  const odd = packageFileName(2015, 'LM "HTX" <Cần Thơ>: a/b\\c|d?e*f. ');
  expect(odd).toBe('Goi-tong-ket-2015-LM-HTX-Can-Tho-a-b-c-d-e-f.xlsx');
  expect(odd).toMatch(SAFE);
  expect(asciiNamePart('Đồng Phú – đất đỏ')).toBe('Dong-Phu-dat-do');
});

test('an empty office name falls back to the province code; a long one is cut at a word', () => {
  expect(packageFileName(2015, '', '48')).toBe('Goi-tong-ket-2015-LMHTX-48.xlsx');
  expect(packageFileName(2015, '  ***  ')).toBe('Goi-tong-ket-2015-LMHTX.xlsx');
  const long = asciiNamePart('Liên minh Hợp tác xã và Doanh nghiệp ngoài nhà nước thành phố Hồ Chí Minh khu vực phía Nam mở rộng');
  expect(long.length).toBeLessThanOrEqual(80);
  expect(long).toMatch(/^Lien-minh-HTX-va-Doanh-nghiep-.*[A-Za-z0-9]$/);
  expect('Lien-minh-HTX-va-Doanh-nghiep-ngoai-nha-nuoc-thanh-pho-Ho-Chi-Minh-khu-vuc-phia-Nam-mo-rong'.startsWith(long)).toBe(true);
});
