import { test, expect } from '@playwright/test';
import * as XLSX from 'xlsx';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chooseOption } from '../support/ui';

async function seedUnits(page: import('@playwright/test').Page) {
  await page.goto('/harness.html');
  await page.evaluate(async () => {
    const units = await window.harness.module('db/repositories/registry/units');
    await units.createUnit({ kind: 'htx', name: 'HTX Dương Liễu', taxCode: '0123456789', status: 'active', member: 0 });
    await units.createUnit({ kind: 'htx', name: 'HTX Phú Thắng', status: 'active', member: 0 });
    await units.createUnit({ kind: 'htx', name: 'HTX Đồng Phú', status: 'active', member: 0 });
  });
}

test('create a movement, register a unit by hand and import registrations from Excel', async ({ page }) => {
  await seedUnits(page);
  await page.goto('/index.html#/movements');
  await page.getByRole('button', { name: 'Thêm phong trào' }).click();
  await page.getByLabel('Từ ngày').fill('01/01/2024');
  await page.getByLabel('Đến ngày').fill('31/12/2025');
  await page.getByLabel('Đến ngày').press('Enter'); // confirms the date only: Enter in a date field never submits
  await page.getByRole('button', { name: 'Lưu' }).click(); // the form refuses: no name yet
  await expect(page.getByText('Nhập tên phong trào.')).toBeVisible();
  await page.getByLabel('Tên phong trào').fill('Đoàn kết, sáng tạo, nâng cao hiệu quả hoạt động của HTX');
  await page.getByLabel('Cơ quan phát động').fill('Liên minh HTX thành phố Hà Nội');
  await page.getByLabel('Nội dung').fill('Nâng cao hiệu quả hoạt động của HTX');
  await page.getByLabel('Tiêu chí thi đua').fill('Doanh thu, thành viên, việc làm');
  await page.getByRole('button', { name: 'Lưu' }).click();

  await expect(page.getByRole('heading', { name: 'Đoàn kết, sáng tạo, nâng cao hiệu quả hoạt động của HTX' })).toBeVisible();
  await expect(page.getByText('01/01/2024 - 31/12/2025')).toBeVisible();

  // Register by hand: search the registry without diacritics.
  await page.getByRole('button', { name: 'Thêm đăng ký' }).click();
  const dialog = page.getByRole('dialog', { name: 'Đăng ký thi đua' });
  await dialog.getByRole('combobox').fill('duong lieu');
  await chooseOption(page, dialog.getByRole('combobox'), /HTX Dương Liễu/);
  await expect(dialog.locator('.ant-select-content, .ant-select-selection-item').first()).toContainText('HTX Dương Liễu');
  await dialog.getByLabel('Chỉ tiêu đăng ký').fill('Doanh thu tăng 10%');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  const table = page.getByTestId('registration-table');
  await expect(table.getByRole('row', { name: /HTX Dương Liễu.*Doanh thu tăng 10%/ })).toBeVisible();

  // Import: a real .xlsx with title rows, a column-number row, one unknown unit.
  const dir = mkdtempSync(join(tmpdir(), 'thidua-'));
  const file = join(dir, 'dang-ky-thi-dua.xlsx');
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    wb,
    XLSX.utils.aoa_to_sheet([
      ['DANH SÁCH ĐĂNG KÝ THI ĐUA NĂM 2024'],
      [],
      ['STT', 'Tên đơn vị', 'Mã số thuế', 'Chỉ tiêu đăng ký', 'Ngày đăng ký'],
      ['(1)', '(2)', '(3)', '(4)', '(5)'],
      [1, 'HTX Dương Liễu', '0123456789', 'Doanh thu tăng 15%', '10/01/2024'],
      [2, 'htx phu thang', '', 'Kết nạp 20 thành viên', '12/01/2024'],
      [3, 'HTX Đồng Phú', '', 'Tăng lao động 5%', ''],
      [4, 'HTX Không Có Trong Danh Bạ', '', 'Tăng vốn', ''],
    ]),
    'Đăng ký',
  );
  writeFileSync(file, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
  await (await chooser).setFiles(file);
  await expect(page.getByTestId('registration-import-summary')).toHaveText('3 dòng nhập được, 1 dòng có lỗi (bỏ qua).');
  await expect(
    page.getByText('Tệp "dang-ky-thi-dua.xlsx", trang "Đăng ký", dòng 8: không tìm thấy đơn vị "HTX Không Có Trong Danh Bạ" trong danh bạ.'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Nhập 3 đăng ký' }).click();

  await expect(page.getByTestId('registration-count')).toHaveText('3 đơn vị đăng ký');
  // The existing registration got the imported targets instead of a duplicate row.
  await expect(table.getByRole('row', { name: /HTX Dương Liễu.*Doanh thu tăng 15%/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /HTX Phú Thắng.*Kết nạp 20 thành viên.*12\/01\/2024/ })).toBeVisible();

  await page.goto('/harness.html');
  const stored = await page.evaluate(async () => {
    const { getDb } = await window.harness.module('db/database');
    const regs = await getDb().table('movementRegistrations').toArray();
    const log = await getDb().auditLog.where('table').equals('movementRegistrations').toArray();
    return { count: regs.length, sources: regs.map((r: { source: string }) => r.source).sort(), audit: log.map((l: { action: string }) => l.action) };
  });
  expect(stored.count).toBe(3);
  expect(stored.sources).toEqual(['import', 'import', 'import']);
  expect(stored.audit).toEqual(['create', 'import']);
});

test('programme linked to a movement and an event are listed', async ({ page }) => {
  await page.goto('/harness.html');
  await page.evaluate(async () => {
    const m = await window.harness.module('db/repositories/emulation/movements');
    await m.createMovement({
      name: 'Chung sức xây dựng nông thôn mới 2016-2020',
      periodFrom: '2016-01-01',
      periodTo: '2020-12-31',
      level: 'national',
      launchingBody: 'Thủ tướng Chính phủ',
      content: '',
      criteriaText: '',
      status: 'closed',
    });
  });
  await page.goto('/index.html#/programmes');
  await page.getByRole('button', { name: 'Thêm chương trình' }).click();
  const dialog = page.getByRole('dialog', { name: 'Chương trình phối hợp' });
  await dialog.getByLabel('Cơ quan phối hợp').fill('Ban Thi đua - Khen thưởng thành phố');
  await dialog.getByPlaceholder('Từ ngày').fill('01/01/2017');
  await dialog.getByPlaceholder('Đến ngày').fill('31/12/2022');
  await dialog.getByPlaceholder('Đến ngày').press('Enter');
  await chooseOption(page, dialog.getByLabel('Phong trào liên quan'), 'Chung sức xây dựng nông thôn mới 2016-2020');
  await dialog.getByText('Nội dung').click(); // close the multi-select list
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(
    page.getByRole('row', { name: /Ban Thi đua - Khen thưởng thành phố.*01\/01\/2017 - 31\/12\/2022.*Chung sức xây dựng nông thôn mới/ }),
  ).toBeVisible();

  await page.goto('/index.html#/events');
  await page.getByRole('button', { name: 'Thêm sự kiện' }).click();
  const ev = page.getByRole('dialog', { name: 'Sự kiện' });
  await ev.getByLabel('Tên sự kiện').fill('Tập huấn Luật HTX 2023');
  await ev.getByLabel('Ngày', { exact: true }).fill('15/03/2024');
  await ev.getByLabel('Ngày', { exact: true }).press('Enter');
  await chooseOption(page, ev.getByLabel('Loại'), 'Tập huấn');
  await ev.getByLabel('Số người dự').fill('120');
  await ev.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('row', { name: /15\/03\/2024.*Tập huấn Luật HTX 2023.*Tập huấn.*120/ })).toBeVisible();
});
