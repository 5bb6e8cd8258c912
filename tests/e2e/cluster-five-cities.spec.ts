/**
 * Acceptance: no unit lost on the way from a member's spreadsheet to the cluster's totals.
 *
 * Five city alliances (Hà Nội, TP.HCM, Hải Phòng, Đà Nẵng, Cần Thơ), each in its own browser
 * context (its own IndexedDB, as on its own office PC): set the office profile on the settings
 * screen, import the city's registry spreadsheet through the import wizard, open the 2015 year-end
 * summary and export the package for the cluster. The packages travel as files. Hà Nội's office,
 * the cluster chair, creates the cluster on the clusters screen, imports the five packages and
 * must see 7.809 THT, 2.951 HTX, 85 new members and every member's figures on screen and in the
 * printed report (PDF text).
 *
 * Everything is driven through the screens; the harness (window.harness) is used only to READ the
 * stored registry after each import, so a wrong total can be traced to the units it lost.
 * Figures are checked with soft assertions so one run reports every figure that is wrong.
 */
import { test, expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import * as XLSX from 'xlsx';
import { chooseOfficeProvinceIfAsked } from '../fixtures/import/wizard';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPackageWorkbook } from '../../src-renderer/src/domain/summary/package-workbook';
import { PROVINCES } from '../../src-renderer/src/domain/registry/localities-data';
import {
  CITIES,
  CLUSTER_LITERALS,
  REPORT_YEAR,
  SAME_NAME_PAIRS,
  clusterExpected,
  fiveCityFiles,
  type CityExpected,
  type CityFile,
} from '../fixtures/five-cities';
import { chooseOption, pickOption } from '../support/ui';

const YEAR = REPORT_YEAR;
const CLUSTER_NAME = 'Cụm thi đua các thành phố trực thuộc Trung ương';
const vn = (n: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 }).format(n);
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
const provinceName = (code: string) => PROVINCES.find((p) => p.code === code)!.name;
const million = (dong: number) => vn(Math.round(dong / 1_000_000));

/** Count figures (dashboard cards stat-<key>, table columns) and the figures a unit may leave unreported. */
const COUNT_KEYS = ['htx', 'tht', 'qtdnd', 'lienHiep', 'newUnits', 'dissolved', 'newMembers'] as const;
const FIGURE_KEYS = ['members', 'workers', 'revenue', 'profit'] as const;
type FigureKey = (typeof FIGURE_KEYS)[number];
/** Column header of the summary tables -> expected field. */
const TABLE_COLUMNS: Array<[string, (typeof COUNT_KEYS)[number] | FigureKey]> = [
  ['Số HTX', 'htx'],
  ['Số THT', 'tht'],
  ['Số liên hiệp HTX', 'lienHiep'],
  ['Số QTDND', 'qtdnd'],
  ['Thành lập mới', 'newUnits'],
  ['Giải thể', 'dissolved'],
  ['Kết nạp thành viên mới', 'newMembers'],
  ['Tổng số thành viên', 'members'],
  ['Tổng số lao động', 'workers'],
  ['Tổng doanh thu (đồng)', 'revenue'],
  ['Tổng lợi nhuận (đồng)', 'profit'],
];
/** A figure nobody reported is unknown, not 0. */
const NOT_REPORTED = 'Chưa có số liệu';

