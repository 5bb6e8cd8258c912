import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { openHarness } from '../support/ui';

/**
 * Issue "office-ready", registry: the list keeps its search, filters and scroll when the user comes
 * back from a unit; no sideways scrolling at 1366x768; tax code check-digit warning; locality
 * pickers that fold diacritics; saves confirmed; the list exported as filtered and sorted.
 */

const SHOTS = '.tmp/office-ready-shots';

test.use({ viewport: { width: 1366, height: 768 } });
// Each test seeds units through the real repositories and walks several screens.
test.describe.configure({ timeout: 180_000 });

/** Seeds `count` units "HTX Thử nghiệm n" in Hà Nội (even n) or Đà Nẵng (odd n), plus one other; returns their ids by name. */
async function seedUnits(page: Page, count: number): Promise<Record<string, string>> {
  await openHarness(page);
  return page.evaluate(async (count) => {
    const units = await (window as any).harness.module('db/repositories/registry/units');
    const ids: Record<string, string> = {};
    for (let i = 1; i <= count; i++) {
      const u = await units.createUnit({
        kind: i % 5 === 0 ? 'tht' : 'htx',
        name: `HTX Thử nghiệm ${i}`,
        taxCode: `0${String(100000000 + i * 7).slice(0, 9)}`,
        provinceCode: i % 2 === 0 ? '01' : '48',
        status: 'active',
        member: 0,
      });
      ids[u.name] = u.id;
    }
    const other = await units.createUnit({ kind: 'htx', name: 'HTX Dương Liễu', status: 'active', member: 0, provinceCode: '01' });
    ids[other.name] = other.id;
    return ids;
  }, count);
}

async function openUnits(page: Page) {
  await page.goto('/index.html#/units');
  await expect(page.getByTestId('unit-counts')).not.toHaveText(/^Đang tải/, { timeout: 30_000 });
}

const holder = (page: Page) => page.locator('[data-testid=unit-table] .wtable__body');

/** Types into an antd Select (found by its label) and picks the option showing `option`. */
async function typeAndPick(page: Page, label: string, typed: string, option: string | RegExp) {
  const input = page.getByLabel(label, { exact: true });
  await expect(async () => {
    await input.click();
    await input.fill(typed);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first().click({ timeout: 3_000 });
  }).toPass({ timeout: 20_000 });
}

test('the registry list keeps search, filters and scroll after Back and the back link; a saved unit opens at its top', async ({ page }) => {
  const ids = await seedUnits(page, 240);
  await openUnits(page);
  await page.getByLabel('Tìm đơn vị').fill('thu nghiem');
  // The province filter finds "Hà Nội" typed without diacritics.
  await typeAndPick(page, 'Tỉnh/thành', 'ha noi', 'Hà Nội');
  await expect(page.getByTestId('unit-counts')).toHaveText('120 đơn vị: 96 HTX, 24 THT (trong tổng 241)');

  await holder(page).evaluate((el) => el.scrollTo({ top: 1500 }));
  await expect.poll(() => holder(page).evaluate((el) => el.scrollTop)).toBeGreaterThan(1400);
  // The position that counts is the one at the click: Playwright may scroll the row into view
  // first (the table renders a few rows beyond the view).
  const link = page.locator('[data-testid=unit-table] .wtable__row a').nth(3);
  const name = (await link.textContent())!;
  await holder(page).evaluate((el) =>
    el.addEventListener('click', () => ((window as unknown as { clickedAt: number }).clickedAt = el.scrollTop), { capture: true, once: true }),
  );
  await link.click();
  const scrolled = await page.evaluate(() => (window as unknown as { clickedAt: number }).clickedAt);
  expect(scrolled).toBeGreaterThan(300);
  await expect(page.getByRole('heading', { name: new RegExp(name) })).toBeVisible();

  // Browser Back.
  await page.goBack();
  await expect(page.getByLabel('Tìm đơn vị')).toHaveValue('thu nghiem');
  await expect(page.getByTestId('unit-counts')).toHaveText('120 đơn vị: 96 HTX, 24 THT (trong tổng 241)');
  await expect(page.locator('.ant-select', { has: page.getByLabel('Tỉnh/thành', { exact: true }) })).toContainText('Hà Nội');
  await expect.poll(() => holder(page).evaluate((el) => el.scrollTop)).toBeGreaterThan(scrolled - 30);
  await expect(page.getByRole('link', { name, exact: true })).toBeVisible();

  // The back link on the unit page.
  await page.getByRole('link', { name, exact: true }).click();
  await page.getByRole('link', { name: 'Danh bạ đơn vị' }).click();
  await expect(page.getByLabel('Tìm đơn vị')).toHaveValue('thu nghiem');
  await expect.poll(() => holder(page).evaluate((el) => el.scrollTop)).toBeGreaterThan(scrolled - 30);

  // Keyboard: Enter on a focused row opens its unit.
  const row = page.locator('[data-testid=unit-table] .wtable__row').nth(2);
  const rowName = (await row.locator('a').textContent())!;
  await row.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: new RegExp(rowName) })).toBeVisible();

  // A saved unit opens at the top of its page, however far down the form was scrolled.
  await page.goto(`/index.html#/units/${ids['HTX Dương Liễu']}/edit`);
  await expect(page.getByLabel('Tên đơn vị')).toHaveValue('HTX Dương Liễu');
  await page.getByLabel('Ghi chú').fill('Đã kiểm tra');
  await page.locator('#app-content').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText('Đã lưu thay đổi.')).toBeVisible();
  await expect(page.getByRole('heading', { name: /HTX Dương Liễu/ })).toBeVisible();
  expect(await page.locator('#app-content').evaluate((el) => el.scrollTop)).toBe(0);
});

