import { test, expect, type Page } from '@playwright/test';
import * as XLSX from 'xlsx';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPackageWorkbook, readPackageWorkbook } from '../../src-renderer/src/domain/summary/package-workbook';
import { setUpOffice } from '../support/ui';
import { directoryAndRebuild, firstDifference } from '../support/unitDirectory';

const YEAR = 2015;

/** Units the test creates; expectations below are computed from these rows, not typed in. */
interface SeedUnit {
  key: string;
  kind: 'htx' | 'tht' | 'qtdnd';
  name: string;
  provinceCode: string;
  sector: string;
  foundedDate: string;
  memberSince?: number;
  dissolvedOn?: string;
  year?: { members?: number; workers?: number; revenue?: number; profit?: number; avgIncome?: number };
  model?: boolean;
}

const SEED: SeedUnit[] = [
  {
    key: 'a',
    kind: 'htx',
    name: 'HTX Dương Liễu',
    provinceCode: '01',
    sector: 'nong_nghiep',
    foundedDate: '2010-03-01',
    memberSince: 2015,
    year: { members: 100, workers: 10, revenue: 1_500_000_000, profit: 120_000_000, avgIncome: 3_000_000 },
    model: true,
  },
  {
    key: 'b',
    kind: 'htx',
    name: 'HTX Phú Thắng',
    provinceCode: '01',
    sector: 'nong_nghiep',
    foundedDate: '2015-06-10',
    memberSince: 2015,
    year: { members: 7, workers: 30, revenue: 500_000_000, profit: 20_000_000, avgIncome: 5_000_000 },
  },
  {
    key: 'c',
    kind: 'tht',
    name: 'THT Rau sạch Văn Đức',
    provinceCode: '01',
    sector: 'tm_dv',
    foundedDate: '2012-01-01',
    year: { members: 12, revenue: 80_000_000 },
  },
  {
    key: 'd',
    kind: 'htx',
    name: 'HTX Vận tải Thăng Long',
    provinceCode: '01',
    sector: 'gtvt',
    foundedDate: '2011-01-01',
    dissolvedOn: '2015-08-01',
    year: { members: 50, workers: 5, revenue: 999_000_000 },
  },
  { key: 'e', kind: 'qtdnd', name: 'QTDND Đan Phượng', provinceCode: '01', sector: 'qtdnd', foundedDate: '2016-02-01' },
  {
    key: 'f',
    kind: 'htx',
    name: 'HTX Kim Thành',
    provinceCode: '48',
    sector: 'nong_nghiep',
    foundedDate: '2008-01-01',
    memberSince: 2014,
    year: { members: 20, workers: 15, revenue: 300_000_000, profit: 30_000_000, avgIncome: 4_000_000 },
    model: true,
  },
];

const y = (s: string) => Number(s.slice(0, 4));
const active = SEED.filter((u) => y(u.foundedDate) <= YEAR && !(u.dissolvedOn && y(u.dissolvedOn) <= YEAR));
const sum = (f: 'members' | 'workers' | 'revenue' | 'profit') => active.reduce((s, u) => s + (u.year?.[f] ?? 0), 0);
const incomeRows = active.filter((u) => u.year?.avgIncome && u.year.workers);
const expected = {
  htx: active.filter((u) => u.kind === 'htx').length,
  tht: active.filter((u) => u.kind === 'tht').length,
  qtdnd: active.filter((u) => u.kind === 'qtdnd').length,
  newUnits: SEED.filter((u) => y(u.foundedDate) === YEAR).length,
  dissolved: SEED.filter((u) => u.dissolvedOn && y(u.dissolvedOn) === YEAR).length,
  newMembers: SEED.filter((u) => u.memberSince === YEAR).length,
  members: sum('members'),
  workers: sum('workers'),
  revenue: sum('revenue'),
  profit: sum('profit'),
  avgIncome: Math.round(incomeRows.reduce((s, u) => s + u.year!.avgIncome! * u.year!.workers!, 0) / incomeRows.reduce((s, u) => s + u.year!.workers!, 0)),
};
const vn = (n: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 }).format(n);

