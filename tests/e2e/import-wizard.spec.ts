import { test, expect } from '@playwright/test';
import * as XLSX from 'xlsx';
import { DISTRICT_ROWS, districtWorkbook, legacyFontWorkbook, csvIn, simpleWorkbook, xlsWithFonts } from '../fixtures/import/workbooks';
import { encodeTcvn3, encodeVni } from '../fixtures/import/legacy-encode';
import { importThroughWizard, openHarness, readTable, openWizard, chooseFile, chooseOfficeProvinceIfAsked } from '../fixtures/import/wizard';
import { chooseOption, confirmDialog } from '../support/ui';
import { directoryAndRebuild, firstDifference } from '../support/unitDirectory';

test('one-sheet-per-district .xlsx: merged headers, title/numbering/group/subtotal/signature rows, values cleaned', async ({ page }) => {
  const file = districtWorkbook('xlsx', [
    { name: 'Gia Lâm', district: 'Huyện Gia Lâm', units: DISTRICT_ROWS.slice(0, 2) },
    { name: 'Đan Phượng', district: 'Huyện Đan Phượng', units: DISTRICT_ROWS.slice(2) },
  ]);
  await importThroughWizard(page, 'ds-htx-2024.xlsx', file, {
    allSheets: true,
    atPreview: async () => {
      await expect(page.getByTestId('import-count-new')).toContainText('3');
      await expect(page.getByTestId('import-count-error')).toContainText('0');
    },
  });
  const units = await readTable(page, 'units');
  expect(units.map((u) => u.name).sort()).toEqual(['HTX Dương Liễu', 'HTX hoa lan Đan Hoài', 'HTX Phú Thắng'].sort());
  const byName = new Map(units.map((u) => [u.name, u]));
  expect(byName.get('HTX Dương Liễu')).toMatchObject({ taxCode: '0101234567', foundedDate: '2015-01-05', origin: 'import', nameKey: 'htx duong lieu' });
  // Excel stored 0500123456 as a number: the leading zero is restored.
  expect(byName.get('HTX Phú Thắng')).toMatchObject({ taxCode: '0500123456', foundedDate: '2015-01-01' });
  expect(byName.get('HTX hoa lan Đan Hoài')).toMatchObject({ taxCode: '0107777777-001', foundedDate: '2018' });
  expect(byName.get('HTX Dương Liễu')!.searchWords).toEqual(expect.arrayContaining(['duong', 'lieu', '0101234567']));
  const years = await readTable(page, 'unitYears');
  const yearOf = (name: string) => years.find((y) => y.unitId === byName.get(name)!.id);
  // The title says "NĂM 2024": indicators are stored for 2024.
  expect(yearOf('HTX Dương Liễu')).toMatchObject({ year: 2024, members: 25, revenue: 1250000 });
  expect(yearOf('HTX Phú Thắng')).toMatchObject({ members: 1200, revenue: 0 });
  expect(yearOf('HTX hoa lan Đan Hoài')).toMatchObject({ members: 7, revenue: 2500001 });
  const batches = await readTable(page, 'importBatches');
  expect(batches).toHaveLength(1);
  expect(batches[0]).toMatchObject({ fileName: 'ds-htx-2024.xlsx', sheets: ['Gia Lâm', 'Đan Phượng'], status: 'committed' });
  expect(batches[0].mapping.map((m: any) => m.header)).toContain('Chỉ tiêu năm 2024 - Doanh thu (đồng)');
  const audit = await readTable(page, 'auditLog');
  expect(audit.some((a) => a.action === 'import' && a.recordId === batches[0].id)).toBe(true);
});

test('header step shows the merged header and the dropped rows are listed at clean-up', async ({ page }) => {
  const file = districtWorkbook('xlsx', [{ name: 'Gia Lâm', district: 'Huyện Gia Lâm', units: DISTRICT_ROWS }]);
  await openWizard(page);
  await chooseFile(page, 'gia-lam.xlsx', file);
  await expect(page.getByTestId('import-preview')).toContainText('Gia Lâm');
  await page.getByTestId('import-next').click();
  await expect(page.getByTestId('import-header-names')).toContainText('Chỉ tiêu năm 2024 - Số thành viên');
  await expect(page.getByTestId('import-header-row')).toHaveValue('4');
  await page.getByTestId('import-next').click();
  await page.getByTestId('import-next').click();
  const dropped = page.getByTestId('import-dropped');
  await expect(dropped).toContainText('Huyện Gia Lâm');
  await expect(dropped).toContainText('Dòng cộng/tổng cộng');
  await expect(dropped).toContainText('Người lập biểu');
  await page.screenshot({ path: '.tmp/import-results/import-cleanup.png', fullPage: true });
});

