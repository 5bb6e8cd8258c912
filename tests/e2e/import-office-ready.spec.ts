import { test, expect, type Page } from '@playwright/test';
import * as XLSX from 'xlsx';
import { readFileSync } from 'node:fs';
import { simpleWorkbook } from '../fixtures/import/workbooks';
import { chooseFile, importThroughWizard, openHarness, openWizard, readTable } from '../fixtures/import/wizard';
import { taxCodeCheckDigit } from '../../src-renderer/src/domain/registry/taxCode';

/** A well-formed tax code whose check digit is right. */
function goodTaxCode(firstNine: string): string {
  for (let n = Number(firstNine); ; n++) {
    const nine = String(n).padStart(9, '0');
    const d = taxCodeCheckDigit(nine);
    if (d !== null) return nine + d;
  }
}

/** Through the steps up to the preview, without answering anything. */
async function toPreview(page: Page, name: string, file: Buffer) {
  await openWizard(page);
  await chooseFile(page, name, file);
  await expect(page.getByTestId('import-preview')).toBeVisible();
  for (let step = 0; step < 4; step++) {
    await expect(page.getByTestId('import-next')).toBeEnabled();
    await page.getByTestId('import-next').click();
  }
  await expect(page.getByTestId('import-counts')).toBeVisible();
}

/** Rows with only an address column, 30 of them: Đà Nẵng written many ways, former provinces, other provinces, none. */
const ADDRESSES: Array<[string, string | undefined, string | undefined, string | undefined]> = [
  // [address, province code stored, commune name stored, former district stored]
  ['Phường Hòa Khánh, Đà Nẵng', '48', 'Phường Hòa Khánh', undefined],
  ['phuong hoa khanh, da nang', '48', 'Phường Hòa Khánh', undefined],
  ['P. Hòa Khánh, TP. Đà Nẵng', '48', 'Phường Hòa Khánh', undefined],
  ['Tổ 12, P.Hòa Khánh, Tp Đà Nẵng', '48', 'Phường Hòa Khánh', undefined],
  ['Phường Hải Châu, Thành phố Đà Nẵng', '48', 'Phường Hải Châu', undefined],
  ['Xã Điện Phước, Huyện Điện Bàn, Tỉnh Quảng Nam', '48', undefined, 'Huyện Điện Bàn'],
  ['X. Điện Phước, H. Điện Bàn, T. Quảng Nam', '48', undefined, 'Huyện Điện Bàn'],
  ['Phường Minh An, TP Hội An, Tỉnh Quảng Nam', '48', undefined, 'Thành phố Hội An'],
  ['Huyện Điện Bàn', '48', undefined, 'Huyện Điện Bàn'],
  ['Xã Bát Tràng, Hà Nội', '01', 'Xã Bát Tràng', undefined],
  ['Thôn 3, xã Bát Tràng, huyện Gia Lâm, TP Hà Nội', '01', 'Xã Bát Tràng', 'Huyện Gia Lâm'],
  ['Phường Bến Thành, TP.HCM', '79', 'Phường Bến Thành', undefined],
  ['Phường 5, Q.3, TP.HCM', '79', undefined, 'Quận 3'],
  ['Xã An Bình, TX. Dĩ An, Tỉnh Bình Dương', '79', undefined, 'Thị xã Dĩ An'],
  ['Tỉnh Thừa Thiên Huế', '46', undefined, undefined],
  ['Thôn 3, xã Tân Lập', undefined, undefined, undefined],
  ['Số 5 đường Lê Lợi', undefined, undefined, undefined],
];

