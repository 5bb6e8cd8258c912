/** Yearly ratings: the office's words and abbreviations, the year, stored ratings (repeat or update), maternity leave. */
import { test, expect } from '@playwright/test';
import { detectHeader } from '../../src-renderer/src/domain/import/header';
import { suggestMapping } from '../../src-renderer/src/domain/import/fields';
import { buildPlan } from '../../src-renderer/src/domain/import/plan';
import type { ExistingIndex, PlanInput } from '../../src-renderer/src/domain/import/planTypes';
import { onLeave, ratingFromText } from '../../src-renderer/src/domain/import/ratingValues';

type Cell = string | number | null;

function plan(rows: Cell[][], extra: Partial<PlanInput> = {}, existing: Partial<ExistingIndex> = {}) {
  const layout = detectHeader(rows);
  return buildPlan({
    target: 'ratings',
    sheets: [{ index: 0, name: 'KQ', rows, layout }],
    mapping: suggestMapping(layout.names, 'ratings'),
    existing: { units: [], people: [], awardKeys: [], ratings: [], ...existing },
    localities: { provinces: [], communes: [] },
    today: '2025-06-01',
    ...extra,
  });
}

test('rating words and abbreviations', () => {
  const cases: Array<[string, string | undefined]> = [
    ['Hoàn thành xuất sắc nhiệm vụ', 'xuat_sac'],
    ['HTXSNV', 'xuat_sac'],
    ['Xuất sắc', 'xuat_sac'],
    ['Hoàn thành tốt nhiệm vụ', 'tot'],
    ['HTTNV', 'tot'],
    ['Tốt', 'tot'],
    ['Hoàn thành nhiệm vụ', 'hoan_thanh'],
    ['HTNV', 'hoan_thanh'],
    ['Hoàn thành', 'hoan_thanh'],
    ['Không hoàn thành nhiệm vụ', 'khong_hoan_thanh'],
    ['KHTNV', 'khong_hoan_thanh'],
    ['Loại A', undefined],
    ['Khá', undefined],
  ];
  expect(cases.map(([t]) => [t, ratingFromText(t)])).toEqual(cases);
  expect([onLeave('x'), onLeave('Có'), onLeave('Không'), onLeave('-'), onLeave(undefined)]).toEqual([true, true, false, false, false]);
});

test('people and units rated: new, repeat and update of stored ratings; unknown text and a missing year are cell errors', () => {
  const rows: Cell[][] = [
    ['STT', 'Họ và tên', 'Năm sinh', 'Kết quả đánh giá, xếp loại', 'Nghỉ thai sản'],
    [1, 'Nguyễn Văn An', 1970, 'HTXSNV', null],
    [2, 'Phạm Thị Bích', 1985, 'HTTNV', 'x'],
    [3, 'Hoàng Văn Cừ', 1992, 'Hoàn thành nhiệm vụ', null],
    [4, 'HTX Dương Liễu', null, 'Hoàn thành tốt nhiệm vụ', null],
    [5, 'Lê Văn Dũng', 1980, 'Loại B', null],
    [6, 'Nguyễn Văn An', 1970, 'Xuất sắc', null],
  ];
  const existing = {
    units: [{ id: 'u1', name: 'HTX Dương Liễu', nameKey: 'htx duong lieu' }],
    people: [
      { id: 'p1', nameKey: 'nguyen van an', birthYear: 1970 },
      { id: 'p2', nameKey: 'pham thi bich', birthYear: 1985 },
    ],
    ratings: [
      ['person:p1:2025', 'xuat_sac'],
      ['person:p2:2025', 'hoan_thanh'],
    ] as Array<[string, string]>,
  };
  const p = plan(rows, { defaultYear: 2025 }, existing);
  expect(p.rows.map((r) => [r.status, r.recipientKind, r.matchId ?? r.personId, r.values.rating])).toEqual([
    ['duplicate', 'person', 'p1', 'xuat_sac'],
    ['update', 'person', 'p2', 'tot'],
    ['new', 'person', 'new:0:3', 'hoan_thanh'],
    ['new', 'unit', 'u1', 'tot'],
    ['error', undefined, undefined, 'Loại B'],
    ['duplicate', 'person', 'p1', 'xuat_sac'],
  ]);
  expect(p.rows[1]!.values.leave).toBe('thai_san');
  expect(p.rows[2]!.creates).toBe('person');
  const bad = p.rows[4]!.issues.find((i) => i.severity === 'error')!;
  expect(bad).toMatchObject({ col: 3, column: 'Kết quả đánh giá, xếp loại', field: 'rating' });
  expect(bad.message).toContain('Không rõ kết quả "Loại B"');
  expect(bad.message).toContain('HTXSNV');

  const noYear = plan(rows, {}, existing);
  expect(noYear.counts.error).toBe(6);
  expect(noYear.rows[0]!.issues[0]!.message).toContain('Thiếu năm đánh giá');
});

test('the year column wins; two rows of one person and year with different results are an error', () => {
  const rows: Cell[][] = [
    ['STT', 'Họ và tên', 'Năm', 'Xếp loại'],
    [1, 'Nguyễn Văn An', 2023, 'Tốt'],
    [2, 'Nguyễn Văn An', 2024, 'Xuất sắc'],
    [3, 'Nguyễn Văn An', 2024, 'Hoàn thành'],
  ];
  const p = plan(rows, { defaultYear: 2025 }, { people: [{ id: 'p1', nameKey: 'nguyen van an' }] });
  expect(p.rows.map((r) => [r.status, r.values.year])).toEqual([
    ['new', 2023],
    ['new', 2024],
    ['error', 2024],
  ]);
});
