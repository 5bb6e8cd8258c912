/**
 * Tricky inputs for tests/unit/import-pinned.test.ts: the expected outputs in import-pinned.json were
 * produced by the clean-up code before it was made fast, so these cases prove the fast paths
 * (ASCII shortcuts, per-character fold tables, caches) give exactly the same results.
 */
import type { RawCell } from '../../src-renderer/src/domain/import/types';

/** Text for cleanText / foldText / nameKey / searchWords / viSortKey. */
export const TEXTS: string[] = [
  '',
  '   ',
  'HTX',
  'Dương Liễu',
  'ĐỖ THỊ ĐÀO',
  'đường Đông',
  '\u00d0ông Hòa',
  '\u00f0ào',
  'Hoà Thọ',
  'Hòa Thọ',
  'Nguye\u0302\u0303n Va\u0306n',
  'HTX Du\u0323o\u031b\u0300ng',
  '  HTX\u00a0 Nông   nghiệp\t\n số 9  ',
  'Tổng cộng:',
  'A\u200eB\u202eC\u0007D',
  'İstanbul',
  'Straße ẞ',
  'ΣΟΦΊΑΣ ΣΑΣ',
  'Ǆemal ǅ ǆ',
  'ﬁne ﬂow',
  '①② ¹²³',
  'x\u0301y q\u0301',
  'Café déjà vu',
  'HTX số 9/10 - (Chi nhánh)',
  'Hîp t¸c x· §«ng Phó',
  'Høp taùc xaõ',
  '😀 HTX 😀',
  '한국 \u1100\u1161',
  'ʼApostrophe’s “quoted”',
  'Ａｂｃ １２３',
  'ıI',
  '\u2126 \u212b \u212a',
  'a\u1dc4b',
  'ÆØÅ æøå Œœ Ħħ Łł Ŀŀ ĳ',
  'HTX 007 và 0 và 000123',
  'htx-2 HTX-10 htx 2b',
  'Ủy ban nhân dân xã',
  'Quỹ tín dụng nhân dân Tân Thành',
  'Tổ hợp tác Khánh Hòa',
  'LIÊN HIỆP HTX',
  'Công ty TNHH',
  'Thôn 5, xã Phú 12',
  'Ánh Ǻ ǻ ȁ Ȃ ṩ Ṩ ẚ ẛ',
  'UPPER lower MiXeD Ư ư Ơ ơ Ă ă Â â Ê ê Ô ô',
  'ỳỵỷỹý ỲỴỶỸÝ',
  '\ufeffBOM',
  'tab\there',
  'a\u2009b\u3000c',
  'x'.repeat(40) + 'ế',
];

/** Cells for cellText and the value parsers. */
export const CELLS: RawCell[] = [
  null,
  '',
  ' ',
  '\u00a0',
  0,
  1,
  -1,
  1.5,
  0.1 + 0.2,
  1e21,
  123456789012,
  1234567890123456,
  true,
  false,
  '1.250.000',
  '1.250,5',
  '1,250,000',
  '1,250,000.75',
  '12,5',
  '12.5',
  '-',
  '–',
  '—',
  '(1.000)',
  '-1.000',
  '12 người',
  '5 tv',
  '1.000 đ',
  '1.000.000 VNĐ',
  '30%',
  'abc',
  '1.2.3',
  '1e5',
  '1,23E+11',
  '0101234567',
  '0101234567-001',
  '0101234567001',
  '101234567',
  101234567,
  '010.123.4567',
  '0101234567 – 002',
  '0912 345 678',
  912345678,
  '(024) 3826 1234',
  '+84912345678',
  'N/A',
  '25/12/2020',
  '12/25/2020',
  '31/02/2020',
  '5-1-99',
  '05.01.25',
  'ngày 05 tháng 01 năm 2025',
  '2020-02-29',
  '2021-02-29',
  '2020-02-29T00:00:00',
  38353,
  2005,
  '2005',
  'năm 2005',
  'Năm: 1999',
  1899,
  '1899',
  2999,
  '45000',
  45000.75,
  'x',
  'X',
  'có',
  'Có',
  'không',
  'TV',
  'rồi',
  'chưa kết nạp',
  'Nam',
  'nữ',
  'NỮ',
  'male',
  'HTX',
  'Hợp tác xã',
  'tổ hợp tác',
  'Liên hiệp HTX',
  'QTDND',
  'Doanh nghiệp',
  'nông nghiệp',
  'Thương mại - dịch vụ',
  'vận tải',
  'xây dựng',
  'abc xyz',
  'Đang hoạt động',
  'Tạm ngừng',
  'Giải thể',
  'đã giải thể',
  'lạ',
  '  HTX\u00a0 Nông   nghiệp  ',
  'Hîp t¸c x·',
  'Tổng cộng',
  'I',
  'IV',
  'A',
];