async function seed(page: Page) {
  await page.goto('/harness.html');
  await page.evaluate(
    async ({ seed, year }) => {
      const units = await window.harness.module('db/repositories/registry/units');
      const unitYears = await window.harness.module('db/repositories/registry/unitYears');
      const awards = await window.harness.module('db/repositories/awards/awardHistory');
      const localities = await window.harness.module('domain/registry/localities');
      await (await window.harness.module('db/repositories/registry/localities')).ensureLocalitiesSeeded();
      for (const s of seed) {
        const commune = localities.communesSorted(s.provinceCode)[0];
        const u = await units.createUnit({
          kind: s.kind,
          name: s.name,
          provinceCode: s.provinceCode,
          communeCode: commune.code,
          sector: s.sector,
          foundedDate: s.foundedDate,
          status: 'active',
          member: s.memberSince ? 1 : 0,
          memberSince: s.memberSince,
        });
        if (s.dissolvedOn) await units.setUnitStatus(u.id, 'dissolved', s.dissolvedOn);
        if (s.year) await unitYears.saveUnitYear(u.id, { year, ...s.year });
        // A row of another year must not count.
        await unitYears.saveUnitYear(u.id, { year: year - 1, members: 1000, revenue: 1 });
        await awards.addAward({
          year,
          recipientKind: 'unit',
          recipientId: u.id,
          catalogCode: '',
          awardName: s.model ? 'HTX điển hình tiên tiến' : 'Giấy khen',
          commendationType: 'thuong_xuyen',
          decisionNumber: '12/QĐ-LMHTX',
        });
      }
    },
    { seed: SEED, year: YEAR },
  );
}

