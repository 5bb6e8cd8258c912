/** Initiative lists: year and scope, authors matched to stored people (never created), repeats. */
import { test, expect } from '@playwright/test';
import { detectHeader } from '../../src-renderer/src/domain/import/header';
import { suggestMapping } from '../../src-renderer/src/domain/import/fields';
import { buildPlan } from '../../src-renderer/src/domain/import/plan';
import type { ExistingIndex, PlanInput } from '../../src-renderer/src/domain/import/planTypes';
import { initiativeLevelOf, NO_AUTHOR_FOUND, splitAuthors } from '../../src-renderer/src/domain/import/initiativeMatch';

type Cell = string | number | null;

function plan(rows: Cell[][], extra: Partial<PlanInput> = {}, existing: Partial<ExistingIndex> = {}) {
  const layout = detectHeader(rows);
  return buildPlan({
    target: 'initiatives',
    sheets: [{ index: 0, name: 'SK', rows, layout }],
    mapping: suggestMapping(layout.names, 'initiatives'),
    existing: { units: [], people: [], awardKeys: [], initiativeKeys: [], ...existing },
    localities: { provinces: [], communes: [] },
    today: '2025-06-01',
    ...extra,
  });
}

test('authors split, scope words', () => {
  expect(splitAuthors('Nguyễn Văn A, Trần Thị B; Lê C\nThS. Phạm D (chủ nhiệm)')).toEqual(['Nguyễn Văn A', 'Trần Thị B', 'Lê C', 'Phạm D']);
  expect(['Cấp cơ sở', 'Cấp Bộ', 'Tỉnh', 'Ngành', 'Toàn quốc', 'Sở Khoa học và Công nghệ', 'HĐQT HTX Dương Liễu', 'abc'].map(initiativeLevelOf)).toEqual([
    'co_so',
    'bo_tinh',
    'bo_tinh',
    'bo_tinh',
    'toan_quoc',
    'bo_tinh',
    'co_so',
    null,
  ]);
});

test('one record per author found; unknown authors kept as text; year from the date, the column or the default; repeats', () => {
  const rows: Cell[][] = [
    ['STT', 'Tên đề tài', 'Ngày công nhận', 'Đơn vị công nhận', 'Tên tác giả', 'Phạm vi', 'Năm'],
    [1, 'Máy sấy lúa tiết kiệm điện', '15/06/2024', 'Sở Khoa học và Công nghệ', 'Nguyễn Văn An, Phạm Thị Bích', null, null],
    [2, 'Quy trình ủ phân hữu cơ', null, null, 'Trần Văn Lạ', 'Toàn quốc', 2023],
    [3, 'Sổ tay kế toán HTX', null, null, null, null, null],
    [4, 'Máy sấy lúa tiết kiệm điện', null, null, 'Nguyễn Văn An', null, 2024],
    [5, 'Bảng lương mới', null, null, 'Nguyễn Văn An', 'Cấp xịn', null],
    [6, 'Phần mềm quản lý kho', null, null, 'Nguyễn Văn An, Người Lạ', null, null],
  ];
  const existing = {
    people: [
      { id: 'p1', nameKey: 'nguyen van an' },
      { id: 'p2', nameKey: 'pham thi bich' },
    ],
    initiativeKeys: ['p1|phan mem quan ly kho'],
  };
  const p = plan(rows, { defaultYear: 2025 }, existing);
  expect(p.rows.map((r) => [r.status, r.values.year, r.values.level, r.values.authorIds])).toEqual([
    ['new', 2024, 'bo_tinh', 'p1,p2'],
    ['new', 2023, 'toan_quoc', ''],
    ['new', 2025, 'co_so', ''],
    ['duplicate', 2024, 'co_so', undefined],
    ['error', 2025, 'co_so', undefined],
    ['duplicate', 2025, 'co_so', undefined],
  ]);
  const warnings = (i: number) => p.rows[i]!.issues.filter((x) => x.severity === 'warning').map((x) => x.message);
  expect(warnings(1).some((m) => m.startsWith(NO_AUTHOR_FOUND) && m.includes('Trần Văn Lạ'))).toBe(true);
  expect(warnings(2)).toContain('Không ghi tác giả: sáng kiến được lưu nhưng chưa tính cho ai');
  expect(warnings(2)).toContain('Chưa ghi phạm vi: tạm ghi cấp cơ sở');
  expect(p.rows[3]!.duplicateOf).toBe('0:1');
  expect(p.rows[4]!.issues.find((i) => i.severity === 'error')).toMatchObject({ field: 'level', col: 5, column: 'Phạm vi' });
  expect(p.toCreate).toBeUndefined();

  const noYear = plan(rows.slice(0, 4), {}, existing);
  expect(noYear.rows.map((r) => r.status)).toEqual(['new', 'new', 'error']);
  expect(noYear.rows[2]!.issues.find((i) => i.severity === 'error')!.message).toContain('Thiếu năm công nhận');
});
