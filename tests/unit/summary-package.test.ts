import { test, expect } from '@playwright/test';
import * as XLSX from 'xlsx';
import {
  buildPackageWorkbook,
  readPackageWorkbook,
  PackageReadError,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_V1,
  PACKAGE_SHEETS,
} from '../../src-renderer/src/domain/summary/package-workbook';
import { consolidatePackages, matchPackageMember, replacePackage, upgradeStoredPackage } from '../../src-renderer/src/domain/summary/consolidate';
import { emptyBucket, figureCoverage } from '../../src-renderer/src/domain/summary/bucket';
import { figuresSentence } from '../../src-renderer/src/domain/summary/report-text';
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
  hn: {
    tht: 3_000,
    htx: 1_200,
    newMembers: 55,
    reporting: 900,
    members: 100_000,
    workers: 20_000,
    revenue: 5e12,
    incomeWeighted: 20_000 * 3_500_000,
    incomeWorkers: 20_000,
    membersReported: 900,
    workersReported: 850,
    revenueReported: 700,
    profitReported: 0,
  },
  hcm: {
    tht: 1_700,
    htx: 400,
    newMembers: 0,
    reporting: 300,
    members: 50_000,
    workers: 10_000,
    revenue: 9e12,
    incomeWeighted: 10_000 * 6_000_000,
    incomeWorkers: 10_000,
    membersReported: 300,
    workersReported: 300,
    revenueReported: 300,
    profitReported: 250,
  },
  hp: { tht: 1_500, htx: 600, newMembers: 16 },
  dn: { tht: 809, htx: 351, newMembers: 5 },
  ct: { tht: 800, htx: 400, newMembers: 9 },
};

test('a package survives a real .xlsx write and read unchanged', () => {
  const data = pkgData(cities[0]!, bucket(inputs.hn!));
  data.summary.modelUnits = [{ unitId: 'u1', name: 'HTX Dương Liễu', provinceCode: '01', awardName: 'HTX điển hình tiên tiến', decisionNumber: '=05/QĐ' }];
  const bytes = XLSX.write(buildPackageWorkbook(data), { type: 'buffer', bookType: 'xlsx' });
  const info = XLSX.utils.sheet_to_json<unknown[]>(XLSX.read(bytes, { type: 'buffer' }).Sheets[PACKAGE_SHEETS.info]!, { header: 1 });
  expect(info[0]).toEqual(['Định dạng', 'THIDUA-GOI-TONGKET-2']);
  expect(PACKAGE_FORMAT).toBe('THIDUA-GOI-TONGKET-2');
  const back = roundTrip(data, 'HaNoi-2015.xlsx');
  expect(back.summary.total).toEqual(data.summary.total);
  // the reported counts travel: 0 units reported profit, 850 reported workers
  expect([back.summary.total.workersReported, back.summary.total.profitReported]).toEqual([850, 0]);
  expect(back.summary.byProvince[0]!.bucket.revenueReported).toBe(700);
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
  expect(c.members.map((m) => [m.memberKey, m.bucket?.newMembers])).toEqual([
    ['hn', 55],
    ['hcm', 0],
    ['hp', 16],
    ['dn', 5],
    ['ct', 9],
  ]);
  expect(c.missing).toEqual([]);
  expect(c.total.incomeWeighted / c.total.incomeWorkers).toBe(4_333_333.333333333);
  // reported counts add up like every other field; only Hồ Chí Minh City reported profit
  expect([c.total.membersReported, c.total.workersReported, c.total.revenueReported, c.total.profitReported]).toEqual([1_200, 1_150, 1_000, 250]);
  // Hải Phòng, Đà Nẵng, Cần Thơ sent no figures at all: unknown, not 0, per member and in the cluster total
  expect(figureCoverage(c.members.find((m) => m.memberKey === 'dn')!.bucket!, 'workers').value).toBeUndefined();
  expect(figureCoverage(c.members.find((m) => m.memberKey === 'hn')!.bucket!, 'profit').value).toBeUndefined();
  expect(figureCoverage(c.total, 'profit')).toEqual({ value: 0, reported: 250, units: 7_809 + 2_951 });
});

/**
 * A package as the previous version wrote it (format THIDUA-GOI-TONGKET-1): the frozen field list and
 * labels of that format, without the reported counts. Written here by hand so the test does not move
 * with today's writer.
 */
