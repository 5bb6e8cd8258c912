import { test, expect } from '@playwright/test';
import { composeSignAuthority, parseSignAuthority, signatureBlockLines, validateSignatureBlock, SIGN_FORMS } from '@/domain/print/signature';

const DECREE = /Nghị định 30\/2020\/NĐ-CP/;

test('valid signature blocks of Nghị định 30/2020 are accepted', () => {
  const valid: Array<[string, string]> = [
    ['', 'CHỦ TỊCH'], // the head signs in person
    ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
    ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH THƯỜNG TRỰC'],
    ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
    ['KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG'],
    ['TM. BAN THƯỜNG TRỰC', 'CHỦ TỊCH'],
    ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
    ['TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG'],
    ['TUQ. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG'],
    ['TUQ. GIÁM ĐỐC', 'TRƯỞNG PHÒNG TỔ CHỨC CÁN BỘ'],
    ['Q. CHỦ TỊCH', ''],
    ['', 'Q. CHỦ TỊCH'], // the same printed block typed as a title
  ];
  for (const [a, t] of valid) expect(validateSignatureBlock(a, t), `${a} / ${t}`).toBeUndefined();
});

test('case, spacing and Unicode form do not matter: compared as printed (capitals, NFC, single spaces)', () => {
  expect(validateSignatureBlock('kt.  Chủ tịch', 'phó chủ tịch')).toBeUndefined();
  expect(validateSignatureBlock('KT.CHỦ TỊCH', 'PHÓ CHỦ TỊCH')).toBeUndefined();
  expect(validateSignatureBlock('KT. CHU\u0309 TI\u0323CH', 'PHO\u0301 CHU\u0309 TI\u0323CH')).toBeUndefined(); // decomposed (NFD)
  expect(validateSignatureBlock('KT. Chủ tịch', 'Chủ tịch')).toMatch(/không đúng/);
});

test('"KT. CHỦ TỊCH" above "CHỦ TỊCH" is refused: KT. is for a deputy; the head signing leaves the authority empty', () => {
  const msg = validateSignatureBlock('KT. CHỦ TỊCH', 'CHỦ TỊCH');
  expect(msg).toBeDefined();
  expect(msg).toContain('“KT. CHỦ TỊCH” phía trên “CHỦ TỊCH” không đúng');
  expect(msg).toContain('cấp phó ký thay');
  expect(msg).toContain('PHÓ CHỦ TỊCH');
  expect(msg).toContain('Chủ tịch tự ký');
  expect(msg).toMatch(DECREE);
});

test('other invalid combinations are refused, each with why and the decree', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['', 'PHÓ CHỦ TỊCH', /Cấp phó .* ghi “KT\.” trước chức vụ người đứng đầu/], // a deputy never signs in his own name
    ['KT. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG', /“KT\.” chỉ dùng cho cấp phó.*“TL\.”.*“TUQ\.”/],
    ['KT. CHỦ TỊCH', 'PHÓ GIÁM ĐỐC', /cấp phó của CHỦ TỊCH/],
    ['TL. CHỦ TỊCH', 'CHỦ TỊCH', /người đứng đầu tự ký thì không ghi quyền hạn/],
    ['TUQ. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', /ký thay với “KT\. CHỦ TỊCH”/],
    ['TL. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', /không ký thừa lệnh/],
    ['Q. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', /không ghi thêm dòng chức vụ/],
    ['TM. CHỦ TỊCH', 'CHỦ TỊCH', /trước tên tập thể lãnh đạo/],
    ['TM. BAN THƯỜNG TRỰC', 'PHÓ CHỦ TỊCH', /KT\. CHỦ TỊCH/],
    ['KT CHỦ TỊCH', 'PHÓ CHỦ TỊCH', /không đúng thể thức.*có dấu chấm/], // no dot
    ['K.T. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', /không đúng thể thức/],
    ['CHỦ TỊCH', 'PHÓ CHỦ TỊCH', /không đúng thể thức/],
    ['KT.', 'PHÓ CHỦ TỊCH', /Sau “KT\.” ghi chức vụ của người đứng đầu/],
    ['', 'KT. CHỦ TỊCH', /ghi ở dòng trên chức vụ/],
  ];
  for (const [a, t, re] of cases) {
    const msg = validateSignatureBlock(a, t);
    expect(msg, `${a} / ${t}`).toMatch(re);
    expect(msg, `${a} / ${t}`).toMatch(DECREE);
  }
  // A missing title is asked for, without a legal lecture.
  expect(validateSignatureBlock('', '')).toBe('Nhập chức vụ người ký.');
  expect(validateSignatureBlock('KT. CHỦ TỊCH', '  ')).toMatch(/^Nhập chức vụ của cấp phó/);
});

test('authority lines parse into a form and compose back; every offered form composes a valid example', () => {
  expect(parseSignAuthority('KT. CHỦ TỊCH')).toEqual({ form: 'KT', name: 'CHỦ TỊCH' });
  expect(parseSignAuthority('tuq. chủ tịch')).toEqual({ form: 'TUQ', name: 'CHỦ TỊCH' });
  expect(parseSignAuthority('')).toEqual({ form: 'self', name: '' });
  expect(parseSignAuthority(undefined)).toEqual({ form: 'self', name: '' });
  expect(parseSignAuthority('Ký thay Chủ tịch')).toEqual({ form: undefined, raw: 'KÝ THAY CHỦ TỊCH' });
  expect(composeSignAuthority('KT', 'chủ tịch')).toBe('KT. CHỦ TỊCH');
  expect(composeSignAuthority('TM', 'Ban Thường trực')).toBe('TM. BAN THƯỜNG TRỰC');
  expect(composeSignAuthority('self', 'CHỦ TỊCH')).toBe('');
  for (const f of SIGN_FORMS) {
    const authority = composeSignAuthority(f.form, f.namePlaceholder);
    const title = f.titleLabel ? f.titlePlaceholder! : '';
    expect(validateSignatureBlock(authority, title), `${f.form}: ${authority} / ${title}`).toBeUndefined();
    expect(parseSignAuthority(authority)).toEqual({ form: f.form, name: f.namePlaceholder ? f.namePlaceholder : '' });
  }
  expect(signatureBlockLines('KT. Chủ tịch', 'Phó Chủ tịch')).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
  expect(signatureBlockLines('', 'Chủ tịch')).toEqual(['CHỦ TỊCH']);
});