test('no sideways scrolling at 1366x768: registry list and yearly indicators; figures and ratings confirm when saved', async ({ page }) => {
  const ids = await seedUnits(page, 30);
  const id = ids['HTX Thử nghiệm 7']!;
  await page.evaluate(async (id) => {
    const years = await (window as any).harness.module('db/repositories/registry/unitYears');
    for (const year of [2022, 2023])
      await years.saveUnitYear(id, {
        year,
        members: 1250,
        workers: 340,
        charterCapital: 125_000_000_000,
        assets: 987_654_321_000,
        revenue: 2_500_000_000_000,
        profit: -12_345_678_900,
        taxesPaid: 45_678_900_000,
        avgIncome: 12_500_000,
      });
  }, id);
  await openUnits(page);
  const fits = (sel: string) =>
    page
      .locator(sel)
      .first()
      .evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  let w = await fits('[data-testid=unit-table] .wtable__body');
  expect(w.scroll).toBeLessThanOrEqual(w.client);
  w = await fits('#app-content');
  expect(w.scroll).toBeLessThanOrEqual(w.client);
  await page.screenshot({ path: `${SHOTS}/registry-list-1366.png` });

  await page.goto(`/index.html#/units/${id}`);
  await page.getByRole('tab', { name: 'Chỉ tiêu theo năm' }).click();
  await expect(page.getByRole('cell', { name: '2.500.000.000.000' }).first()).toBeVisible();
  w = await fits('[data-testid=unit-years-table] .ant-table-content');
  expect(w.scroll).toBeLessThanOrEqual(w.client);
  w = await fits('#app-content');
  expect(w.scroll).toBeLessThanOrEqual(w.client);
  await page.screenshot({ path: `${SHOTS}/unit-years-1366.png` });

  // Saving a year's figures is confirmed.
  await page.getByRole('button', { name: 'Thêm năm' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Năm').fill('2024');
  await dialog.getByLabel('Số thành viên').fill('130');
  await page.screenshot({ path: `${SHOTS}/unit-year-dialog-1366.png` });
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText('Đã lưu chỉ tiêu năm 2024.')).toBeVisible();

  // So is a rating.
  await page.getByRole('tab', { name: 'Lịch sử khen thưởng' }).click();
  await page.getByText('Xếp loại hoàn thành nhiệm vụ hằng năm').click();
  await page.getByLabel('Năm xếp loại').fill('2024');
  await page.getByRole('button', { name: 'Ghi xếp loại' }).click();
  await expect(page.getByText(/Đã lưu xếp loại năm 2024/)).toBeVisible();

  await page.setViewportSize({ width: 1920, height: 1080 });
  await openUnits(page);
  await page.screenshot({ path: `${SHOTS}/registry-list-1920.png` });
});

test('unit form: a wrong check digit warns but saves; province and commune pickers fold diacritics', async ({ page }) => {
  await page.goto('/index.html#/units/new');
  await page.getByLabel('Tên đơn vị').fill('HTX Kiểm Tra Mã');
  await page.getByLabel('Mã số thuế / mã số HTX').fill('0101234567');
  await expect(page.getByText(/chữ số thứ 10 theo 9 chữ số đầu phải là/)).toBeVisible();
  // A warning, not an error.
  await expect(page.locator('.ant-form-item-explain-warning')).toBeVisible();
  await expect(page.locator('.ant-form-item-explain-error')).toHaveCount(0);
  await page.getByLabel('Mã số thuế / mã số HTX').fill('0101234565');
  await expect(page.locator('.ant-form-item-explain-warning')).toHaveCount(0);
  await page.getByLabel('Mã số thuế / mã số HTX').fill('0101234567');

  await typeAndPick(page, 'Tỉnh/thành phố', 'ha noi', 'Hà Nội');
  await typeAndPick(page, 'Xã/phường/đặc khu', 'soc son', 'Sóc Sơn');
  await typeAndPick(page, 'Tỉnh/thành phố', 'da nang', 'Đà Nẵng');
  await typeAndPick(page, 'Xã/phường/đặc khu', 'Hai Chau', 'Hải Châu');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText('Đã thêm đơn vị.')).toBeVisible();
  await expect(page.getByRole('heading', { name: /HTX Kiểm Tra Mã/ })).toBeVisible();
  await expect(page.getByText('Hải Châu')).toBeVisible();

  // The registry filters fold the same way.
  await openUnits(page);
  await typeAndPick(page, 'Tỉnh/thành', 'da nang', 'Đà Nẵng');
  await typeAndPick(page, 'Xã/phường', 'hai chau', 'Hải Châu');
  await expect(page.getByTestId('unit-counts')).toHaveText('1 đơn vị: 1 HTX');
});

