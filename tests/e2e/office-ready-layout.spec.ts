import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { openHarness } from '../support/ui';

/**
 * Issue "office-ready", layout and vocabulary: the sidebar stays while the content scrolls; dialogs
 * fit 1366x768 with their body scrolling inside; back links on detail pages; keyboard use of lists;
 * people list sorted and exported; no English accessible names from antd ("Increase Value", "Clear"…).
 */

const SHOTS = '.tmp/office-ready-shots';

test.use({ viewport: { width: 1366, height: 768 } });
test.describe.configure({ timeout: 180_000 });

async function seed(page: Page): Promise<{ unitId: string; personId: string }> {
  await openHarness(page);
  return page.evaluate(async () => {
    const h = (window as any).harness;
    const units = await h.module('db/repositories/registry/units');
    const people = await h.module('db/repositories/awards/people');
    const unit = await units.createUnit({ kind: 'htx', name: 'HTX Bố Cục', status: 'active', member: 1, memberSince: 2015, provinceCode: '01' });
    await units.createUnit({ kind: 'tht', name: 'THT Rau An Toàn', status: 'active', member: 0, provinceCode: '48' });
    const a = await people.createPerson({ fullName: 'Nguyễn Văn Bình', gender: 'nam', birthYear: 1970, unitId: unit.id, position: 'Giám đốc' });
    await people.createPerson({ fullName: 'Trần Thị An', gender: 'nu', birthYear: 1988, position: 'Kế toán' });
    await people.createPerson({ fullName: 'Đỗ Văn Cường', gender: 'nam', birthYear: 1979, position: 'Thành viên' });
    return { unitId: unit.id as string, personId: a.id as string };
  });
}

/** Accessible names that antd leaves in English. */
const ENGLISH = /Increase Value|Decrease Value|\bClear\b|close-circle|\bClose\b/;

async function expectNoEnglishNames(page: Page) {
  const snapshot = await page.locator('body').ariaSnapshot();
  expect(snapshot).not.toMatch(ENGLISH);
  const labels = await page.locator('[aria-label]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  expect(labels.filter((l) => l && ENGLISH.test(l))).toEqual([]);
}

test('the sidebar stays while a long page scrolls; a dialog fits 1366x768 and scrolls inside', async ({ page }) => {
  const { unitId } = await seed(page);
  await page.goto(`/index.html#/units/${unitId}/edit`);
  await expect(page.getByLabel('Tên đơn vị')).toHaveValue('HTX Bố Cục');
  const content = page.locator('#app-content');
  await content.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect.poll(() => content.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  // The window itself never scrolls: the menu stays where it was.
  expect(await page.evaluate(() => document.scrollingElement!.scrollTop)).toBe(0);
  await expect(page.getByRole('menuitem', { name: 'Đơn vị (HTX, THT)' })).toBeInViewport();
  const sider = await page.locator('.ant-layout-sider').boundingBox();
  expect(sider!.y).toBe(0);

  // The yearly figures dialog: header and buttons on screen, the fields scroll inside it.
  await page.goto(`/index.html#/units/${unitId}`);
  await page.getByRole('tab', { name: 'Chỉ tiêu theo năm' }).click();
  await page.getByRole('button', { name: 'Thêm năm' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('Số thành viên')).toBeVisible();
  const box = await page.locator('.ant-modal-container').boundingBox();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(768);
  await expect(dialog.getByRole('button', { name: 'Lưu' })).toBeInViewport();
  await expect(dialog.getByRole('button', { name: 'Hủy' })).toBeInViewport();
  const body = await page
    .locator('.ant-modal-body')
    .evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight, overflow: getComputedStyle(el).overflowY }));
  expect(body.overflow).toBe('auto');
  expect(body.client).toBeLessThanOrEqual(768);
  await page.screenshot({ path: `${SHOTS}/dialog-years-1366.png` });
  await expectNoEnglishNames(page);
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  await expect(dialog).toBeHidden();

  // A large screen: the frame fills the window.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/index.html#/units');
  await page.reload();
  await expect(page.getByTestId('unit-counts')).toContainText('2 đơn vị', { timeout: 30_000 });
  await expect.poll(async () => (await page.locator('.ant-layout-sider').boundingBox())!.height).toBe(1080);
  await page.screenshot({ path: `${SHOTS}/registry-list-1920-fresh.png` });
});