test('year-end summary of the alliance matches the data, then a package round-trips into a cluster', async ({ page }) => {
  await seed(page);
  await page.goto(`/index.html#/summary?year=${YEAR}`);
  await expect(page.getByTestId('stat-htx')).toHaveText(vn(expected.htx));
  for (const [k, v] of Object.entries(expected)) await expect(page.getByTestId(`stat-${k}`), k).toHaveText(vn(v));
  await expect(page.getByTestId('summary-charts').locator('.recharts-bar-rectangle').first()).toBeVisible();

  const models = page.getByTestId('summary-models');
  await page.getByRole('tab', { name: /HTX điển hình tiên tiến \(2\)/ }).click();
  await expect(models.locator('tbody tr.ant-table-row')).toHaveCount(SEED.filter((u) => u.model).length);
  await expect(models).toContainText('HTX Dương Liễu');
  await expect(models).toContainText('HTX Kim Thành');

  await page.getByRole('tab', { name: 'Theo địa bàn' }).click();
  const hanoi = active.filter((u) => u.provinceCode === '01');
  await expect(page.getByTestId('summary-province').locator('tr', { hasText: 'Hà Nội' })).toContainText(
    `Hà Nội${hanoi.filter((u) => u.kind === 'htx').length}${hanoi.filter((u) => u.kind === 'tht').length}`,
  );

  // The Excel workbook of the summary tables.
  const excel = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất Excel' }).click();
  const book = XLSX.read(readFileSync(await (await excel).path()), { type: 'buffer' });
  expect(book.SheetNames).toEqual(expect.arrayContaining(['Tổng hợp', 'Theo ngành', 'Theo địa bàn', 'HTX điển hình', 'Xu hướng']));
  const totals = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['Tổng hợp']!, { header: 1 });
  expect(totals).toContainEqual(['Tổng doanh thu (đồng)', expected.revenue]);

  // Export this alliance's package (office profile: Hà Nội).
  const dl = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất gói số liệu gửi cụm' }).click();
  const hnPath = await (await dl).path();
  const hnFile = join(mkdtempSync(join(tmpdir(), 'thidua-')), 'Goi-HaNoi-2015.xlsx');
  writeFileSync(hnFile, readFileSync(hnPath));

  // Đà Nẵng's package as another office would send it, and a corrected version of it.
  const hnData = readPackageWorkbook(XLSX.read(readFileSync(hnFile), { type: 'buffer' }), 'hn');
  const dnData = structuredClone(hnData);
  dnData.memberName = 'Liên minh HTX thành phố Đà Nẵng';
  dnData.provinceCode = '48';
  dnData.summary.total = { ...hnData.summary.total, htx: 40, tht: 25, newMembers: 5 };
  const dir = mkdtempSync(join(tmpdir(), 'thidua-'));
  const dnFile = join(dir, 'Goi-DaNang-2015.xlsx');
  writeFileSync(dnFile, XLSX.write(buildPackageWorkbook(dnData), { type: 'buffer', bookType: 'xlsx' }));
  const dnFixed = structuredClone(dnData);
  dnFixed.summary.total.newMembers = 7;
  const dnFixedFile = join(dir, 'Goi-DaNang-2015-sua.xlsx');
  writeFileSync(dnFixedFile, XLSX.write(buildPackageWorkbook(dnFixed), { type: 'buffer', bookType: 'xlsx' }));

  await page.goto('/harness.html');
  const clusterId = await page.evaluate(async () => {
    const repo = await window.harness.module('db/repositories/emulation/clusters');
    const c = await repo.saveCluster(undefined, {
      name: 'Cụm thi đua các thành phố',
      kind: 'cum',
      members: [
        { id: '', name: 'Liên minh HTX thành phố Hà Nội', provinceCode: '01' },
        { id: '', name: 'Liên minh HTX thành phố Đà Nẵng', provinceCode: '48' },
      ],
    });
    return c.id;
  });
  await page.goto(`/index.html#/summary?year=${YEAR}&scope=cum:${clusterId}`);
  const importFiles = async (files: string[]) => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Nhập gói số liệu của thành viên' }).click();
    await (await chooser).setFiles(files);
  };

  // Only Hà Nội's package: the cluster totals are exactly this alliance's totals.
  await importFiles([hnFile]);
  await expect(page.getByTestId('package-import-notes')).toContainText('Đã nhập số liệu của Liên minh HTX thành phố Hà Nội từ "Goi-HaNoi-2015.xlsx".');
  for (const [k, v] of Object.entries(expected)) await expect(page.getByTestId(`stat-${k}`), k).toHaveText(vn(v));
  await expect(page.getByText('Chưa có số liệu của: Liên minh HTX thành phố Đà Nẵng.', { exact: false })).toBeVisible();

  await importFiles([dnFile]);
  await expect(page.getByTestId('stat-htx')).toHaveText(vn(expected.htx + 40));
  await expect(page.getByTestId('stat-newMembers')).toHaveText(vn(expected.newMembers + 5));
  await importFiles([dnFixedFile]);
  await expect(page.getByTestId('package-import-notes')).toContainText('Đã thay số liệu của Liên minh HTX thành phố Đà Nẵng từ "Goi-DaNang-2015-sua.xlsx".');
  await expect(page.getByTestId('stat-newMembers')).toHaveText(vn(expected.newMembers + 7));
  await expect(page.getByTestId('stat-tht')).toHaveText(vn(expected.tht + 25));
  await expect(page.getByTestId('package-status').locator('tr', { hasText: 'Đà Nẵng' })).toContainText('Goi-DaNang-2015-sua.xlsx');
  await page.getByRole('tab', { name: 'Theo thành viên cụm' }).click();
  await expect(page.getByTestId('summary-members').locator('tr', { hasText: 'Liên minh HTX thành phố Đà Nẵng' })).toContainText(
    'Liên minh HTX thành phố Đà Nẵng4025',
  );

  await page.goto('/harness.html');
  const stored = await page.evaluate(async () => {
    const { getDb } = await window.harness.module('db/database');
    return (await getDb().table('summaryPackages').toArray()).map((p: { fileName: string }) => p.fileName).sort();
  });
  expect(stored).toEqual(['Goi-DaNang-2015-sua.xlsx', 'Goi-HaNoi-2015.xlsx']);
});