test('units go where their address says; rows naming no province wait for the default province the user chooses', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const rows: Array<[string, string]> = [];
  for (let i = 0; i < 30; i++) {
    const [address] = ADDRESSES[i % ADDRESSES.length]!;
    rows.push([`HTX Địa chỉ ${String(i + 1).padStart(2, '0')}`, address]);
  }
  const file = simpleWorkbook('xlsx', [['STT', 'Tên HTX', 'Địa chỉ (Xã, Tỉnh)'], ...rows.map((r, i) => [i + 1, ...r])]);
  await toPreview(page, 'dia-chi.xlsx', file);
  const noProvince = rows.filter(([, a]) => ADDRESSES.find((x) => x[0] === a)![1] === undefined).length;
  // Not the office's province silently: the rows are blocked and the wizard asks.
  const ask = page.getByTestId('import-province-ask');
  await expect(ask).toContainText(`${noProvince} dòng không rõ tỉnh/thành phố`);
  await expect(page.getByTestId('import-count-error')).toContainText(String(noProvince));
  await expect(page.locator('[data-testid="import-default-province"] .ant-select-selection-item')).toHaveCount(0);
  await expect(page.getByTestId('import-default-province-office')).toContainText('Hà Nội');
  // The preview shows the stored province and commune, not the file's text.
  const first = page.getByTestId('import-rows').locator('tr', { hasText: 'HTX Địa chỉ 01' });
  await expect(first.getByTestId('import-row-province')).toHaveText('Đà Nẵng');
  await expect(first.getByTestId('import-row-commune')).toHaveText('Phường Hòa Khánh');
  const former = page.getByTestId('import-rows').locator('tr', { hasText: 'HTX Địa chỉ 06' });
  await expect(former.getByTestId('import-row-place')).toContainText('tỉnh cũ Quảng Nam, từ 01/07/2025 thuộc Đà Nẵng');
  await expect(former.getByTestId('import-row-place')).toContainText('Huyện cũ: Huyện Điện Bàn');
  const blocked = page.getByTestId('import-rows').locator('tr', { hasText: 'HTX Địa chỉ 16' });
  await expect(blocked.getByTestId('import-row-status')).toHaveText('Lỗi');
  await expect(blocked).toContainText('Cột C: Chưa rõ tỉnh/thành phố');
  await page.screenshot({ path: '.tmp/import-results/import-province-ask.png' });

  // The user chooses a province (not the office's): it applies to exactly those rows.
  await expect(async () => {
    const input = page.getByTestId('import-default-province').locator('input');
    if (!(await page.locator('.ant-select-dropdown:visible').count())) await input.click();
    await input.fill('Nghệ');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Nghệ An' }).first().click({ timeout: 3_000 });
    await expect(page.getByTestId('import-default-province')).toContainText('Nghệ An', { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await expect(ask).toContainText(`${noProvince} dòng không rõ tỉnh/thành phố trong tệp được ghi là Nghệ An`);
  await expect(page.getByTestId('import-count-error')).toContainText('0');
  await expect(page.getByTestId('import-count-new')).toContainText('30');
  await page.getByTestId('import-next').click();
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-result')).toBeVisible({ timeout: 30_000 });

  const units = await readTable(page, 'units');
  expect(units).toHaveLength(30);
  const communeNames: Record<string, string> = await page.evaluate(async () => {
    const { COMMUNES } = await (window as any).harness.module('domain/registry/localities-data');
    return Object.fromEntries(COMMUNES.map((c: any) => [c.code, c.name]));
  });
  const byName = new Map(units.map((u) => [u.name, u]));
  for (const [name, address] of rows) {
    const [, province, commune, district] = ADDRESSES.find((x) => x[0] === address)!;
    const u = byName.get(name)!;
    expect({
      address: u.address,
      province: u.provinceCode,
      commune: u.communeCode ? communeNames[u.communeCode] : undefined,
      district: u.legacyDistrict,
    }).toEqual({
      address,
      province: province ?? '40',
      commune,
      district,
    });
  }
  // Nothing went to the office's province (Hà Nội) except the Hà Nội addresses.
  expect(units.filter((u) => u.provinceCode === '01').every((u) => /Hà Nội/.test(u.address))).toBe(true);
});

test('the preview shows what will be stored: money in đồng, "180 TV" as 180 with a note, old -> new for updates, tax code check digits', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const taxA = goodTaxCode('040012345');
  const taxB = goodTaxCode('040054321');
  const badTax = `${taxA.slice(0, 9)}${(Number(taxA[9]) + 1) % 10}`;
  await openHarness(page);
  await page.evaluate(
    async ({ taxA, taxB }) => {
      const { createUnit } = await (window as any).harness.module('db/repositories/registry/units');
      await createUnit({
        kind: 'htx',
        name: 'HTX Hòa Khánh',
        status: 'active',
        member: 0,
        taxCode: taxA,
        provinceCode: '48',
        years: [{ year: 2024, members: 150, revenue: 1_000_000_000 }],
      });
      await createUnit({
        kind: 'htx',
        name: 'HTX Không Đổi',
        status: 'active',
        member: 0,
        taxCode: taxB,
        provinceCode: '48',
        years: [{ year: 2024, members: 20, revenue: 500_000_000 }],
      });
    },
    { taxA, taxB },
  );
  const file = simpleWorkbook('xlsx', [
    ['STT', 'Tên HTX', 'Mã số thuế', 'Tỉnh', 'Năm', 'Số thành viên', 'Doanh thu (triệu đồng)'],
    [1, 'HTX Hòa Khánh', taxA, 'Đà Nẵng', 2024, '180 TV', 1500],
    [2, 'HTX Không Đổi', taxB, 'Đà Nẵng', 2024, 20, 500],
    [3, 'HTX Mã Sai', badTax, 'Đà Nẵng', 2024, 7, 2.5],
  ]);
  await toPreview(page, 'chi-tieu.xlsx', file);
  await expect(page.getByTestId('import-province-ask')).toHaveCount(0);
  const rowsTable = page.getByTestId('import-rows');
  const a = rowsTable.locator('tr', { hasText: 'HTX Hòa Khánh' });
  // Stored values, Vietnamese formatting, the unit: not the file's 1500.
  await expect(a.getByTestId('import-cell-G2')).toContainText('1.500.000.000 đ');
  await expect(a.getByTestId('import-cell-note-G2')).toHaveText('Tệp ghi 1500 (triệu đồng), lưu 1.500.000.000 đ');
  await expect(a.getByTestId('import-cell-F2').getByTestId('import-cell-stored')).toHaveText('180');
  await expect(a.getByTestId('import-cell-note-F2')).toHaveText('Tệp ghi "180 TV", lưu 180');
  await expect(a.getByTestId('import-row-status')).toHaveText('Cập nhật');
  await expect(a.getByTestId('import-row-changes')).toContainText('Số thành viên 2024: 150 → 180');
  await expect(a.getByTestId('import-row-changes')).toContainText('Doanh thu 2024: 1.000.000.000 đ → 1.500.000.000 đ');
  const b = rowsTable.locator('tr', { hasText: 'HTX Không Đổi' });
  await expect(b.getByTestId('import-row-unchanged')).toHaveText('Không thay đổi gì');
  const c = rowsTable.locator('tr', { hasText: 'HTX Mã Sai' });
  await expect(c.getByTestId('import-cell-warning-C4')).toContainText('chữ số thứ 10');
  await expect(c.getByTestId('import-row-status')).toHaveText('Thêm mới');
  await expect(c.getByTestId('import-cell-G4')).toContainText('2.500.000 đ');
  await page.screenshot({ path: '.tmp/import-results/import-preview-stored.png' });

  // Sortable by a column's stored value (numbers by value).
  await rowsTable.locator('th', { hasText: 'Doanh thu (triệu đồng)' }).click();
  await expect(rowsTable.locator('tbody tr.ant-table-row').first()).toContainText('HTX Mã Sai');
  await rowsTable.locator('th', { hasText: 'Doanh thu (triệu đồng)' }).click();
  await expect(rowsTable.locator('tbody tr.ant-table-row').first()).toContainText('HTX Hòa Khánh');

  // The details export: every row, its status, stored values, warnings and notes.
  const download = page.waitForEvent('download');
  await page.getByTestId('import-export-details').click();
  const saved = test.info().outputPath('kiem-tra.xlsx');
  await (await download).saveAs(saved);
  const wb = XLSX.read(readFileSync(saved), { type: 'buffer' });
  const sheet = wb.Sheets[wb.SheetNames[0]!]!;
  const aoa = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, defval: '' });
  const header = aoa.find((r) => r[0] === 'Tệp')!;
  const body = aoa.slice(aoa.indexOf(header) + 1);
  expect(body).toHaveLength(3);
  const col = (title: string) => header.findIndex((h) => String(h).startsWith(title));
  const rowA = body.find((r) => String(r[col('Tên HTX')]) === 'HTX Hòa Khánh')!;
  expect(rowA[col('Kết quả')]).toContain('Cập nhật');
  expect(rowA[col('Doanh thu')]).toBe('1.500.000.000 đ');
  expect(rowA[col('Ghi chú')]).toContain('Cột F: Tệp ghi "180 TV", lưu 180');
  expect(rowA[col('Thay đổi')]).toContain('Số thành viên 2024: 150 → 180');
  const rowC = body.find((r) => String(r[col('Tên HTX')]) === 'HTX Mã Sai')!;
  expect(rowC[col('Cảnh báo')]).toContain('Cột C: Mã số thuế');
  expect(rowC[col('Trang tính')]).toBe('Danh sách');
  expect(rowC[col('Dòng')]).toBe(4);

  // Commit: the stored values are those shown.
  await page.getByTestId('import-next').click();
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-result')).toBeVisible({ timeout: 30_000 });
  const years = await readTable(page, 'unitYears');
  const units = await readTable(page, 'units');
  const idOf = (n: string) => units.find((u) => u.name === n)!.id;
  expect(years.find((y) => y.unitId === idOf('HTX Hòa Khánh') && y.year === 2024)).toMatchObject({ members: 180, revenue: 1_500_000_000 });
  expect(years.find((y) => y.unitId === idOf('HTX Mã Sai'))).toMatchObject({ members: 7, revenue: 2_500_000 });
  expect(units.find((u) => u.name === 'HTX Mã Sai')!.taxCode).toBe(badTax);
});

test('import screens speak Vietnamese: every cancel says "Hủy", no English labels in the preview', async ({ page }) => {
  const file = simpleWorkbook('xlsx', [
    ['Tên HTX', 'Địa chỉ'],
    ['HTX A', 'Số 5 Lê Lợi'],
  ]);
  await importThroughWizard(page, 'a.xlsx', file, {
    keepProvinceAsk: true,
    atPreview: async () => {
      await expect(page.getByTestId('import-province-ask')).toBeVisible();
      const text = (await page.locator('main, body').first().innerText()).replace(/HTX A|Số 5 Lê Lợi|a\.xlsx/g, '');
      expect(text).not.toMatch(/\b(Cancel|Export|Status|Row|Sort|Next|Back|Error|Warning|Province)\b/);
      await page.getByTestId('import-cell-A2').click();
      await expect(page.locator('.ant-modal-footer')).toContainText('Hủy');
      await page.locator('.ant-modal-footer button', { hasText: 'Hủy' }).click();
      await page.getByTestId('import-default-province-office').click();
      await expect(page.getByTestId('import-count-new')).toContainText('1');
    },
  });
  const units = await readTable(page, 'units');
  expect(units[0]).toMatchObject({ name: 'HTX A', provinceCode: '01' });
});
