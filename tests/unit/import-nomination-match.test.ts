/** Nomination lists into a round: recipient kinds, people and units matched or created, awards placed, repeats. */
import { test, expect } from '@playwright/test';
import { detectHeader } from '../../src-renderer/src/domain/import/header';
import { suggestMapping } from '../../src-renderer/src/domain/import/fields';
import { buildPlan } from '../../src-renderer/src/domain/import/plan';
import type { ExistingIndex, PlanInput } from '../../src-renderer/src/domain/import/planTypes';
import { CATALOG_SEED } from '../../src-renderer/src/domain/awards/catalogSeed';
import { NO_AWARD_MESSAGE } from '../../src-renderer/src/domain/import/nominationMatch';

type Cell = string | number | null;

function plan(rows: Cell[][], extra: Partial<PlanInput> = {}, existing: Partial<ExistingIndex> = {}) {
  const layout = detectHeader(rows);
  const mapping = suggestMapping(layout.names, 'nominations');
  return buildPlan({
    target: 'nominations',
    sheets: [{ index: 0, name: 'DS', rows, layout }],
    mapping,
    existing: { units: [], people: [], awardKeys: [], nominationKeys: [], ...existing },
    localities: { provinces: [], communes: [] },
    today: '2025-06-01',
    catalog: CATALOG_SEED,
    round: { id: 'r1', year: 2025 },
    ...extra,
  });
}

const errors = (p: ReturnType<typeof plan>, i: number) => p.rows[i]!.issues.filter((x) => x.severity === 'error').map((x) => x.message);

test('NHANDULIEU shape: TAPTHE / CANHAN / HOGIADINH codes, default awards, new units, a household, a person of an unknown workplace', () => {
  const rows: Cell[][] = [
    [
      'STT',
      'Phân loại khen thưởng',
      'Tên tập thể/cá nhân/hộ gia đình',
      'Chức vụ',
      'Đơn vị công tác',
      'Danh hiệu thi đua/Hình thức khen thưởng',
      'Phân loại đối tượng',
    ],
    [1, 'TAPTHE', 'UBND Tỉnh Quảng Bình', null, null, null, null],
    [2, 'TAPTHE', 'UBND Thành phố Đồng Hới', null, null, null, null],
    [3, 'CANHAN', 'Trần Mạnh Hải', 'Giám đốc', 'Sở Y tế', null, null],
    [4, 'HOGIADINH', 'Gia đình ông Lê Văn Hải', null, null, null, null],
  ];
  const p = plan(rows, { defaultAwardCodes: { unit: 'TTLDTT', person: 'LDTT' } });
  expect(p.rows.map((r) => [r.status, r.recipientKind, r.creates, r.values.catalogCode])).toEqual([
    ['new', 'unit', 'unit', 'TTLDTT'],
    ['new', 'unit', 'unit', 'TTLDTT'],
    ['new', 'person', 'person', 'LDTT'],
    ['new', 'unit', 'unit', 'TTLDTT'],
  ]);
  expect(p.rows.map((r) => r.values.year)).toEqual([2025, 2025, 2025, 2025]);
  // The household is a collective of kind 'khac', noted as such, category given.
  expect(p.rows[3]!.values).toMatchObject({ newUnitKind: 'khac', newUnitNotes: 'Hộ gia đình', category: 'Hộ gia đình' });
  expect(p.rows[0]!.values.newUnitKind).toBe('khac');
  // The person's workplace is not a stored unit: no unit is created for it.
  expect(p.rows[2]!.unitId).toBeUndefined();
  expect(p.rows[2]!.personId).toBe('new:0:3');
  expect(p.toCreate).toEqual({ people: 1, units: 3 });
  expect(p.counts.error).toBe(0);
});

