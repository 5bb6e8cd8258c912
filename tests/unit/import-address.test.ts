import { test, expect } from '@playwright/test';
import { LocalityIndex } from '@/domain/import/localityIndex';
import { placeFromAddress } from '@/domain/import/addressPlace';
import { buildPlan } from '@/domain/import/plan';
import { previewRow } from '@/domain/import/previewCells';
import type { PlanInput } from '@/domain/import/planTypes';
import { COMMUNES, PROVINCES } from '@/domain/registry/localities-data';
import { communeName, provinceName } from '@/domain/registry/localities';

const INDEX = new LocalityIndex({ provinces: PROVINCES, communes: COMMUNES });

/** Province, commune (in today's list) and former district read from an address. */
function read(address: string) {
  const p = placeFromAddress(address, INDEX);
  const communeCode = p.communeKey ? INDEX.communeByKey(p.communeKey, p.provinceCode) : undefined;
  return {
    province: provinceName(p.provinceCode) || undefined,
    commune: communeName(communeCode) || undefined,
    ...(p.district ? { district: p.district } : {}),
    ...(p.formerProvince ? { former: p.formerProvince } : {}),
  };
}

const CASES: Array<[string, ReturnType<typeof read>]> = [
  // Today's forms.
  ['Phường Hòa Khánh, Đà Nẵng', { province: 'Đà Nẵng', commune: 'Phường Hòa Khánh' }],
  ['Phường Hòa Khánh, Thành phố Đà Nẵng', { province: 'Đà Nẵng', commune: 'Phường Hòa Khánh' }],
  ['Tổ 5, P. Hòa Khánh, TP. Đà Nẵng', { province: 'Đà Nẵng', commune: 'Phường Hòa Khánh' }],
  ['P.Hòa Khánh, Tp.Đà Nẵng', { province: 'Đà Nẵng', commune: 'Phường Hòa Khánh' }],
  ['Hòa Khánh, Đà Nẵng', { province: 'Đà Nẵng', commune: 'Phường Hòa Khánh' }],
  // No diacritics, lower case, old tone placement.
  ['phuong hoa khanh, da nang', { province: 'Đà Nẵng', commune: 'Phường Hòa Khánh' }],
  ['p hoa khanh, tp da nang', { province: 'Đà Nẵng', commune: 'Phường Hòa Khánh' }],
  ['Phường Hoà Khánh, Đà Nẵng', { province: 'Đà Nẵng', commune: 'Phường Hòa Khánh' }],
  ['Xã Bát Tràng, Hà Nội', { province: 'Hà Nội', commune: 'Xã Bát Tràng' }],
  ['X. Bát Tràng, TP Hà Nội', { province: 'Hà Nội', commune: 'Xã Bát Tràng' }],
  ['Phường Bến Thành, TP.HCM', { province: 'Hồ Chí Minh', commune: 'Phường Bến Thành' }],
  ['P. Bến Thành, Tp Hồ Chí Minh', { province: 'Hồ Chí Minh', commune: 'Phường Bến Thành' }],
  ['Số 12 Lê Lợi, Phường Bến Thành, Thành phố Hồ Chí Minh', { province: 'Hồ Chí Minh', commune: 'Phường Bến Thành' }],
  // Legacy forms: commune, district, province (a former province named).
  ['Xã Điện Phước, Huyện Điện Bàn, Tỉnh Quảng Nam', { province: 'Đà Nẵng', commune: undefined, district: 'Huyện Điện Bàn', former: 'Quảng Nam' }],
  ['X. Điện Phước, H. Điện Bàn, T. Quảng Nam', { province: 'Đà Nẵng', commune: undefined, district: 'Huyện Điện Bàn', former: 'Quảng Nam' }],
  ['Thôn 3, xã Bát Tràng, huyện Gia Lâm, TP Hà Nội', { province: 'Hà Nội', commune: 'Xã Bát Tràng', district: 'Huyện Gia Lâm' }],
  ['P. Hòa Khánh Bắc, Q. Liên Chiểu, TP Đà Nẵng', { province: 'Đà Nẵng', commune: undefined, district: 'Quận Liên Chiểu' }],
  ['Phường Minh An, TP Hội An, Tỉnh Quảng Nam', { province: 'Đà Nẵng', commune: undefined, district: 'Thành phố Hội An', former: 'Quảng Nam' }],
  ['Phường 5, Q.3, TP.HCM', { province: 'Hồ Chí Minh', commune: undefined, district: 'Quận 3' }],
  ['Xã An Bình, TX. Dĩ An, Tỉnh Bình Dương', { province: 'Hồ Chí Minh', commune: undefined, district: 'Thị xã Dĩ An', former: 'Bình Dương' }],
  ['xa dien phuoc, huyen dien ban, tinh quang nam', { province: 'Đà Nẵng', commune: undefined, district: 'Huyện dien ban', former: 'Quảng Nam' }],
  // The old town (thị trấn) lives on as today's commune of the same name in the merged province.
  ['Thị trấn Châu Thành, Tỉnh Hậu Giang', { province: 'Cần Thơ', commune: 'Xã Châu Thành', former: 'Hậu Giang' }],
  ['Tỉnh Thừa Thiên Huế', { province: 'Huế', commune: undefined, former: 'Thừa Thiên Huế' }],
  // A former district alone names its (former) province through the one province its name lives on in.
  ['Huyện Điện Bàn', { province: 'Đà Nẵng', commune: undefined, district: 'Huyện Điện Bàn' }],
  ['Xã Điện Phước, Huyện Điện Bàn', { province: 'Đà Nẵng', commune: undefined, district: 'Huyện Điện Bàn' }],
  // Nothing that names a province: undefined (the wizard asks).
  ['Thôn 3, xã Tân Lập', { province: undefined, commune: undefined }],
  ['Số 5 đường Lê Lợi', { province: undefined, commune: undefined }],
  ['', { province: undefined, commune: undefined }],
];