const sumOf = (e: CityExpected, f: FigureKey) => (f === 'profit' ? 0 : e[f]);
/** "(5211/5252)": thousands dots inside the brackets are dropped, so either way of writing them compares equal. */
const bareCoverage = (t: string) => t.replace(/\(([\d.]+)\/([\d.]+)/g, (_, a: string, b: string) => `(${a.replace(/\./g, '')}/${b.replace(/\./g, '')}`);
const partial = (e: CityExpected, f: FigureKey) => e.reported[f] > 0 && e.reported[f] < e.units;

/** The dashboard cards as they must read: counts, sums of what was reported, "(n/N đơn vị báo cáo)" under partial sums. */
function expectedStats(e: CityExpected): Record<string, string> {
  const out: Record<string, string> = Object.fromEntries(COUNT_KEYS.map((k) => [k, vn(e[k])]));
  for (const f of FIGURE_KEYS) {
    out[f] = e.reported[f] > 0 ? vn(sumOf(e, f)) : NOT_REPORTED;
    if (partial(e, f)) out[`${f}-coverage`] = `(${e.reported[f]}/${e.units} đơn vị báo cáo)`;
  }
  return out;
}

async function shownStats(page: Page): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const k of [...COUNT_KEYS, ...FIGURE_KEYS]) {
    out[k] = ((await page.getByTestId(`stat-${k}`).textContent()) ?? '').trim();
    const cov = page.getByTestId(`stat-${k}-coverage`);
    if (await cov.count()) out[`${k}-coverage`] = bareCoverage(((await cov.textContent()) ?? '').trim());
  }
  return out;
}

/** One row of a summary table as it must read: the sum of what was reported, or "Chưa có số liệu" when nobody did. */
function expectedColumns(e: CityExpected): Record<string, string> {
  return Object.fromEntries(
    TABLE_COLUMNS.map(([h, k]) => {
      if (!(FIGURE_KEYS as readonly string[]).includes(k)) return [h, vn(e[k as (typeof COUNT_KEYS)[number]])];
      const f = k as FigureKey;
      return [h, e.reported[f] === 0 ? NOT_REPORTED : vn(sumOf(e, f))];
    }),
  );
}

/** Regex source of a number as printed, thousands dots optional (coverage marks have printed either way). */
const num = (n: number) => vn(n).replace(/\./g, '\\.?');

/**
 * One member's row of the printed table, checked in the PDF text: the counts and sums in column order
 * (money in triệu đồng), profit "chưa có số liệu" (nobody reported it: not 0), and the member's name.
 * The name and "chưa có số liệu" wrap in their narrow columns, so the PDF text interleaves their
 * lines: only their words in order are checked.
 */
function checkPrintedRow(segment: string, e: CityExpected, name: string, label: string): void {
  const figures = [...[e.htx, e.tht, e.lienHiep, e.qtdnd, e.newUnits, e.newMembers].map(vn), vn(e.members), vn(e.workers), million(e.revenue)].join(' ');
  expect.soft(segment, `${label}: figures (3)–(11)`).toContain(figures);
  expect.soft(segment, `${label}: profit (12) not reported`).toMatch(new RegExp(`${figures.replace(/\./g, '\\.')} chưa (.* )?có (.* )?số (.* )?liệu`));
  expect.soft(segment, `${label}: name`).toMatch(new RegExp(name.split(' ').join('.*?')));
}

const timings: Array<[string, number]> = [];
async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const t0 = Date.now();
  try {
    return await test.step(label, work);
  } finally {
    timings.push([label, Date.now() - t0]);
    console.log(`[time] ${((Date.now() - t0) / 1000).toFixed(1)} s  ${label}`);
  }
}

/** The app's first screen, started (the start route settles before the menu is used). */
async function openApp(page: Page): Promise<void> {
  await page.goto('/index.html');
  await expect(page.getByRole('main').getByRole('heading', { level: 4 })).toBeVisible({ timeout: 30_000 });
}

/** A screen of the side menu, waiting for its title. */
async function openMenu(page: Page, item: string, title = item): Promise<void> {
  await page.getByRole('menuitem', { name: item }).click();
  await expect(page.getByRole('main').getByRole('heading', { name: title, level: 4 })).toBeVisible();
}

