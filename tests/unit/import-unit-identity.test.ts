import { test, expect } from '@playwright/test';
import { compareUnits, localityFromAddress, unitEvidence } from '../../src-renderer/src/domain/import/unitIdentity';
import { buildPlan } from '../../src-renderer/src/domain/import/plan';
import type { ExistingIndex, PlanInput } from '../../src-renderer/src/domain/import/planTypes';
import { detectHeader } from '../../src-renderer/src/domain/import/header';
import { suggestMapping } from '../../src-renderer/src/domain/import/fields';
import { COMMUNES, PROVINCES } from '../../src-renderer/src/domain/registry/localities-data';
import type { RawCell } from '../../src-renderer/src/domain/import/types';

const verdict = (a: Parameters<typeof unitEvidence>[0], b: Parameters<typeof unitEvidence>[0]) => compareUnits(unitEvidence(a), unitEvidence(b)).verdict;

test.describe('same name is not the same unit', () => {
  test('same name + same commune = same unit', () => {
    expect(
      verdict(
        { name: 'THT sản xuất rau an toàn thôn 1', communeName: 'Xã Tiền Phong' },
        { name: 'THT  sản xuất rau an toàn thôn 1', communeName: 'tien phong' },
      ),
    ).toBe('same');
  });

  test('same name + different commune = different units', () => {
    expect(
      verdict({ name: 'THT sản xuất rau an toàn thôn 1', communeName: 'Tiền Phong' }, { name: 'THT sản xuất rau an toàn thôn 1', communeName: 'Vân Nội' }),
    ).toBe('different');
  });

  test('same name and commune name in different former districts = different units', () => {
    // Hà Nội had a xã Tiền Phong in Mê Linh and another in Thường Tín.
    expect(
      verdict(
        { name: 'HTX Dịch vụ tổng hợp Tiền Phong', communeName: 'Tiền Phong', legacyDistrict: 'Huyện Mê Linh' },
        { name: 'HTX Dịch vụ tổng hợp Tiền Phong', communeName: 'Tiền Phong', legacyDistrict: 'Thường Tín' },
      ),
    ).toBe('different');
  });

  test('missing commune = ask', () => {
    expect(verdict({ name: 'HTX Tiền Phong' }, { name: 'HTX Tiền Phong', communeName: 'Tiền Phong' })).toBe('unknown');
    expect(verdict({ name: 'HTX Tiền Phong' }, { name: 'HTX Tiền Phong' })).toBe('unknown');
    // A province alone confirms nothing: generic names repeat in every commune.
    expect(verdict({ name: 'HTX Tiền Phong', provinceCode: '01' }, { name: 'HTX Tiền Phong', provinceCode: '01' })).toBe('unknown');
  });

  test('the address stands in for a missing commune or district column', () => {
    expect(localityFromAddress('Thôn 1, xã Tiền Phong, huyện Mê Linh, TP Hà Nội')).toEqual({ commune: 'tien phong', district: 'me linh' });
    expect(localityFromAddress('Xã Hòa Tiến - Huyện Hòa Vang - Tỉnh Quảng Nam')).toEqual({ commune: 'hoa tien', district: 'hoa vang' });
    expect(
      verdict({ name: 'HTX Tiền Phong', address: 'xã Tiền Phong, huyện Mê Linh' }, { name: 'HTX Tiền Phong', address: 'Xã Tiền Phong, Huyện Thường Tín' }),
    ).toBe('different');
    // The stored unit kept an unresolved commune in its address; the file names it in a column.
    expect(verdict({ name: 'HTX Tiền Phong', communeName: 'Tiền Phong' }, { name: 'HTX Tiền Phong', address: 'Thôn 3, Tiền Phong' })).toBe('same');
    // One address is the other with more detail: no conflict, and the same commune confirms.
    expect(verdict({ name: 'HTX A', address: 'Thôn 3, xã Vân Nội' }, { name: 'HTX A', address: 'xã Vân Nội' })).toBe('same');
    expect(verdict({ name: 'HTX A', address: 'Thôn 3' }, { name: 'HTX A', address: 'Thôn 4' })).toBe('different');
  });

  test('tax codes, kinds, provinces and founding years decide when present on both sides', () => {
    expect(verdict({ name: 'HTX A', taxCode: '0101234567' }, { name: 'HTX A khác tên', taxCode: '0101234567' })).toBe('same');
    expect(verdict({ name: 'HTX A', taxCode: '0101234567', communeName: 'X' }, { name: 'HTX A', taxCode: '0107654321', communeName: 'X' })).toBe('different');
    expect(verdict({ name: 'Tiền Phong', kind: 'htx', communeName: 'X' }, { name: 'Tiền Phong', kind: 'tht', communeName: 'X' })).toBe('different');
    expect(verdict({ name: 'HTX A', provinceCode: '01', communeName: 'X' }, { name: 'HTX A', provinceCode: '31', communeName: 'X' })).toBe('different');
    expect(verdict({ name: 'HTX A', communeName: 'X', foundedDate: '2005' }, { name: 'HTX A', communeName: 'X', foundedDate: '2012-03-01' })).toBe('different');
  });
});

