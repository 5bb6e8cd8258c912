import { test, expect } from '@playwright/test';
import { computeYearSummary, type SummaryUnit, type SummaryUnitYear } from '../../src-renderer/src/domain/summary/aggregate';
import { activeUnits, averageIncome, coverageNote, figureCoverage } from '../../src-renderer/src/domain/summary/bucket';
import { figuresSentence, figureText } from '../../src-renderer/src/domain/summary/report-text';
import { buildSummaryWorkbook } from '../../src-renderer/src/domain/summary/summary-workbook';
import { BUCKET_FIELDS, REPORTED_FIGURES } from '../../src-renderer/src/domain/summary/types';
import * as XLSX from 'xlsx';
import { admittedIn, dissolvedIn, foundedIn, isActiveAtYearEnd, isModelUnitAward } from '../../src-renderer/src/domain/summary/rules';

function unit(id: string, u: Partial<SummaryUnit>): SummaryUnit {
  return { id, kind: 'htx', name: `HTX ${id}`, status: 'active', member: 0, ...u };
}

test('active at year end: founded on/before 31/12, not dissolved on/before 31/12', () => {
  expect(isActiveAtYearEnd({ foundedDate: '2015-12-31', status: 'active' }, 2015)).toBe(true);
  expect(isActiveAtYearEnd({ foundedDate: '2016-01-01', status: 'active' }, 2015)).toBe(false);
  expect(isActiveAtYearEnd({ status: 'active' }, 1990)).toBe(true);
  expect(isActiveAtYearEnd({ foundedDate: '2010-03-01', status: 'dissolved', statusDate: '2015-12-31' }, 2015)).toBe(false);
  expect(isActiveAtYearEnd({ foundedDate: '2010-03-01', status: 'dissolved', statusDate: '2016-01-02' }, 2015)).toBe(true);
  // dissolved with no date: never counted as active
  expect(isActiveAtYearEnd({ foundedDate: '2010-03-01', status: 'dissolved' }, 2011)).toBe(false);
  // paused units still exist
  expect(isActiveAtYearEnd({ foundedDate: '2010-03-01', status: 'paused', statusDate: '2012-01-01' }, 2015)).toBe(true);
  expect(foundedIn({ foundedDate: '2015-06-01' }, 2015)).toBe(true);
  expect(dissolvedIn({ status: 'dissolved', statusDate: '2015-06-01' }, 2015)).toBe(true);
  expect(dissolvedIn({ status: 'dissolved' }, 2015)).toBe(false);
  expect(admittedIn({ member: 1, memberSince: 2015 }, 2015)).toBe(true);
  expect(admittedIn({ member: 0, memberSince: 2015 }, 2015)).toBe(false);
});

test('model unit honour: catalogue code or a name containing "điển hình tiên tiến"', () => {
  expect(isModelUnitAward({ recipientKind: 'unit', catalogCode: '', awardName: 'HTX Điển hình Tiên tiến năm 2015' })).toBe(true);
  expect(isModelUnitAward({ recipientKind: 'unit', catalogCode: '', awardName: 'HTX ĐIỂN HÌNH TIÊN TIẾN' })).toBe(true);
  expect(isModelUnitAward({ recipientKind: 'unit', catalogCode: 'HTX_DHTT', awardName: 'x' })).toBe(true);
  expect(isModelUnitAward({ recipientKind: 'unit', catalogCode: 'BK_TINH', awardName: 'Bằng khen UBND thành phố' })).toBe(false);
  expect(isModelUnitAward({ recipientKind: 'person', catalogCode: '', awardName: 'Điển hình tiên tiến' })).toBe(false);
});

