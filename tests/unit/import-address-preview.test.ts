import { test, expect } from '@playwright/test';
import { buildPlan } from '@/domain/import/plan';
import { describeChange, previewRow, unitChanges } from '@/domain/import/previewCells';
import type { PlanInput } from '@/domain/import/planTypes';
import type { Unit } from '@/domain/registry/types';
import { COMMUNES, PROVINCES } from '@/domain/registry/localities-data';

const HEADER = ['Tên HTX', 'Địa chỉ (Xã, Tỉnh)', 'Số thành viên', 'Doanh thu (triệu đồng)', 'Mã số thuế'];

function input(rows: unknown[][]): PlanInput {
  return {
    target: 'units',
    sheets: [{ index: 0, name: 'DS', rows: [HEADER, ...rows] as any, layout: { headerStart: 0, headerEnd: 0, dataStart: 1, names: HEADER } as any }],
    mapping: ['name', 'address', 'members', 'revenue', 'taxCode'],
    moneyScales: [1, 1, 1, 1_000_000, 1],
    defaultYear: 2024,
    today: '2026-01-01',
    existing: { units: [], people: [], awardKeys: [] },
    localities: { provinces: PROVINCES, communes: COMMUNES },
    askProvince: true,
  };
}

test('the preview shows stored values with notes where the file says it otherwise, the place read from the address, and tax check digits', () => {
  const inp = input([['HTX A', 'Xã Điện Phước, Huyện Điện Bàn, Tỉnh Quảng Nam', '180 TV', 1500, '0100000001']]);
  const plan = buildPlan(inp);
  const row = plan.rows[0]!;
  const p = previewRow(row, inp.sheets[0]!.rows[1]!, { target: 'units', mapping: inp.mapping, names: HEADER, moneyScales: inp.moneyScales });
  const cell = (col: number) => p.cells.find((c) => c.col === col)!;
  expect(cell(2)).toMatchObject({ stored: '180', note: 'Tệp ghi "180 TV", lưu 180' });
  expect(cell(3)).toMatchObject({ stored: '1.500.000.000 đ', note: 'Tệp ghi 1500 (triệu đồng), lưu 1.500.000.000 đ' });
  expect(cell(4).warning).toContain('chữ số thứ 10');
  expect(cell(0).note).toBeUndefined();
  expect(p).toMatchObject({ province: 'Đà Nẵng', commune: '', district: 'Huyện Điện Bàn' });
  expect(p.placeNote).toContain('tỉnh cũ Quảng Nam, từ 01/07/2025 thuộc Đà Nẵng');
  expect(p.placeNote).toContain('"Điện Phước"');
});

test('an update lists old -> new per field by the commit rule; an identical row changes nothing', () => {
  const before = {
    id: 'u1',
    name: 'HTX A',
    kind: 'htx',
    status: 'active',
    member: 0,
    provinceCode: '48',
    address: 'Cũ',
    years: [{ year: 2024, members: 150, revenue: 1_000_000_000 }],
  } as unknown as Unit;
  const values = { name: 'HTX A', address: 'Mới', provinceCode: '48', year: 2024, members: 180, revenue: 1_000_000_000 };
  const changes = unitChanges(before, values, new Set(['members']));
  expect(changes.map(describeChange)).toEqual(['Địa chỉ: giữ Cũ (tệp ghi Mới, không chọn ghi đè)', 'Số thành viên 2024: 150 → 180']);
  expect(unitChanges(before, { name: 'HTX A', provinceCode: '48', year: 2024, members: 150 }, new Set())).toEqual([]);
});
