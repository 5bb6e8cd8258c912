import { test, expect, type Page } from '@playwright/test';
import { openHarness } from '../support/ui';

/**
 * Searching "HTX Đồng Phú" among ~70 units named "… Đồng Phú …" listed the exact unit
 * somewhere down an alphabetical list. Exact and prefix name matches now come first, in the
 * registry list and in the unit pickers.
 */

const EXACT = 'HTX Đồng Phú';
/** Names that sort before "HTX Đồng Phú" in Vietnamese order (a, b, c, d before đ). */
const TRADES = ['an toàn', 'bò sữa', 'cây ăn quả', 'chăn nuôi', 'dịch vụ nông nghiệp', 'dâu tằm', 'cơ khí'];

/** Seeds 70 units, 68 of them found by "HTX Đồng Phú"; returns the number with "Đồng Phú" in their name. */
async function seedUnits(page: Page): Promise<number> {
  await openHarness(page);
  return page.evaluate(
    async ({ exact, trades }) => {
      const units = await window.harness.module('db/repositories/registry/units');
      const names: string[] = [];
      for (let i = 1; i <= 63; i++) names.push(`HTX ${trades[i % trades.length]} Đồng Phú ${i}`);
      names.push('HTX Đồng Phú Hưng', 'HTX Phú Đồng', 'THT Đồng Phú', 'Hợp tác xã Đồng Phú Xuân', 'Tổ hợp tác rau Đồng Phú');
      for (const name of names) await units.createUnit({ kind: name.startsWith('T') ? 'tht' : 'htx', name, status: 'active', member: 0 });
      await units.createUnit({ kind: 'htx', name: exact, taxCode: '0500234573', status: 'active', member: 0 });
      await units.createUnit({ kind: 'htx', name: 'HTX Dương Liễu', taxCode: '0500423111', status: 'active', member: 0 });
      return names.length + 1;
    },
    { exact: EXACT, trades: TRADES },
  );
}

test('registry list: the unit named exactly as typed is the first row, even after scrolling', async ({ page }) => {
  test.setTimeout(90_000);
  const named = await seedUnits(page);
  expect(named).toBe(69);
  await page.setViewportSize({ width: 1400, height: 700 });
  await page.goto('/index.html#/units');
  const counts = page.getByTestId('unit-counts');
  await expect(counts).toHaveText('70 đơn vị: 68 HTX, 2 THT');
  const rows = page.locator('[data-testid=unit-table] .wtable__row');

  // Without a query the list stays in Vietnamese order: the exact unit is far down, out of view.
  // ("Hợp" sorts before "HTX": ơ comes before t.)
  await expect(rows.first().getByRole('link')).toHaveText('Hợp tác xã Đồng Phú Xuân');
  await expect(rows.nth(1).getByRole('link')).toHaveText('HTX an toàn Đồng Phú 7');
  await expect(page.getByRole('link', { name: EXACT, exact: true })).toHaveCount(0);

  // Scroll down a little, then search: the list goes back to the top where the best match is.
  await page.locator('[data-testid=unit-table] .wtable__body').first().hover();
  await page.mouse.wheel(0, 600);
  await expect(rows.first()).not.toContainText('Hợp tác xã Đồng Phú Xuân');
  await page.getByLabel('Tìm đơn vị').fill(EXACT);
  // All but "HTX Dương Liễu" and "Tổ hợp tác rau Đồng Phú" (no HTX word, and its name goes on after "rau").
  await expect(counts).toHaveText('68 đơn vị: 67 HTX, 1 THT (trong tổng 70)');
  await expect(rows.first()).toContainText(`${EXACT}0500234573`);
  await expect(rows.first().getByRole('link')).toHaveText(EXACT);
  await expect(rows.first()).toBeInViewport();
  // Then names starting with it, then the "Hợp tác xã" spelling of the same start.
  await expect(rows.nth(1).getByRole('link')).toHaveText('Hợp tác xã Đồng Phú Xuân');
  await expect(rows.nth(2).getByRole('link')).toHaveText('HTX Đồng Phú Hưng');
  await page.screenshot({ path: test.info().outputPath('registry-search-rank.png') });

  // Without diacritics, with the kind spelled out: the same unit first.
  for (const q of ['htx dong phu', 'hop tac xa dong phu', 'Đồng Phú']) {
    await page.getByLabel('Tìm đơn vị').fill(q);
    await expect(rows.first().getByRole('link'), q).toHaveText(EXACT);
  }
  // Word search is unchanged: "duong lieu" still finds "HTX Dương Liễu".
  await page.getByLabel('Tìm đơn vị').fill('duong lieu');
  await expect(counts).toHaveText('1 đơn vị: 1 HTX (trong tổng 70)');
  await expect(rows.first().getByRole('link')).toHaveText('HTX Dương Liễu');
  // Clearing the search gives back the Vietnamese order.
  await page.getByLabel('Tìm đơn vị').fill('');
  await expect(counts).toHaveText('70 đơn vị: 68 HTX, 2 THT');
  await expect(rows.first().getByRole('link')).toHaveText('Hợp tác xã Đồng Phú Xuân');
});

test('unit pickers: the unit named exactly as typed is the first option', async ({ page }) => {
  test.setTimeout(90_000);
  await seedUnits(page);
  const { id: movementId } = await page.evaluate(async () => {
    const movements = await window.harness.module('db/repositories/emulation/movements');
    return movements.createMovement({
      name: 'Phong trào thử tìm kiếm',
      periodFrom: '2025-01-01',
      periodTo: '2025-12-31',
      level: 'alliance',
      launchingBody: 'Liên minh HTX',
      content: '',
      criteriaText: '',
      status: 'open',
    });
  });
  const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');

  // Person form: the unit of a person (nomination recipient picker).
  await page.goto('/index.html#/people');
  await page.getByRole('button', { name: 'Thêm cá nhân' }).click();
  await page.locator('#person_unitId').fill(EXACT);
  await expect(options.first()).toHaveText(EXACT);
  await expect(options.nth(1)).toHaveText('Hợp tác xã Đồng Phú Xuân');
  await page.locator('#person_unitId').fill('hop tac xa dong phu');
  await expect(options.first()).toHaveText(EXACT);

  // Movement registration: the registry unit picker (name and tax code).
  await page.goto(`/index.html#/movements/${movementId}`);
  await page.getByRole('button', { name: 'Thêm đăng ký' }).click();
  const dialog = page.getByRole('dialog', { name: 'Đăng ký thi đua' });
  await dialog.getByRole('combobox').fill('htx dong phu');
  await expect(options.first()).toHaveText(`${EXACT} (0500234573)`);
  await dialog.getByRole('combobox').fill('duong lieu');
  await expect(options.first()).toHaveText('HTX Dương Liễu (0500423111)');
  await expect(options).toHaveCount(1);
});
