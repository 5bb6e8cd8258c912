import type { Page } from '@playwright/test';

/**
 * Opens the harness and leaves `file` in the page as `window.__benchFile` (a Uint8Array), so
 * benches that feed a spreadsheet to the import worker decode it one way.
 */
export async function openHarnessWithFile(page: Page, file: Buffer): Promise<void> {
  await page.goto('/harness.html');
  await page.waitForFunction(() => (window as any).harness?.ready === true);
  await page.evaluate((b64) => {
    const bin = atob(b64);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    (window as any).__benchFile = bytes;
  }, file.toString('base64'));
}