test('stored units by tax code or name, stored people by name + unit + birth; a disagreeing birth date is another person', () => {
  const rows: Cell[][] = [
    ['STT', 'Tên gọi', 'Họ và tên', 'Ngày sinh', 'Đơn vị công tác', 'Mã số thuế', 'Hình thức khen thưởng'],
    [1, null, 'HTX Dương Liễu', null, null, '0101234567', 'Giấy khen'],
    [2, 'Bà', 'Nguyễn Thị Hoa', '12/03/1980', 'HTX Dương Liễu', null, 'Giấy khen'],
    [3, 'Ông', 'Trần Văn Bình', '05/05/1975', 'HTX Dương Liễu', null, 'Lao động tiên tiến'],
    [4, 'Ông', 'Trần Văn Bình', '05/05/1975', 'HTX Dương Liễu', null, 'Chiến sĩ thi đua cơ sở'],
    [5, 'Thượng tá', 'Lê Văn Cường', '1990', null, null, 'LĐTT'],
  ];
  const p = plan(
    rows,
    {},
    {
      units: [{ id: 'u1', name: 'HTX Dương Liễu', nameKey: 'htx duong lieu', taxCode: '0101234567' }],
      people: [
        { id: 'p1', nameKey: 'nguyen thi hoa', unitId: 'u1', birthYear: 1980, birthDate: '1980-03-12' },
        { id: 'p2', nameKey: 'tran van binh', unitId: 'u1', birthYear: 1975, birthDate: '1975-01-02' },
      ],
    },
  );
  expect(p.rows.map((r) => [r.status, r.recipientKind, r.unitId, r.personId, r.creates, r.values.catalogCode])).toEqual([
    ['new', 'unit', 'u1', undefined, undefined, 'GK_TT'],
    ['new', 'person', 'u1', 'p1', undefined, 'GK_CN'],
    // Same name and unit but another birthday: a new person, shared by both of their rows.
    ['new', 'person', 'u1', 'new:0:3', 'person', 'LDTT'],
    ['new', 'person', 'u1', 'new:0:3', 'person', 'CSTDCS'],
    ['new', 'person', undefined, 'new:0:5', 'person', 'LDTT'],
  ]);
  expect(p.rows[0]!.matchedBy).toBe('taxCode');
  expect(p.rows[0]!.matchId).toBe('u1');
  expect(p.rows[1]!.matchId).toBe('p1');
  // Honorific gives the gender; a year-only birth cell gives the year, not a birthday.
  expect(p.rows[2]!.values.gender).toBe('nam');
  expect(p.rows[1]!.values.gender).toBe('nu');
  expect(p.rows[4]!.values).toMatchObject({ birthYear: 1990 });
  expect(p.rows[4]!.values.birthDate).toBeUndefined();
  expect(p.rows[4]!.issues.some((i) => i.field === 'gender')).toBe(true);
  expect(p.toCreate).toEqual({ people: 2, units: 0 });
  // Each distinct written name is listed with its catalogue entry.
  expect(p.awardNames.map((n) => [n.awardName, n.recipientKind, n.code, n.rows])).toEqual([
    ['Giấy khen', 'unit', 'GK_TT', 1],
    ['Giấy khen', 'person', 'GK_CN', 1],
    // "LĐTT" is the same name as "Lao động tiên tiến" (one choice serves both).
    ['Lao động tiên tiến', 'person', 'LDTT', 2],
    ['Chiến sĩ thi đua cơ sở', 'person', 'CSTDCS', 1],
  ]);
});

test('the award: written name, else the title column, else the default; no award or an unplaced name is an error', () => {
  const rows: Cell[][] = [
    ['STT', 'Họ và tên', 'Giới tính', 'Hình thức khen thưởng', 'Danh hiệu thi đua'],
    [1, 'Nguyễn Văn An', 'Nam', null, 'Chiến sĩ thi đua cơ sở'],
    [2, 'Phạm Thị Bích', 'Nữ', null, null],
    [3, 'Hoàng Văn Cừ', 'Nam', 'Giải thưởng Bông lúa vàng', null],
  ];
  const p = plan(rows);
  expect(p.rows.map((r) => r.status)).toEqual(['new', 'error', 'error']);
  expect(p.rows[0]!.values.catalogCode).toBe('CSTDCS');
  expect(errors(p, 1)).toEqual([NO_AWARD_MESSAGE]);
  expect(p.rows[1]!.issues[0]).toMatchObject({ col: 3, column: 'Hình thức khen thưởng' });
  expect(errors(p, 2)[0]).toContain('"Giải thưởng Bông lúa vàng" chưa khớp mục nào của danh mục');
  expect(p.awardNames.find((n) => n.awardName === 'Giải thưởng Bông lúa vàng')).toMatchObject({ by: 'none', rows: 1 });

  // The user's placement of the name (remembered like award history) makes the row whole; a default fills row 2.
  const placed = plan(rows, {
    awardChoices: new Map([['person|giai thuong bong lua vang', 'GK_CN']]),
    defaultAwardCodes: { person: 'LDTT' },
  });
  expect(placed.rows.map((r) => [r.status, r.values.catalogCode])).toEqual([
    ['new', 'CSTDCS'],
    ['new', 'LDTT'],
    ['new', 'GK_CN'],
  ]);
  expect(placed.awardNames.find((n) => n.code === 'GK_CN')).toMatchObject({ by: 'user' });
});

