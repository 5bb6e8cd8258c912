import { test, expect } from '@playwright/test';
import { simpleWorkbook } from '../fixtures/import/workbooks';
import { importThroughWizard, readTable } from '../fixtures/import/wizard';
import { chooseOption } from '../support/ui';

const HEADER = ['STT', 'Tên đơn vị', 'Quận/Huyện', 'Xã/Phường', 'Số thành viên'];

test('same-name units in different communes are all kept; rows that cannot be told apart are asked about, keeping both by default', async ({ page }) => {
  const file = simpleWorkbook('xlsx', [
    ['Hà Nội, ngày 15 tháng 01 năm 2016'],
    ['DANH SÁCH HỢP TÁC XÃ, TỔ HỢP TÁC NĂM 2015'],
    HEADER,
    [1, 'HTX Dịch vụ tổng hợp Tiền Phong', 'Mê Linh', 'Tiền Phong', 120],
    [2, 'HTX Dịch vụ tổng hợp Tiền Phong', 'Thường Tín', 'Tiền Phong', 80],
    [3, 'THT sản xuất rau an toàn thôn 1', 'Sóc Sơn', 'Minh Trí', 12],
    [4, 'THT sản xuất rau an toàn thôn 1', 'Sóc Sơn', 'Minh Phú', 9],
    [5, 'THT trồng hoa', null, null, 5],
    [6, 'THT trồng hoa', null, null, 7],
  ]);
  await importThroughWizard(page, 'ds-ha-noi-2015.xlsx', file, {
    atMapping: async () => {
      // The date line is the signing date: the title's year is proposed.
      await expect(page.getByTestId('import-default-year')).toHaveValue('2015');
      await expect(page.getByTestId('import-year-source')).toContainText('Năm 2015 theo tiêu đề');
      await expect(page.getByTestId('import-year-source')).toContainText('năm 2016" là ngày ký');
    },
    atPreview: async () => {
      await expect(page.getByTestId('import-count-new')).toContainText('6');
      await expect(page.getByTestId('import-count-duplicate')).toContainText('0');
      await expect(page.getByTestId('import-count-ask')).toContainText('1');
      await page.screenshot({ path: '.tmp/import-results/import-ask.png', fullPage: true });
      // Answered all at once as "the same unit", then one by one back to "another unit".
      await page.getByTestId('import-ask-all-same').click();
      await expect(page.getByTestId('import-count-duplicate')).toContainText('1');
      await page.getByTestId('import-ask-filter').click();
      const row = page.getByTestId('import-rows').locator('tr', { hasText: 'THT trồng hoa' });
      await expect(row.getByTestId('import-row-question')).toContainText('không có mã số thuế, xã/phường hay địa chỉ');
      await chooseOption(page, row.getByTestId('import-row-choice'), 'Đơn vị khác (giữ cả hai)');
      await expect(page.getByTestId('import-count-new')).toContainText('6');
      await expect(page.getByTestId('import-count-duplicate')).toContainText('0');
    },
  });
  const units = await readTable(page, 'units');
  expect(units).toHaveLength(6);
  expect(
    units
      .filter((u) => u.name === 'HTX Dịch vụ tổng hợp Tiền Phong')
      .map((u) => u.legacyDistrict)
      .sort(),
  ).toEqual(['Mê Linh', 'Thường Tín']);
  expect(units.filter((u) => u.name === 'THT sản xuất rau an toàn thôn 1')).toHaveLength(2);
  const years = await readTable(page, 'unitYears');
  expect(years.map((y) => y.year)).toEqual([2015, 2015, 2015, 2015, 2015, 2015]);
});

test('a year column the title contradicts is asked about before the import goes on', async ({ page }) => {
  const file = simpleWorkbook('xlsx', [
    ['BÁO CÁO SỐ LIỆU HỢP TÁC XÃ NĂM 2015'],
    ['Hải Phòng, ngày 15 tháng 01 năm 2016'],
    ['STT', 'Tên đơn vị', 'Xã/Phường', 'Năm', 'Số thành viên'],
    [1, 'HTX Tân Liên', 'Vĩnh Bảo', 2016, 30],
    [2, 'HTX Nam Sơn', 'An Dương', 2016, 20],
  ]);
  await importThroughWizard(page, 'hai-phong.xlsx', file, {
    atPreview: async () => {
      await expect(page.getByTestId('import-year-conflict')).toContainText('Tiêu đề tệp ghi năm 2015 nhưng cột năm ghi 2016 (2 dòng)');
      await expect(page.getByTestId('import-next')).toBeDisabled();
      await page.getByTestId('import-year-use-title').click();
      await expect(page.getByTestId('import-year-conflict')).toBeHidden();
      await expect(page.getByTestId('import-next')).toBeEnabled();
    },
  });
  const years = await readTable(page, 'unitYears');
  expect(years.map((y) => [y.year, y.members]).sort()).toEqual([
    [2015, 20],
    [2015, 30],
  ]);
});
