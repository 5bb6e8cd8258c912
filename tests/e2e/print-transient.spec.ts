import { test, expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { openHarness, pickOption, setUpOffice } from '../support/ui';

/**
 * Screen messages never reach paper: a toast still showing after an action, a modal and
 * its select popup left open, are hidden by the print styles of the app's global stylesheet.
 */

async function seedUnit(page: Page, name: string): Promise<string> {
  return page.evaluate(async (unitName) => {
    const h = (window as any).harness;
    const { seedCatalogAndRules } = await h.module('db/repositories/awards/catalog');
    const { createUnit } = await h.module('db/repositories/registry/units');
    await seedCatalogAndRules();
    const u = await createUnit({ kind: 'htx', name: unitName, status: 'active', member: 1, memberSince: 2015, leaderName: 'Võ Thị Sương' });
    return u.id as string;
  }, name);
}

/** page.pdf() with the document's own page size, read back with pdftotext (as the other print tests do). */
async function printedText(page: Page, file: string): Promise<string> {
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  return execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8');
}

async function openAwardHistory(page: Page, unitId: string) {
  await page.goto(`/index.html#/units/${unitId}`);
  await page.getByRole('tab', { name: 'Lịch sử khen thưởng' }).click();
  await expect(page.getByTestId('award-history')).toBeVisible();
}

test('a toast shown by an action is not printed on the document opened right after', async ({ page }, info) => {
  test.setTimeout(120_000); // UI journeys on a shared, loaded machine
  await setUpOffice(page);
  const unitId = await seedUnit(page, 'HTX Hòa Cường');
  await openAwardHistory(page, unitId);

  // A real action that ends with message.success ("Đã lưu khen thưởng."), then straight to the printable report.
  await page.getByRole('button', { name: 'Thêm khen thưởng' }).click();
  await pickOption(page, 'award_catalogCode', 'Bằng khen của Chủ tịch UBND tỉnh (tập thể)', 'bằng khen');
  await page.locator('#award_decisionNumber').fill('3456/QĐ-UBND');
  await page.getByRole('button', { name: 'Lưu' }).click();
  const toast = page.locator('.ant-message-notice', { hasText: 'Đã lưu khen thưởng.' }).last();
  // The toast lasts 3 s; hovering pauses its timer (antd pauseOnHover) so it is certainly on screen while
  // printing. On a loaded machine it may be gone before the hover: save the record again (same message).
  await expect(async () => {
    if (!(await toast.isVisible())) {
      await page.getByTestId('award-history').getByRole('button', { name: 'Sửa' }).first().click();
      await page.getByRole('button', { name: 'Lưu' }).click();
    }
    await toast.hover({ timeout: 2_000 });
    await page.waitForTimeout(3_500); // longer than the toast's duration: still there means paused
    await expect(toast).toBeVisible({ timeout: 100 });
  }).toPass({ timeout: 45_000 });
  // Keyboard, so the pointer stays on the toast and keeps it paused.
  await page.getByRole('link', { name: 'In báo cáo thành tích' }).press('Enter');
  await page.locator('.admin-doc__title').waitFor();
  await expect(page.locator('.admin-doc')).toContainText('3456/QĐ-UBND');
  await expect(toast).toBeVisible({ timeout: 100 });
  const file = info.outputPath('bao-cao-thanh-tich.pdf');
  const text = await printedText(page, file);
  expect(await toast.isVisible(), 'the toast was still on screen when the PDF was made').toBe(true);

  expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
  expect(text).toContain('BÁO CÁO THÀNH TÍCH');
  expect(text).toContain('HTX HÒA CƯỜNG');
  expect(text).toContain('3456/QĐ-UBND');
  expect(text).not.toContain('Đã lưu khen thưởng');
  expect(text).not.toContain('Quay lại'); // the screen-only toolbar stays off paper too
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, info.outputPath('bao-cao-thanh-tich')]);
});

test('an open modal, its mask and an open select popup are not printed from an ordinary screen', async ({ page }, info) => {
  test.setTimeout(120_000); // UI journeys on a shared, loaded machine
  await openHarness(page);
  const unitId = await seedUnit(page, 'HTX Dương Liễu');
  await openAwardHistory(page, unitId);
  await page.getByRole('button', { name: 'Thêm khen thưởng' }).click();
  const modal = page.locator('.ant-modal-wrap:visible');
  await expect(modal).toContainText('Loại hình khen thưởng');
  await page.locator('#award_catalogCode').click();
  const popup = page.locator('.ant-select-dropdown:visible');
  await expect(popup).toContainText('Giấy khen (tập thể)'); // a virtual list: only the first entries are rendered
  await expect(page.locator('.ant-modal-mask')).toBeVisible();

  const text = await printedText(page, info.outputPath('man-hinh-don-vi.pdf'));
  expect(text).toContain('HTX Dương Liễu'); // the screen itself prints
  expect(text).not.toContain('Loại hình khen thưởng'); // modal body
  expect(text).not.toContain('Ngày quyết định');
  expect(text).not.toContain('Giấy khen'); // select popup

  // Every kind of antd overlay on screen now is display:none under print media.
  await page.emulateMedia({ media: 'print' });
  for (const sel of ['.ant-modal-root', '.ant-modal-mask', '.ant-modal-wrap', '.ant-select-dropdown']) {
    const shown = await page.locator(sel).evaluateAll((els) => els.filter((e) => getComputedStyle(e).display !== 'none').length);
    expect(shown, `${sel} hidden in print`).toBe(0);
  }
  await page.emulateMedia({ media: 'screen' });
  await expect(popup).toBeVisible(); // screen unchanged
});