test("repeats of the round's stored entries and of earlier rows; no round is an error on every row", () => {
  const rows: Cell[][] = [
    ['STT', 'Tên đơn vị', 'Hình thức khen thưởng', 'Tóm tắt thành tích'],
    [1, 'HTX Dương Liễu', 'Tập thể lao động tiên tiến', 'Hoàn thành tốt'],
    [2, 'HTX Phú Thắng', 'Tập thể lao động tiên tiến', null],
    [3, 'HTX Phú Thắng', 'TTLĐTT', null],
    [4, 'HTX Mới', 'Giấy khen', null],
  ];
  const existing = {
    units: [
      { id: 'u1', name: 'HTX Dương Liễu', nameKey: 'htx duong lieu' },
      { id: 'u2', name: 'HTX Phú Thắng', nameKey: 'htx phu thang' },
    ],
    nominationKeys: ['unit:u1|TTLDTT'],
  };
  const p = plan(rows, {}, existing);
  expect(p.rows.map((r) => [r.status, r.duplicateOf])).toEqual([
    ['duplicate', undefined],
    ['new', undefined],
    ['duplicate', '0:2'],
    ['new', undefined],
  ]);
  expect(p.rows[0]!.issues.map((i) => i.message)).toEqual(['Đợt xét đã có đề nghị "Tập thể lao động tiên tiến" cho đối tượng này']);
  expect(p.rows[3]!.values).toMatchObject({ newUnitKind: 'htx', catalogCode: 'GK_TT', year: 2025 });

  const noRound = plan(rows, { round: undefined }, existing);
  expect(noRound.counts.error).toBe(4);
  expect(errors(noRound, 1)[0]).toContain('Chưa chọn đợt xét');
});

test("the year cell wins over the round's; category words and name shapes decide the kind", () => {
  const rows: Cell[][] = [
    ['STT', 'Tên tập thể, cá nhân', 'Phân loại đối tượng', 'Năm', 'Hình thức khen thưởng'],
    [1, 'Minh Phát', 'Doanh nghiệp', 2024, 'Giấy khen'],
    [2, 'Nguyễn Văn Dũng', 'Lãnh đạo quản lý', null, 'Giấy khen'],
    [3, 'Đỗ Thị Én', 'Hộ gia đình', null, 'Giấy khen'],
    [4, 'Trường Tiểu học Kim Đồng', null, null, 'Giấy khen'],
  ];
  const p = plan(rows);
  expect(p.rows.map((r) => [r.recipientKind, r.values.year, r.values.catalogCode])).toEqual([
    ['unit', 2024, 'GK_TT'],
    ['person', 2025, 'GK_CN'],
    ['unit', 2025, 'GK_TT'],
    ['unit', 2025, 'GK_TT'],
  ]);
  expect(p.rows[2]!.values.newUnitNotes).toBe('Hộ gia đình');
  expect(p.rows[2]!.values.category).toBe('Hộ gia đình');
});

test('surnames that also open unit names (Trương, Đoàn) stay people; "Trường …", "Sở …", "UBND …" are collectives', () => {
  const rows: Cell[][] = [
    ['STT', 'Tên tập thể, cá nhân', 'Hình thức khen thưởng'],
    [1, 'Trương Văn Hùng', 'Giấy khen'],
    [2, 'Đoàn Thị Hương', 'Giấy khen'],
    [3, 'Trường Tiểu học Kim Đồng', 'Giấy khen'],
    [4, 'Sở Y tế', 'Giấy khen'],
    [5, 'UBND Xã Dương Liễu', 'Giấy khen'],
  ];
  expect(plan(rows).rows.map((r) => r.recipientKind)).toEqual(['person', 'person', 'unit', 'unit', 'unit']);
});
