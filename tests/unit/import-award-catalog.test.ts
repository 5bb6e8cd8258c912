import { test, expect } from '@playwright/test';
import { CatalogMatcher, awardNameChoiceKey, awardNameKey, commendationTypeInName } from '../../src-renderer/src/domain/awards/catalogMatch';
import { CATALOG_SEED } from '../../src-renderer/src/domain/awards/catalogSeed';
import { detectHeader } from '../../src-renderer/src/domain/import/header';
import { suggestMapping } from '../../src-renderer/src/domain/import/fields';
import { buildPlan } from '../../src-renderer/src/domain/import/plan';

const matcher = new CatalogMatcher(CATALOG_SEED);
const code = (name: string, kind: 'unit' | 'person', body?: string) => matcher.match(name, kind, body)?.code;

test('award names as offices write them are placed on the catalogue entry they mean', () => {
  const cases: Array<[string, 'unit' | 'person', string | undefined, string | undefined]> = [
    ['Chiến sĩ thi đua cơ sở', 'person', undefined, 'CSTDCS'],
    ['CSTĐCS năm 2022', 'person', undefined, 'CSTDCS'],
    ['Danh hiệu Chiến sỹ thi đua cơ sở', 'person', undefined, 'CSTDCS'],
    ['Chiến sĩ thi đua', 'person', undefined, undefined], // which level is not said: left for the user
    ['LĐTT', 'person', undefined, 'LDTT'],
    ['Lao động tiên tiến', 'unit', undefined, 'TTLDTT'],
    ['Tập thể lao động xuất sắc năm 2023', 'unit', undefined, 'TTLDXS'],
    ['TTLĐXS', 'unit', undefined, 'TTLDXS'],
    ['Bằng khen của Chủ tịch UBND tỉnh', 'unit', undefined, 'BK_TINH_TT'],
    ['BK UBND tỉnh Thái Bình', 'person', undefined, 'BK_TINH_CN'],
    ['Bằng khen', 'unit', 'UBND tỉnh Nam Định', 'BK_TINH_TT'],
    ['Bằng khen', 'unit', 'Thủ tướng Chính phủ', 'BK_TTG_TT'],
    ['Bằng khen của Thủ tướng Chính phủ', 'person', undefined, 'BK_TTG_CN'],
    ['Bằng khen của Liên minh Hợp tác xã Việt Nam', 'unit', undefined, 'BK_LMVN_TT'],
    ['Bằng khen Bộ Nông nghiệp và Môi trường', 'unit', undefined, 'BK_TINH_TT'],
    ['Huân chương Lao động hạng Ba', 'unit', undefined, 'HCLD3_TT'],
    ['HCLĐ hạng III', 'person', undefined, 'HCLD3_CN'],
    ['Huân chương Lao động hạng Nhì', 'unit', undefined, 'HCLD2_TT'],
    ['Huân chương Lao động hạng Nhì', 'person', undefined, 'HCLD2_CN'],
    ['Cờ thi đua của UBND tỉnh', 'unit', undefined, 'CO_TINH'],
    ['Cờ thi đua của Chính phủ', 'unit', undefined, 'CO_CP'],
    ['Giấy khen của Liên minh HTX tỉnh', 'person', undefined, 'GK_CN'],
    ['Kỷ niệm chương Vì sự nghiệp phát triển HTX', 'person', 'Liên minh HTX Việt Nam', 'KNC_LMVN'],
    ['HTX điển hình tiên tiến', 'unit', undefined, 'HTX_DHTT'],
    ['Giải thưởng sáng tạo', 'unit', undefined, undefined],
  ];
  const got = cases.map(([name, kind, body]) => [name, kind, code(name, kind, body)]);
  expect(got).toEqual(cases.map(([name, kind, , want]) => [name, kind, want]));
});

