import { test, expect } from '@playwright/test';
import * as XLSX from 'xlsx';
import { buildPackageWorkbook, readPackageWorkbook, PackageReadError, PACKAGE_SHEETS } from '../../src-renderer/src/domain/summary/package-workbook';
import { consolidatePackages, matchPackageMember, replacePackage } from '../../src-renderer/src/domain/summary/consolidate';
import { emptyBucket } from '../../src-renderer/src/domain/summary/bucket';
import type { StoredSummaryPackage, SummaryBucket, SummaryPackageData } from '../../src-renderer/src/domain/summary/types';
import type { ClusterMember } from '../../src-renderer/src/domain/emulation/types';

const cities: ClusterMember[] = [
  { id: 'hn', name: 'Liên minh HTX thành phố Hà Nội', provinceCode: '01' },
  { id: 'hcm', name: 'Liên minh HTX Thành phố Hồ Chí Minh', provinceCode: '79' },
  { id: 'hp', name: 'Liên minh HTX thành phố Hải Phòng', provinceCode: '31' },
  { id: 'dn', name: 'Liên minh HTX thành phố Đà Nẵng', provinceCode: '48' },
  { id: 'ct', name: 'Liên minh HTX thành phố Cần Thơ', provinceCode: '92' },
];

function bucket(b: Partial<SummaryBucket>): SummaryBucket {
  return { ...emptyBucket(), ...b };
}

function pkgData(member: ClusterMember, total: SummaryBucket): SummaryPackageData {
  return {
    year: 2015,
    memberName: member.name,
    provinceCode: member.provinceCode!,
    createdDate: '2016-01-10',
    summary: {
      year: 2015,
      total,
      bySector: [{ sector: 'nong_nghiep', bucket: total }],
      byProvince: [{ provinceCode: member.provinceCode!, bucket: total }],
      newMembersByCommune: total.newMembers ? [{ provinceCode: member.provinceCode!, communeCode: '00001', count: total.newMembers }] : [],
      modelUnits: [],
    },
  };
}

function roundTrip(data: SummaryPackageData, fileName: string): SummaryPackageData {
  const bytes = XLSX.write(buildPackageWorkbook(data), { type: 'buffer', bookType: 'xlsx' });
  return readPackageWorkbook(XLSX.read(bytes, { type: 'buffer' }), fileName);
}

function stored(data: SummaryPackageData, memberKey: string, fileName: string): StoredSummaryPackage {
  return { ...data, id: `${memberKey}-${fileName}`, scopeId: 'cluster', memberKey, fileName, importedAt: '2016-01-15T00:00:00Z' };
}

// Per-city inputs whose sums the test checks (the domain brief's 2015 seed: new members 55/5/16/9).
const inputs: Record<string, Partial<SummaryBucket>> = {
  hn: { tht: 3_000, htx: 1_200, newMembers: 55, members: 100_000, workers: 20_000, revenue: 5e12, incomeWeighted: 20_000 * 3_500_000, incomeWorkers: 20_000 },
  hcm: { tht: 1_700, htx: 400, newMembers: 0, members: 50_000, workers: 10_000, revenue: 9e12, incomeWeighted: 10_000 * 6_000_000, incomeWorkers: 10_000 },
  hp: { tht: 1_500, htx: 600, newMembers: 16 },
  dn: { tht: 809, htx: 351, newMembers: 5 },
  ct: { tht: 800, htx: 400, newMembers: 9 },
};

test('a package survives a real .xlsx write and read unchanged', () => {
  const data = pkgData(cities[0]!, bucket(inputs.hn!));
  data.summary.modelUnits = [{ unitId: 'u1', name: 'HTX Dương Liễu', provinceCode: '01', awardName: 'HTX điển hình tiên tiến', decisionNumber: '=05/QĐ' }];
  const back = roundTrip(data, 'HaNoi-2015.xlsx');
  expect(back.summary.total).toEqual(data.summary.total);
  expect(back.summary.bySector).toEqual(data.summary.bySector);
  expect(back.summary.newMembersByCommune).toEqual(data.summary.newMembersByCommune);
  expect(back.memberName).toBe('Liên minh HTX thành phố Hà Nội');
  // formula-looking text was neutralised on export
  expect(back.summary.modelUnits[0]!.decisionNumber).toBe("'=05/QĐ");
});

test('cluster totals and per-member breakdown from five packages', () => {
  const packages = cities.map((m) => stored(roundTrip(pkgData(m, bucket(inputs[m.id]!)), `${m.id}.xlsx`), m.id, `${m.id}.xlsx`));
  const c = consolidatePackages(2015, cities, packages);
  const sum = (f: keyof SummaryBucket) => Object.values(inputs).reduce((s, b) => s + (b[f] ?? 0), 0);
  expect(c.total.tht).toBe(sum('tht'));
  expect(c.total.htx).toBe(sum('htx'));
  expect(c.total.tht).toBe(7_809);
  expect(c.total.htx).toBe(2_951);
  expect(c.total.newMembers).toBe(85);
  expect(c.members.map((m) => [m.memberKey, m.bucket?.newMembers])).toEqual([['hn', 55], ['hcm', 0], ['hp', 16], ['dn', 5], ['ct', 9]]);
  expect(c.missing).toEqual([]);
  expect(c.total.incomeWeighted / c.total.incomeWorkers).toBe(4_333_333.333333333);
});

test('re-importing a corrected package replaces the earlier one', () => {
  let list = cities.map((m) => stored(pkgData(m, bucket(inputs[m.id]!)), m.id, `${m.id}.xlsx`));
  const corrected = stored(pkgData(cities[3]!, bucket({ ...inputs.dn, newMembers: 7 })), 'dn', 'dn-sua.xlsx');
  list = replacePackage(list, corrected);
  expect(list.filter((p) => p.memberKey === 'dn').map((p) => p.fileName)).toEqual(['dn-sua.xlsx']);
  expect(consolidatePackages(2015, cities, list).total.newMembers).toBe(87);
  const missingOne = consolidatePackages(2015, cities, list.filter((p) => p.memberKey !== 'ct'));
  expect(missingOne.missing).toEqual(['Liên minh HTX thành phố Cần Thơ']);
});

test('packages match cluster members by province code, else by name', () => {
  expect(matchPackageMember({ provinceCode: '48', memberName: 'x' }, cities)?.id).toBe('dn');
  expect(matchPackageMember({ provinceCode: '', memberName: 'LIÊN MINH HTX THÀNH PHỐ CẦN THƠ' }, cities)?.id).toBe('ct');
  expect(matchPackageMember({ provinceCode: '99', memberName: 'Liên minh HTX tỉnh Nghệ An' }, cities)).toBeUndefined();
});

test('a damaged package is refused with file, sheet, row and column named', () => {
  const wb = buildPackageWorkbook(pkgData(cities[0]!, bucket(inputs.hn!)));
  const ws = wb.Sheets[PACKAGE_SHEETS.total]!;
  ws.C3 = { t: 's', v: 'nhiều' };
  expect(() => readPackageWorkbook(wb, 'HN.xlsx')).toThrow(new PackageReadError('Tệp "HN.xlsx", trang "Tổng hợp", dòng 3, cột C: "nhiều" không phải là số.'));
  const other = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(other, XLSX.utils.aoa_to_sheet([['a']]), 'Sheet1');
  expect(() => readPackageWorkbook(other, 'lạ.xlsx')).toThrow(/Tệp "lạ.xlsx" không có trang "Thông tin"/);
});
