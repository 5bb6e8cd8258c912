import { test, expect } from '@playwright/test';
import { placeNameOf, profileFromSetup, setupProblem, suggestOffice, type OfficeSetupAnswers } from '../../src-renderer/src/domain/registry/officeSetup';
import { validateSignatureBlock } from '../../src-renderer/src/domain/print/signature';
import type { OfficeProfile } from '../../src-renderer/src/domain/registry/types';

const BASE: OfficeProfile = {
  allianceName: 'X',
  parentBody: '',
  placeName: '',
  leaderName: '',
  leaderTitle: '',
  signAuthority: '',
  documentPrefix: '',
  draftingUnit: 'VP',
  userName: 'Người dùng',
};

test('suggested letterhead: a province, a centrally-run city, the national alliance', () => {
  expect(suggestOffice('province', '40')).toEqual({
    allianceName: 'LIÊN MINH HỢP TÁC XÃ TỈNH NGHỆ AN',
    parentBody: 'UBND TỈNH NGHỆ AN',
    placeName: 'Nghệ An',
    documentPrefix: 'LMHTX',
  });
  expect(suggestOffice('province', '46')).toMatchObject({
    allianceName: 'LIÊN MINH HỢP TÁC XÃ THÀNH PHỐ HUẾ',
    parentBody: 'UBND THÀNH PHỐ HUẾ',
    placeName: 'Huế',
  });
  expect(suggestOffice('province', '79')).toMatchObject({ allianceName: 'LIÊN MINH HỢP TÁC XÃ THÀNH PHỐ HỒ CHÍ MINH', placeName: 'Thành phố Hồ Chí Minh' });
  expect(suggestOffice('national', undefined)).toEqual({
    allianceName: 'LIÊN MINH HỢP TÁC XÃ VIỆT NAM',
    parentBody: '',
    placeName: 'Hà Nội',
    documentPrefix: 'LMHTXVN',
  });
  // No province yet: nothing invented.
  expect(suggestOffice('province', undefined)).toMatchObject({ allianceName: '', parentBody: '', placeName: '' });
  expect(placeNameOf('99')).toBe('');
});

const answers = (over: Partial<OfficeSetupAnswers> = {}): OfficeSetupAnswers => ({
  level: 'province',
  provinceCode: '40',
  ...suggestOffice('province', '40'),
  leaderName: '  Trần  Thị Mai ',
  leaderTitle: 'phó chủ tịch',
  ...over,
});

test('what the setup still needs, in order', () => {
  expect(setupProblem(answers())).toBeUndefined();
  expect(setupProblem(answers({ provinceCode: '' }))).toBe('Chọn tỉnh/thành phố.');
  expect(setupProblem(answers({ allianceName: ' ' }))).toBe('Tên cơ quan là bắt buộc.');
  expect(setupProblem(answers({ leaderName: '' }))).toBe('Nhập họ tên người ký.');
  expect(setupProblem(answers({ leaderTitle: '' }))).toBe('Nhập chức vụ người ký.');
  expect(setupProblem(answers({ documentPrefix: '' }))).toBe('Nhập ký hiệu cơ quan trong số văn bản.');
  expect(setupProblem(answers({ documentPrefix: 'TTr/LMHTX' }))).toMatch(/viết liền/);
});

test('the saved profile: a vice-chair signs KT. CHỦ TỊCH, the chair signs in person; other fields kept', () => {
  const deputy = profileFromSetup(answers(), BASE);
  expect(deputy).toMatchObject({
    allianceName: 'LIÊN MINH HỢP TÁC XÃ TỈNH NGHỆ AN',
    parentBody: 'UBND TỈNH NGHỆ AN',
    provinceCode: '40',
    placeName: 'Nghệ An',
    leaderName: 'Trần Thị Mai',
    leaderTitle: 'PHÓ CHỦ TỊCH',
    signAuthority: 'KT. CHỦ TỊCH',
    documentPrefix: 'LMHTX',
    draftingUnit: 'VP',
    userName: 'Người dùng',
  });
  expect(validateSignatureBlock(deputy.signAuthority, deputy.leaderTitle)).toBeUndefined();
  const chair = profileFromSetup(answers({ leaderTitle: 'Chủ tịch', documentPrefix: 'lmhtx' }), BASE);
  expect([chair.signAuthority, chair.leaderTitle, chair.documentPrefix]).toEqual(['', 'CHỦ TỊCH', 'LMHTX']);
  expect(validateSignatureBlock(chair.signAuthority, chair.leaderTitle)).toBeUndefined();
});
