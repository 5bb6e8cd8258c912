import { test, expect, type Page } from '@playwright/test';
import * as XLSX from 'xlsx';
import { readFileSync } from 'node:fs';
import { watchErrors } from '../support/ui';

test.describe.configure({ timeout: 150_000 });

async function seed(page: Page) {
  await page.goto('/harness.html');
  return page.evaluate(async () => {
    const units = await window.harness.module('db/repositories/registry/units');
    const a = await units.createUnit({ kind: 'htx', name: 'HTX Đồng Phú', status: 'active', member: 0 });
    const b = await units.createUnit({ kind: 'htx', name: 'HTX An Bình', status: 'active', member: 0 });
    const c = await units.createUnit({ kind: 'htx', name: 'HTX Bắc Sơn', status: 'active', member: 0 });
    const m = await window.harness.module('db/repositories/emulation/movements');
    const mv = await m.createMovement({
      name: 'Thi đua đổi mới HTX 2024',
      periodFrom: '2024-01-01',
      periodTo: '2024-12-31',
      level: 'alliance',
      launchingBody: 'Liên minh HTX thành phố',
      content: 'Đổi mới',
      criteriaText: 'Doanh thu',
      status: 'open',
    });
    await m.registerUnit(mv.id, { unitId: a.id, targets: 'Tăng doanh thu 10%', registeredDate: '2024-03-05' });
    await m.registerUnit(mv.id, { unitId: b.id, targets: 'Kết nạp 20 thành viên', registeredDate: '2024-01-20' });
    await m.registerUnit(mv.id, { unitId: c.id, targets: 'Áp dụng chuyển đổi số' });
    return mv.id as string;
  });
}

test('movement form: Enter in a date field never saves a half-filled movement; required fields say what is missing', async ({ page }) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/index.html#/movements/new');
  await expect(page.getByRole('link', { name: 'Danh sách phong trào' })).toBeVisible();
  await page.getByLabel('Tên phong trào').fill('Phong trào chưa đủ thông tin');
  await page.getByLabel('Từ ngày').fill('1/1/2024');
  await page.getByLabel('Từ ngày').press('Enter');
  await expect(page.getByLabel('Từ ngày')).toHaveValue('01/01/2024'); // Enter confirms the typed date
  await page.getByLabel('Đến ngày').fill('31/12/2024');
  await page.getByLabel('Đến ngày').press('Enter');
  await page.waitForTimeout(300);
  // Nothing saved: still on the form, no "Đã thêm phong trào".
  await expect(page).toHaveURL(/#\/movements\/new$/);
  await expect(page.getByText('Đã thêm phong trào.')).toHaveCount(0);

  // "Lưu" shows every missing field in Vietnamese and saves nothing.
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText('Nhập cơ quan phát động.')).toBeVisible();
  await expect(page.getByText('Nhập nội dung phong trào.')).toBeVisible();
  await expect(page.getByText('Nhập tiêu chí thi đua.')).toBeVisible();
  await page.screenshot({ path: 'out/web-b-shots/office-ready-movement-form.png' });
  await page.goto('/harness.html');
  const count = await page.evaluate(async () => (await (await window.harness.module('db/repositories/emulation/queries')).listMovements()).length);
  expect(count).toBe(0);
  expect(errors).toEqual([]);
});

