import { test, expect } from '@playwright/test';
import {
  tcvn3ToUnicode,
  vniToUnicode,
  detectLegacyEncoding,
  encodingOfFont,
  repairLegacyText,
  repairRuns,
  isVietnameseSyllable,
} from '../../src-renderer/src/domain/import/legacy-encoding';
import { decodeTextBytes } from '../../src-renderer/src/domain/import/text-decoding';
import { parseCsv, sniffDelimiter } from '../../src-renderer/src/domain/import/csv';
import { detectHeader, isNumberingRow } from '../../src-renderer/src/domain/import/header';
import { suggestMapping, guessTarget, headerSignature } from '../../src-renderer/src/domain/import/fields';
import { parseNumber, parseDate, parseCode, parseYear, parseFlag, isoFromExcelSerial } from '../../src-renderer/src/domain/import/values';
import { classifyRow } from '../../src-renderer/src/domain/import/row-kinds';
import { buildPlan } from '../../src-renderer/src/domain/import/plan';
import type { ExistingIndex } from '../../src-renderer/src/domain/import/planTypes';
import { looksLikePersonName } from '../../src-renderer/src/domain/import/awardMatch';
import { encodeTcvn3, encodeVni } from '../fixtures/import/legacy-encode';

test.describe('legacy encodings', () => {
  test('TCVN3 bytes become Unicode letters', () => {
    expect(tcvn3ToUnicode('Hîp t¸c x·')).toBe('Hợp tác xã');
    expect(tcvn3ToUnicode('Tæ hîp t¸c')).toBe('Tổ hợp tác');
    expect(tcvn3ToUnicode('§ång Phó')).toBe('Đồng Phú');
  });

  test('VNI base letter + mark becomes Unicode', () => {
    expect(vniToUnicode('Hôïp taùc xaõ')).toBe('Hợp tác xã');
    expect(vniToUnicode('Ñoàng Phuù')).toBe('Đồng Phú');
    expect(vniToUnicode('Dòch vuï Nöôùc saïch')).toBe('Dịch vụ Nước sạch');
  });

  test('round trip through independent encoders for every Vietnamese letter', () => {
    const text = 'Trường Xuân Ánh ăn ắt ặt ầm ẩn ẫy ậu ẻo ẽ ẹ ế ệ ỉ ĩ ị ỏ õ ọ ồ ổ ỗ ộ ờ ở ỡ ợ ủ ũ ụ ừ ử ữ ự ỳ ỷ ỹ ý ỵ đ Đ';
    expect(vniToUnicode(encodeVni(text))).toBe(text);
    expect(tcvn3ToUnicode(encodeTcvn3(text.toLowerCase()))).toBe(text.toLowerCase());
  });

  test('font names pick the encoding; .Vn…H fonts are capitals', () => {
    expect(encodingOfFont('.VnTime')).toEqual({ encoding: 'tcvn3', upper: false });
    expect(encodingOfFont('.VnTimeH')).toEqual({ encoding: 'tcvn3', upper: true });
    expect(encodingOfFont('VNI-Times')).toEqual({ encoding: 'vni', upper: false });
    expect(encodingOfFont('Times New Roman')).toBeNull();
    expect(repairLegacyText('Hîp t¸c x·', '.VnTimeH').text).toBe('HỢP TÁC XÃ');
    // A legacy font holding Unicode text is left alone.
    expect(repairLegacyText('Hợp tác xã', '.VnTime')).toEqual({ text: 'Hợp tác xã', from: null });
  });

  test('statistics detect TCVN3 and VNI without a font, and leave real Latin-1 Vietnamese alone', () => {
    expect(detectLegacyEncoding('Hîp t¸c x· n«ng nghiÖp §ång Phó')).toBe('tcvn3');
    expect(detectLegacyEncoding('Hôïp taùc xaõ noâng nghieäp Ñoàng Phuù')).toBe('vni');
    expect(detectLegacyEncoding('Cà Mau')).toBeNull();
    expect(detectLegacyEncoding('Hợp tác xã')).toBeNull();
    expect(detectLegacyEncoding('plain ascii')).toBeNull();
    expect(isVietnameseSyllable('nghiêng')).toBe(true);
    expect(isVietnameseSyllable('taùc')).toBe(false);
  });

  test('rich-text runs with mixed fonts are converted run by run', () => {
    const r = repairRuns([
      { text: 'HTX ', font: 'Arial' },
      { text: '§ång Phó', font: '.VnTime' },
      { text: ' - Ñoàng', font: 'VNI-Times' },
    ]);
    expect(r.text).toBe('HTX Đồng Phú - Đồng');
  });
});

