import { test, expect, type Page } from '@playwright/test';
import { openHarness, pickOption } from '../support/ui';

/**
 * Award entry: picking a catalogue entry sets "Loại hình khen thưởng" from the entry
 * (chuyên đề awards must not count toward consecutive-year chains); the user may still change it.
 */

const typeSelect = (page: Page) => page.locator('.ant-select:has(#award_commendationType)');

/** The stored records, read through the harness page (same origin, same IndexedDB). */
async function storedTypes(page: Page, kind: 'unit' | 'person', id: string): Promise<string[]> {
  await openHarness(page);
  return page.evaluate(
    async ([k, i]) => {
      const { listAwardsFor } = await (window as any).harness.module('db/repositories/awards/awardHistory');
      const rows = await listAwardsFor(k, i);
      return rows.map((a: any) => `${a.year} ${a.catalogCode} ${a.commendationType}`).sort();
    },
    [kind, id] as const,
  );
}

test('unit award: the catalogue entry sets the commendation type; a later change by the user is kept', async ({ page }) => {
  test.setTimeout(120_000); // UI journeys on a shared, loaded machine
  await openHarness(page);
  const unitId = await page.evaluate(async () => {
    const h = (window as any).harness;
    await (await h.module('db/repositories/awards/catalog')).seedCatalogAndRules();
    const u = await (
      await h.module('db/repositories/registry/units')
    ).createUnit({ kind: 'htx', name: 'HTX Điển Hình', status: 'active', member: 1, memberSince: 2015 });
    return u.id as string;
  });
  await page.goto(`/index.html#/units/${unitId}`);
  await page.getByRole('tab', { name: 'Lịch sử khen thưởng' }).click();

  await page.getByRole('button', { name: 'Thêm khen thưởng' }).click();
  await expect(typeSelect(page)).toContainText('Thường xuyên (công trạng)'); // the new-record default
  await pickOption(page, 'award_catalogCode', 'Tôn vinh HTX điển hình tiên tiến', 'tôn vinh');
  await expect(typeSelect(page)).toContainText('Theo đợt, chuyên đề');
  await expect(page.locator('.ant-modal-wrap:visible')).toContainText('Theo danh mục: Theo đợt, chuyên đề');
  // Another entry: its own type replaces the previous one.
  await pickOption(page, 'award_catalogCode', 'Giấy khen (tập thể)', 'giấy khen');
  await expect(typeSelect(page)).toContainText('Thường xuyên (công trạng)');
  await pickOption(page, 'award_catalogCode', 'Tôn vinh HTX điển hình tiên tiến', 'tôn vinh');
  await expect(typeSelect(page)).toContainText('Theo đợt, chuyên đề');
  await page.locator('#award_year').fill('2024');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.locator('.ant-modal-wrap:visible')).toHaveCount(0);
  await expect(page.getByTestId('award-history').locator('tbody')).toContainText('Theo đợt, chuyên đề');

  // The user overrides the entry's type: what was chosen is saved.
  await page.getByRole('button', { name: 'Thêm khen thưởng' }).click();
  await pickOption(page, 'award_catalogCode', 'Tôn vinh HTX điển hình tiên tiến', 'tôn vinh');
  await expect(typeSelect(page)).toContainText('Theo đợt, chuyên đề');
  await pickOption(page, 'award_commendationType', 'Đột xuất');
  await page.locator('#award_year').fill('2025');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.locator('.ant-modal-wrap:visible')).toHaveCount(0);
  const rows = page.getByTestId('award-history').locator('tbody tr');
  await expect(rows.filter({ hasText: '2025' })).toContainText('Đột xuất');
  await expect(rows.filter({ hasText: '2024' })).toContainText('Theo đợt, chuyên đề');

  // Opening a stored record keeps its type: only picking an entry sets it.
  await rows.filter({ hasText: '2025' }).getByRole('button', { name: 'Sửa' }).click();
  await expect(typeSelect(page)).toContainText('Đột xuất');
  await page.getByRole('button', { name: 'Hủy' }).click();
  expect(await storedTypes(page, 'unit', unitId)).toEqual(['2024 HTX_DHTT chuyen_de', '2025 HTX_DHTT dot_xuat']);
});

test('person award: a quá trình cống hiến entry sets that type', async ({ page }) => {
  test.setTimeout(120_000); // UI journeys on a shared, loaded machine
  await openHarness(page);
  const personId = await page.evaluate(async () => {
    const h = (window as any).harness;
    await (await h.module('db/repositories/awards/catalog')).seedCatalogAndRules();
    const p = await (
      await h.module('db/repositories/awards/people')
    ).createPerson({ fullName: 'Lê Thị Mai', gender: 'nu', birthYear: 1970, position: 'Chủ tịch HĐQT' });
    return p.id as string;
  });
  await page.goto(`/index.html#/people/${personId}`);
  await page.getByRole('tab', { name: 'Lịch sử khen thưởng' }).click();
  await page.getByRole('button', { name: 'Thêm khen thưởng' }).click();
  await pickOption(page, 'award_catalogCode', 'Kỷ niệm chương của Liên minh HTX Việt Nam', 'kỷ niệm');
  await expect(typeSelect(page)).toContainText('Quá trình cống hiến');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.locator('.ant-modal-wrap:visible')).toHaveCount(0);
  expect((await storedTypes(page, 'person', personId))[0]).toMatch(/ KNC_LMVN cong_hien$/);
});