const HEADER = ['STT', 'Tên đơn vị', 'Quận/Huyện', 'Xã/Phường', 'Năm kết nạp', 'Số thành viên'];
const NO_STORED: ExistingIndex = { units: [], people: [], awardKeys: [] };

function plan(rows: RawCell[][], extra: Partial<PlanInput> = {}) {
  const all = [HEADER, ...rows];
  const layout = detectHeader(all);
  return buildPlan({
    target: 'units',
    sheets: [{ index: 0, name: 'Hà Nội', rows: all, layout }],
    mapping: suggestMapping(layout.names, 'units'),
    defaultYear: 2015,
    defaultProvinceCode: '01',
    existing: NO_STORED,
    localities: { provinces: PROVINCES, communes: COMMUNES },
    today: '2016-01-15',
    ...extra,
  });
}

test.describe('import plan: no unit lost', () => {
  test('two same-name HTX in different former districts are both new; an exact repeat is a duplicate the user can keep', () => {
    const p = plan([
      [1, 'HTX Dịch vụ tổng hợp Tiền Phong', 'Mê Linh', 'Tiền Phong', 2015, 120],
      [2, 'HTX Dịch vụ tổng hợp Tiền Phong', 'Thường Tín', 'Tiền Phong', null, 80],
      [3, 'THT sản xuất rau an toàn thôn 1', 'Sóc Sơn', 'Xã Minh Trí', null, 12],
      [4, 'THT sản xuất rau an toàn thôn 1', 'Sóc Sơn', 'Xã Minh Phú', null, 9],
      [5, 'THT sản xuất rau an toàn thôn 1', 'Sóc Sơn', 'Xã Minh Phú', null, 9],
    ]);
    expect(p.rows.map((r) => r.status)).toEqual(['new', 'new', 'new', 'new', 'duplicate']);
    expect(p.rows[4]!.question).toMatchObject({ kind: 'repeat', chosen: 'row:0:4' });
    expect(p.counts).toMatchObject({ new: 4, duplicate: 1, ask: 0 });
    const kept = plan(
      [
        [1, 'THT sản xuất rau an toàn thôn 1', 'Sóc Sơn', 'Xã Minh Phú', null, 9],
        [2, 'THT sản xuất rau an toàn thôn 1', 'Sóc Sơn', 'Xã Minh Phú', null, 9],
      ],
      { identityChoices: new Map([['0:2', 'new']]) },
    );
    expect(kept.rows.map((r) => r.status)).toEqual(['new', 'new']);
    expect(kept.rows[1]!.unitRef).not.toBe(kept.rows[0]!.unitRef);
  });

  test('rows without a commune are asked about and kept by default; the user can join them', () => {
    const rows: RawCell[][] = [
      [1, 'THT trồng hoa', null, null, null, 5],
      [2, 'THT trồng hoa', null, null, null, 7],
    ];
    const p = plan(rows);
    expect(p.rows.map((r) => r.status)).toEqual(['new', 'new']);
    expect(p.rows[1]!.question).toMatchObject({ kind: 'unknown', chosen: 'new', byUser: false });
    expect(p.counts.ask).toBe(1);
    const joined = plan(rows, { identityChoices: new Map([['0:2', 'row:0:1']]) });
    expect(joined.rows.map((r) => r.status)).toEqual(['new', 'duplicate']);
    expect(plan(rows, { identityDefault: 'same' }).rows.map((r) => r.status)).toEqual(['new', 'duplicate']);
  });

  test('a file updating stored units follows the same rule', () => {
    const existing: ExistingIndex = {
      units: [
        {
          id: 'ml',
          name: 'HTX Dịch vụ tổng hợp Tiền Phong',
          nameKey: 'htx dich vu tong hop tien phong',
          legacyDistrict: 'Mê Linh',
          address: 'Tiền Phong',
          provinceCode: '01',
        },
        {
          id: 'tt',
          name: 'HTX Dịch vụ tổng hợp Tiền Phong',
          nameKey: 'htx dich vu tong hop tien phong',
          legacyDistrict: 'Thường Tín',
          address: 'Tiền Phong',
          provinceCode: '01',
        },
        { id: 'x', name: 'THT trồng hoa', nameKey: 'tht trong hoa', provinceCode: '01' },
      ],
      people: [],
      awardKeys: [],
    };
    const p = plan(
      [
        [1, 'HTX Dịch vụ tổng hợp Tiền Phong', 'Thường Tín', 'Tiền Phong', null, 90],
        [2, 'HTX Dịch vụ tổng hợp Tiền Phong', 'Mê Linh', 'Tiền Phong', null, 130],
        [3, 'HTX Dịch vụ tổng hợp Tiền Phong', 'Ba Vì', 'Tiền Phong', null, 10],
        [4, 'THT trồng hoa', null, null, null, 6],
      ],
      { existing },
    );
    expect(p.rows.map((r) => [r.status, r.matchId])).toEqual([
      ['update', 'tt'],
      ['update', 'ml'],
      ['new', undefined],
      ['new', undefined],
    ]);
    expect(p.rows[3]!.question!.options.map((o) => o.value)).toEqual(['new', 'unit:x']);
  });
});