test('a file that is not a summary package is refused with its name', async ({ page }) => {
  await page.goto('/harness.html');
  const clusterId = await page.evaluate(async () => {
    const repo = await window.harness.module('db/repositories/emulation/clusters');
    return (
      await repo.saveCluster(undefined, { name: 'Cụm A', kind: 'cum', members: [{ id: '', name: 'Liên minh HTX thành phố Hà Nội', provinceCode: '01' }] })
    ).id;
  });
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['STT', 'Tên']]), 'Sheet1');
  const file = join(mkdtempSync(join(tmpdir(), 'thidua-')), 'danh-sach.xlsx');
  writeFileSync(file, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));
  await page.goto(`/index.html#/summary?year=${YEAR}&scope=cum:${clusterId}`);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Nhập gói số liệu của thành viên' }).click();
  await (await chooser).setFiles(file);
  await expect(page.getByTestId('package-import-notes')).toContainText(
    'Tệp "danh-sach.xlsx" không có trang "Thông tin": đây không phải gói số liệu tổng kết do phần mềm xuất.',
  );
  await expect(page.getByTestId('package-status')).toContainText('Chưa gửi');
});

test('the summary sees units and indicators written after an earlier computation', async ({ page }) => {
  await page.goto('/harness.html');
  const counts = await page.evaluate(async (year) => {
    const units = await window.harness.module('db/repositories/registry/units');
    const unitYears = await window.harness.module('db/repositories/registry/unitYears');
    const repo = await window.harness.module('db/repositories/emulation/summary');
    const a = await units.createUnit({ kind: 'htx', name: 'HTX Một', foundedDate: '2010-01-01', status: 'active', member: 0 });
    const first = (await repo.loadYearSummary(year)).summary.total;
    await units.createUnit({ kind: 'htx', name: 'HTX Hai', foundedDate: '2011-01-01', status: 'active', member: 0 });
    await unitYears.saveUnitYear(a.id, { year, members: 42 });
    const second = await repo.loadYearSummary(year);
    await units.setUnitStatus(a.id, 'dissolved', `${year}-05-01`);
    const third = (await repo.loadYearSummary(year)).summary.total;
    return { first: [first.htx, first.members], second: [second.summary.total.htx, second.summary.total.members], third: [third.htx, third.dissolved] };
  }, YEAR);
  expect(counts).toEqual({ first: [1, 0], second: [2, 42], third: [1, 1] });

  // A new window (memory empty) reads the directory and the year chunks kept on write: same figures,
  // and the year chunks hold exactly what a rebuild from the units gives.
  await page.reload();
  const again = await page.evaluate(async (year) => {
    const repo = await window.harness.module('db/repositories/emulation/summary');
    const t = (await repo.loadYearSummary(year)).summary.total;
    return [t.htx, t.dissolved, t.members];
  }, YEAR);
  expect(again).toEqual([1, 1, 0]);
  const { stored, rebuilt, yearRows } = await directoryAndRebuild(page);
  expect(yearRows).toBe(1);
  expect(stored === rebuilt, firstDifference(stored, rebuilt)).toBe(true);
});