/** Settings screen: the office's name, superior body, province and place name. */
async function setOfficeProfile(page: Page, f: CityFile): Promise<void> {
  await openApp(page);
  await openMenu(page, 'Thông tin cơ quan');
  const name = page.locator('#allianceName');
  // The form is filled from the stored profile once it loads; typing before that would be overwritten.
  await expect(name).not.toHaveValue('');
  await page.getByLabel('Cơ quan chủ quản').fill(f.spec.parentBody);
  await name.fill(f.spec.allianceName);
  await pickOption(page, 'provinceCode', provinceName(f.spec.provinceCode), provinceName(f.spec.provinceCode));
  await page.getByLabel('Địa danh ghi ở dòng ngày tháng').fill(f.spec.placeName);
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText('Đã lưu thông tin cơ quan.')).toBeVisible();
  await expect(page.locator('.app-chrome')).toContainText(f.spec.allianceName);
}

/** The number shown in an import count tag ("Trùng: 2"). */
async function countOf(page: Page, key: string): Promise<number> {
  const text = (await page.getByTestId(`import-count-${key}`).textContent()) ?? '';
  return Number(text.split(':').pop()!.replace(/\D/g, ''));
}

/** Text of the preview rows under one status filter (first page), to name the rows in a failure. */
async function rowsUnder(page: Page, key: string): Promise<string[]> {
  await page.getByTestId(`import-count-${key}`).click();
  const rows = page.getByTestId('import-rows').locator('tbody tr.ant-table-row');
  await expect(rows.first()).toBeVisible();
  const out = (await rows.allTextContents()).map((t) => t.replace(/\s+/g, ' ').slice(0, 300));
  await page.getByTestId('import-count-all').click();
  return out;
}

/** The import wizard, accepting every suggestion as a user who trusts the app would. */
async function importRegistry(page: Page, f: CityFile): Promise<void> {
  const e = f.expected;
  await openMenu(page, 'Nhập từ Excel', 'Nhập dữ liệu từ bảng tính');
  await page
    .getByTestId('import-file-input')
    .setInputFiles({ name: f.fileName, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: f.buffer });
  await expect(page.getByTestId('import-preview')).toBeVisible({ timeout: 30_000 });
  const next = page.getByTestId('import-next');

  await next.click();
  await expect(page.getByTestId('import-header-names')).toContainText('Năm kết nạp');
  await next.click();
  const mapping = page.getByTestId('import-mapping');
  await expect(mapping).toBeVisible();
  const expectField = async (col: number, label: string) =>
    expect.soft(page.getByTestId(`import-map-${col}`), `column ${col} mapped to ${label}`).toContainText(label);
  await expectField(1, 'Tên đơn vị');
  await expectField(2, 'Loại hình');
  await expectField(3, 'Quận/Huyện');
  await expectField(4, 'Xã/Phường');
  await expectField(7, 'Ngày/năm thành lập');
  await expectField(8, 'Năm kết nạp');
  await expectField(9, 'Số thành viên');
  await expectField(10, 'Số lao động');
  await expectField(11, 'Doanh thu');
  await expect.soft(page.getByTestId('import-scale-11'), 'revenue read in triệu đồng').toContainText('triệu đồng');
  if (f.spec.layout === 'merged-year') {
    // "Chỉ tiêu năm 2015" over the indicator columns: each column names its year.
    for (const col of f.indicatorCols) await expect.soft(page.getByTestId(`import-year-${col}`), `indicator column ${col} year`).toHaveText(String(YEAR));
  } else {
    // The title says "NĂM 2015"; the date line "…, ngày … năm 2016" is only the signing date.
    await expect
      .soft(page.getByTestId('import-default-year'), `${f.spec.placeName}: proposed indicator year (title "NĂM ${YEAR}", date line "${f.spec.dateLine}")`)
      .toHaveValue(String(YEAR));
  }

  await next.click();
  await next.click();
  await expect(page.getByTestId('import-count-all')).toBeVisible({ timeout: 60_000 });
  // The files name no province: the wizard asks; the office's (the city's) province is chosen.
  await chooseOfficeProvinceIfAsked(page);
  const counts = {
    total: await countOf(page, 'all'),
    new: await countOf(page, 'new'),
    update: await countOf(page, 'update'),
    duplicate: await countOf(page, 'duplicate'),
    error: await countOf(page, 'error'),
    skipped: await countOf(page, 'skipped'),
  };
  // Rows the app is unsure about ("Cần chọn", kept as separate units unless the user says otherwise).
  const ask = (await page.getByTestId('import-count-ask').count()) ? await countOf(page, 'ask') : 0;
  const detail = {
    duplicate: counts.duplicate ? await rowsUnder(page, 'duplicate') : [],
    error: counts.error ? await rowsUnder(page, 'error') : [],
    skipped: counts.skipped ? await rowsUnder(page, 'skipped') : [],
    ask: ask ? await rowsUnder(page, 'ask') : [],
  };
  console.log(`[${f.spec.key}] preview`, JSON.stringify({ ...counts, ask }), JSON.stringify(detail));
  expect
    .soft(
      counts,
      `${f.spec.placeName}: preview counts (rows Trùng: ${detail.duplicate.join(' ‖ ')}; Lỗi: ${detail.error.join(' ‖ ')}; Bỏ qua: ${detail.skipped.join(' ‖ ')})`,
    )
    .toEqual({ total: e.units, new: e.units, update: 0, duplicate: 0, error: 0, skipped: 0 });
  // The old district tells the same-name units apart: nothing for the user to decide.
  expect.soft(ask, `${f.spec.placeName}: rows left for the user to choose (${detail.ask.join(' ‖ ')})`).toBe(0);
  await expect.soft(page.getByTestId('import-year-conflict'), `${f.spec.placeName}: no year question (the file has no year column)`).toHaveCount(0);

  await next.click();
  await page.getByTestId('import-commit').click();
  const result = page.getByTestId('import-result');
  await expect(result).toBeVisible({ timeout: 120_000 });
  const text = (await result.textContent()) ?? '';
  console.log(`[${f.spec.key}] result`, text);
  expect.soft(text, `${f.spec.placeName}: units written`).toContain(`Đã thêm${vn(e.units)} đơn vị, ${vn(e.reporting)} dòng chỉ tiêu năm`);
}