/** A units sheet with most of what real registry files contain. */
export const UNIT_SHEET: RawCell[][] = [
  ['DANH SÁCH HỢP TÁC XÃ NĂM 2024', null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null],
  [
    'STT',
    'Tên HTX',
    'Mã số thuế',
    'Loại hình',
    'Tỉnh/Thành phố',
    'Xã/Phường',
    'Năm thành lập',
    'Điện thoại',
    'Ngành nghề',
    'Tình trạng',
    'Thành viên Liên minh',
    'Năm kết nạp',
    'Số thành viên',
    'Doanh thu',
    'Doanh thu 2023',
    'Lợi nhuận',
    'Ngày đăng ký',
  ],
  ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)', '(11)', '(12)', '(13)', '(14)', '(15)', '(16)', '(17)'],
  ['I', 'Huyện Gia Lâm', null, null, null, null, null, null, null, null, null, null, null, null, null, null, null],
  [
    1,
    'HTX Dương Liễu',
    '0101234567',
    null,
    'Hà Nội',
    'Phường Ba Đình',
    2005,
    '0912 345 678',
    'nông nghiệp',
    'Đang hoạt động',
    'x',
    2010,
    '12 người',
    '1.250.000',
    '900.000',
    '-',
    '25/12/2020',
  ],
  [
    2,
    'HTX  Phú Thắng',
    null,
    'Tổ hợp tác',
    'TP. Hà Nội',
    'Ba Đình',
    '2005',
    912345678,
    'lạ lùng',
    'Tạm ngừng',
    'không',
    null,
    20,
    '1.250,5',
    null,
    '(1.000)',
    '12/25/2020',
  ],
  [
    3,
    'HTX \u00d0ồng Phú',
    101234567,
    'Liên hiệp HTX',
    'Tỉnh Không Có',
    'Xã Không Có',
    'năm 1999',
    '(024) 3826 1234',
    'vận tải',
    'lạ',
    'có',
    'Năm 2012',
    '5,5',
    'abc',
    '1,250,000',
    '12,5',
    38353,
  ],
  [
    4,
    'Quỹ tín dụng nhân dân Tân Thành',
    '0105555555-001',
    'abc',
    null,
    'Hoàn Kiếm',
    2999,
    '+84912345678',
    'tín dụng',
    'Giải thể',
    '1',
    1899,
    '-5',
    '1e5',
    null,
    null,
    '31/02/2020',
  ],
  [5, 'Quỹ tín dụng nhân dân Tân Thành', '0105555555-001', null, null, 'Hoàn Kiếm', 2005, null, null, null, null, null, 7, '100', null, null, null],
  [6, 'HTX Dương Liễu', '0101234567', null, null, null, null, null, null, null, null, null, 8, '200', null, null, null],
  [7, 'Hîp t¸c x· §«ng Phó', '1,23E+11', null, null, null, null, 'N/A', null, null, 'rồi', null, null, null, null, null, null],
  [8, null, '0107777777', null, null, null, null, null, null, null, null, null, null, null, null, null, null],
  [
    9,
    'HTX Hoà Thọ',
    null,
    null,
    null,
    'Phường Hoàn Kiếm',
    '05.01.25',
    null,
    'Thương mại - dịch vụ',
    null,
    null,
    null,
    '1.000',
    '2.000.000 VNĐ',
    null,
    null,
    'ngày 05 tháng 01 năm 2025',
  ],
  [10, 'HTX Hoà Thọ (ẩn)', '0108888888', null, null, null, null, null, null, null, null, null, null, null, null, null, null],
  [11, 'HTX Sửa Tay', 'sai', null, null, null, null, null, null, null, null, null, null, 'sai', null, null, null],
  [12, 'Tổng công ty Sông Đà', '0109999999', null, null, null, null, null, null, null, null, null, null, null, null, null, null],
  [null, 'Cộng', null, null, null, null, null, null, null, null, null, null, 100, '9.999', null, null, null],
  [
    'STT',
    'Tên HTX',
    'Mã số thuế',
    'Loại hình',
    'Tỉnh/Thành phố',
    'Xã/Phường',
    'Năm thành lập',
    'Điện thoại',
    'Ngành nghề',
    'Tình trạng',
    'Thành viên Liên minh',
    'Năm kết nạp',
    'Số thành viên',
    'Doanh thu',
    'Doanh thu 2023',
    'Lợi nhuận',
    'Ngày đăng ký',
  ],
  ['II', 'Huyện Đông Anh', null, null, null, null, null, null, null, null, null, null, null, null, null, null, null],
  [13, 'HTX Mới Đông Anh', null, null, null, 'Xã Phú 3', '2020-02-29', null, null, null, null, null, 5, '-1.000', null, null, '2021-02-29'],
  [14, 'Nguyễn Văn An', null, 'Công ty TNHH', null, null, null, null, null, null, null, null, null, null, null, null, null],
  [null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null],
  [null, 'Hà Nội, ngày 05 tháng 01 năm 2025', null, null, null, null, null, null, null, null, null, null, null, null, null, null, null],
  [null, 'Người lập biểu', null, null, null, null, null, null, null, null, null, null, null, null, null, null, null],
  [15, 'HTX sau chữ ký', '0106666666', null, null, null, null, null, null, null, null, null, null, null, null, null, null],
];

