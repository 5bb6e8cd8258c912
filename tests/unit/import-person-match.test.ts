/** Lists of people: new people, stored people completed (update), repeats in the file, Nam | Nữ birth columns. */
import { test, expect } from '@playwright/test';
import { detectHeader } from '../../src-renderer/src/domain/import/header';
import { suggestMapping } from '../../src-renderer/src/domain/import/fields';
import { buildPlan } from '../../src-renderer/src/domain/import/plan';
import type { ExistingIndex } from '../../src-renderer/src/domain/import/planTypes';

type Cell = string | number | null;

function plan(rows: Cell[][], existing: Partial<ExistingIndex> = {}) {
  const layout = detectHeader(rows);
  return buildPlan({
    target: 'people',
    sheets: [{ index: 0, name: 'CB', rows, layout }],
    mapping: suggestMapping(layout.names, 'people'),
    existing: { units: [], people: [], awardKeys: [], ...existing },
    localities: { provinces: [], communes: [] },
    today: '2025-06-01',
  });
}

test('new and stored people: stored ones become updates, repeats in the file are flagged, units matched but never created', () => {
  const rows: Cell[][] = [
    ['STT', 'Họ và tên', 'Năm sinh - Nam', 'Năm sinh - Nữ', 'Dân tộc', 'Chức vụ', 'Đơn vị công tác', 'Điện thoại'],
    [1, 'Nguyễn Văn An', 1970, null, 'Kinh', 'Giám đốc', 'HTX Dương Liễu', '0912345678'],
    [2, 'Phạm Thị Bích', null, 1985, 'Tày', 'Kế toán', 'HTX Dương Liễu', '0987654321'],
    [3, 'Hoàng Văn Cừ', 1992, null, 'Kinh', 'Xã viên', 'HTX Chưa Có', null],
    [4, 'Phạm Thị Bích', null, 1985, 'Tày', 'Kế toán', 'HTX Dương Liễu', null],
    [5, 'Nguyễn Văn An', 1970, null, 'Kinh', 'Giám đốc', 'HTX Dương Liễu', null],
  ];
  const p = plan(rows, {
    units: [{ id: 'u1', name: 'HTX Dương Liễu', nameKey: 'htx duong lieu' }],
    people: [{ id: 'p1', nameKey: 'nguyen van an', unitId: 'u1', birthYear: 1970 }],
  });
  expect(p.rows.map((r) => [r.status, r.personId, r.unitId, r.creates, r.matchId, r.duplicateOf])).toEqual([
    ['update', 'p1', 'u1', undefined, 'p1', undefined],
    ['new', 'new:0:2', 'u1', 'person', undefined, undefined],
    ['new', 'new:0:3', undefined, 'person', undefined, undefined],
    ['duplicate', 'new:0:2', 'u1', 'person', undefined, '0:2'],
    ['duplicate', 'p1', 'u1', undefined, 'p1', '0:1'],
  ]);
  expect(p.rows[1]!.values).toMatchObject({ gender: 'nu', birthYear: 1985, ethnicity: 'Tày', phone: '0987654321' });
  expect(p.toCreate).toEqual({ people: 2, units: 0 });
});

test('a stored person whose birth date or year disagrees is someone else; two namesakes without a tell are an error', () => {
  const rows: Cell[][] = [
    ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh'],
    [1, 'Lê Thị Hà', 'Nữ', '01/02/1988'],
    [2, 'Trần Văn Nam', 'Nam', null],
    [3, 'Lê Thị Hà', 'Nữ', '03/04/1990'],
  ];
  const p = plan(rows, {
    people: [
      { id: 'h1', nameKey: 'le thi ha', birthYear: 1988, birthDate: '1988-02-01' },
      { id: 'n1', nameKey: 'tran van nam' },
      { id: 'n2', nameKey: 'tran van nam' },
    ],
  });
  expect(p.rows.map((r) => [r.status, r.personId])).toEqual([
    ['update', 'h1'],
    ['error', undefined],
    ['new', 'new:0:3'],
  ]);
  expect(p.rows[1]!.issues[0]!.message).toContain('Có 2 người tên "Trần Văn Nam"');
  expect(p.rows[2]!.values).toMatchObject({ birthDate: '1990-04-03', birthYear: 1990 });
});