/**
 * Read-only look at what the import stored (harness, in a second tab of the office's browser so the
 * app's tab stays where the user is): unit count, years, the same-name pairs, an unreported cell.
 */
async function checkStored(context: BrowserContext, f: CityFile): Promise<void> {
  const page = await context.newPage();
  await page.goto('/harness.html');
  await page.waitForFunction(() => window.harness?.ready === true);
  const unreported = f.units.find((u) => u.communeCode && u.revenueMillion === undefined && u.members !== undefined);
  const stored = await page.evaluate(
    async ({ pairs, year, probe }) => {
      const { getDb } = await window.harness.module('db/database');
      const units: Array<{ name: string; legacyDistrict?: string; communeCode?: string; address?: string; years?: Array<Record<string, number | undefined>> }> =
        await getDb().table('units').toArray();
      const years = new Map<number, number>();
      for (const u of units) for (const y of u.years ?? []) years.set(y.year!, (years.get(y.year!) ?? 0) + 1);
      const probeUnit = probe ? units.find((u) => u.name === probe.name && u.communeCode === probe.communeCode) : undefined;
      // Its indicator row whatever year it was stored under (the year is checked above).
      const probeYear = probeUnit?.years?.find((y) => y.year === year) ?? probeUnit?.years?.[0];
      return {
        count: units.length,
        unitYearsByYear: Object.fromEntries(years),
        pairs: units
          .filter((u) => pairs.includes(u.name) && !u.communeCode)
          .map((u) => `${u.name} | ${u.legacyDistrict ?? '—'} | ${u.address ?? '—'}`)
          .sort(),
        probe: probeUnit
          ? { members: probeYear?.members ?? null, revenue: probeYear?.revenue ?? null, hasRevenueKey: !!probeYear && 'revenue' in probeYear }
          : null,
      };
    },
    { pairs: SAME_NAME_PAIRS.map((p) => p.name), year: YEAR, probe: unreported ? { name: unreported.name, communeCode: unreported.communeCode } : undefined },
  );
  console.log(`[${f.spec.key}] stored`, JSON.stringify(stored));
  expect.soft(stored.count, `${f.spec.placeName}: units in the registry after the import`).toBe(f.expected.units);
  expect.soft(stored.unitYearsByYear, `${f.spec.placeName}: indicator rows stored per year`).toEqual({ [YEAR]: f.expected.reporting });
  if (f.spec.key === 'hn') {
    const want = SAME_NAME_PAIRS.flatMap((p) => p.districts.map((d) => `${p.name} | ${d}`)).sort();
    expect
      .soft(
        stored.pairs.map((s) => s.split(' | ').slice(0, 2).join(' | ')),
        'Hà Nội: both units of each same-name pair, each with its old district',
      )
      .toEqual(want);
  }
  if (unreported) {
    // An empty revenue cell is "not reported": nothing stored, not 0.
    expect
      .soft(stored.probe, `${f.spec.placeName}: "${unreported.name}" (${unreported.commune}) left revenue empty`)
      .toEqual({ members: unreported.members, revenue: null, hasRevenueKey: false });
  }
  await page.close();
}

