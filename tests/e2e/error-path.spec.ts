import { test, expect, type Page } from '@playwright/test';
import { openHarness } from '../support/ui';

/** The one error path (domain/errors.ts, ui/showError.ts): a failed delete is shown, never lost. */

async function seedPersonWithAward(page: Page): Promise<string> {
  await openHarness(page);
  return page.evaluate(async () => {
    const people = await window.harness.module('db/repositories/awards/people');
    const awards = await window.harness.module('db/repositories/awards/awardHistory');
    const p = await people.createPerson({ fullName: 'Nguyễn Văn Thử', gender: 'nam' });
    await awards.addAward({
      year: 2024,
      recipientKind: 'person',
      recipientId: p.id,
      catalogCode: '',
      awardName: 'Giấy khen',
      commendationType: 'thuong_xuyen',
    });
    return p.id as string;
  });
}

/** Confirms the open "Xóa" popover until the message shows: a click during the popover's opening animation can be lost on a loaded machine. */
async function confirmUntilMessage(page: Page, text: string): Promise<void> {
  await expect(async () => {
    const popover = page.locator('.ant-popover:visible');
    if (await popover.count()) await popover.getByRole('button', { name: 'Xóa' }).click({ timeout: 2_000 });
    await expect(page.locator('.ant-message-notice').last()).toContainText(text, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
}

test("a refused delete shows the repository's Vietnamese message (UserError through the Dexie transaction)", async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const id = await seedPersonWithAward(page);
  await page.goto(`/index.html#/people/${id}`);
  await expect(page.getByTestId('person-name')).toHaveText('Nguyễn Văn Thử');
  await page.getByRole('button', { name: 'Xóa', exact: true }).first().click();
  await confirmUntilMessage(page, 'Không xóa được "Nguyễn Văn Thử": đã có 1 khen thưởng và 0 đề nghị.');
  const toast = page.locator('.ant-message-notice').last();
  await expect(toast).not.toContainText('không mong đợi');
  await expect(page.getByTestId('person-name')).toHaveText('Nguyễn Văn Thử');
  expect(errors).toEqual([]);
});

test('a delete that fails unexpectedly shows "Đã xảy ra lỗi không mong đợi" with details, and nothing is deleted', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const id = await seedPersonWithAward(page);
  await page.goto(`/index.html#/people/${id}`);
  await page.getByRole('tab', { name: 'Lịch sử khen thưởng' }).click();
  const row = page.getByTestId('award-history').locator('tr', { hasText: 'Giấy khen' });
  await expect(row).toBeVisible();
  // The storage refuses every delete (as a full or broken disk would).
  await page.evaluate(() => {
    IDBObjectStore.prototype.delete = function () {
      throw new DOMException('Ổ đĩa giả lập bị lỗi', 'UnknownError');
    };
  });
  await row.getByRole('button', { name: 'Xóa' }).click();
  await confirmUntilMessage(page, 'Đã xảy ra lỗi không mong đợi:');
  await expect(row).toBeVisible();
  expect(errors).toEqual([]);
});