test('TCVN3 and VNI text is converted using the cell font names (.VnTime, .VnTimeH, VNI-Times, rich text)', async ({ page }) => {
  await importThroughWizard(page, 'font-cu.xlsx', await legacyFontWorkbook());
  const units = await readTable(page, 'units');
  const byTax = new Map(units.map((u) => [u.taxCode, u]));
  expect(byTax.get('0101111111')).toMatchObject({ name: 'HTX Đồng Phú', address: 'Xã Đồng Phú, huyện Chương Mỹ' });
  expect(byTax.get('0102222222')).toMatchObject({ name: 'HTX Nước sạch Hòa Thọ', address: 'Phường Hòa Thọ Tây' });
  expect(byTax.get('0103333333')!.name).toBe('HTX KIM THÀNH');
  expect(byTax.get('0104444444')!.name).toBe('HTX Dương Liễu');
});

test('.xls: TCVN3 and VNI names that byte statistics misjudge are converted by their cell fonts', async ({ page }) => {
  const rows = [
    ['Tên HTX', 'Mã số thuế', 'Địa chỉ'],
    [encodeTcvn3('HTX Bến Tre'), '0100000001', encodeTcvn3('Trực Ninh')],
    [encodeVni('HTX Nga Sơn'), '0100000002', encodeVni('Mê Linh')],
    ['HTX Café Ánh Dương', '0100000003', 'Hà Nội'],
  ];
  const file = xlsWithFonts('xls', rows, (r, c) => (r === 0 || c === 1 ? undefined : r === 1 ? '.VnTime' : r === 2 ? 'VNI-Times' : 'Arial'));
  await importThroughWizard(page, 'font-cu.xls', file);
  const units = await readTable(page, 'units');
  expect(units.map((u) => [u.taxCode, u.name, u.address]).sort()).toEqual([
    ['0100000001', 'HTX Bến Tre', 'Trực Ninh'],
    ['0100000002', 'HTX Nga Sơn', 'Mê Linh'],
    ['0100000003', 'HTX Café Ánh Dương', 'Hà Nội'],
  ]);
});

for (const encoding of ['utf-8', 'utf-8-bom', 'utf-16le', 'windows-1258', 'windows-1252-tcvn3', 'windows-1252-vni'] as const) {
  test(`CSV in ${encoding}`, async ({ page }) => {
    await importThroughWizard(page, `ds-${encoding}.csv`, csvIn(encoding), {});
    const units = await readTable(page, 'units');
    expect(units.map((u) => [u.name, u.taxCode, u.address]).sort()).toEqual([
      ['HTX Dương Liễu', '0101234567', 'Hoài Đức'],
      ['HTX Phú Thắng', '0109876543', 'Ba Vì'],
    ]);
    const years = await readTable(page, 'unitYears');
    expect(years.map((y) => y.members).sort((a, b) => a - b)).toEqual([25, 1200]);
  });
}

for (const bookType of ['xls', 'biff5', 'xlsb', 'ods'] as const) {
  test(`${bookType} file with a text date, dotted numbers and a cached formula value`, async ({ page }) => {
    // SheetJS writes BIFF5 text as ASCII only: that file uses headers without diacritics.
    const v = (s: string) =>
      bookType === 'biff5'
        ? s
            .normalize('NFD')
            .replace(/[\u0300-\u036f]/g, '')
            .replace(/Đ/g, 'D')
            .replace(/đ/g, 'd')
        : s;
    const wb = XLSX.utils.book_new();
    const ws = XLSX.utils.aoa_to_sheet([
      [v('Tên đơn vị'), 'MST', v('Ngày thành lập'), v('Số thành viên'), v('Doanh thu')],
      [v('HTX Hòa Cường'), '0401234567', '20/11/2019', 12, '3.400.000'],
    ]);
    // A formula whose cached value differs from what it would compute: only the cached value is read.
    ws['D2'] = { t: 'n', v: 12, f: 'SUM(1,1)' };
    XLSX.utils.book_append_sheet(wb, ws, 'DS');
    const ext = bookType === 'biff5' ? 'xls' : bookType;
    const buf = XLSX.write(wb, { type: 'buffer', bookType }) as Buffer;
    await importThroughWizard(page, `ds.${ext}`, buf);
    const units = await readTable(page, 'units');
    expect(units).toHaveLength(1);
    expect(units[0]).toMatchObject({ name: v('HTX Hòa Cường'), taxCode: '0401234567', foundedDate: '2019-11-20' });
    const years = await readTable(page, 'unitYears');
    expect(years[0]).toMatchObject({ members: 12, revenue: 3400000 });
  });
}

