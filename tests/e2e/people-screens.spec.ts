import { test, expect } from '@playwright/test';
import { openHarness, pickOption } from '../support/ui';

/** People, their award history, ratings and initiatives through the real screens; catalogue seeding. */

test('people: add a person, search without diacritics, record an award by hand, a rating and an initiative', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/index.html#/people');
  await page.getByRole('button', { name: 'Thêm cá nhân' }).click();
  await page.locator('#person_fullName').fill('  Đặng   Thị Lụa ');
  await pickOption(page, 'person_gender', 'Nữ');
  await page.locator('#person_birthYear').fill('1985');
  await page.locator('#person_position').fill('Phó Giám đốc');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByTestId('person-name')).toHaveText('Đặng Thị Lụa'); // spaces cleaned

  await page.getByRole('tab', { name: 'Lịch sử khen thưởng' }).click();
  const history = page.getByTestId('award-history');
  await history.getByRole('button', { name: 'Thêm khen thưởng' }).click();
  await page.locator('#award_year').fill('2024');
  await pickOption(page, 'award_catalogCode', 'Chiến sĩ thi đua cơ sở', 'chien si thi dua co so'); // no diacritics typed
  await page.locator('#award_decisionNumber').fill('12/QĐ-LMHTX');
  await page.locator('#award_decisionDate').fill('31/02/2024');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.locator('.ant-form-item-explain-error')).toContainText('Ngày quyết định không hợp lệ');
  await page.locator('#award_decisionDate').fill('20/12/2024');
  await page.getByRole('button', { name: 'Lưu' }).click();
  const row = history.locator('tr', { hasText: '12/QĐ-LMHTX' });
  await expect(row).toContainText('Chiến sĩ thi đua cơ sở');
  await expect(row).toContainText('20/12/2024');
  await expect(row).toContainText('Nhập tay');

  await page.getByText('Xếp loại hoàn thành nhiệm vụ hằng năm').click();
  await page.getByLabel('Năm xếp loại').fill('2024');
  await page.getByRole('button', { name: 'Ghi xếp loại' }).click();
  await expect(page.getByTestId('ratings').locator('tr', { hasText: '2024' })).toContainText('Hoàn thành tốt nhiệm vụ');

  await page.getByRole('tab', { name: 'Sáng kiến' }).click();
  await page.getByRole('button', { name: 'Thêm sáng kiến' }).click();
  await page.locator('#initiative_title').fill('Ứng dụng tưới nhỏ giọt');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByTestId('initiatives')).toContainText('Ứng dụng tưới nhỏ giọt');
  await expect(page.getByTestId('initiatives')).toContainText('Chưa dùng');

  // Diacritic-insensitive search on the list.
  await page.goto('/index.html#/people');
  await page.getByPlaceholder('Tìm theo họ tên, chức vụ').fill('dang thi lua');
  await expect(page.locator('.ant-table-row')).toHaveCount(1);
  await expect(page.locator('.ant-table-row')).toContainText('Đặng Thị Lụa');
  await page.getByPlaceholder('Tìm theo họ tên, chức vụ').fill('nguyen');
  await expect(page.locator('.ant-table-row')).toHaveCount(0);

  // The award sits in the database with the audit entry written in the same transaction.
  await openHarness(page);
  const stored = await page.evaluate(async () => {
    const { getDb } = await (window as any).harness.module('db/database');
    const db = getDb();
    const awards = await db.awards.toArray();
    const log = await db.auditLog.where('table').equals('awards').toArray();
    return { awards: awards.map((a: any) => [a.year, a.catalogCode, a.decisionDate, a.source]), log: log.map((l: any) => l.summary) };
  });
  expect(stored.awards).toEqual([[2024, 'CSTDCS', '2024-12-20', 'manual']]);
  expect(stored.log).toEqual(['Thêm khen thưởng "Chiến sĩ thi đua cơ sở" năm 2024']);
});