test.describe('CSV decoding and parsing', () => {
  const sample = 'Tên HTX;Địa chỉ\nHTX Dương Liễu;Hoài Đức\n';
  const utf16 = (s: string, le: boolean, bom: boolean) => {
    const out: number[] = bom ? (le ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
    for (const ch of s) {
      const c = ch.charCodeAt(0);
      out.push(...(le ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
    }
    return new Uint8Array(out);
  };

  test('UTF-8, UTF-8 BOM, UTF-16 with and without BOM', () => {
    const utf8 = new TextEncoder().encode(sample);
    expect(decodeTextBytes(utf8)).toEqual({ text: sample, encoding: 'utf-8' });
    expect(decodeTextBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])).encoding).toBe('utf-8-bom');
    expect(decodeTextBytes(utf16(sample, true, true)).text).toBe(sample);
    expect(decodeTextBytes(utf16(sample, false, true)).text).toBe(sample);
    expect(decodeTextBytes(utf16(sample, true, false))).toEqual({ text: sample, encoding: 'utf-16le' });
  });

  test('Windows-1258 (combining tones) versus Windows-1252 TCVN3 bytes', () => {
    // "Hợp tác xã" in Windows-1258: ơ = F5, then combining marks: dot F2, acute EC, tilde DE.
    const cp1258 = new Uint8Array([0x48, 0xf5, 0xf2, 0x70, 0x20, 0x74, 0x61, 0xec, 0x63, 0x20, 0x78, 0x61, 0xde, 0x0a]);
    const d = decodeTextBytes(cp1258);
    expect(d.encoding).toBe('windows-1258');
    expect(d.text.normalize('NFC')).toBe('Hợp tác xã\n');
    const tcvn3 = new Uint8Array([...'Hîp t¸c x· §ång Phó\n'].map((c) => c.charCodeAt(0)));
    const d2 = decodeTextBytes(tcvn3);
    expect(d2.encoding).toBe('windows-1252');
    expect(d2.text).toBe('Hîp t¸c x· §ång Phó\n');
  });

  test('quoted fields, doubled quotes, line breaks, sniffed delimiter', () => {
    expect(sniffDelimiter('a;b;c\n1;2;3')).toBe(';');
    expect(sniffDelimiter('a,b\tc\n1,2\t3\n')).toBe(',');
    expect(parseCsv('a,"b ""x"", c","d\ne"\r\n1,2,3')).toEqual([
      ['a', 'b "x", c', 'd\ne'],
      ['1', '2', '3'],
    ]);
  });
});

test.describe('header detection', () => {
  test('title rows, a two-row merged header and a numbering row', () => {
    const rows = [
      ['LIÊN MINH HTX THÀNH PHỐ HÀ NỘI', null, null, null, null],
      ['DANH SÁCH HỢP TÁC XÃ NĂM 2024', null, null, null, null],
      ['STT', 'Tên HTX', 'Mã số thuế', 'Chỉ tiêu năm 2024', null],
      [null, null, null, 'Doanh thu', 'Số thành viên'],
      ['(1)', '(2)', '(3)', '(4)', '(5)'],
      [1, 'HTX Dương Liễu', '0101234567', '1.250.000', 25],
    ];
    const merges = [
      { s: { r: 0, c: 0 }, e: { r: 0, c: 4 } },
      { s: { r: 1, c: 0 }, e: { r: 1, c: 4 } },
      { s: { r: 2, c: 0 }, e: { r: 3, c: 0 } },
      { s: { r: 2, c: 1 }, e: { r: 3, c: 1 } },
      { s: { r: 2, c: 2 }, e: { r: 3, c: 2 } },
      { s: { r: 2, c: 3 }, e: { r: 2, c: 4 } },
    ];
    const h = detectHeader(rows, merges);
    expect(h.headerStart).toBe(2);
    expect(h.headerEnd).toBe(3);
    expect(h.numberingRow).toBe(4);
    expect(h.dataStart).toBe(5);
    expect(h.names).toEqual(['STT', 'Tên HTX', 'Mã số thuế', 'Chỉ tiêu năm 2024 - Doanh thu', 'Chỉ tiêu năm 2024 - Số thành viên']);
    expect(suggestMapping(h.names, 'units')).toEqual(['stt', 'name', 'taxCode', 'revenue', 'members']);
  });

  test('numbering rows are told apart from data rows', () => {
    expect(isNumberingRow(['(1)', '(2)', '(3)', '(4)'])).toBe(true);
    expect(isNumberingRow([1, 2, 3, 4, 5])).toBe(true);
    expect(isNumberingRow([1, 'HTX A', 25, 3])).toBe(false);
  });
});