const units: SummaryUnit[] = [
  unit('a', { kind: 'htx', foundedDate: '2010-01-01', sector: 'nong_nghiep', provinceCode: '01', communeCode: '00001', member: 1, memberSince: 2015 }),
  unit('b', { kind: 'htx', foundedDate: '2015-05-05', sector: 'nong_nghiep', provinceCode: '01', communeCode: '00002', member: 1, memberSince: 2015 }),
  unit('c', { kind: 'tht', foundedDate: '2012-01-01', sector: 'tm_dv', provinceCode: '48' }),
  unit('d', { kind: 'htx', foundedDate: '2011-01-01', sector: 'gtvt', provinceCode: '48', status: 'dissolved', statusDate: '2015-08-01' }),
  unit('e', { kind: 'qtdnd', foundedDate: '2016-02-01', sector: 'qtdnd', provinceCode: '01' }),
  unit('f', { kind: 'lien_hiep', sector: 'cn_tttcn', provinceCode: '01', member: 1, memberSince: 2015, communeCode: '00001' }),
];
const rows: SummaryUnitYear[] = [
  { unitId: 'a', year: 2015, members: 100, workers: 10, revenue: 1_500_000_000, profit: 120_000_000, avgIncome: 3_000_000 },
  { unitId: 'b', year: 2015, members: 7, workers: 30, revenue: 500_000_000, profit: 20_000_000, avgIncome: 5_000_000 },
  { unitId: 'c', year: 2015, members: 12, revenue: 80_000_000 },
  // dissolved during 2015: not active at year end, its indicators are not summed
  { unitId: 'd', year: 2015, members: 50, workers: 5, revenue: 999 },
  { unitId: 'a', year: 2014, members: 90, workers: 9, revenue: 1 },
  { unitId: 'zz', year: 2015, members: 1 },
];

test('year-end summary counts, sums and averages from units and unit-years', () => {
  const s = computeYearSummary({
    year: 2015,
    units,
    unitYears: rows,
    awards: [
      { year: 2015, recipientKind: 'unit', recipientId: 'a', catalogCode: '', awardName: 'HTX điển hình tiên tiến', decisionNumber: '12/QĐ-LMHTX' },
      { year: 2014, recipientKind: 'unit', recipientId: 'b', catalogCode: '', awardName: 'HTX điển hình tiên tiến' },
      { year: 2015, recipientKind: 'unit', recipientId: 'c', catalogCode: '', awardName: 'Giấy khen' },
    ],
    trendYears: 3,
  });
  const t = s.total;
  expect([t.htx, t.tht, t.lienHiep, t.qtdnd, t.other]).toEqual([2, 1, 1, 0, 0]);
  expect(activeUnits(t)).toBe(4);
  expect(t.newUnits).toBe(1);
  expect(t.dissolved).toBe(1);
  expect(t.newMembers).toBe(3);
  expect(t.reporting).toBe(3);
  expect(t.members).toBe(119);
  expect(t.workers).toBe(40);
  expect(t.revenue).toBe(2_080_000_000);
  expect(t.profit).toBe(140_000_000);
  // weighted by workers: (3M×10 + 5M×30) / 40
  expect(averageIncome(t)).toBe(4_500_000);
  // who reported what: a and b everything, c members and revenue only (d is dissolved, zz unknown)
  expect([t.membersReported, t.workersReported, t.revenueReported, t.profitReported]).toEqual([3, 2, 3, 2]);
  // slices partition the scope: every field, the new counts included, adds up to the total
  for (const f of BUCKET_FIELDS) {
    expect(
      s.bySector.reduce((n, r) => n + r.bucket[f], 0),
      f,
    ).toBe(t[f]);
    expect(
      s.byProvince.reduce((n, r) => n + r.bucket[f], 0),
      f,
    ).toBe(t[f]);
  }

  const agri = s.bySector.find((r) => r.sector === 'nong_nghiep')!.bucket;
  expect([agri.htx, agri.members, agri.newUnits, agri.newMembers]).toEqual([2, 107, 1, 2]);
  const dn = s.byProvince.find((r) => r.provinceCode === '48')!.bucket;
  expect([dn.htx, dn.tht, dn.dissolved, dn.members]).toEqual([0, 1, 1, 12]);
  expect(s.newMembersByCommune).toEqual([
    { provinceCode: '01', communeCode: '00001', count: 2 },
    { provinceCode: '01', communeCode: '00002', count: 1 },
  ]);
  expect(s.modelUnits.map((m) => [m.name, m.decisionNumber])).toEqual([['HTX a', '12/QĐ-LMHTX']]);
  expect(s.trend).toEqual([
    { year: 2013, htx: 2, tht: 1, lienHiep: 1, qtdnd: 0, other: 0 },
    { year: 2014, htx: 2, tht: 1, lienHiep: 1, qtdnd: 0, other: 0 },
    { year: 2015, htx: 2, tht: 1, lienHiep: 1, qtdnd: 0, other: 0 },
  ]);
});

