import { test, expect } from '@playwright/test';
import { openHarness } from '../support/ui';

test('award history on no catalogue entry is offered for placement and placed, honouring names placed by hand on import', async ({ page }) => {
  await openHarness(page);
  await page.evaluate(async () => {
    const h = (window as any).harness;
    const { createUnit } = await h.module('db/repositories/registry/units');
    const { addAward } = await h.module('db/repositories/awards/awardHistory');
    const { seedCatalogAndRules } = await h.module('db/repositories/awards/catalog');
    const { putSetting } = await h.module('db/repositories/registry/settings');
    const { awardNameChoiceKey } = await h.module('domain/awards/catalogMatch');
    await seedCatalogAndRules();
    const unit = await createUnit({ kind: 'htx', name: 'HTX Dương Liễu', status: 'active', member: 0 });
    // As an older version stored imported history: names kept, no catalogue code.
    const old = (year: number, awardName: string) =>
      addAward({ year, recipientKind: 'unit', recipientId: unit.id, catalogCode: '', awardName, commendationType: 'thuong_xuyen' });
    await old(2021, 'BK UBND tỉnh');
    await old(2022, 'Huân chương Lao động hạng 3');
    await old(2023, 'Bằng khen đột xuất của Chủ tịch UBND tỉnh');
    await old(2023, 'HTX tiêu biểu');
    await old(2024, 'Giải thưởng Bông lúa vàng');
    await putSetting('import.awardNameChoices', { [awardNameChoiceKey('unit', 'HTX tiêu biểu')]: 'HTX_DHTT' }, 'test');
  });
  await page.goto('/index.html#/catalog');
  const alert = page.getByTestId('catalog-unplaced');
  await expect(alert).toContainText('5 khen thưởng trong lịch sử chưa thuộc mục nào');
  await page.screenshot({ path: '.tmp/import-results/catalog-unplaced.png' });
  await alert.getByRole('button', { name: 'Xếp vào danh mục' }).click();
  await expect(page.getByText('Đã xếp 4 trong 5 khen thưởng vào danh mục; 1 khen thưởng vẫn chưa khớp')).toBeVisible();
  await expect(alert).toContainText('1 khen thưởng trong lịch sử chưa thuộc mục nào');

  await openHarness(page);
  const stored = await page.evaluate(async () => {
    const { getDb } = await (window as any).harness.module('db/database');
    return (await getDb().awards.toArray()).map((a: any) => [a.year, a.catalogCode, a.commendationType]).sort();
  });
  expect(stored).toEqual([
    [2021, 'BK_TINH_TT', 'thuong_xuyen'],
    [2022, 'HCLD3_TT', 'thuong_xuyen'],
    [2023, 'BK_TINH_TT', 'dot_xuat'],
    [2023, 'HTX_DHTT', 'chuyen_de'],
    [2024, '', 'thuong_xuyen'],
  ]);
});