test('matching updates by tax code, overwrites only chosen fields, and undo restores', async ({ page }) => {
  await openHarness(page);
  const ids = await page.evaluate(async () => {
    const { createUnit } = await (window as any).harness.module('db/repositories/registry/units');
    const a = await createUnit({
      kind: 'htx',
      name: 'HTX Dương Liễu',
      taxCode: '0101234567',
      address: 'Địa chỉ cũ',
      phone: '0241234567',
      status: 'active',
      member: 0,
    });
    const b = await createUnit({ kind: 'htx', name: 'HTX Phú Thắng', status: 'active', member: 0 });
    // A year typed by hand before the import: the import adds another year beside it; undo keeps it.
    const { saveUnitYear } = await (window as any).harness.module('db/repositories/registry/unitYears');
    await saveUnitYear(a.id, { year: 2019, members: 12 });
    return [a.id, b.id];
  });
  const file = simpleWorkbook('xlsx', [
    ['Tên HTX', 'Mã số thuế', 'Địa chỉ', 'Điện thoại', 'Số thành viên'],
    ['HTX Dương Liễu (đổi tên)', '0101234567', 'Địa chỉ mới', '0249999999', 30],
    ['HTX Phú Thắng', null, 'Ba Vì', null, 8],
    ['HTX Mới Lập', '0105555555', 'Sóc Sơn', null, 5],
    ['HTX Mới Lập', '0105555555', 'Sóc Sơn', null, 5],
  ]);
  await importThroughWizard(page, 'cap-nhat.xlsx', file, {
    atPreview: async () => {
      // Phú Thắng: same name, but the stored unit has no address to compare: asked, kept as a new unit by default.
      await expect(page.getByTestId('import-count-update')).toContainText('1');
      await expect(page.getByTestId('import-count-new')).toContainText('2');
      await expect(page.getByTestId('import-count-ask')).toContainText('1');
      await expect(page.getByTestId('import-ask')).toContainText('Mặc định giữ cả hai');
      await page.getByTestId('import-ask-filter').click();
      const row = page.getByTestId('import-rows').locator('tr', { hasText: 'Ba Vì' });
      await expect(row.getByTestId('import-row-question')).toContainText('Chưa rõ có phải đơn vị đã có');
      await chooseOption(page, row.getByTestId('import-row-choice'), 'Đơn vị đã có: HTX Phú Thắng');
      await expect(page.getByTestId('import-count-update')).toContainText('2');
      await expect(page.getByTestId('import-count-new')).toContainText('1');
      await expect(page.getByTestId('import-count-duplicate')).toContainText('1');
      // Overwrite the address, keep the stored phone number.
      await page.getByTestId('import-overwrite').getByText('Địa chỉ', { exact: true }).click();
    },
  });
  let units = await readTable(page, 'units');
  const a = units.find((u) => u.id === ids[0]);
  expect(a).toMatchObject({ name: 'HTX Dương Liễu', address: 'Địa chỉ mới', phone: '0241234567' });
  expect(units.find((u) => u.id === ids[1])).toMatchObject({ address: 'Ba Vì' });
  expect(units).toHaveLength(3);
  // The unit directory (list and pickers) was kept current by the import's own transaction.
  let directory = await directoryAndRebuild(page);
  expect(directory.stored === directory.rebuilt, firstDifference(directory.stored, directory.rebuilt)).toBe(true);
  expect(directory.stored).toContain('HTX Mới Lập');
  const yearsOfA = (await readTable(page, 'unitYears')).filter((y) => y.unitId === ids[0]);
  expect(yearsOfA.map((y) => y.members).sort()).toEqual([12, 30]);

  await page.goto('/index.html#/import/history');
  await expect(page.getByTestId('import-history')).toContainText('cap-nhat.xlsx');
  await page.screenshot({ path: '.tmp/import-results/import-history.png', fullPage: true });
  await page.getByTestId('import-undo').click();
  await confirmDialog(page, 'import-undo-confirm');
  await expect(page.getByTestId('import-history')).toContainText('Đã hoàn tác');
  units = await readTable(page, 'units');
  expect(units).toHaveLength(2);
  expect(units.find((u) => u.id === ids[0])).toMatchObject({ address: 'Địa chỉ cũ', phone: '0241234567' });
  expect(units.find((u) => u.id === ids[1])!.address).toBeUndefined();
  expect((await readTable(page, 'unitYears')).map((y) => `${y.unitId}:${y.year}:${y.members}`)).toEqual([`${ids[0]}:2019:12`]);
  // …and by the undo's.
  directory = await directoryAndRebuild(page);
  expect(directory.stored === directory.rebuilt, firstDifference(directory.stored, directory.rebuilt)).toBe(true);
  expect(directory.stored).not.toContain('HTX Mới Lập');
});

