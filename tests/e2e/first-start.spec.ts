import { test, expect, type Page } from '@playwright/test';
import { openHarness, pickOption } from '../support/ui';

/**
 * Office-ready: the first start asks for the office profile (instead of printing Hà Nội defaults),
 * documents ask for it before printing or a Word export, the setup can be put off to look around
 * with demo data (recent years, today's communes, loaded with a counted progress), the load-test
 * generator is off the menu but reachable by its address, and index.html shows a loading indicator
 * (and the web build an icon) before React mounts.
 */

test.use({ viewport: { width: 1366, height: 768 } });

/** Records every text the progress line shows, however briefly it is on screen. */
async function watchProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = ((window as any).__progressSeen = []);
    new MutationObserver(() => {
      const el = document.querySelector('[data-testid=work-progress]');
      if (el?.textContent && seen.at(-1) !== el.textContent) seen.push(el.textContent);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

const progressSeen = (page: Page) => page.evaluate(() => (window as any).__progressSeen as string[]);

test('first start opens the setup; a document asks for it first, then prints with the answers', async ({ page }, info) => {
  test.setTimeout(120_000);
  await openHarness(page);
  const roundId = await page.evaluate(async () => {
    const h = (window as any).harness;
    await (await h.module('db/repositories/awards/catalog')).seedCatalogAndRules();
    const rounds = await h.module('db/repositories/awards/rounds');
    const r = await rounds.createRound({ name: 'Khen thưởng tổng kết năm 2025', year: 2025, type: 'nam', letterNumber: '5', letterDate: '2026-01-05' });
    return r.id as string;
  });

  // The home address of a fresh database opens the setup, not the registry.
  await page.goto('/index.html');
  await expect(page.getByRole('heading', { name: 'Thiết lập ban đầu', level: 4 })).toBeVisible({ timeout: 30_000 });
  await expect(page).toHaveURL(/#\/setup$/);
  await expect(page.locator('#allianceName')).toHaveValue('');
  await page.screenshot({ path: info.outputPath('thiet-lap-ban-dau.png') });

  // A document before the setup: a notice with a link, nothing to print, and the Word export asks too.
  await page.goto(`/index.html#/print/nominations/${roundId}/letter`);
  const notice = page.getByTestId('office-setup-required');
  await expect(notice).toContainText('Cần hoàn tất thông tin cơ quan trước khi in văn bản');
  await expect(page.locator('.admin-doc')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'In', exact: true })).toBeDisabled();
  await expect(page.getByRole('button', { name: /Lưu PDF/ })).toBeDisabled();
  await page.getByRole('button', { name: 'Tải Word (.docx)' }).click();
  const modal = page.locator('.ant-modal');
  await expect(modal.getByTestId('office-setup-required')).toBeVisible();
  await page.screenshot({ path: info.outputPath('word-can-thiet-lap.png') });
  await modal.getByRole('button', { name: 'Đóng' }).click();
  await expect(modal).toHaveCount(0);
  await notice.getByTestId('office-setup-link').click();
  await expect(page).toHaveURL(/#\/setup\?back=/);

  // Province found without diacritics; the letterhead lines follow level and province.
  await pickOption(page, 'provinceCode', 'Nghệ An', 'nghe an');
  await expect(page.locator('#allianceName')).toHaveValue('LIÊN MINH HỢP TÁC XÃ TỈNH NGHỆ AN');
  await expect(page.locator('#parentBody')).toHaveValue('UBND TỈNH NGHỆ AN');
  await expect(page.locator('#placeName')).toHaveValue('Nghệ An');
  await page.getByLabel('Liên minh HTX Việt Nam').check();
  await expect(page.locator('#allianceName')).toHaveValue('LIÊN MINH HỢP TÁC XÃ VIỆT NAM');
  await expect(page.locator('#documentPrefix')).toHaveValue('LMHTXVN');
  await page.getByLabel('Liên minh HTX tỉnh/thành phố').check();
  await expect(page.locator('#allianceName')).toHaveValue('LIÊN MINH HỢP TÁC XÃ TỈNH NGHỆ AN');
  await expect(page.locator('#documentPrefix')).toHaveValue('LMHTX');

  // Saving needs the signer; a vice-chair signs for the chair.
  await page.getByRole('button', { name: 'Lưu và bắt đầu' }).click();
  await expect(page.locator('#leaderName_help')).toHaveText('Nhập họ tên người ký.');
  await page.locator('#leaderName').fill('Trần Thị Mai');
  await page.locator('#leaderTitle').fill('PHÓ CHỦ TỊCH');
  await page.locator('#leaderTitle').press('Escape');
  await expect(page.getByTestId('setup-signature-preview')).toContainText('KT. CHỦ TỊCH');
  await expect(page.getByTestId('setup-signature-preview')).toContainText('PHÓ CHỦ TỊCH');
  await page.screenshot({ path: info.outputPath('thiet-lap-da-dien.png'), fullPage: true });
  await page.getByRole('button', { name: 'Lưu và bắt đầu' }).click();

  // Back on the document, now printed with the answers.
  await expect(page).toHaveURL(new RegExp(`#/print/nominations/${roundId}/letter$`));
  const doc = page.locator('.admin-doc');
  await expect(doc).toContainText('UBND TỈNH NGHỆ AN');
  await expect(doc).toContainText('LIÊN MINH HỢP TÁC XÃ TỈNH NGHỆ AN');
  await expect(doc).toContainText('Nghệ An, ngày');
  await expect(doc).toContainText('TTr-LMHTX');
  await expect(doc.getByTestId('signature').last()).toContainText('KT. CHỦ TỊCH');
  await expect(doc).toContainText('Trần Thị Mai');
  await expect(page.getByRole('button', { name: 'In', exact: true })).toBeEnabled();

  // Later starts open the app as usual.
  await page.goto('/index.html');
  await expect(page).toHaveURL(/#\/units$/, { timeout: 30_000 });
});

test('setup put off: demo data with progress, recent years and today’s communes; the generator is off the menu', async ({ page }, info) => {
  test.setTimeout(180_000);
  await page.goto('/index.html');
  await expect(page.getByRole('heading', { name: 'Thiết lập ban đầu', level: 4 })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Để sau, xem thử với dữ liệu mẫu' }).click();
  await expect(page.getByRole('heading', { name: 'Dữ liệu mẫu', level: 4 })).toBeVisible();
  const thisYear = new Date().getFullYear();
  await expect(page.getByRole('main')).toContainText(`từ 2013 đến ${thisYear}`);

  // The benchmark generator is not offered to users.
  await expect(page.getByRole('menuitem', { name: 'Dữ liệu mẫu' })).toBeVisible();
  await expect(page.getByText('Sinh đơn vị')).toHaveCount(0);
  await expect(page.getByRole('menuitem', { name: /Sinh/ })).toHaveCount(0);

  await watchProgress(page);
  await page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click();
  await expect(page.getByText(/^Đã nạp 127 đơn vị và [\d.]+ dòng chỉ tiêu năm\.$/)).toBeVisible({ timeout: 30_000 });
  const seen = await progressSeen(page);
  expect(
    seen.some((t) => /Đang nạp dữ liệu mẫu… \d+ \/ 127 đơn vị/.test(t)),
    seen.join(' | '),
  ).toBe(true);
  await page.evaluate(() => document.querySelectorAll('*').forEach((e) => e.scrollTop && (e.scrollTop = 0)));
  await page.screenshot({ path: info.outputPath('du-lieu-mau.png') });

  // Recent years are there, in communes of today's map (no district).
  await openHarness(page);
  const facts = await page.evaluate(async (thisYear) => {
    const h = (window as any).harness;
    const { getDb } = await h.module('db/database');
    const { communeByCode } = await h.module('domain/registry/localities');
    const units = (await getDb().units.toArray()).filter((u: any) => u.origin === 'demo');
    const active = units.filter((u: any) => u.status === 'active');
    return {
      units: units.length,
      activeWithLastYear: active.filter((u: any) => u.years.some((y: any) => y.year === thisYear - 1)).length,
      activeWithThisYear: active.filter((u: any) => u.years.some((y: any) => y.year === thisYear)).length,
      active: active.length,
      inTodaysCommune: units.filter((u: any) => communeByCode(u.communeCode)?.provinceCode === u.provinceCode).length,
      withDistrict: units.filter((u: any) => u.legacyDistrict).length,
    };
  }, thisYear);
  expect(facts).toEqual({
    units: 127,
    activeWithLastYear: facts.active,
    activeWithThisYear: facts.active,
    active: facts.active,
    inTodaysCommune: 127,
    withDistrict: 0,
  });

  // The summary opens on last year, with figures.
  await page.goto('/index.html#/summary');
  await expect(page.getByRole('main')).toContainText(String(thisYear - 1), { timeout: 60_000 });
  await expect(page.getByTestId('stat-htx')).not.toHaveText(/^(0|Chưa có số liệu)$/, { timeout: 60_000 });
  await expect(page.getByTestId('stat-members')).toHaveText(/^\d{1,3}(\.\d{3})*$/);

  // Put off: the next start opens the registry; documents still ask for the setup.
  await page.goto('/index.html');
  await expect(page).toHaveURL(/#\/units$/, { timeout: 30_000 });

  // The generator, by its address only, counts its progress.
  await page.goto('/index.html#/dev/generate');
  await watchProgress(page);
  await page.getByLabel('Số đơn vị cần sinh').fill('6000');
  await page.getByRole('button', { name: 'Sinh đơn vị' }).click();
  await expect(page.getByText('Đã sinh 6.000 đơn vị.')).toBeVisible({ timeout: 60_000 });
  const generated = await progressSeen(page);
  expect(
    generated.some((t) => /Đang sinh đơn vị… 5\.000 \/ 6\.000 đơn vị/.test(t)),
    generated.join(' | '),
  ).toBe(true);
});

test('index.html shows a loading indicator until React mounts, within the CSP; the web build has an icon', async ({ page }, info) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  await page.route(/\/assets\/[^/]+\.js$/, async (route) => {
    await gate;
    await route.continue();
  });
  await page.goto('/index.html', { waitUntil: 'commit' });
  const boot = page.getByText('Đang mở Thi đua HTX…');
  await expect(boot).toBeVisible();
  await expect(page.locator('.boot__spinner')).toBeVisible();
  await page.screenshot({ path: info.outputPath('dang-mo.png') });

  const href = await page.locator('link[rel=icon]').getAttribute('href');
  expect(href).toBeTruthy();
  const icon = await page.request.get(new URL(href!, page.url()).href);
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toBe('image/png');

  release();
  await expect(page.getByRole('heading', { name: 'Thiết lập ban đầu', level: 4 })).toBeVisible({ timeout: 30_000 });
  await expect(boot).toHaveCount(0);
  expect(violations).toEqual([]);
});