/**
 * Types the year into the summary screen and waits for ITS figures: the screen first shows the
 * default year's, drops them when the year changes (the timing line goes) and shows the new ones.
 */
async function chooseSummaryYear(page: Page): Promise<void> {
  const timing = page.getByTestId('summary-timing');
  await expect(timing).toBeVisible({ timeout: 30_000 });
  await page.evaluate(() => {
    const w = window as unknown as { __timingGone?: boolean };
    w.__timingGone = false;
    const observer = new MutationObserver(() => {
      if (!document.querySelector('[data-testid="summary-timing"]')) {
        w.__timingGone = true;
        observer.disconnect();
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
  await page.getByTestId('summary-year').fill(String(YEAR));
  await page.getByTestId('summary-year').press('Enter');
  await expect(page).toHaveURL(new RegExp(`year=${YEAR}`));
  await page.waitForFunction(() => (window as unknown as { __timingGone?: boolean }).__timingGone === true);
  await expect(timing).toContainText(`năm ${YEAR}`, { timeout: 30_000 });
}

/** Year-end summary for 2015 on screen, then the package for the cluster, saved where the office keeps it. */
async function summaryAndPackage(page: Page, f: CityFile, dir: string): Promise<string> {
  const t0 = Date.now();
  await openMenu(page, 'Tổng kết thi đua năm');
  await chooseSummaryYear(page);
  console.log(`[${f.spec.key}] summary ${YEAR} shown after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const e = f.expected;
  expect.soft(await shownStats(page), `${f.spec.placeName}: year-end summary ${YEAR} on screen`).toEqual(expectedStats(e));

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất gói số liệu gửi cụm' }).click();
  const dl = await download;
  const suggested = dl.suggestedFilename();
  const out = join(dir, f.spec.key);
  mkdirSync(out, { recursive: true });
  const path = join(out, suggested);
  await dl.saveAs(path);
  console.log(`[${f.spec.key}] package`, suggested);
  // The chair receives five packages: each file must say whose it is.
  expect
    .soft(fold(suggested), `${f.spec.placeName}: package file name "${suggested}" names the sending alliance`)
    .toContain(fold(f.spec.key === 'hcm' ? 'Hồ Chí Minh' : f.spec.placeName));

  // The file itself carries the same figures (so a wrong cluster total is not the file's fault).
  const pkg = readPackageWorkbook(XLSX.read(readFileSync(path), { type: 'buffer' }), suggested);
  const t = pkg.summary.total;
  expect
    .soft(
      {
        year: pkg.year,
        memberName: pkg.memberName,
        provinceCode: pkg.provinceCode,
        ...Object.fromEntries(COUNT_KEYS.map((k) => [k, t[k]])),
        members: [t.members, t.membersReported],
        workers: [t.workers, t.workersReported],
        revenue: [t.revenue, t.revenueReported],
        profit: [t.profit, t.profitReported],
      },
      `${f.spec.placeName}: package contents`,
    )
    .toEqual({
      year: YEAR,
      memberName: f.spec.allianceName,
      provinceCode: f.spec.provinceCode,
      ...Object.fromEntries(COUNT_KEYS.map((k) => [k, e[k]])),
      members: [e.members, e.reported.members],
      workers: [e.workers, e.reported.workers],
      revenue: [e.revenue, e.reported.revenue],
      profit: [0, 0],
    });
  return path;
}

/** Clusters screen: the cluster of the five cities, each member with its province. */
async function createCluster(page: Page, files: CityFile[]): Promise<void> {
  await openMenu(page, 'Cụm, khối thi đua', 'Cụm, khối thi đua');
  await page.getByRole('button', { name: 'Thêm cụm/khối' }).click();
  const dlg = page.getByRole('dialog', { name: 'Thêm cụm/khối thi đua' });
  await dlg.getByLabel('Tên cụm/khối').fill(CLUSTER_NAME);
  for (const [i, f] of files.entries()) {
    if (i > 0) await dlg.getByRole('button', { name: 'Thêm thành viên' }).click();
    await dlg.getByTestId(`member-name-${i}`).fill(f.spec.allianceName);
    const province = provinceName(f.spec.provinceCode);
    await pickOption(page, `cluster_members_${i}_provinceCode`, province, province);
  }
  await dlg.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('heading', { name: CLUSTER_NAME })).toBeVisible();
  for (const f of files) await expect(page.locator('ol li', { hasText: f.spec.allianceName })).toContainText(provinceName(f.spec.provinceCode));
}

/** Header texts and one row's cell texts of an antd table (header and body may be separate tables). */
async function tableRow(table: Locator, rowText: string | RegExp): Promise<Record<string, string>> {
  const headers = (await table.locator('thead tr').first().locator('th').allTextContents()).map((t) => t.trim());
  const row = table.locator('tbody tr, tfoot tr').filter({ hasText: rowText }).first();
  const cells = (await row.locator('td').allTextContents()).map((t) => t.trim());
  return Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? '']));
}

/** The cells of the checked columns; a "(n/N …)" coverage mark a cell may carry is not part of the figure. */
function pickColumns(row: Record<string, string>): Record<string, string> {
  return Object.fromEntries(TABLE_COLUMNS.map(([h]) => [h, (row[h] ?? '(không có cột)').replace(/\s*\([\d.]+\/[\d.]+[^)]*\)\s*$/, '')]));
}

test('five cities import their registries, send packages as files, and the chair consolidates 7.809 THT, 2.951 HTX, 85 new members', async ({
  browser,
  baseURL,
}, testInfo) => {
  // Measured on a 2-core machine shared with other test runs: 2.0 min at load ~3, 3.0–3.6 min at load 6–8.
  test.setTimeout(600_000);
  const started = Date.now();
  const files = await timed('generate the five spreadsheets', async () => fiveCityFiles());
  const cluster = clusterExpected(files);
  // The fixture itself: the brief's figures, per city and for the cluster.
  expect(cluster.tht).toBe(CLUSTER_LITERALS.tht);
  expect(cluster.htx).toBe(CLUSTER_LITERALS.htx);
  expect(cluster.newMembers).toBe(CLUSTER_LITERALS.newMembers);
  expect(Object.fromEntries(files.map((f) => [f.spec.key, f.expected.newMembers]))).toEqual(CLUSTER_LITERALS.newMembersByCity);
  expect(files.map((f) => f.spec.key)).toEqual(CITIES.map((c) => c.key));
  const dir = mkdtempSync(join(tmpdir(), 'thidua-cum-'));
  for (const f of files) writeFileSync(join(dir, f.fileName), f.buffer);

  const packages: string[] = [];
  let chairPage: Page | undefined;
  for (const f of files) {
    const context = await browser.newContext({ baseURL, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', acceptDownloads: true });
    const page = await context.newPage();
    await timed(`${f.spec.placeName}: office profile (settings screen)`, () => setOfficeProfile(page, f));
    await timed(`${f.spec.placeName}: import ${vn(f.expected.units)} rows (wizard)`, () => importRegistry(page, f));
    await timed(`${f.spec.placeName}: stored registry (harness, read only)`, () => checkStored(context, f));
    packages.push(await timed(`${f.spec.placeName}: summary ${YEAR} and package`, () => summaryAndPackage(page, f, dir)));
    if (f.spec.key === 'hn') chairPage = page;
    else await context.close();
  }

  // The chair: Hà Nội's office.
  const page = chairPage!;
  await timed('chair: create the cluster (clusters screen)', () => createCluster(page, files));
  await timed('chair: import the five packages', async () => {
    await openMenu(page, 'Tổng kết thi đua năm');
    // The cluster first (its figures come from the packages, nothing to compute), then the year.
    await chooseOption(page, page.getByTestId('summary-scope'), `Cụm thi đua: ${CLUSTER_NAME}`);
    await page.getByTestId('summary-year').fill(String(YEAR));
    await page.getByTestId('summary-year').press('Enter');
    await expect(page).toHaveURL(new RegExp(`year=${YEAR}`));
    await expect(page.getByText('Chưa có số liệu của:')).toBeVisible();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Nhập gói số liệu của thành viên' }).click();
    await (await chooser).setFiles(packages);
    const notes = page.getByTestId('package-import-notes');
    await expect(notes).toBeVisible();
    for (const [i, f] of files.entries()) {
      const fileName = packages[i]!.split('/').pop()!;
      await expect.soft(notes).toContainText(`Đã nhập số liệu của ${f.spec.allianceName} từ "${fileName}".`);
    }
    await expect(page.getByText('Chưa có số liệu của:')).toHaveCount(0);
  });

  await timed('chair: consolidation screen', async () => {
    // The brief's figures, literally, and the computed ones.
    await expect.soft(page.getByTestId('stat-tht'), 'cluster THT').toHaveText('7.809');
    await expect.soft(page.getByTestId('stat-htx'), 'cluster HTX').toHaveText('2.951');
    await expect.soft(page.getByTestId('stat-newMembers'), 'cluster new members').toHaveText('85');
    expect.soft(await shownStats(page), 'cluster figures on screen').toEqual(expectedStats(cluster));

    await page.getByRole('tab', { name: 'Theo thành viên cụm' }).click();
    const members = page.getByTestId('summary-members');
    await expect(members).toBeVisible();
    for (const f of files) {
      expect
        .soft(pickColumns(await tableRow(members, f.spec.allianceName)), `${f.spec.allianceName}: row of the members table`)
        .toEqual(expectedColumns(f.expected));
    }
    expect.soft(pickColumns(await tableRow(members, 'Tổng cộng')), 'members table: Tổng cộng').toEqual(expectedColumns(cluster));
    await page.screenshot({ path: testInfo.outputPath('chair-consolidation.png'), fullPage: true });
  });

  await timed('chair: printed cluster report (PDF)', async () => {
    await page.getByRole('button', { name: 'In báo cáo' }).click();
    const doc = page.locator('.admin-doc');
    await expect(doc.getByRole('heading', { name: 'BÁO CÁO' })).toBeVisible();
    await expect
      .soft(doc, 'print page: cluster totals sentence')
      .toContainText(`gồm ${vn(CLUSTER_LITERALS.htx)} hợp tác xã, ${vn(CLUSTER_LITERALS.tht)} tổ hợp tác`);
    await expect.soft(doc, 'print page: new members sentence').toContainText(`kết nạp ${vn(CLUSTER_LITERALS.newMembers)} thành viên mới`);
    // The same rows on the printed page before it becomes a PDF.
    const printed = doc.locator('table').filter({ hasText: 'Thành viên' }).first();
    for (const f of files)
      await expect.soft(printed.locator('tr', { hasText: f.spec.allianceName }), `print page: row of ${f.spec.allianceName}`).toHaveCount(1);
    await page.emulateMedia({ media: 'print' });
    const pdfPath = testInfo.outputPath('bao-cao-cum.pdf');
    await page.pdf({ path: pdfPath, format: 'A4', preferCSSPageSize: true });
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    writeFileSync(testInfo.outputPath('bao-cao-cum.txt'), text);
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '2', pdfPath, testInfo.outputPath('bao-cao-cum')]);
    const flat = text.replace(/\s+/g, ' ');
    expect.soft(flat, 'PDF: cluster totals sentence').toContain(`gồm ${vn(CLUSTER_LITERALS.htx)} hợp tác xã, ${vn(CLUSTER_LITERALS.tht)} tổ hợp tác`);
    expect.soft(flat, 'PDF: new members sentence').toContain(`kết nạp ${vn(CLUSTER_LITERALS.newMembers)} thành viên mới`);
    expect
      .soft(flat, 'PDF: members, workers, revenue sums')
      .toMatch(
        new RegExp(`thành viên ${num(cluster.members)}.*lao động ${num(cluster.workers)}.*doanh thu ${num(Math.round(cluster.revenue / 1e6))} triệu đồng`),
      );
    // Sums of what was reported say how many units gave them.
    for (const f of ['members', 'workers', 'revenue'] as const) {
      expect
        .soft(flat, `PDF: ${f} says ${cluster.reported[f]} of ${cluster.units} units reported`)
        .toMatch(new RegExp(`\\(${num(cluster.reported[f])}/${num(cluster.units)} đơn vị báo cáo\\)`));
    }
    // Nobody reported profit: the report says so and never prints it as 0.
    expect.soft(flat, 'PDF: profit not reported').toMatch(/lợi nhuận:? chưa có số liệu/);
    expect.soft(flat, 'PDF: profit not printed as 0').not.toMatch(/lợi nhuận:? 0\b/);
    // The members table ("SỐ LIỆU THEO THÀNH VIÊN CỤM"): one segment per row (STT, then "Liên minh…"), then the total.
    const table = flat.slice(flat.indexOf('THEO THÀNH VIÊN CỤM'), flat.indexOf('THEO ĐỊA BÀN'));
    const totalAt = table.lastIndexOf('Tổng');
    const rows = table
      .slice(0, totalAt)
      .split(/ (?=\d+ Liên minh )/)
      .filter((r) => /^\d+ Liên minh /.test(r));
    expect.soft(rows.length, 'PDF: one row per member').toBe(files.length);
    for (const [i, f] of files.entries()) {
      const row = rows.find((r) => r.startsWith(`${i + 1} Liên minh `)) ?? '';
      checkPrintedRow(row, f.expected, f.spec.allianceName, `PDF row ${i + 1} (${f.spec.placeName})`);
    }
    checkPrintedRow(table.slice(totalAt), cluster, 'Tổng cộng', 'PDF row Tổng cộng');
  });

  const total = Date.now() - started;
  timings.push(['whole test', total]);
  const report = timings.map(([l, ms]) => `${(ms / 1000).toFixed(1).padStart(6)} s  ${l}`).join('\n');
  console.log(`[time] ${(total / 1000).toFixed(1)} s  whole test`);
  await testInfo.attach('timings.txt', { body: report, contentType: 'text/plain' });
});
