import { test, expect } from '@playwright/test';
import { authorityInText, awardNameInText, nameInText, officeNames, placeInFull, provinceInText, recipientCounts } from '@/domain/documents/officeText';
import { filingLine } from '@/domain/documents/adminDoc';
import { legalGrounds } from '@/domain/documents/letter';
import { meetingTimeText } from '@/domain/documents/minutes';
import { textWidthPt } from '@/domain/documents/textWidth';
import { PROFILE } from './documents-fixtures';

test('names in running text: letterhead capitals to normal case, provinces and Việt Nam keep capitals', () => {
  expect(nameInText('LIÊN MINH HỢP TÁC XÃ THÀNH PHỐ HÀ NỘI')).toBe('Liên minh Hợp tác xã thành phố Hà Nội');
  expect(nameInText('LIÊN MINH HTX TỈNH NINH BÌNH')).toBe('Liên minh Hợp tác xã tỉnh Ninh Bình');
  expect(nameInText('LIÊN MINH HỢP TÁC XÃ THÀNH PHỐ HỒ CHÍ MINH')).toBe('Liên minh Hợp tác xã Thành phố Hồ Chí Minh');
  expect(nameInText('UBND THÀNH PHỐ ĐÀ NẴNG')).toBe('Ủy ban nhân dân thành phố Đà Nẵng');
  expect(nameInText('LIÊN MINH HỢP TÁC XÃ VIỆT NAM')).toBe('Liên minh Hợp tác xã Việt Nam');
});

test('places in full: Thành phố Hồ Chí Minh, never TP.HCM', () => {
  expect(placeInFull('TP. Hồ Chí Minh')).toBe('Thành phố Hồ Chí Minh');
  expect(placeInFull('TP.HCM')).toBe('Thành phố Hồ Chí Minh');
  expect(placeInFull('Hà Nội')).toBe('Hà Nội');
  expect(provinceInText('79')).toBe('Thành phố Hồ Chí Minh');
  expect(provinceInText('01')).toBe('thành phố Hà Nội');
  expect(provinceInText('04')).toBe('tỉnh Cao Bằng');
});

test("the catalogue's generic authorities become the office's own; written names are kept", () => {
  const hn = officeNames(PROFILE);
  expect(hn.peopleCommittee).toBe('Ủy ban nhân dân thành phố Hà Nội');
  expect(authorityInText('Chủ tịch UBND tỉnh', hn)).toBe('Chủ tịch Ủy ban nhân dân thành phố Hà Nội');
  expect(authorityInText('Chủ tịch Liên minh HTX tỉnh', hn)).toBe('Chủ tịch Liên minh Hợp tác xã thành phố Hà Nội');
  expect(authorityInText('Chủ tịch Liên minh HTX Việt Nam', hn)).toBe('Chủ tịch Liên minh Hợp tác xã Việt Nam');
  expect(authorityInText('Chủ tịch UBND tỉnh Ninh Bình', hn)).toBe('Chủ tịch Ủy ban nhân dân tỉnh Ninh Bình');
  expect(awardNameInText('Bằng khen của Chủ tịch UBND tỉnh (cá nhân)', hn)).toBe('Bằng khen của Chủ tịch Ủy ban nhân dân thành phố Hà Nội');
  // A profile without a province: the letterhead's superior body names the committee.
  const noProvince = officeNames({ ...PROFILE, provinceCode: undefined, parentBody: 'UBND TỈNH NINH BÌNH' });
  expect(authorityInText('Chủ tịch UBND tỉnh', noProvince)).toBe('Chủ tịch Ủy ban nhân dân tỉnh Ninh Bình');
  // The office's own wording wins.
  expect(officeNames({ ...PROFILE, agencyNameInText: 'Liên minh HTX thành phố' }).agencyInText).toBe('Liên minh HTX thành phố');
});

test('counts leave out zeros; filing line; legal grounds by date; meeting time', () => {
  expect(recipientCounts(2, 0)).toBe('2 tập thể');
  expect(recipientCounts(0, 3)).toBe('3 cá nhân');
  expect(recipientCounts(1, 1)).toBe('1 tập thể và 1 cá nhân');
  expect(filingLine({ draftingUnit: 'VP' }, 1)).toBe('Lưu: VT, VP, 03.');
  expect(filingLine({ draftingUnit: 'TĐKT' }, 9)).toBe('Lưu: VT, TĐKT, 11.');
  expect(legalGrounds('2023-12-31').join(' ')).toContain('Nghị định số 91/2017/NĐ-CP');
  expect(legalGrounds('2024-01-01').join(' ')).toContain('Nghị định số 98/2023/NĐ-CP');
  expect(legalGrounds('2025-06-30').join(' ')).toContain('Nghị định số 98/2023/NĐ-CP');
  expect(legalGrounds('2025-07-01').join(' ')).toContain('Nghị định số 152/2025/NĐ-CP');
  expect(legalGrounds('2026-01-05')[0]).toBe('Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;');
  expect(meetingTimeText('2026-01-03', '08:30')).toBe('08 giờ 30 phút, ngày 03 tháng 01 năm 2026');
  expect(meetingTimeText('2026-03-15', undefined)).toBe('ngày 15 tháng 3 năm 2026');
});

test('text width: Times New Roman metrics, Vietnamese letters as wide as their base letter', () => {
  expect(textWidthPt('Độc lập', 14, true)).toBeCloseTo(textWidthPt('Doc lap', 14, true), 5);
  // The state line at 13 pt bold is about 100 mm: it fits the 60% column of a portrait page (99 mm) only just.
  const mm = (textWidthPt('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 13, true) * 25.4) / 72;
  expect(mm).toBeGreaterThan(85);
  expect(mm).toBeLessThan(110);
});