test('printed year-end report in the administrative format fits A4', async ({ page }) => {
  await seed(page);
  await setUpOffice(page);
  await page.goto(`/index.html#/summary?year=${YEAR}`);
  await expect(page.getByTestId('stat-htx')).toHaveText(vn(expected.htx), { timeout: 60_000 });
  await page.getByRole('button', { name: 'In báo cáo' }).click();
  const doc = page.locator('.admin-doc');
  await expect(doc.getByRole('heading', { name: 'BÁO CÁO' })).toBeVisible();
  await expect(doc).toContainText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  await expect(doc).toContainText(`Tổng kết công tác thi đua năm ${YEAR}`);
  await expect(doc).toContainText(`gồm ${vn(expected.htx)} hợp tác xã, ${vn(expected.tht)} tổ hợp tác`);
  await expect(doc).toContainText(`kết nạp ${vn(expected.newMembers)} thành viên mới`);
  await expect(doc).toContainText(`thu nhập bình quân của người lao động ${vn(expected.avgIncome)} đồng/người/tháng`);
  // Only some units gave workers (THT Rau sạch Văn Đức did not): the figure says how many of the active ones.
  const gave = active.filter((u) => u.year?.workers !== undefined).length;
  await expect(doc).toContainText(`lao động ${vn(expected.workers)} người (${gave}/${active.length} đơn vị báo cáo)`);
  await expect(doc.locator('table').nth(2)).toContainText('HTX Dương Liễu');
  await page.emulateMedia({ media: 'print' });
  const overflow = await page.evaluate(() => {
    const body = document.querySelector('.admin-doc__body') as HTMLElement;
    return [...body.querySelectorAll('table')].map((t) => t.scrollWidth - body.clientWidth).filter((d) => d > 1);
  });
  expect(overflow).toEqual([]);
  await page.pdf({ path: test.info().outputPath('bao-cao-tong-ket.pdf'), format: 'A4', preferCSSPageSize: true });
});

/** Figures nobody reported: workers, profit and income are absent from every row, not 0. */
const UNREPORTED: SeedUnit[] = [
  {
    key: 'p',
    kind: 'htx',
    name: 'HTX Hòa Cường',
    provinceCode: '01',
    sector: 'nong_nghiep',
    foundedDate: '2009-01-01',
    year: { members: 120, revenue: 2_000_000_000 },
  },
  {
    key: 'q',
    kind: 'htx',
    name: 'HTX Hòa Thọ Tây',
    provinceCode: '01',
    sector: 'tm_dv',
    foundedDate: '2010-01-01',
    year: { members: 30, revenue: 400_000_000 },
  },
  // active but sent no row at all
  { key: 'r', kind: 'tht', name: 'THT Rau Đan Hoài', provinceCode: '01', sector: 'nong_nghiep', foundedDate: '2012-01-01' },
];