test('award history for a name several stored units share goes to the unit its commune names, or the user picks it', () => {
  const existing: ExistingIndex = {
    units: [
      { id: 'mt', name: 'THT sản xuất rau an toàn thôn 1', nameKey: 'tht san xuat rau an toan thon 1', address: 'Minh Trí' },
      { id: 'mp', name: 'THT sản xuất rau an toàn thôn 1', nameKey: 'tht san xuat rau an toan thon 1', address: 'Minh Phú' },
    ],
    people: [],
    awardKeys: [],
  };
  const rows: RawCell[][] = [
    ['Tên tập thể', 'Xã/Phường', 'Hình thức khen thưởng', 'Năm'],
    ['THT sản xuất rau an toàn thôn 1', 'Minh Phú', 'Giấy khen', 2015],
    ['THT sản xuất rau an toàn thôn 1', null, 'Giấy khen', 2016],
  ];
  const layout = detectHeader(rows);
  const input: PlanInput = {
    target: 'awards',
    sheets: [{ index: 0, name: 'KT', rows, layout }],
    mapping: suggestMapping(layout.names, 'awards'),
    existing,
    localities: { provinces: PROVINCES, communes: COMMUNES },
    today: '2016-06-01',
    defaultRecipientKind: 'unit',
  };
  expect(input.mapping).toEqual(['recipientName', 'commune', 'awardName', 'year']);
  const p = buildPlan(input);
  expect(p.rows.map((r) => [r.status, r.unitId])).toEqual([
    ['new', 'mp'],
    ['error', undefined],
  ]);
  expect(p.rows[1]!.question!.options.map((o) => o.value)).toEqual(['new', 'unit:mt', 'unit:mp']);
  const picked = buildPlan({ ...input, identityChoices: new Map([['0:2', 'unit:mt']]) });
  expect(picked.rows.map((r) => [r.status, r.unitId])).toEqual([
    ['new', 'mp'],
    ['new', 'mt'],
  ]);
});