test('movement form: a wrong or reversed period is refused; leaving a filled form asks first; a complete form saves', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/index.html#/movements/new');
  await page.getByLabel('Tên phong trào').fill('Phong trào thi đua 2025');
  await page.getByLabel('Từ ngày').fill('31/02/2025');
  await page.getByLabel('Đến ngày').fill('01/01/2024');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText('Ngày bắt đầu không hợp lệ (dd/mm/yyyy).')).toBeVisible();
  await page.getByLabel('Từ ngày').fill('01/03/2025');
  await expect(page.getByText('Ngày kết thúc phải sau ngày bắt đầu.')).toBeVisible();

  // Leaving asks: "Ở lại" keeps the form, "Rời trang" leaves.
  await page.getByRole('button', { name: 'Hủy' }).click();
  const ask = page.getByRole('dialog').filter({ hasText: 'Rời trang?' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Ở lại' }).click();
  await expect(page.getByLabel('Tên phong trào')).toHaveValue('Phong trào thi đua 2025');
  await page.getByRole('link', { name: 'Danh sách phong trào' }).click();
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Ở lại' }).click();
  await expect(page).toHaveURL(/#\/movements\/new$/);

  await page.getByLabel('Đến ngày').fill('31/12/2025');
  await page.getByLabel('Cơ quan phát động').fill('Liên minh HTX thành phố');
  await page.getByLabel('Nội dung').fill('Nâng cao hiệu quả hoạt động');
  await page.getByLabel('Tiêu chí thi đua').fill('Doanh thu tăng 10%');
  await page.getByRole('button', { name: 'Lưu' }).click();
  // Saved: goes to the detail page without asking.
  await expect(page.getByRole('heading', { name: 'Phong trào thi đua 2025' })).toBeVisible();
  await expect(page.getByRole('dialog').filter({ hasText: 'Rời trang?' })).toHaveCount(0);
  await expect(page.getByText('01/03/2025 - 31/12/2025')).toBeVisible();
  // The detail page links back to the list.
  await page.getByRole('link', { name: 'Danh sách phong trào' }).click();
  await expect(page.getByRole('heading', { name: 'Phong trào thi đua' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('registrations: an invalid dialog shows field messages (no unhandled rejection); the list sorts and exports what is shown', async ({ page }) => {
  const errors = watchErrors(page);
  const id = await seed(page);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`/index.html#/movements/${id}`);
  await page.getByRole('button', { name: 'Thêm đăng ký' }).click();
  const dialog = page.getByRole('dialog', { name: 'Đăng ký thi đua' });
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog.getByText('Chọn đơn vị.')).toBeVisible();
  await expect(dialog.getByText('Nhập chỉ tiêu đăng ký.')).toBeVisible();
  // Enter in the date field does not save either; a wrong date is named.
  await dialog.getByLabel('Ngày đăng ký').fill('32/01/2024');
  await dialog.getByLabel('Ngày đăng ký').press('Enter');
  await expect(dialog.getByText('Ngày đăng ký không hợp lệ (dd/mm/yyyy).')).toBeVisible();
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeVisible();
  await page.waitForTimeout(300);
  expect(errors).toEqual([]);
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  await expect(dialog).toBeHidden();

  // Edit one: the stored date shows as dd/mm/yyyy and is kept.
  const table = page.getByTestId('registration-table');
  await table
    .getByRole('row', { name: /HTX An Bình/ })
    .getByRole('button', { name: 'Sửa' })
    .click();
  await expect(dialog.getByLabel('Ngày đăng ký')).toHaveValue('20/01/2024');
  await dialog.getByLabel('Ghi chú').fill('Đã ký cam kết');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  await expect(table.getByRole('row', { name: /HTX An Bình.*20\/01\/2024.*Đã ký cam kết/ })).toBeVisible();

  // Sort by date (empty last), then export: the file has the rows in the order shown.
  const rows = table.locator('tbody tr.ant-table-row');
  await expect(rows.nth(0)).toContainText('HTX An Bình'); // name order
  await table.getByRole('columnheader', { name: 'Ngày đăng ký' }).click();
  await expect(rows.nth(0)).toContainText('HTX Bắc Sơn'); // no date: antd ascending keeps byDate order ('' first)
  await table.getByRole('columnheader', { name: 'Ngày đăng ký' }).click();
  await expect(rows.nth(0)).toContainText('HTX Đồng Phú');
  await expect(rows.nth(1)).toContainText('HTX An Bình');
  await page.mouse.move(700, 20); // the header's sort tooltip would cover the button above it
  await page.screenshot({ path: 'out/web-b-shots/office-ready-registrations.png' });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất Excel' }).click();
  const file = await download;
  const wb = XLSX.read(readFileSync(await file.path()), { type: 'buffer' });
  const aoa = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[wb.SheetNames[0]!]!, { header: 1, defval: '' });
  const header = aoa.findIndex((r) => r[0] === 'STT');
  expect(aoa[header]).toEqual(['STT', 'Đơn vị', 'Chỉ tiêu đăng ký', 'Ngày đăng ký', 'Ghi chú']);
  expect(aoa.slice(header + 1).map((r) => [r[1], r[3]])).toEqual([
    ['HTX Đồng Phú', '05/03/2024'],
    ['HTX An Bình', '20/01/2024'],
    ['HTX Bắc Sơn', ''],
  ]);
  expect(errors).toEqual([]);
});

test('events and programmes: invalid dialogs show messages without unhandled rejections; "Hủy" closes them', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/index.html#/events');
  await page.getByRole('button', { name: 'Thêm sự kiện' }).click();
  const ev = page.getByRole('dialog', { name: 'Sự kiện' });
  await ev.getByRole('button', { name: 'Lưu' }).click();
  await expect(ev.getByText('Nhập tên sự kiện.')).toBeVisible();
  await expect(ev.getByText('Chọn ngày.')).toBeVisible();
  await ev.getByRole('button', { name: 'Hủy' }).click();
  await expect(ev).toBeHidden();

  await page.goto('/index.html#/programmes');
  await page.getByRole('button', { name: 'Thêm chương trình' }).click();
  const pr = page.getByRole('dialog', { name: 'Chương trình phối hợp' });
  await pr.getByRole('button', { name: 'Lưu' }).click();
  await expect(pr.getByText('Nhập cơ quan phối hợp.')).toBeVisible();
  await pr.getByRole('button', { name: 'Hủy' }).click();
  await expect(pr).toBeHidden();
  await page.waitForTimeout(300);
  expect(errors).toEqual([]);
});