test('undo is refused when a record changed after the import, and can then be forced', async ({ page }) => {
  await importThroughWizard(
    page,
    'moi.xlsx',
    simpleWorkbook('xlsx', [
      ['Tên HTX', 'MST'],
      ['HTX Kim Thành', '0401111111'],
      ['HTX Hòa Thọ', '0402222222'],
    ]),
  );
  await openHarness(page);
  await page.evaluate(async () => {
    const { getDb } = await (window as any).harness.module('db/database');
    const { updateUnit } = await (window as any).harness.module('db/repositories/registry/units');
    const u = await getDb().units.where('taxCode').equals('0401111111').first();
    await updateUnit(u.id, { ...u, address: 'Sửa tay sau khi nhập' });
  });
  await page.goto('/index.html#/import/history');
  await page.getByTestId('import-undo').click();
  await confirmDialog(page, 'import-undo-confirm');
  await expect(page.getByTestId('import-undo-conflict')).toContainText('HTX Kim Thành');
  expect(await readTable(page, 'units')).toHaveLength(2);
  await page.goto('/index.html#/import/history');
  await page.getByTestId('import-undo').click();
  await confirmDialog(page, 'import-undo-confirm');
  await page.getByTestId('import-undo-force').click();
  await expect(page.getByTestId('import-history')).toContainText('Đã hoàn tác');
  expect(await readTable(page, 'units')).toHaveLength(0);
});

test('an error cell is fixed inline and the row is then imported; award history rows create awards and people', async ({ page }) => {
  await openHarness(page);
  await page.evaluate(async () => {
    const { createUnit } = await (window as any).harness.module('db/repositories/registry/units');
    await createUnit({ kind: 'htx', name: 'HTX Dương Liễu', taxCode: '0101234567', status: 'active', member: 0 });
  });
  const file = simpleWorkbook('xlsx', [
    ['STT', 'Năm', 'Tên tập thể, cá nhân', 'Hình thức khen thưởng', 'Số QĐ', 'Ngày QĐ', 'Cơ quan ban hành'],
    [1, 2022, 'HTX Dương Liễu', 'Bằng khen UBND Thành phố', '123/QĐ-UBND', '15/03/2022', 'UBND TP Hà Nội'],
    [2, 2023, 'Nguyễn Thị Hoa', 'Chiến sĩ thi đua cơ sở', '45/QĐ-LMHTX', '31/12/2O23', 'Liên minh HTX TP'],
  ]);
  await importThroughWizard(page, 'khen-thuong.xlsx', file, {
    atPreview: async () => {
      await expect(page.getByTestId('import-count-error')).toContainText('1');
      await expect(page.getByTestId('import-errors')).toContainText('dòng 3, cột F (Ngày QĐ)');
      await page.screenshot({ path: '.tmp/import-results/import-preview-errors.png', fullPage: true });
      await page.getByTestId('import-cell-error-F3').click();
      await page.getByTestId('import-edit-input').fill('31/12/2023');
      await page.getByRole('button', { name: 'Lưu và kiểm tra lại' }).click();
      await expect(page.getByTestId('import-count-error')).toContainText('0');
      await expect(page.getByTestId('import-count-new')).toContainText('2');
    },
  });
  const awards = await readTable(page, 'awards');
  const people = await readTable(page, 'people');
  const units = await readTable(page, 'units');
  expect(people).toHaveLength(1);
  expect(people[0]).toMatchObject({ fullName: 'Nguyễn Thị Hoa', origin: 'import', nameKey: 'nguyen thi hoa' });
  expect(awards.map((a) => [a.recipientKind, a.recipientId, a.year, a.awardName, a.decisionNumber, a.decisionDate]).sort()).toEqual([
    ['person', people[0].id, 2023, 'Chiến sĩ thi đua cơ sở', '45/QĐ-LMHTX', '2023-12-31'],
    ['unit', units[0].id, 2022, 'Bằng khen UBND Thành phố', '123/QĐ-UBND', '2022-03-15'],
  ]);
});