test.describe('column mapping', () => {
  test('Vietnamese header synonyms with and without diacritics', () => {
    expect(
      suggestMapping(['TT', 'Ten don vi', 'MST', 'Dia chi', 'Quan/Huyen', 'Xa/Phuong', 'Nam thanh lap', 'So thanh vien', 'Doanh thu (đồng)'], 'units'),
    ).toEqual(['stt', 'name', 'taxCode', 'address', 'legacyDistrict', 'commune', 'foundedDate', 'members', 'revenue']);
    expect(suggestMapping(['Tên hợp tác xã', 'Mã số thuế', 'Ghi chú lạ'], 'units')).toEqual(['name', 'taxCode', 'notes']);
    expect(suggestMapping(['__proto__', 'constructor', 'Tên HTX'], 'units')).toEqual(['', '', 'name']);
  });

  test('award files are recognised and mapped', () => {
    const headers = ['STT', 'Năm', 'Tên tập thể, cá nhân', 'Hình thức khen thưởng', 'Số QĐ', 'Ngày QĐ', 'Cơ quan ban hành'];
    expect(guessTarget(headers)).toBe('awards');
    expect(suggestMapping(headers, 'awards')).toEqual(['stt', 'year', 'recipientName', 'awardName', 'decisionNumber', 'decisionDate', 'issuingBody']);
    expect(headerSignature(['Tên HTX'], 'units')).toBe(headerSignature(['Ten HTX '], 'units'));
  });
});

test.describe('values', () => {
  test('numbers with dotted thousands, comma decimals and dash as zero', () => {
    expect(parseNumber('1.250.000')).toEqual({ ok: true, value: 1250000 });
    expect(parseNumber('1.250.000,5')).toEqual({ ok: true, value: 1250000.5 });
    expect(parseNumber('2,5')).toEqual({ ok: true, value: 2.5 });
    expect(parseNumber('-')).toMatchObject({ ok: true, value: 0 });
    expect(parseNumber('(1.000)')).toEqual({ ok: true, value: -1000 });
    expect(parseNumber('1.250.000 đ')).toEqual({ ok: true, value: 1250000 });
    expect(parseNumber('abc')).toMatchObject({ ok: false });
  });

  test('dates as text, serials and US-swapped', () => {
    expect(parseDate('05/01/2025')).toEqual({ ok: true, value: '2025-01-05' });
    expect(parseDate('5.1.2025')).toEqual({ ok: true, value: '2025-01-05' });
    expect(parseDate(45662)).toEqual({ ok: true, value: '2025-01-05' });
    expect(isoFromExcelSerial(1)).toBe('1900-01-01');
    expect(parseDate('12/25/2020')).toMatchObject({ ok: true, value: '2020-12-25' });
    expect(parseDate('31/02/2020')).toMatchObject({ ok: false });
    expect(parseDate('ngày 05 tháng 01 năm 2025')).toEqual({ ok: true, value: '2025-01-05' });
    expect(parseYear('Năm 2015')).toEqual({ ok: true, value: 2015 });
  });

  test('codes keep leading zeros; scientific notation is recovered or flagged', () => {
    expect(parseCode('0101234567', 'taxCode')).toEqual({ ok: true, value: '0101234567' });
    expect(parseCode(101234567, 'taxCode')).toMatchObject({ ok: true, value: '0101234567' });
    expect(parseCode(1012345678001, 'taxCode')).toMatchObject({ ok: true, value: '1012345678-001' });
    expect(parseCode('1,01235E+09', 'taxCode')).toMatchObject({ ok: false });
    expect(parseCode(1.2345678901234567e20, 'taxCode')).toMatchObject({ ok: false });
    expect(parseCode(912345678, 'phone')).toMatchObject({ ok: true, value: '0912345678' });
    expect(parseFlag('x')).toEqual({ ok: true, value: 1 });
  });
});