const V1_FIELDS: Array<[string, string]> = [
  ['htx', 'Số HTX'],
  ['tht', 'Số THT'],
  ['lienHiep', 'Số liên hiệp HTX'],
  ['qtdnd', 'Số QTDND'],
  ['other', 'Tổ chức khác'],
  ['newUnits', 'Thành lập mới'],
  ['dissolved', 'Giải thể'],
  ['newMembers', 'Kết nạp thành viên mới'],
  ['reporting', 'Số đơn vị có số liệu'],
  ['members', 'Tổng số thành viên'],
  ['workers', 'Tổng số lao động'],
  ['revenue', 'Tổng doanh thu (đồng)'],
  ['profit', 'Tổng lợi nhuận (đồng)'],
  ['incomeWeighted', 'Tổng thu nhập × lao động (đồng)'],
  ['incomeWorkers', 'Số lao động có báo cáo thu nhập'],
];
function v1Workbook(member: ClusterMember, total: Record<string, number>): XLSX.WorkBook {
  const wb = XLSX.utils.book_new();
  const cells = V1_FIELDS.map(([f]) => total[f] ?? 0);
  const add = (name: string, rows: unknown[][]) => XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), name);
  add('Thông tin', [
    ['Định dạng', 'THIDUA-GOI-TONGKET-1'],
    ['Năm', 2015],
    ['Đơn vị gửi', member.name],
    ['Mã tỉnh/thành', member.provinceCode],
    ['Ngày lập', '2016-01-10'],
  ]);
  add('Tổng hợp', [['Mã', 'Chỉ tiêu', 'Giá trị'], ...V1_FIELDS.map(([f, label]) => [f, label, total[f] ?? 0])]);
  add('Theo ngành', [
    ['Mã ngành', 'Ngành', ...V1_FIELDS.map(([, l]) => l)],
    ['nong_nghiep', 'Nông nghiệp', ...cells],
  ]);
  add('Theo địa bàn', [
    ['Mã tỉnh', 'Tỉnh/thành phố', ...V1_FIELDS.map(([, l]) => l)],
    [member.provinceCode, member.name, ...cells],
  ]);
  add('Kết nạp theo xã', [['Mã tỉnh', 'Mã xã', 'Xã/phường', 'Số kết nạp']]);
  add('HTX điển hình', [['Mã đơn vị', 'Tên đơn vị', 'Mã tỉnh', 'Danh hiệu', 'Số quyết định']]);
  return wb;
}

test('a package of the previous format is still read: non-zero figures count as reported by its reporting units, 0 as not reported', () => {
  expect(PACKAGE_FORMAT_V1).toBe('THIDUA-GOI-TONGKET-1');
  const dn = cities[3]!;
  // Đà Nẵng on the old version: 40 units sent rows, members and revenue non-zero, workers and profit summed to 0
  const old = { htx: 351, tht: 809, newMembers: 5, reporting: 40, members: 2_000, workers: 0, revenue: 8e11, profit: 0 };
  const bytes = XLSX.write(v1Workbook(dn, old), { type: 'buffer', bookType: 'xlsx' });
  const read = readPackageWorkbook(XLSX.read(bytes, { type: 'buffer' }), 'Goi-DaNang-cu.xlsx');
  const t = read.summary.total;
  expect([t.htx, t.members, t.revenue, t.workers, t.profit]).toEqual([351, 2_000, 8e11, 0, 0]);
  expect([t.membersReported, t.workersReported, t.revenueReported, t.profitReported]).toEqual([40, 0, 40, 0]);
  expect(read.summary.bySector[0]!.bucket).toEqual(t);
  expect(read.summary.byProvince[0]!.bucket).toEqual(t);
  expect(figuresSentence(t)).toContain('số lao động: chưa có số liệu');
  expect(figuresSentence(t)).toContain('lợi nhuận: chưa có số liệu');
  expect(figuresSentence(t)).not.toContain('0 người');

  // consolidated with a current-format package that reported a real 0 profit
  const hp = cities[2]!;
  const hpData = pkgData(hp, bucket({ htx: 600, tht: 1_500, reporting: 10, workers: 120, workersReported: 10, profit: 0, profitReported: 10 }));
  const c = consolidatePackages(2015, cities, [stored(read, 'dn', 'dn.xlsx'), stored(roundTrip(hpData, 'hp.xlsx'), 'hp', 'hp.xlsx')]);
  expect(figureCoverage(c.total, 'workers')).toEqual({ value: 120, reported: 10, units: 351 + 809 + 600 + 1_500 });
  // Hải Phòng's 0 is a real 0; Đà Nẵng's old 0 is not reported: the cluster profit is a reported 0 from 10 units
  expect(figureCoverage(c.total, 'profit')).toEqual({ value: 0, reported: 10, units: 351 + 809 + 600 + 1_500 });
  expect(figureCoverage(c.members.find((m) => m.memberKey === 'dn')!.bucket!, 'profit').value).toBeUndefined();
  expect(figureCoverage(c.members.find((m) => m.memberKey === 'hp')!.bucket!, 'profit').value).toBe(0);
});