/** Several years of the same units (long format), by tax code and by name + commune, with repeats. */
export const YEARS_SHEET: RawCell[][] = [
  ['Tên HTX', 'Mã số thuế', 'Xã/Phường', 'Năm', 'Doanh thu', 'Số thành viên'],
  ['HTX Dương Liễu', '0101234567', 'Ba Đình', 2022, 100, 5],
  ['HTX Dương Liễu', '0101234567', 'Ba Đình', 2023, 200, 6],
  ['HTX Dương Liễu', '0101234567', 'Ba Đình', 2023, 250, 6],
  ['HTX Dương Liễu', '0101234567', 'Ba Đình', null, 300, 7],
  ['HTX Dương Liễu', '0101234567', 'Ba Đình', 2022, 100, 5],
  ['HTX Mới Lạ', null, 'Phú 3', 2022, 10, 1],
  ['HTX  Mới Lạ', null, 'Phú 3', 2023, 20, 2],
  ['HTX Mới Lạ', null, 'Phú 4', 2023, 30, 3],
  ['HTX Mới Lạ', null, 'Phú 3', 2023, 40, 4],
  ['HTX Phú Thắng', null, 'Ba Đình', 2024, 50, -1],
  ['HTX Phú Thắng', null, 'Ba Đình', 2025, 60, 2],
  ['HTX Phú Thắng', null, 'Ba Đình', 2030, 70, 2],
  ['HTX Một Năm', '0102222222', null, null, 80, 2],
  ['HTX Một Năm', '0102222222', null, null, 90, 2],
];

/** An awards sheet: people and units, split birth-year columns, decision dates. */
export const AWARD_SHEET: RawCell[][] = [
  ['STT', 'Họ và tên', 'Đơn vị công tác', 'Mã số thuế', 'Năm sinh - Nam', 'Năm sinh - Nữ', 'Danh hiệu', 'Số quyết định', 'Ngày quyết định', 'Năm', 'Đối tượng'],
  [1, 'Nguyễn Văn An', 'HTX Dương Liễu', null, 1970, null, 'Chiến sĩ thi đua cơ sở', '12/QĐ-UBND', '05/01/2024', null, null],
  [2, 'Trần Thị Bình', null, null, null, 1980, 'Lao động tiên tiến', '12/QĐ-UBND', null, 2023, null],
  [3, 'Trần Thị Bình', null, null, null, 1980, 'Lao động tiên tiến', '12/QĐ-UBND', null, 2023, null],
  [4, 'HTX Dương Liễu', null, '0101234567', null, null, 'Tập thể lao động tiên tiến', '5/QĐ', null, 2024, null],
  [5, 'HTX Không Có', null, null, null, null, 'Bằng khen', null, null, 2024, 'Tập thể'],
  [6, 'Lê Văn Cũ', null, null, null, null, 'Lao động tiên tiến', null, null, 2024, 'cá nhân'],
  [7, 'lê văn cũ', null, null, null, null, 'Lao động tiên tiến', null, null, null, null],
  [8, 'Phạm Thị Dung', 'HTX Trùng Tên', null, null, null, 'Giấy khen', null, 'sai ngày', 2024, null],
  [null, 'Tổng cộng', null, null, null, null, null, null, null, null, null],
];

/** The functions under test, passed in so the same cases can run against another copy of the code. */
export interface PinnedApi {
  cleanText(s: string): string;
  foldText(s: string): string;
  nameKey(s: string): string;
  queryWords(s: string): string[];
  searchWords(...parts: Array<string | undefined>): string[];
  viSortKey(s: string): string;
  unitSearchWords(u: { name: string; shortName?: string; taxCode?: string }): string[];
  cellText(c: RawCell): string;
  isBlank(c: RawCell): boolean;
  parsers: Record<string, (c: RawCell) => unknown>;
  textRules: Record<string, (s: string) => unknown>;
  classifyRow(row: RawCell[], ctx: { headerNames: string[]; sttCol: number; nameCol: number; inSignature: boolean }): string;
  detectHeader(rows: RawCell[][]): { names: string[] } & Record<string, unknown>;
  suggestMapping(names: string[], target: 'units' | 'awards'): string[];
  buildPlan(input: any): any;
  unitFieldsFromRow(values: any): any;
  indicatorSetsFromRow(values: any): any;
  validateNewUnit(values: any, today: string): any;
  validateIndicators(values: any, today: string): any;
  localities: { provinces: unknown[]; communes: unknown[] };
}