test('people: back link, keyboard opens a row, columns sort, the list exports; vocabulary is Vietnamese', async ({ page }) => {
  const { personId } = await seed(page);
  await page.goto('/index.html#/people');
  const rows = page.locator('.ant-table-row');
  await expect(rows).toHaveCount(3);

  // Sort by birth year, then export what is shown.
  await page.locator('th', { hasText: 'Năm sinh' }).click();
  await expect(rows.first()).toContainText('Nguyễn Văn Bình');
  await expect(rows.last()).toContainText('Trần Thị An');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất Excel' }).click();
  const wb = XLSX.read(readFileSync((await (await download).path())!));
  const aoa = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[wb.SheetNames[0]!]!, { header: 1, blankrows: false });
  const header = aoa.findIndex((r) => r[0] === 'STT');
  expect(aoa.slice(header + 1).map((r) => r[1])).toEqual(['Nguyễn Văn Bình', 'Đỗ Văn Cường', 'Trần Thị An']);
  expect(aoa.slice(header + 1).map((r) => r[6])).toEqual(['HTX Bố Cục', '', '']);

  // By name: Vietnamese order (Đ after D, before T).
  await page.locator('th', { hasText: 'Họ và tên' }).click();
  await expect(rows.nth(0)).toContainText('Đỗ Văn Cường');
  await expect(rows.nth(1)).toContainText('Nguyễn Văn Bình');

  // Keyboard: Tab reaches the rows; Enter on a focused row opens the person; focus is visible.
  await rows.nth(0).locator('a').focus();
  await page.keyboard.press('Tab');
  await expect(rows.nth(1)).toBeFocused();
  const outline = await rows.nth(1).evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('person-name')).toHaveText('Nguyễn Văn Bình');
  await expect(page).toHaveURL(new RegExp(`#/people/${personId}$`));

  // Back link to the list.
  await page.getByRole('link', { name: 'Danh sách cá nhân' }).click();
  await expect(page).toHaveURL(/#\/people$/);
  await expect(rows).toHaveCount(3);

  // Delete confirmations say "Hủy".
  await page.goto(`/index.html#/people/${personId}`);
  await page.getByRole('button', { name: 'Xóa' }).click();
  await expect(page.locator('.ant-popconfirm').getByRole('button', { name: 'Hủy' })).toBeVisible();
  await page.locator('.ant-popconfirm').getByRole('button', { name: 'Hủy' }).click();
});

test('no English accessible names on the registry, unit, people, catalogue, summary and backup screens', async ({ page }) => {
  const { unitId } = await seed(page);
  await page.goto('/index.html#/units');
  await expect(page.getByTestId('unit-counts')).toContainText('2 đơn vị', { timeout: 30_000 });
  // A chosen filter shows its clear button; the number box shows its step buttons.
  const kind = page.getByLabel('Loại hình', { exact: true });
  await kind.click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'HTX' }).first().click();
  await page.getByLabel('Tìm đơn vị').fill('bo cuc');
  await page.locator('.ant-select', { has: kind }).hover();
  await expect(page.locator('.ant-select-clear').first()).toBeAttached();
  await expect(page.getByRole('button', { name: 'Tăng' }).first()).toBeAttached();
  await expectNoEnglishNames(page);

  await page.goto(`/index.html#/units/${unitId}/edit`);
  await expect(page.getByLabel('Tên đơn vị')).toHaveValue('HTX Bố Cục');
  await expectNoEnglishNames(page);

  await page.goto(`/index.html#/units/${unitId}`);
  await page.getByRole('tab', { name: 'Lịch sử khen thưởng' }).click();
  await page.getByText('Xếp loại hoàn thành nhiệm vụ hằng năm').click();
  await expect(page.getByLabel('Năm xếp loại')).toBeVisible();
  await expectNoEnglishNames(page);

  for (const [path, ready] of [
    ['/people', 'Thêm cá nhân'],
    ['/catalog', 'Thêm danh hiệu, hình thức'],
    ['/summary', 'In báo cáo'],
    ['/backup', 'Sao lưu'],
  ] as const) {
    await page.goto(`/index.html#${path}`);
    await expect(page.getByRole('button', { name: ready }).first()).toBeVisible({ timeout: 30_000 });
    await expectNoEnglishNames(page);
  }
});