test.describe('row classification and plan', () => {
  const ctx = { headerNames: ['STT', 'Tên HTX', 'MST'], sttCol: 0, nameCol: 1, inSignature: false };
  test('group, subtotal, signature and data rows', () => {
    expect(classifyRow(['I', 'Huyện Gia Lâm', null], ctx)).toBe('group');
    expect(classifyRow([null, 'Cộng', 1234], ctx)).toBe('subtotal');
    expect(classifyRow(['Tổng cộng', null, 99], ctx)).toBe('subtotal');
    expect(classifyRow([1, 'Tổng công ty Sông Đà', '0101234567'], ctx)).toBe('data');
    expect(classifyRow([null, 'Người lập biểu', null], ctx)).toBe('signature');
    expect(classifyRow([null, 'Hà Nội, ngày 05 tháng 01 năm 2025', null], ctx)).toBe('signature');
    expect(classifyRow(['STT', 'Tên HTX', 'MST'], ctx)).toBe('header');
    expect(classifyRow([null, null], ctx)).toBe('empty');
    expect(classifyRow([2, 'HTX Phú Thắng', null], ctx)).toBe('data');
    expect(looksLikePersonName('Nguyễn Thị Hoa')).toBe(true);
    expect(looksLikePersonName('Ủy ban nhân dân xã')).toBe(false);
  });

  test('plan marks new, update by tax code and by name, duplicates and errors', () => {
    const rows = [
      ['STT', 'Tên HTX', 'Mã số thuế', 'Doanh thu'],
      [1, 'HTX Dương Liễu', '0101234567', '1.250.000'],
      [2, 'HTX  Phú Thắng', null, '2.000'],
      [3, 'HTX Đồng Phú', '0109999999', 'abc'],
      [4, 'HTX Mới', '0105555555', '-'],
      [5, 'HTX Mới (lặp)', '0105555555', '1'],
      [null, 'Tổng cộng', null, '3.251.000'],
    ];
    const existing: ExistingIndex = {
      units: [
        { id: 'u1', name: 'HTX Dương Liễu', taxCode: '0101234567', nameKey: 'htx duong lieu' },
        { id: 'u2', name: 'HTX Phú Thắng', nameKey: 'htx phu thang' },
      ],
      people: [],
      awardKeys: [],
    };
    const plan = buildPlan({
      target: 'units',
      sheets: [{ index: 0, name: 'S', rows, layout: detectHeader(rows) }],
      mapping: ['stt', 'name', 'taxCode', 'revenue'],
      defaultYear: 2024,
      existing,
      localities: { provinces: [], communes: [] },
      today: '2025-06-01',
    });
    // Phú Thắng: same name, but neither the file nor the registry names a commune: asked, kept as a new unit by default.
    expect(plan.rows.map((r) => r.status)).toEqual(['update', 'new', 'error', 'new', 'duplicate']);
    expect(plan.rows[0]!.matchedBy).toBe('taxCode');
    expect(plan.rows[1]!.question).toMatchObject({ kind: 'unknown', chosen: 'new', byUser: false });
    expect(plan.rows[1]!.question!.options.map((o) => o.value)).toEqual(['new', 'unit:u2']);
    expect(plan.counts.ask).toBe(1);
    const answered = buildPlan({
      target: 'units',
      sheets: [{ index: 0, name: 'S', rows, layout: detectHeader(rows) }],
      mapping: ['stt', 'name', 'taxCode', 'revenue'],
      defaultYear: 2024,
      existing,
      localities: { provinces: [], communes: [] },
      today: '2025-06-01',
      identityChoices: new Map([['0:2', 'unit:u2']]),
    });
    expect(answered.rows.map((r) => r.status)).toEqual(['update', 'update', 'error', 'new', 'duplicate']);
    expect(answered.rows[1]!).toMatchObject({ matchId: 'u2', matchedBy: 'choice' });
    expect(plan.rows[2]!.issues[0]!.message).toContain('không phải là số');
    expect(plan.rows[3]!.values.revenue).toBe(0);
    expect(plan.dropped.map((d) => d.kind)).toEqual(['subtotal']);
    expect(plan.counts).toMatchObject({ total: 5, new: 2, update: 1, error: 1, duplicate: 1, dropped: 1, ask: 1 });
  });
});