/** Everything the clean-up step computes for the cases above, as plain JSON. */
export function computePinned(api: PinnedApi): unknown {
  const texts = TEXTS.map((t) => ({
    t,
    clean: api.cleanText(t),
    fold: api.foldText(t),
    nameKey: api.nameKey(t),
    query: api.queryWords(t),
    words: api.searchWords(t, 'Tên viết tắt', undefined),
    sortKey: api.viSortKey(t),
    unitWords: api.unitSearchWords({ name: t, shortName: t.slice(0, 5), taxCode: '0101234567-001' }),
    rules: Object.fromEntries(Object.entries(api.textRules).map(([k, f]) => [k, f(t) ?? null])),
  }));
  const cells = CELLS.map((c) => ({
    c,
    text: api.cellText(c),
    blank: api.isBlank(c),
    parsed: Object.fromEntries(Object.entries(api.parsers).map(([k, f]) => [k, f(c)])),
  }));
  const ctx = { headerNames: UNIT_SHEET[1] as string[], sttCol: 0, nameCol: 1, inSignature: false };
  const kinds = UNIT_SHEET.map((row) => api.classifyRow(row, ctx));
  const layout = api.detectHeader(UNIT_SHEET);
  const mapping = api.suggestMapping(layout.names, 'units');
  const existing = {
    units: [
      { id: 'u1', name: 'HTX Dương Liễu', taxCode: '0101234567', nameKey: 'htx duong lieu' },
      { id: 'u2', name: 'HTX Phú Thắng', nameKey: 'htx phu thang', communeCode: '00004' },
      { id: 'u3', name: 'HTX Hòa Thọ', nameKey: 'htx hoa tho', communeCode: '00070' },
      { id: 'u4', name: 'HTX Hòa Thọ', nameKey: 'htx hoa tho', communeCode: '00070' },
      { id: 'u5', name: 'HTX Trùng Tên', nameKey: 'htx trung ten' },
      { id: 'u6', name: 'HTX Trùng Tên', nameKey: 'htx trung ten' },
    ],
    people: [{ id: 'p9', nameKey: 'le van cu' }],
    awardKeys: ['u1|2024|tap the lao dong tien tien|5/QĐ'],
  };
  const unitsInput = (extra: Record<string, unknown>) => ({
    target: 'units',
    sheets: [{ index: 0, name: 'Danh sách', rows: UNIT_SHEET, layout, hiddenRows: new Set([13]) }],
    mapping,
    defaultYear: 2024,
    defaultProvinceCode: '01',
    existing,
    localities: api.localities,
    today: '2025-06-01',
    moneyScales: mapping.map((f) => (f === 'profit' ? 1_000_000 : 1)),
    ...extra,
  });
  const plans = [
    api.buildPlan(unitsInput({})),
    api.buildPlan(
      unitsInput({
        includeHidden: true,
        skippedRows: new Set(['0:6']),
        edits: new Map([
          ['0:14:2', '0104444444'],
          ['0:14:13', '3.000'],
        ]),
      }),
    ),
    api.buildPlan(unitsInput({ defaultProvinceCode: undefined, defaultYear: undefined })),
  ];
  const yearsLayout = api.detectHeader(YEARS_SHEET);
  const yearsInput = {
    sheets: [{ index: 1, name: 'Nhiều năm', rows: YEARS_SHEET, layout: yearsLayout }],
    mapping: api.suggestMapping(yearsLayout.names, 'units'),
    moneyScales: undefined,
  };
  plans.push(api.buildPlan(unitsInput(yearsInput)), api.buildPlan(unitsInput({ ...yearsInput, defaultYear: undefined })));
  const prep = plans[0].rows.map((r: any) => {
    const fields = api.unitFieldsFromRow(r.values);
    return {
      fields,
      sets: api.indicatorSetsFromRow(r.values),
      newUnit: api.validateNewUnit(r.values, '2025-06-01'),
      indicators: api.validateIndicators(r.values, '2025-06-01'),
      words: api.unitSearchWords(fields),
      sortKey: api.viSortKey(String(fields.name ?? '')),
    };
  });
  const awardLayout = api.detectHeader(AWARD_SHEET);
  const awardMapping = api.suggestMapping(awardLayout.names, 'awards');
  const awards = api.buildPlan({
    target: 'awards',
    sheets: [{ index: 0, name: 'Khen thưởng', rows: AWARD_SHEET, layout: awardLayout }],
    mapping: awardMapping,
    existing,
    localities: api.localities,
    today: '2025-06-01',
    defaultRecipientKind: 'person',
  });
  return JSON.parse(JSON.stringify({ texts, cells, kinds, layout, mapping, plans, prep, awardMapping, awards }));
}