test('a changed column mapping is remembered for the next file with the same headers', async ({ page }) => {
  const headers = ['Tên HTX', 'MST', 'Ghi chú'];
  await openWizard(page);
  await chooseFile(page, 'dot-1.xlsx', simpleWorkbook('xlsx', [headers, ['HTX Một', '0101000001', 'không nhập cột này']]));
  await page.getByTestId('import-next').click();
  await page.getByTestId('import-next').click();
  await expect(page.getByTestId('import-mapping')).toContainText('không nhập cột này');
  await page.getByTestId('import-map-2').click();
  await page.keyboard.type('Không nhập');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('import-map-2')).toContainText('Không nhập');
  await page.screenshot({ path: '.tmp/import-results/import-mapping.png', fullPage: true });
  for (let i = 0; i < 2; i++) await page.getByTestId('import-next').click();
  // No province in the file: the office's province is chosen as the default (the wizard asks).
  await chooseOfficeProvinceIfAsked(page);
  await page.getByTestId('import-next').click();
  await page.screenshot({ path: '.tmp/import-results/import-preview.png', fullPage: true });
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-result')).toBeVisible();

  await page.getByRole('button', { name: 'Nhập tệp khác' }).click();
  await chooseFile(page, 'dot-2.xlsx', simpleWorkbook('xlsx', [headers, ['HTX Hai', '0101000002', 'cũng không nhập']]));
  await page.getByTestId('import-next').click();
  await page.getByTestId('import-next').click();
  await expect(page.getByText('Dùng lại cách ghép cột')).toBeVisible();
  await expect(page.getByTestId('import-map-2')).toContainText('Không nhập');
  for (let i = 0; i < 2; i++) await page.getByTestId('import-next').click();
  await chooseOfficeProvinceIfAsked(page);
  await page.getByTestId('import-next').click();
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-result')).toBeVisible();
  const units = await readTable(page, 'units');
  expect(units.map((u) => [u.name, u.notes])).toEqual(
    expect.arrayContaining([
      ['HTX Một', undefined],
      ['HTX Hai', undefined],
    ]),
  );
});

test('a file dropped anywhere on the window is opened', async ({ page }) => {
  await openWizard(page);
  const bytes = [
    ...simpleWorkbook('xlsx', [
      ['Tên HTX', 'MST'],
      ['HTX Thả Vào', '0101000009'],
    ]),
  ];
  await page.evaluate((b) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(b)], 'tha-vao.xlsx'));
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, bytes);
  await expect(page.getByTestId('import-preview')).toContainText('tha-vao.xlsx');
  await expect(page.getByTestId('import-grid')).toContainText('HTX Thả Vào');
});