test('unreported figures print "chưa có số liệu" (never 0), the report date and number are chosen and kept in the link, the package is named after the sender', async ({
  page,
}, info) => {
  test.setTimeout(180_000);
  await page.goto('/harness.html');
  await page.evaluate(
    async ({ seed, year }) => {
      const units = await window.harness.module('db/repositories/registry/units');
      const unitYears = await window.harness.module('db/repositories/registry/unitYears');
      for (const s of seed) {
        const u = await units.createUnit({
          kind: s.kind,
          name: s.name,
          provinceCode: s.provinceCode,
          sector: s.sector,
          foundedDate: s.foundedDate,
          status: 'active',
          member: 0,
        });
        if (s.year) await unitYears.saveUnitYear(u.id, { year, ...s.year });
      }
    },
    { seed: UNREPORTED, year: YEAR },
  );
  await setUpOffice(page);

  await page.goto(`/index.html#/summary?year=${YEAR}`);
  // The first screen of the app can take long on a busy machine (start-up render, not the summary).
  await expect(page.getByTestId('stat-htx')).toHaveText('2', { timeout: 60_000 });
  await expect(page.getByTestId('stat-members')).toHaveText(vn(150));
  await expect(page.getByTestId('stat-members-coverage')).toHaveText('(2/3 đơn vị báo cáo)');
  for (const k of ['workers', 'profit', 'avgIncome']) await expect(page.getByTestId(`stat-${k}`), k).toHaveText('Chưa có số liệu');
  await page.getByRole('tab', { name: 'Theo địa bàn' }).click();
  await expect(page.getByTestId('summary-province').locator('tr', { hasText: 'Hà Nội' }).first()).toContainText('Chưa có số liệu');

  // The package: named after the office (profile: LIÊN MINH HỢP TÁC XÃ THÀNH PHỐ HÀ NỘI), carrying the counts.
  const dl = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất gói số liệu gửi cụm' }).click();
  const download = await dl;
  expect(download.suggestedFilename()).toBe(`Goi-tong-ket-${YEAR}-Lien-minh-HTX-thanh-pho-Ha-Noi.xlsx`);
  const pkg = readPackageWorkbook(XLSX.read(readFileSync(await download.path()), { type: 'buffer' }), download.suggestedFilename());
  const t = pkg.summary.total;
  expect([t.reporting, t.membersReported, t.workersReported, t.revenueReported, t.profitReported]).toEqual([2, 2, 0, 2, 0]);

  // The printed report, signed on a chosen day with a number.
  await page.getByRole('button', { name: 'In báo cáo' }).click();
  await expect(page.locator('.admin-doc__title')).toBeVisible();
  const dateInput = page.getByRole('textbox', { name: 'Ngày ký báo cáo' });
  await dateInput.click();
  await dateInput.fill('20/01/2016');
  await dateInput.press('Enter');
  await page.getByRole('textbox', { name: 'Số văn bản' }).fill('05');
  await expect(page.locator('.admin-doc')).toContainText('Hà Nội, ngày 20 tháng 01 năm 2016');
  await expect(page.locator('.admin-doc')).toContainText('Số: 05/BC-LMHTX');
  await expect(page).toHaveURL(/[?&]date=2016-01-20(&|$)/);
  await expect(page).toHaveURL(/[?&]number=05(&|$)/);

  // Reopened from the link (a reload): same date and number, the toolbar shows them.
  await page.reload();
  await expect(page.locator('.admin-doc')).toContainText('Hà Nội, ngày 20 tháng 01 năm 2016');
  await expect(dateInput).toHaveValue('20/01/2016');
  await expect(page.getByRole('textbox', { name: 'Số văn bản' })).toHaveValue('05');

  // "chưa có số liệu" in the table cells keeps the tables inside the A4 text width.
  await expect(page.locator('.summary-print-table td.summary-na').first()).toHaveText('chưa có số liệu');
  await page.emulateMedia({ media: 'print' });
  const overflow = await page.evaluate(() => {
    const body = document.querySelector('.admin-doc__body') as HTMLElement;
    return [...body.querySelectorAll('table')].map((t) => t.scrollWidth - body.clientWidth).filter((d) => d > 1);
  });
  expect(overflow).toEqual([]);

  const pdfPath = info.outputPath('bao-cao-chua-co-so-lieu.pdf');
  await page.pdf({ path: pdfPath, format: 'A4', preferCSSPageSize: true });
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-']).toString('utf8');
  const flat = text.replace(/\s+/g, ' ');
  expect(flat).toContain('Hà Nội, ngày 20 tháng 01 năm 2016');
  expect(flat).toContain('Số: 05/BC-LMHTX');
  expect(flat).toContain('Tổng số thành viên 150 (2/3 đơn vị báo cáo); số lao động: chưa có số liệu;');
  expect(flat).toContain('lợi nhuận: chưa có số liệu');
  expect(flat).toContain('thu nhập bình quân của người lao động: chưa có số liệu');
  expect(flat).toContain('“chưa có số liệu”: không đơn vị nào báo cáo');
  expect(flat).not.toMatch(/\b0 người/);
  expect(flat).not.toMatch(/lợi nhuận 0\b/);
  // The toolbar (date picker, number field) is screen-only.
  expect(flat).not.toContain('Ngày ký:');
  expect(execFileSync('pdfinfo', [pdfPath]).toString()).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
});