test('catalogue: seeded on first start, idempotent, user edits survive a restart; council threshold editable', async ({ page }) => {
  await page.goto('/index.html#/catalog');
  await expect(page.locator('tr', { hasText: 'CSTD_TQ' })).toContainText('90% tổng số thành viên Hội đồng');
  await page.locator('tr', { hasText: 'CSTDCS' }).getByRole('button', { name: 'Sửa' }).click();
  await page.locator('#catalogEntry_councilPercent').fill('75');
  await pickOption(page, 'catalogEntry_councilBase', 'số thành viên có mặt');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.locator('tr', { hasText: 'CSTDCS' }).first()).toContainText('75% số thành viên có mặt');

  // Rules of an entry, described in Vietnamese, with their legal period.
  await page.locator('tr', { hasText: 'CSTD_TINH' }).locator('.ant-table-row-expand-icon').click();
  await expect(page.getByText('03 lần liên tục Chiến sĩ thi đua cơ sở').first()).toBeVisible();
  await expect(page.getByText('Căn cứ: Luật Thi đua, khen thưởng 2022; Nghị định 98/2023/NĐ-CP').first()).toBeVisible();
  await expect(page.getByTestId('rule-chain-clauses').first()).toContainText('Điều 5 khoản 2 điểm c');

  await page.reload(); // start-up seeding runs again
  await expect(page.locator('tr', { hasText: 'CSTDCS' }).first()).toContainText('75% số thành viên có mặt');
  await openHarness(page);
  const counts = await page.evaluate(async () => {
    const { seedCatalogAndRules } = await (window as any).harness.module('db/repositories/awards/catalog');
    const again = await seedCatalogAndRules();
    const { getDb } = await (window as any).harness.module('db/database');
    return { again, catalog: await getDb().table('catalog').count(), rules: await getDb().table('eligibilityRules').count() };
  });
  expect(counts.again).toEqual({ catalog: 0, rules: 0, replaced: 0 });
  expect(counts.catalog).toBe(26); // 23 + Huân chương Lao động hạng Nhì, Nhất (cá nhân) and Ngôi sao HTX
  expect(counts.rules).toBeGreaterThan(100);
});

test('unit detail screen: award history section lists, adds and deletes awards of the unit', async ({ page }) => {
  await openHarness(page);
  const unitId = await page.evaluate(async () => {
    const h = (window as any).harness;
    const { seedCatalogAndRules } = await h.module('db/repositories/awards/catalog');
    const { createUnit } = await h.module('db/repositories/registry/units');
    const { addAward } = await h.module('db/repositories/awards/awardHistory');
    await seedCatalogAndRules();
    const u = await createUnit({ kind: 'htx', name: 'HTX Kim Thành', status: 'active', member: 0 });
    await addAward({ year: 2022, recipientKind: 'unit', recipientId: u.id, catalogCode: 'GK_TT', decisionNumber: '88/QĐ-LMHTX', commendationType: 'dot_xuat' });
    return u.id as string;
  });
  await page.goto(`/index.html#/units/${unitId}`);
  await page.getByRole('tab', { name: 'Lịch sử khen thưởng' }).click();
  const history = page.getByTestId('award-history');
  await expect(history.locator('tr', { hasText: '88/QĐ-LMHTX' })).toContainText('Đột xuất');
  await history.getByRole('button', { name: 'Thêm khen thưởng' }).click();
  await page.locator('#award_year').fill('2024');
  await pickOption(page, 'award_catalogCode', 'Bằng khen của Chủ tịch UBND tỉnh (tập thể)', 'bang khen tinh');
  await page.locator('#award_decisionNumber').fill('1234/QĐ-UBND');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(history.locator('tbody tr')).toHaveCount(2);
  await expect(history.locator('tbody tr').first()).toContainText('2024'); // newest first
  await history.locator('tr', { hasText: '88/QĐ-LMHTX' }).getByRole('button', { name: 'Xóa' }).click();
  await page.getByRole('button', { name: 'Xóa', exact: true }).last().click();
  await expect(history.locator('tbody tr')).toHaveCount(1);
  await expect(history).not.toContainText('88/QĐ-LMHTX');
  await expect(history.getByRole('link', { name: 'In báo cáo thành tích' })).toBeVisible();
});