test('award names are placed on the catalogue; an unplaced name is chosen by hand, stored with its code and remembered', async ({ page }) => {
  await openHarness(page);
  await page.evaluate(async () => {
    const { createUnit } = await (window as any).harness.module('db/repositories/registry/units');
    await createUnit({ kind: 'htx', name: 'HTX Dương Liễu', taxCode: '0101234567', status: 'active', member: 0 });
  });
  const awardFile = (year: number) =>
    simpleWorkbook('xlsx', [
      ['STT', 'Năm', 'Tên đơn vị', 'Hình thức khen thưởng', 'Số QĐ', 'Cơ quan ban hành'],
      [1, year, 'HTX Dương Liễu', 'BK UBND tỉnh', `1${year}/QĐ-UBND`, 'UBND tỉnh Hà Nam'],
      [2, year, 'HTX Dương Liễu', 'Giấy khen của Sở Nông nghiệp (năm ' + year + ')', `2${year}/QĐ-SNN`, 'Sở Nông nghiệp'],
      [3, year, 'HTX Dương Liễu', 'Danh hiệu HTX tiêu biểu', `3${year}/QĐ-LMHTX`, 'Liên minh HTX tỉnh'],
    ]);
  const names = page.getByTestId('import-award-names');
  const row = (text: string) => names.locator('tr', { hasText: text });
  await importThroughWizard(page, 'kt-2023.xlsx', awardFile(2023), {
    atPreview: async () => {
      await expect(row('BK UBND tỉnh')).toContainText('Bằng khen của Chủ tịch UBND tỉnh (tập thể)');
      await expect(row('Giấy khen của Sở')).toContainText('Giấy khen (tập thể)');
      await expect(row('HTX tiêu biểu')).toContainText('chưa khớp');
      await expect(names).toContainText('1 tên (1 dòng) chưa khớp mục nào của danh mục');
      await page.screenshot({ path: '.tmp/import-results/import-award-names.png', fullPage: true });
      await expect(async () => {
        await row('HTX tiêu biểu').locator('.ant-select').click();
        await page.keyboard.type('ton vinh');
        await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Tôn vinh HTX điển hình tiên tiến' }).click({ timeout: 3_000 });
      }).toPass({ timeout: 20_000 });
      await expect(row('HTX tiêu biểu')).toContainText('đã chọn');
      await expect(names).not.toContainText('chưa khớp mục nào');
    },
  });
  const stored = await readTable(page, 'awards');
  expect(stored.map((a) => [a.awardName, a.catalogCode, a.commendationType]).sort()).toEqual([
    ['BK UBND tỉnh', 'BK_TINH_TT', 'thuong_xuyen'],
    ['Danh hiệu HTX tiêu biểu', 'HTX_DHTT', 'chuyen_de'],
    ['Giấy khen của Sở Nông nghiệp (năm 2023)', 'GK_TT', 'thuong_xuyen'],
  ]);

  // The next year's file names the award the same way: placed as chosen last time.
  await importThroughWizard(page, 'kt-2024.xlsx', awardFile(2024), {
    atPreview: async () => {
      await expect(row('HTX tiêu biểu')).toContainText('Tôn vinh HTX điển hình tiên tiến');
      await expect(row('HTX tiêu biểu')).toContainText('đã chọn');
    },
  });
  const after = await readTable(page, 'awards');
  expect(
    after
      .filter((a) => a.year === 2024)
      .map((a) => a.catalogCode)
      .sort(),
  ).toEqual(['BK_TINH_TT', 'GK_TT', 'HTX_DHTT']);
});

test('rows hidden in an .xlsx (a filtered list) are skipped and said so; the user can include them', async ({ page }) => {
  const rows = [
    ['STT', 'Tên HTX', 'Mã số thuế', 'Xã/Phường'],
    [1, 'HTX Dương Liễu', '0101234567', 'Dương Liễu'],
    [2, 'HTX Cũ Đã Giải Thể', '0101234568', 'Dương Liễu'],
    [3, 'HTX Phú Thắng', '0109876543', 'Ba Vì'],
  ];
  for (const bookType of ['xlsx', 'xlsb'] as const) {
    await importThroughWizard(page, `loc.${bookType}`, simpleWorkbook(bookType, rows, 'Danh sách', [2]), {
      atPreview: async () => {
        await expect(page.getByTestId('import-hidden-rows')).toContainText('Tệp có 1 dòng dữ liệu đang bị ẩn');
        await expect(page.getByTestId('import-count-skipped')).toContainText('1');
        await expect(page.getByTestId('import-count-new')).toContainText('2');
        if (bookType === 'xlsb') {
          await page.screenshot({ path: '.tmp/import-results/import-hidden-rows.png' });
          await page.getByTestId('import-include-hidden').check();
          await expect(page.getByTestId('import-count-new')).toContainText('3');
        }
      },
    });
    const names = (await readTable(page, 'units')).map((u) => u.name).sort();
    expect(names).toEqual(bookType === 'xlsx' ? ['HTX Dương Liễu', 'HTX Phú Thắng'] : ['HTX Cũ Đã Giải Thể', 'HTX Dương Liễu', 'HTX Phú Thắng']);
    if (bookType === 'xlsx') {
      await page.evaluate(async () => {
        const { getDb } = await (window as any).harness.module('db/database');
        await getDb().units.clear();
      });
    }
  }
});