test('trend over years agrees with the active rule for every year', () => {
  const many: SummaryUnit[] = [];
  for (let i = 0; i < 300; i++) {
    const fy = 2005 + (i % 13);
    const dissolved = i % 4 === 0;
    many.push(
      unit(`u${i}`, {
        kind: (['htx', 'tht', 'lien_hiep', 'qtdnd', 'khac'] as const)[i % 5],
        foundedDate: i % 11 === 0 ? undefined : `${fy}-0${1 + (i % 9)}-15`,
        status: dissolved ? 'dissolved' : 'active',
        statusDate: dissolved && i % 8 !== 0 ? `${fy + (i % 6)}-06-30` : undefined,
      }),
    );
  }
  const s = computeYearSummary({ year: 2018, units: many, unitYears: [], trendYears: 10 });
  for (const p of s.trend) {
    const active = many.filter((u) => isActiveAtYearEnd(u, p.year));
    expect(p.htx + p.tht + p.lienHiep + p.qtdnd + p.other).toBe(active.length);
    expect(p.tht).toBe(active.filter((u) => u.kind === 'tht').length);
  }
  expect(s.trend.at(-1)!.htx).toBe(s.total.htx);
});

test('a figure given as 0 is reported; a missing one is not (unknown is not zero)', () => {
  const us: SummaryUnit[] = [
    unit('a', { foundedDate: '2010-01-01', provinceCode: '48' }),
    unit('b', { foundedDate: '2010-01-01', provinceCode: '48' }),
    unit('c', { foundedDate: '2010-01-01', provinceCode: '92' }),
    unit('d', { foundedDate: '2010-01-01', provinceCode: '92' }),
    unit('gone', { foundedDate: '2010-01-01', status: 'dissolved', statusDate: '2015-03-01' }),
  ];
  const s = computeYearSummary({
    year: 2015,
    units: us,
    unitYears: [
      // a typed zeros: a real 0 workers, 0 profit, 0 income
      { unitId: 'a', year: 2015, members: 0, workers: 0, profit: 0, avgIncome: 0 },
      { unitId: 'b', year: 2015, members: 9, workers: 4, avgIncome: 0 },
      // c has a row but gave nothing; null (a cleared form field) is not a value either
      { unitId: 'c', year: 2015, members: null as unknown as undefined, revenue: Number.NaN },
      // not active at year end: its figures count nowhere
      { unitId: 'gone', year: 2015, members: 50, workers: 5, revenue: 7, profit: 7 },
    ],
  });
  const t = s.total;
  expect(t.reporting).toBe(3);
  expect([t.membersReported, t.workersReported, t.revenueReported, t.profitReported]).toEqual([2, 2, 0, 1]);
  expect([t.members, t.workers, t.revenue, t.profit]).toEqual([9, 4, 0, 0]);
  expect(figureCoverage(t, 'workers')).toEqual({ value: 4, reported: 2, units: 4 });
  expect(figureCoverage(t, 'profit')).toEqual({ value: 0, reported: 1, units: 4 });
  // nobody reported revenue: no value at all, not 0
  expect(figureCoverage(t, 'revenue')).toEqual({ value: undefined, reported: 0, units: 4 });
  // a reported income of 0 is averaged in (b: 4 workers at 0 đ); a's 0 workers weigh nothing
  expect([t.incomeWorkers, averageIncome(t)]).toEqual([4, 0]);
  const ct = s.byProvince.find((r) => r.provinceCode === '92')!.bucket;
  expect([ct.reporting, ct.membersReported, ct.workersReported]).toEqual([1, 0, 0]);
  expect(figureText(ct, 'members')).toEqual({ text: 'chưa có số liệu', reported: false });
  expect(figureText(t, 'members')).toEqual({ text: '9', reported: true });
  // one unit gave profit 0: printed as 0, it is a figure
  expect(figureText(t, 'profit')).toEqual({ text: '0', reported: true });
  expect(coverageNote(figureCoverage(t, 'profit'))).toBe('(1/4 đơn vị báo cáo)');
  expect(coverageNote({ value: 5, reported: 1_980, units: 2_010 })).toBe('(1.980/2.010 đơn vị báo cáo)');
  expect(coverageNote({ value: 5, reported: 4, units: 4 })).toBe('');
});

