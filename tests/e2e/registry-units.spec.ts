import { test, expect, type Page } from '@playwright/test';

async function openUnits(page: Page) {
  await page.goto('/index.html#/units');
  await expect(page.getByTestId('unit-counts')).not.toHaveText(/^Đang tải/);
}

async function createUnit(page: Page, name: string, taxCode: string) {
  await page.goto('/index.html#/units/new');
  await page.getByLabel('Tên đơn vị').fill(name);
  await page.getByLabel('Mã số thuế / mã số HTX').fill(taxCode);
}

test('create, find without diacritics, edit, dissolve, and survive a reload', async ({ page }) => {
  await createUnit(page, 'HTX Dương Liễu', '0500423111');
  await page.getByLabel('Ngày thành lập').fill('15/03/2001');
  await page.getByLabel('Ngày thành lập').press('Tab');
  await page.getByRole('switch').click();
  await page.getByLabel('Năm kết nạp').fill('2012');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('heading', { name: /HTX Dương Liễu/ })).toBeVisible();
  await expect(page.getByTestId('unit-status')).toHaveText('Đang hoạt động');

  // Searching without diacritics, in capitals, finds it.
  await openUnits(page);
  for (const q of ['duong lieu', 'DUONG LIEU', 'Dương Liễu', '0500423']) {
    await page.getByLabel('Tìm đơn vị').fill(q);
    await expect(page.getByRole('link', { name: 'HTX Dương Liễu' })).toBeVisible();
    await expect(page.getByTestId('unit-counts')).toHaveText('1 đơn vị: 1 HTX');
  }
  await page.getByLabel('Tìm đơn vị').fill('phu thang');
  await expect(page.getByTestId('unit-counts')).toHaveText(/^0 đơn vị/);

  // Edit.
  await page.getByLabel('Tìm đơn vị').fill('duong');
  await page.getByRole('link', { name: 'HTX Dương Liễu' }).click();
  await page.getByRole('button', { name: 'Sửa' }).click();
  await page.getByLabel('Tên đơn vị').fill('HTX nông nghiệp Dương Liễu');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('heading', { name: /HTX nông nghiệp Dương Liễu/ })).toBeVisible();

  // Dissolve (kept, not deleted).
  await page.getByRole('button', { name: 'Giải thể' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page.getByTestId('unit-status')).toContainText('Đã giải thể');

  await page.reload();
  await expect(page.getByRole('heading', { name: /HTX nông nghiệp Dương Liễu/ })).toBeVisible();
  await expect(page.getByTestId('unit-status')).toContainText('Đã giải thể');
  const logTab = page.getByRole('tab', { name: 'Nhật ký thay đổi' });
  await logTab.click();
  await expect(logTab).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText('Chuyển "HTX nông nghiệp Dương Liễu" sang trạng thái: Đã giải thể')).toBeVisible({ timeout: 30_000 });

  await openUnits(page);
  await page.getByLabel('Trạng thái').click();
  await page.getByTitle('Đã giải thể').click();
  await expect(page.getByRole('link', { name: 'HTX nông nghiệp Dương Liễu' })).toBeVisible();
});

test('a duplicate tax code is refused with a link to the existing unit', async ({ page }) => {
  await createUnit(page, 'HTX Phú Thắng', '0101234562');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('heading', { name: /HTX Phú Thắng/ })).toBeVisible();

  await createUnit(page, 'HTX Phú Thắng 2', '0101 234 562');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText('Mã số thuế 0101234562 đã có ở đơn vị "HTX Phú Thắng".')).toBeVisible();
  await page.getByRole('link', { name: 'Mở đơn vị đã có: HTX Phú Thắng' }).click();
  await expect(page.getByRole('heading', { name: /HTX Phú Thắng/ })).toBeVisible();

  await openUnits(page);
  await expect(page.getByTestId('unit-counts')).toHaveText('1 đơn vị: 1 HTX');
});

test('invalid input is refused field by field and nothing is stored', async ({ page }) => {
  await createUnit(page, 'HTX Sai Mã', '12345');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText('Mã số thuế phải có 10 chữ số')).toBeVisible();
  await openUnits(page);
  await expect(page.getByTestId('unit-counts')).toHaveText('0 đơn vị');
});

test('yearly indicators are edited and kept', async ({ page }) => {
  await createUnit(page, 'HTX Đồng Phú', '0500234573');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await page.getByRole('tab', { name: 'Chỉ tiêu theo năm' }).click();
  await page.getByRole('button', { name: 'Thêm năm' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Năm').fill('2024');
  await dialog.getByLabel('Số thành viên').fill('125');
  await dialog.getByLabel('Doanh thu (đồng)').fill('2500000000');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('cell', { name: '2.500.000.000' })).toBeVisible();
  await page.reload();
  await page.getByRole('tab', { name: 'Chỉ tiêu theo năm' }).click();
  await expect(page.getByRole('cell', { name: '2.500.000.000' })).toBeVisible();
  await expect(page.getByRole('cell', { name: '125', exact: true })).toBeVisible();
});

test('10,000 generated units are listed, counted and filterable', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/index.html#/dev/generate'); // the generator's hidden route (not in the menu)
  await page.getByLabel('Số đơn vị cần sinh').fill('10000');
  await page.getByRole('button', { name: 'Sinh đơn vị' }).click();
  // ~20 s alone on the CI machine (IndexedDB's per-record cost), more beside a second worker.
  await expect(page.getByText('Đã sinh 10.000 đơn vị.')).toBeVisible({ timeout: 120_000 });

  await openUnits(page);
  await expect(page.getByTestId('unit-counts')).toContainText('10.000 đơn vị');
  // Stored THT count, read straight from IndexedDB, must equal what the filter shows.
  const thtCount = await page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('thi-dua-htx');
        open.onsuccess = () => {
          const req = open.result.transaction('units').objectStore('units').getAll();
          req.onsuccess = () => {
            resolve(req.result.filter((u: { kind: string }) => u.kind === 'tht').length);
            open.result.close();
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
  expect(thtCount).toBeGreaterThan(5000);
  await page.getByLabel('Loại hình').click();
  await page.getByTitle('THT').click();
  await expect(page.getByTestId('unit-counts')).toHaveText(
    `${thtCount.toLocaleString('vi-VN')} đơn vị: ${thtCount.toLocaleString('vi-VN')} THT (trong tổng 10.000)`,
  );

  // The virtual table renders only visible rows, and a search narrows to the one unit.
  const rendered = await page.locator('[data-testid=unit-table] .wtable__row').count();
  expect(rendered).toBeLessThan(200);
  await page.getByLabel('Loại hình').click();
  await page.locator('.ant-select-clear').first().click({ force: true });
  await page.getByLabel('Tìm đơn vị').fill('so 9999');
  await expect(page.getByTestId('unit-counts')).toHaveText(/^1 đơn vị/);
  await expect(page.getByRole('link', { name: /số 9999$/ })).toBeVisible();
});