test('money in triệu đồng ("Đơn vị tính" line or a header) is stored in đồng; the unit can be corrected at mapping', async ({ page }) => {
  const file = simpleWorkbook('xlsx', [
    ['LIÊN MINH HTX TỈNH NAM ĐỊNH', null, null, null, null],
    ['SỐ LIỆU HTX NĂM 2024', null, null, null, null],
    [null, null, null, null, 'Đơn vị tính: triệu đồng'],
    ['Tên HTX', 'Mã số thuế', 'Doanh thu', 'Vốn điều lệ (nghìn đồng)', 'Lợi nhuận'],
    ['HTX Dương Liễu', '0101234567', '1.250,5', 800, 12],
  ]);
  await importThroughWizard(page, 'so-lieu.xlsx', file, {
    atMapping: async () => {
      const mapping = page.getByTestId('import-mapping');
      await expect(mapping.getByTestId('import-scale-2')).toContainText('triệu đồng');
      await expect(mapping.getByTestId('import-scale-3')).toContainText('nghìn đồng');
      await page.screenshot({ path: '.tmp/import-results/import-money-units.png' });
      // "Lợi nhuận" was in đồng after all: corrected by hand.
      await expect(async () => {
        await mapping.getByTestId('import-scale-4').click();
        await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: /^đồng$/ }).click({ timeout: 3_000 });
      }).toPass({ timeout: 20_000 });
      await expect(mapping.getByTestId('import-scale-4')).not.toContainText('triệu');
    },
  });
  const years = await readTable(page, 'unitYears');
  expect(years.map((y) => [y.year, y.revenue, y.charterCapital, y.profit])).toEqual([[2024, 1_250_500_000, 800_000, 12]]);
  const [batch] = await readTable(page, 'importBatches');
  expect(batch.mapping.filter((m: { scale?: number }) => m.scale).map((m: { header: string; scale: number }) => [m.header, m.scale])).toEqual([
    ['Doanh thu', 1_000_000],
    ['Vốn điều lệ (nghìn đồng)', 1_000],
  ]);
});

test('a wide report (merged header over one column per year) gives one unit-year per year, in đồng', async ({ page }) => {
  const ws = XLSX.utils.aoa_to_sheet([
    ['Tên HTX', 'Mã số thuế', 'Doanh thu (triệu đồng)', null, 'Số thành viên', null],
    [null, null, 'Năm 2023', 'Năm 2024', 'Năm 2023', 'Năm 2024'],
    ['HTX Dương Liễu', '0101234567', '1.200', '1.350,5', 40, 42],
    ['HTX Phú Thắng', '0109876543', 800, '-', 25, 26],
  ]);
  ws['!merges'] = [
    { s: { r: 0, c: 0 }, e: { r: 1, c: 0 } },
    { s: { r: 0, c: 1 }, e: { r: 1, c: 1 } },
    { s: { r: 0, c: 2 }, e: { r: 0, c: 3 } },
    { s: { r: 0, c: 4 }, e: { r: 0, c: 5 } },
  ];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, 'Số liệu');
  await importThroughWizard(page, 'so-lieu-nhieu-nam.xlsx', XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer, {
    atMapping: async () => {
      await expect(page.getByTestId('import-year-2')).toHaveText('2023');
      await expect(page.getByTestId('import-year-5')).toHaveText('2024');
      await expect(page.getByTestId('import-scale-3')).toContainText('triệu đồng');
      await expect(page.getByTestId('import-default-year')).toHaveCount(0);
      await page.screenshot({ path: '.tmp/import-results/import-wide-years.png' });
    },
  });
  const units = await readTable(page, 'units');
  const nameOf = new Map(units.map((u) => [u.id, u.name]));
  const years = await readTable(page, 'unitYears');
  expect(years.map((y) => [nameOf.get(y.unitId), y.year, y.revenue, y.members]).sort()).toEqual([
    ['HTX Dương Liễu', 2023, 1_200_000_000, 40],
    ['HTX Dương Liễu', 2024, 1_350_500_000, 42],
    ['HTX Phú Thắng', 2023, 800_000_000, 25],
    ['HTX Phú Thắng', 2024, 0, 26],
  ]);
});