test('the report sentence prints "chưa có số liệu" for figures nobody gave, n/N for partial ones', () => {
  const us = ['a', 'b', 'c', 'd'].map((id) => unit(id, { foundedDate: '2010-01-01' }));
  const sentence = (rows: SummaryUnitYear[]) => figuresSentence(computeYearSummary({ year: 2015, units: us, unitYears: rows }).total);

  // nobody reported workers or profit (nor income)
  const noWorkers = sentence([
    { unitId: 'a', year: 2015, members: 100, revenue: 1_500_000_000 },
    { unitId: 'b', year: 2015, members: 20, revenue: 500_000_000 },
    { unitId: 'c', year: 2015, members: 7, revenue: 80_000_000 },
    { unitId: 'd', year: 2015, members: 3, revenue: 20_000_000 },
  ]);
  expect(noWorkers).toBe(
    'Tổng số thành viên 130; số lao động: chưa có số liệu; tổng doanh thu 2.100 triệu đồng; lợi nhuận: chưa có số liệu; ' +
      'thu nhập bình quân của người lao động: chưa có số liệu.',
  );
  expect(noWorkers).not.toMatch(/\b0 người|lợi nhuận 0/);

  // some units reported, one of them a real 0 profit
  const partial = sentence([
    { unitId: 'a', year: 2015, members: 100, workers: 10, revenue: 1_500_000_000, profit: 0, avgIncome: 3_000_000 },
    { unitId: 'b', year: 2015, members: 20, workers: 30, revenue: 500_000_000, profit: 20_000_000, avgIncome: 5_000_000 },
    { unitId: 'c', year: 2015, members: 7 },
  ]);
  expect(partial).toBe(
    'Tổng số thành viên 127 (3/4 đơn vị báo cáo); lao động 40 người (2/4 đơn vị báo cáo); tổng doanh thu 2.000 triệu đồng (2/4 đơn vị báo cáo); ' +
      'lợi nhuận 20 triệu đồng (2/4 đơn vị báo cáo); thu nhập bình quân của người lao động 4.500.000 đồng/người/tháng.',
  );

  // every unit reported 0 workers: that is a figure, "0 người", with no coverage note
  const zeros = sentence(us.map((u) => ({ unitId: u.id, year: 2015, workers: 0 })));
  expect(zeros).toContain('lao động 0 người;');
  expect(zeros).toContain('Tổng số thành viên: chưa có số liệu');

  expect(sentence([])).toBe('Chưa có đơn vị nào báo cáo số thành viên, lao động, doanh thu, lợi nhuận và thu nhập của người lao động.');
});

test('the summary workbook writes "Chưa có số liệu" for unreported figures and the reported counts beside them', () => {
  const us = ['a', 'b'].map((id) => unit(id, { foundedDate: '2010-01-01', provinceCode: '48', sector: 'nong_nghiep' }));
  const s = computeYearSummary({ year: 2015, units: us, unitYears: [{ unitId: 'a', year: 2015, members: 12, profit: 0 }] });
  const names = { provinceName: (c: string) => c, communeName: (c: string) => c, sectorName: (x: string) => x };
  const wb = XLSX.read(XLSX.write(buildSummaryWorkbook({ title: 'T', ...s }, names), { type: 'buffer', bookType: 'xlsx' }), { type: 'buffer' });
  const totals = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['Tổng hợp']!, { header: 1 });
  expect(totals).toContainEqual(['Tổng số thành viên', 12]);
  expect(totals).toContainEqual(['Tổng số lao động', 'Chưa có số liệu']);
  expect(totals).toContainEqual(['Tổng doanh thu (đồng)', 'Chưa có số liệu']);
  expect(totals).toContainEqual(['Tổng lợi nhuận (đồng)', 0]);
  expect(totals).toContainEqual(['Thu nhập bình quân (đồng/người/tháng)', 'Chưa có số liệu']);
  expect(totals).toContainEqual(['Số đơn vị báo cáo số lao động', 0]);
  expect(totals).toContainEqual(['Số đơn vị báo cáo lợi nhuận', 1]);
  const byProvince = XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets['Theo địa bàn']!);
  expect(byProvince[0]).toMatchObject({ 'Tổng số lao động': 'Chưa có số liệu', 'Tổng số thành viên': 12, 'Số đơn vị báo cáo số thành viên': 1 });
  expect(REPORTED_FIGURES).toEqual(['members', 'workers', 'revenue', 'profit']);
});
