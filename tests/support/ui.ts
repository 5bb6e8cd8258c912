import { expect, type Locator, type Page } from '@playwright/test';

/** Opens the test harness page and waits until window.harness can load modules. */
export async function openHarness(page: Page): Promise<void> {
  await page.goto('/harness.html');
  await page.waitForFunction(() => (window as any).harness?.ready === true);
}

/** Clicks a confirmation dialog's button until the dialog is gone: a click during its opening animation can be lost on a loaded machine. */
export async function confirmDialog(page: Page, testId: string): Promise<void> {
  const button = page.getByTestId(testId);
  await expect(async () => {
    if (await button.count()) await button.click({ timeout: 2_000 });
    await expect(button).toHaveCount(0, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
}

/** Picks an option of an antd Select; retried because a click during the open animation can be lost. */
export async function pickOption(page: Page, selectId: string, text: string, typed?: string): Promise<void> {
  await expect(async () => {
    await page.locator(`#${selectId}`).click();
    if (typed) await page.locator(`#${selectId}`).fill(typed);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first().click({ timeout: 3_000 });
    await expect(page.locator(`.ant-select:has(#${selectId})`)).toContainText(text, { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
}

/**
 * Opens an antd Select through `opener` (its input, label or root) and picks the option showing
 * `text`, retried until the Select shows it: a click during the open animation can be lost.
 */
export async function chooseOption(page: Page, opener: Locator, text: string | RegExp): Promise<void> {
  const select = opener.locator('xpath=ancestor-or-self::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]');
  await expect(async () => {
    if (!(await page.locator('.ant-select-dropdown:visible').count())) await opener.click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: text }).first().click({ timeout: 3_000 });
    await expect(select).toContainText(text, { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
}

/**
 * An office that finished the first-start setup: saves the stored profile (the Hà Nội defaults
 * unless a test saved its own), so documents print. Leaves the page on the harness.
 */
export async function setUpOffice(page: Page): Promise<void> {
  await openHarness(page);
  await page.evaluate(async () => {
    const s = await (window as any).harness.module('db/repositories/registry/settings');
    if ((await s.getOfficeSetupState()) !== 'done') await s.saveOfficeProfile(await s.getOfficeProfile());
  });
}

/** Page errors and console errors (an unhandled rejection shows as "Uncaught (in promise)"). */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(`console: ${m.text()}`);
  });
  return errors;
}