test('matching by name ignores old/new tone placement, Ð/Đ, NFD and spacing', () => {
  const rows = [
    ['Tên HTX', 'Xã/Phường'],
    ['HTX  Hoà  Thọ', 'Tân Lập'],
    ['HTX \u00d0ồng Phú', 'xã Tân  Lập'],
    ['HTX Du\u0323o\u031b\u0300ng', 'TAN LAP'],
  ];
  const plan = buildPlan({
    target: 'units',
    sheets: [{ index: 0, name: 'S', rows, layout: detectHeader(rows) }],
    mapping: ['name', 'commune'],
    defaultProvinceCode: '01',
    existing: {
      units: [
        { id: 'a', name: 'HTX Hòa Thọ', nameKey: 'htx hoa tho', communeCode: '00001' },
        { id: 'b', name: 'HTX Đồng Phú', nameKey: 'htx dong phu', communeCode: '00001' },
        { id: 'c', name: 'HTX Dường', nameKey: 'htx duong', communeCode: '00001' },
      ],
      people: [],
      awardKeys: [],
    },
    localities: { provinces: [{ code: '01', name: 'Hà Nội' }], communes: [{ code: '00001', provinceCode: '01', name: 'Xã Tân Lập' }] },
    today: '2025-06-01',
  });
  expect(plan.rows.map((r) => [r.status, r.matchId])).toEqual([
    ['update', 'a'],
    ['update', 'b'],
    ['update', 'c'],
  ]);
  expect(plan.rows[1]!.values.name).toBe('HTX Đồng Phú');
});

test('award rows: Nam | Nữ birth-year columns give the gender; people are matched or created once', () => {
  const rows = [
    ['STT', 'Họ và tên', 'Năm sinh - Nam', 'Năm sinh - Nữ', 'Danh hiệu', 'Năm'],
    [1, 'Nguyễn Văn An', 1970, null, 'Chiến sĩ thi đua cơ sở', 2023],
    [2, 'Trần Thị Bình', null, 1980, 'Lao động tiên tiến', 2023],
    [3, 'Trần Thị Bình', null, 1980, 'Lao động tiên tiến', 2024],
    [4, 'Lê Văn Cũ', null, null, 'Lao động tiên tiến', 2024],
  ];
  const layout = detectHeader(rows);
  const mapping = suggestMapping(layout.names, 'awards');
  expect(mapping).toEqual(['stt', 'recipientName', 'birthYearMale', 'birthYearFemale', 'awardName', 'year']);
  const plan = buildPlan({
    target: 'awards',
    sheets: [{ index: 0, name: 'S', rows, layout }],
    mapping,
    existing: { units: [], people: [{ id: 'p9', nameKey: 'le van cu' }], awardKeys: [] },
    localities: { provinces: [], communes: [] },
    today: '2025-06-01',
  });
  expect(plan.rows.map((r) => [r.status, r.recipientKind, r.values.gender, r.values.birthYear])).toEqual([
    ['new', 'person', 'nam', 1970],
    ['new', 'person', 'nu', 1980],
    ['new', 'person', 'nu', 1980],
    ['new', 'person', undefined, undefined],
  ]);
  expect(plan.rows[1]!.personId).toBe(plan.rows[2]!.personId);
  expect(plan.rows[3]!.personId).toBe('p9');
});

test('rows hidden in the file are skipped unless the user includes them, one by one or all', () => {
  const rows = [
    ['Tên HTX', 'Mã số thuế'],
    ['HTX Một', '0100000001'],
    ['HTX Hai (đã lọc bỏ)', '0100000002'],
    ['HTX Ba', '0100000003'],
  ];
  const layout = detectHeader(rows);
  const base = {
    target: 'units' as const,
    sheets: [{ index: 0, name: 'S', rows, layout, hiddenRows: new Set([2]) }],
    mapping: suggestMapping(layout.names, 'units'),
    existing: { units: [], people: [], awardKeys: [] } satisfies ExistingIndex,
    localities: { provinces: [], communes: [] },
    today: '2025-06-01',
  };
  const statuses = (p: ReturnType<typeof buildPlan>) => p.rows.map((r) => r.status);
  const plain = buildPlan(base);
  expect(statuses(plain)).toEqual(['new', 'skipped', 'new']);
  expect(plain.counts).toMatchObject({ new: 2, skipped: 1, hidden: 1 });
  expect(plain.rows[1]!.issues.map((i) => i.message)).toEqual(['Dòng bị ẩn trong tệp: bỏ qua']);
  expect(statuses(buildPlan({ ...base, skippedRows: new Set(['0:2']) }))).toEqual(['new', 'new', 'new']);
  expect(statuses(buildPlan({ ...base, includeHidden: true }))).toEqual(['new', 'new', 'new']);
  expect(statuses(buildPlan({ ...base, includeHidden: true, skippedRows: new Set(['0:2', '0:3']) }))).toEqual(['new', 'skipped', 'skipped']);
});