test('the registry list sorts by its columns and exports what it shows to Excel', async ({ page }) => {
  await seedUnits(page, 12);
  await openUnits(page);
  await page.getByLabel('Tìm đơn vị').fill('thu nghiem');
  await expect(page.getByTestId('unit-counts')).toHaveText('12 đơn vị: 10 HTX, 2 THT (trong tổng 13)');
  // Sort by name, descending (numbers in names sort as numbers: 12 before 9).
  const nameHeader = page.locator('[data-testid=unit-table] [role=columnheader]', { hasText: 'Tên đơn vị' });
  await nameHeader.click();
  await nameHeader.click();
  const firstNames = () => page.locator('[data-testid=unit-table] .wtable__row a').allTextContents();
  await expect.poll(async () => (await firstNames()).slice(0, 3)).toEqual(['HTX Thử nghiệm 12', 'HTX Thử nghiệm 11', 'HTX Thử nghiệm 10']);
  await page.locator('[data-testid=unit-table] [role=columnheader]', { hasText: 'Loại' }).first().click();
  // By kind: HTX before THT, each kind in the list's own order.
  await expect.poll(async () => (await firstNames()).slice(0, 1)).toEqual(['HTX Thử nghiệm 1']);
  const shown = await firstNames();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất Excel' }).click();
  const wb = XLSX.read(readFileSync((await (await download).path())!));
  const aoa = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[wb.SheetNames[0]!]!, { header: 1, blankrows: false });
  expect(aoa[0]).toEqual(['DANH BẠ ĐƠN VỊ']);
  expect(String(aoa[1]?.[0])).toContain('Tìm "thu nghiem"');
  const header = aoa.findIndex((r) => r[0] === 'STT');
  const names = aoa.slice(header + 1).map((r) => r[2]);
  expect(names).toHaveLength(12);
  expect(names.slice(0, shown.length)).toEqual(shown);
  expect(aoa.slice(header + 1).map((r) => r[1])).toEqual([...Array(10).fill('HTX'), 'THT', 'THT']);
});