for (const [address, expected] of CASES) {
  test(`address "${address}" -> ${JSON.stringify(expected)}`, () => {
    expect(read(address)).toEqual(expected);
  });
}

function unitsInput(rows: string[][], extra: Partial<PlanInput> = {}): PlanInput {
  const header = rows[0]!;
  return {
    target: 'units',
    sheets: [{ index: 0, name: 'DS', rows, layout: { headerStart: 0, headerEnd: 0, dataStart: 1, names: header } as any }],
    mapping: header.map((h) =>
      h.startsWith('Tên') ? 'name' : h.startsWith('Địa chỉ') ? 'address' : h.startsWith('Tỉnh') ? 'province' : h.startsWith('Mã') ? 'taxCode' : '',
    ),
    today: '2026-01-01',
    existing: { units: [], people: [], awardKeys: [] },
    localities: { provinces: PROVINCES, communes: COMMUNES },
    askProvince: true,
    ...extra,
  };
}

test('the plan stores the province and commune the address names; rows naming no province wait for a chosen default', () => {
  const rows = [
    ['Tên HTX', 'Địa chỉ (Xã, Tỉnh)'],
    ['HTX A', 'Phường Hòa Khánh, Đà Nẵng'],
    ['HTX B', 'Xã Điện Phước, Huyện Điện Bàn, Tỉnh Quảng Nam'],
    ['HTX C', 'Thôn 3, xã Bát Tràng'],
  ];
  const plan = buildPlan(unitsInput(rows));
  const [a, b, c] = plan.rows;
  expect(a!.values).toMatchObject({ provinceCode: '48', communeCode: expect.any(String) });
  expect(communeName(a!.values.communeCode as string)).toBe('Phường Hòa Khánh');
  expect(a!.status).toBe('new');
  expect(b!.values).toMatchObject({ provinceCode: '48', legacyDistrict: 'Huyện Điện Bàn' });
  expect(b!.place).toMatchObject({ province: 'former', formerProvince: 'Quảng Nam', district: true });
  // "Bát Tràng" alone is unique nationwide: Hà Nội.
  expect(c!.values).toMatchObject({ provinceCode: '01' });
  const none = buildPlan(unitsInput([rows[0]!, ['HTX D', 'Thôn 3, xã Tân Lập'], ['HTX E', 'Số 5 Lê Lợi']]));
  expect(none.rows.map((r) => r.status)).toEqual(['error', 'error']);
  expect(none.provinceAsk).toEqual({ asked: 2, defaulted: 0 });
  expect(none.rows[0]!.issues[0]).toMatchObject({ col: 1, column: 'Địa chỉ (Xã, Tỉnh)', severity: 'error' });
  expect(none.rows.every((r) => r.values.provinceCode === undefined)).toBe(true);
  // The user chose a default: rows take it (and a commune of it when the address names one).
  const chosen = buildPlan(unitsInput([rows[0]!, ['HTX D', 'Thôn 3, xã Tân Lập'], ['HTX E', 'Số 5 Lê Lợi']], { defaultProvinceCode: '40' }));
  expect(chosen.rows.map((r) => [r.status, r.values.provinceCode])).toEqual([
    ['new', '40'],
    ['new', '40'],
  ]);
  expect(chosen.provinceAsk).toEqual({ asked: 0, defaulted: 2 });
  // '' = leave the province empty, as chosen.
  const empty = buildPlan(unitsInput([rows[0]!, ['HTX E', 'Số 5 Lê Lợi']], { defaultProvinceCode: '' }));
  expect(empty.rows.map((r) => [r.status, r.values.provinceCode])).toEqual([['new', undefined]]);
});

test('a province column wins over the address; the address still gives the commune', () => {
  const rows = [
    ['Tên HTX', 'Tỉnh', 'Địa chỉ'],
    ['HTX A', 'Đà Nẵng', 'Phường Hòa Khánh'],
  ];
  const plan = buildPlan(unitsInput(rows));
  expect(plan.rows[0]!.values.provinceCode).toBe('48');
  expect(communeName(plan.rows[0]!.values.communeCode as string)).toBe('Phường Hòa Khánh');
});

test('a tax code with a wrong check digit is a warning on its cell in the preview, never an error', () => {
  const inp = unitsInput([
    ['Tên HTX', 'Mã số thuế', 'Tỉnh'],
    ['HTX A', '0101234568', 'Hà Nội'],
  ]);
  const plan = buildPlan(inp);
  const row = plan.rows[0]!;
  expect(row.status).toBe('new');
  expect(row.issues.filter((i) => i.severity === 'error')).toEqual([]);
  const p = previewRow(row, inp.sheets[0]!.rows[1]!, { target: 'units', mapping: inp.mapping, names: inp.sheets[0]!.layout.names });
  expect(p.cells.find((c) => c.col === 1)!.warning).toContain('chữ số thứ 10');
});