test('a user-added catalogue entry is matched by its own name', () => {
  const m = new CatalogMatcher([
    ...CATALOG_SEED,
    { code: 'BK_HOI_ND', name: 'Bằng khen của Hội Nông dân tỉnh', recipient: 'unit', commendationType: 'thuong_xuyen', active: 1 },
  ]);
  expect(m.match('bang khen cua hoi nong dan tinh', 'unit')?.code).toBe('BK_HOI_ND');
  expect(m.match('Bằng khen của Chủ tịch UBND tỉnh', 'unit')?.code).toBe('BK_TINH_TT');
});

test('the name decides the commendation type when it says so; names differing only by year share one choice', () => {
  expect(commendationTypeInName('Bằng khen đột xuất')).toBe('dot_xuat');
  expect(commendationTypeInName('Bằng khen của UBND tỉnh')).toBeUndefined();
  expect(awardNameKey('CSTĐCS năm 2021')).toBe(awardNameKey('Chiến sĩ thi đua cơ sở 2022'));
  expect(awardNameChoiceKey('person', 'LĐTT')).toBe(awardNameChoiceKey('person', 'lao dong tien tien'));
});

test("an award import plan places each name, lists distinct names, and honours the user's choice", () => {
  const rows = [
    ['STT', 'Tên đơn vị', 'Hình thức khen thưởng', 'Năm', 'Cơ quan ban hành'],
    [1, 'HTX Dương Liễu', 'Bằng khen', 2022, 'UBND tỉnh Hà Nam'],
    [2, 'HTX Dương Liễu', 'Bằng khen UBND tỉnh về phong trào xây dựng nông thôn mới', 2023, 'UBND tỉnh'],
    [3, 'HTX Phú Thắng', 'Giải thưởng Bông lúa vàng', 2023, 'Bộ Nông nghiệp'],
    [4, 'HTX Phú Thắng', 'Giải thưởng bông lúa vàng', 2024, 'Bộ Nông nghiệp'],
  ];
  const layout = detectHeader(rows);
  const mapping = suggestMapping(layout.names, 'awards');
  const input = {
    target: 'awards' as const,
    sheets: [{ index: 0, name: 'KT', rows, layout }],
    mapping,
    existing: {
      units: [
        { id: 'u1', name: 'HTX Dương Liễu', nameKey: 'htx duong lieu' },
        { id: 'u2', name: 'HTX Phú Thắng', nameKey: 'htx phu thang' },
      ],
      people: [],
      awardKeys: [],
    },
    localities: { provinces: [], communes: [] },
    today: '2025-06-01',
    catalog: CATALOG_SEED,
  };
  const plan = buildPlan(input);
  expect(plan.rows.map((r) => [r.status, r.values.catalogCode, r.values.commendationType])).toEqual([
    ['new', 'BK_TINH_TT', 'thuong_xuyen'],
    ['new', 'BK_TINH_TT', 'chuyen_de'], // a phong trào award never counts toward the công trạng chain
    ['new', '', 'thuong_xuyen'],
    ['new', '', 'thuong_xuyen'],
  ]);
  expect(plan.rows[2]!.issues.map((i) => i.message).join()).toContain('Chưa khớp mục nào của danh mục');
  expect(plan.awardNames.map((n) => [n.awardName, n.rows, n.code ?? null, n.by])).toEqual([
    ['Bằng khen', 1, 'BK_TINH_TT', 'auto'],
    ['Bằng khen UBND tỉnh về phong trào xây dựng nông thôn mới', 1, 'BK_TINH_TT', 'auto'],
    ['Giải thưởng Bông lúa vàng', 2, null, 'none'],
  ]);
  const chosen = buildPlan({
    ...input,
    awardChoices: new Map([
      [plan.awardNames[2]!.key, 'GK_TT'],
      [plan.awardNames[0]!.key, ''],
    ]),
  });
  expect(chosen.rows.map((r) => r.values.catalogCode)).toEqual(['', 'BK_TINH_TT', 'GK_TT', 'GK_TT']);
  expect(chosen.rows[2]!.issues).toEqual([]);
});