test("a package stored before the reported counts existed is consolidated in today's shape (no NaN)", () => {
  const hn = cities[0]!;
  const data = pkgData(hn, bucket({ htx: 10, reporting: 8, members: 300, workers: 0 }));
  // the stored row as the previous version saved it: buckets without the four counts
  const strip = (b: SummaryBucket) => {
    const { membersReported: _m, workersReported: _w, revenueReported: _r, profitReported: _p, ...rest } = b;
    return rest as SummaryBucket;
  };
  const oldRow = stored(
    {
      ...data,
      summary: {
        ...data.summary,
        total: strip(data.summary.total),
        bySector: data.summary.bySector.map((r) => ({ ...r, bucket: strip(r.bucket) })),
        byProvince: data.summary.byProvince.map((r) => ({ ...r, bucket: strip(r.bucket) })),
      },
    },
    'hn',
    'hn.xlsx',
  );
  const c = consolidatePackages(2015, cities, [oldRow]);
  expect([c.total.membersReported, c.total.workersReported, c.total.revenueReported, c.total.profitReported]).toEqual([8, 0, 0, 0]);
  expect(Object.values(c.total).every((v) => Number.isFinite(v))).toBe(true);
  expect(c.byProvince[0]!.bucket.membersReported).toBe(8);
  // a current row is passed through untouched
  const current = stored(data, 'hn', 'hn.xlsx');
  expect(upgradeStoredPackage(current)).toBe(current);
});

test('a package from a newer format is refused with a hint to update', () => {
  const wb = buildPackageWorkbook(pkgData(cities[0]!, bucket(inputs.hn!)));
  wb.Sheets[PACKAGE_SHEETS.info]!.B1 = { t: 's', v: 'THIDUA-GOI-TONGKET-9' };
  expect(() => readPackageWorkbook(wb, 'HN.xlsx')).toThrow(/định dạng "THIDUA-GOI-TONGKET-9" do phiên bản phần mềm mới hơn lập/);
  // the current format requires the counts: a package of format 2 missing one is damaged
  const damaged = buildPackageWorkbook(pkgData(cities[0]!, bucket(inputs.hn!)));
  const rows = XLSX.utils.sheet_to_json<unknown[]>(damaged.Sheets[PACKAGE_SHEETS.total]!, { header: 1 }).filter((r) => r[0] !== 'profitReported');
  damaged.Sheets[PACKAGE_SHEETS.total] = XLSX.utils.aoa_to_sheet(rows);
  expect(() => readPackageWorkbook(damaged, 'HN.xlsx')).toThrow('thiếu chỉ tiêu "Số đơn vị báo cáo lợi nhuận"');
});

test('re-importing a corrected package replaces the earlier one', () => {
  let list = cities.map((m) => stored(pkgData(m, bucket(inputs[m.id]!)), m.id, `${m.id}.xlsx`));
  const corrected = stored(pkgData(cities[3]!, bucket({ ...inputs.dn, newMembers: 7 })), 'dn', 'dn-sua.xlsx');
  list = replacePackage(list, corrected);
  expect(list.filter((p) => p.memberKey === 'dn').map((p) => p.fileName)).toEqual(['dn-sua.xlsx']);
  expect(consolidatePackages(2015, cities, list).total.newMembers).toBe(87);
  const missingOne = consolidatePackages(
    2015,
    cities,
    list.filter((p) => p.memberKey !== 'ct'),
  );
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
