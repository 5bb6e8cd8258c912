import { test, expect } from '@playwright/test';
import { moneyScaleIn, moneyScaleOfTitle } from '../../src-renderer/src/domain/import/moneyUnit';
import { detectHeader } from '../../src-renderer/src/domain/import/header';
import { suggestMapping } from '../../src-renderer/src/domain/import/fields';
import { buildPlan } from '../../src-renderer/src/domain/import/plan';
import { indicatorSetsFromRow } from '../../src-renderer/src/domain/import/records';

test('the money unit is read from the header as offices write it', () => {
  const cases: Array<[string, number | undefined]> = [
    ['Doanh thu (triệu đồng)', 1_000_000],
    ['Doanh thu (Tr.đ)', 1_000_000],
    ['Doanh thu (trđ)', 1_000_000],
    ['Doanh thu - Triệu đồng', 1_000_000],
    ['Lợi nhuận (tr. đồng)', 1_000_000],
    ['Vốn điều lệ (nghìn đồng)', 1_000],
    ['Vốn điều lệ (ngàn đồng)', 1_000],
    ['Vốn điều lệ (1.000 đ)', 1_000],
    ['Tổng tài sản (tỷ đồng)', 1_000_000_000],
    ['Tổng tài sản (Tỷ)', 1_000_000_000],
    ['Vốn điều lệ (đồng)', 1],
    ['Doanh thu (VNĐ)', 1],
    ['Doanh thu', undefined],
    ['Doanh thu năm 2024', undefined],
    ['Tên công ty', undefined],
    ['Số thành viên', undefined],
  ];
  expect(cases.map(([h]) => [h, moneyScaleIn(h)])).toEqual(cases);
});

test('a "Đơn vị tính" line above the table gives the unit of money columns without their own', () => {
  expect(moneyScaleOfTitle(['LIÊN MINH HTX TỈNH NAM ĐỊNH', 'DANH SÁCH HTX NĂM 2024', 'Đơn vị tính: triệu đồng'])).toBe(1_000_000);
  expect(moneyScaleOfTitle(['ĐVT: 1.000 đồng'])).toBe(1_000);
  expect(moneyScaleOfTitle(['BÁO CÁO DOANH THU (triệu đồng) CỦA CÁC HTX'])).toBeUndefined(); // no "đơn vị tính": a title, not a unit line
  expect(moneyScaleOfTitle(['Đơn vị tính: HTX'])).toBeUndefined();
});

test('money values are scaled to đồng before rounding, and the clean-up says so once per column', () => {
  const rows = [
    ['Tên HTX', 'Doanh thu (triệu đồng)', 'Vốn điều lệ', 'Năm'],
    ['HTX Một', '1.250,5', 500, 2024],
    ['HTX Hai', 0.0004, '-', 2024],
  ];
  const layout = detectHeader(rows);
  const mapping = suggestMapping(layout.names, 'units');
  expect(mapping).toEqual(['name', 'revenue', 'charterCapital', 'year']);
  const plan = buildPlan({
    target: 'units',
    sheets: [{ index: 0, name: 'S', rows, layout }],
    mapping,
    moneyScales: [1, 1_000_000, 1_000, 1],
    existing: { units: [], people: [], awardKeys: [] },
    localities: { provinces: [], communes: [] },
    today: '2025-06-01',
  });
  expect(plan.rows.map((r) => [r.values.revenue, r.values.charterCapital])).toEqual([
    [1_250_500_000, 500_000],
    [400, 0],
  ]);
  expect(plan.notes.filter((n) => n.message.includes('để lưu bằng đồng')).map((n) => [n.row, n.message])).toEqual([
    [1, 'Cột tính bằng triệu đồng: mọi giá trị được nhân 1.000.000 để lưu bằng đồng'],
    [1, 'Cột tính bằng nghìn đồng: mọi giá trị được nhân 1.000 để lưu bằng đồng'],
  ]);
});

test('a wide report with one column per year gives one unit-year per year named in the headers', () => {
  const rows = [
    ['Tên HTX', 'Doanh thu - Năm 2023', 'Doanh thu - Năm 2024', 'Số thành viên'],
    ['HTX Một', 100, 120, 30],
  ];
  const layout = detectHeader(rows);
  const mapping = suggestMapping(layout.names, 'units');
  expect(mapping).toEqual(['name', 'revenue', 'revenue', 'members']);
  const plan = buildPlan({
    target: 'units',
    sheets: [{ index: 0, name: 'S', rows, layout }],
    mapping,
    defaultYear: 2024,
    existing: { units: [], people: [], awardKeys: [] },
    localities: { provinces: [], communes: [] },
    today: '2025-06-01',
  });
  expect(plan.rows[0]!.status).toBe('new');
  expect(indicatorSetsFromRow(plan.rows[0]!.values).sort((a, b) => a.year! - b.year!)).toEqual([
    { year: 2023, fields: { revenue: 100 } },
    { year: 2024, fields: { revenue: 120, members: 30 } },
  ]);
});
