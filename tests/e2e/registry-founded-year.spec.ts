import { test, expect } from '@playwright/test';
import * as XLSX from 'xlsx';
import { chooseFile, chooseOfficeProvinceIfAsked, openWizard, readTable } from '../fixtures/import/wizard';
import { setUpOffice } from '../support/ui';

const SHOTS = '.tmp/web-yearonly-shots';

/** "Năm thành lập" as offices fill it: a bare year, a dd/mm/yyyy text date, a real (serial) date cell. */
function foundedWorkbook(): Buffer {
  const ws = XLSX.utils.aoa_to_sheet([
    ['Tên HTX', 'Mã số thuế', 'Năm thành lập', 'Điện thoại'],
    ['HTX Năm Lập', '0101234567', 2005, '0241111111'],
    ['HTX Ngày Lập', '0109876543', '15/03/2010', '0242222222'],
    ['HTX Ô Ngày', '0105555555', null, null],
  ]);
  ws['C4'] = { t: 'n', v: 41061, z: 'dd/mm/yyyy' }; // 01/06/2012 as Excel stores a date cell
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, 'DS');
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

test('a founding year imports as "2005", shows as 2005, and survives editing other fields', async ({ page }) => {
  await openWizard(page);
  await chooseFile(page, 'nam-thanh-lap.xlsx', foundedWorkbook());
  await expect(page.getByTestId('import-preview')).toBeVisible();
  const next = page.getByTestId('import-next');
  for (let step = 0; step < 3; step++) await next.click();
  // Clean-up step: the bare year is listed among the values read differently.
  await expect(page.getByTestId('import-cleanup')).toBeVisible();
  await page.getByText('Giá trị được đọc lại').click();
  await expect(page.getByTestId('import-notes')).toContainText('Chỉ có năm 2005: lưu là năm 2005');
  await next.click();
  // No province in the file: the wizard asks; the office's province is chosen.
  await chooseOfficeProvinceIfAsked(page);
  await next.click();
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-result')).toBeVisible({ timeout: 30_000 });

  const units = await readTable(page, 'units');
  const byName = new Map(units.map((u) => [u.name, u]));
  expect(byName.get('HTX Năm Lập')?.foundedDate).toBe('2005');
  expect(byName.get('HTX Ngày Lập')?.foundedDate).toBe('2010-03-15');
  expect(byName.get('HTX Ô Ngày')?.foundedDate).toBe('2012-06-01');

  const id = byName.get('HTX Năm Lập')!.id as string;
  await page.goto(`/index.html#/units/${id}`);
  await expect(page.getByTestId('unit-founded')).toHaveText('2005');
  await expect(page.getByText('Năm thành lập', { exact: true })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/unit-detail-year-only.png` });
  await page.goto(`/index.html#/units/${byName.get('HTX Ngày Lập')!.id}`);
  await expect(page.getByTestId('unit-founded')).toHaveText('15/03/2010');

  // Edit the phone only: the founding year stays "2005", not 01/01/2005.
  await page.goto(`/index.html#/units/${id}/edit`);
  await expect(page.getByLabel('Tên đơn vị')).toHaveValue('HTX Năm Lập');
  await expect(page.getByRole('checkbox', { name: 'Chỉ biết năm' })).toBeChecked();
  await expect(page.getByLabel('Năm thành lập')).toHaveValue('2005');
  await page.getByLabel('Điện thoại').fill('0249999999');
  await page.screenshot({ path: `${SHOTS}/unit-form-year-only.png` });
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByTestId('unit-founded')).toHaveText('2005');
  const saved = (await readTable(page, 'units')).find((u) => u.id === id);
  expect(saved).toMatchObject({ phone: '0249999999', foundedDate: '2005' });

  // The achievement report states the year, not a date nobody gave.
  await setUpOffice(page);
  await page.goto(`/index.html#/print/achievement/${id}?year=2025`);
  await expect(page.getByText('Năm thành lập: 2005.')).toBeVisible();
  await expect(page.getByText('01/01/2005')).toHaveCount(0);
});

test('a new unit can be given only its founding year through the form', async ({ page }) => {
  await page.goto('/index.html#/units/new');
  await page.getByLabel('Tên đơn vị').fill('HTX Chỉ Biết Năm');
  await page.getByRole('checkbox', { name: 'Chỉ biết năm' }).check();
  await page.getByLabel('Năm thành lập').fill('2010');
  await page.getByLabel('Năm thành lập').press('Tab');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('heading', { name: /HTX Chỉ Biết Năm/ })).toBeVisible();
  await expect(page.getByTestId('unit-founded')).toHaveText('2010');
  const units = await readTable(page, 'units');
  expect(units.map((u) => [u.name, u.foundedDate])).toEqual([['HTX Chỉ Biết Năm', '2010']]);
});
