import { test, expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { openHarness, pickOption } from '../support/ui';

/**
 * Signature block of the office profile (Nghị định 30/2020/NĐ-CP): a stored invalid pair
 * ("KT. CHỦ TỊCH" above "CHỦ TỊCH") still prints, the settings screen explains what is wrong and
 * refuses to save it, and the offered forms save as the two printed lines.
 */

async function storedSignature(page: Page): Promise<[string, string]> {
  await openHarness(page);
  return page.evaluate(async () => {
    const { getOfficeProfile } = await (window as any).harness.module('db/repositories/registry/settings');
    const p = await getOfficeProfile();
    return [p.signAuthority, p.leaderTitle] as [string, string];
  });
}

test('stored "KT. CHỦ TỊCH / CHỦ TỊCH" prints, is shown as a problem, and is refused on save', async ({ page }, info) => {
  test.setTimeout(120_000);
  await openHarness(page);
  const roundId = await page.evaluate(async () => {
    const h = (window as any).harness;
    await (await h.module('db/repositories/awards/catalog')).seedCatalogAndRules();
    const s = await h.module('db/repositories/registry/settings');
    await s.saveOfficeProfile({ ...s.DEFAULT_OFFICE_PROFILE, signAuthority: 'KT. CHỦ TỊCH', leaderTitle: 'CHỦ TỊCH', leaderName: 'Nguyễn Văn An' });
    const r = await (
      await h.module('db/repositories/awards/rounds')
    ).createRound({ name: 'Khen thưởng tổng kết năm 2025', year: 2025, type: 'nam', letterNumber: '5', letterDate: '2026-01-05' });
    return r.id as string;
  });

  // Documents still print what is stored.
  await page.goto(`/index.html#/print/nominations/${roundId}/letter`);
  await page.locator('.admin-doc__title').waitFor();
  const pdf = info.outputPath('to-trinh.pdf');
  await page.pdf({ path: pdf, preferCSSPageSize: true });
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString('utf8');
  expect(text).toContain('TỜ TRÌNH');
  expect(text).toContain('KT. CHỦ TỊCH');
  expect(text).toContain('Nguyễn Văn An');

  // The settings screen says what is wrong, citing the decree.
  await page.goto('/index.html#/settings');
  const problem = page.getByTestId('stored-signature-problem');
  await expect(problem).toContainText('Khối chữ ký đang lưu chưa đúng thể thức: “KT. CHỦ TỊCH / CHỦ TỊCH”');
  await expect(problem).toContainText('KT. (ký thay) chỉ dùng khi cấp phó ký thay người đứng đầu');
  await expect(problem).toContainText('Nghị định 30/2020/NĐ-CP');
  await expect(page.locator('.ant-select:has(#signForm)')).toContainText('KT. – cấp phó ký thay người đứng đầu');
  await expect(page.locator('#signName')).toHaveValue('CHỦ TỊCH');
  await expect(page.locator('#leaderTitle')).toHaveValue('CHỦ TỊCH');

  // Saving it unchanged is refused with the explanation next to the field.
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.locator('#signForm_help')).toContainText('“KT. CHỦ TỊCH” phía trên “CHỦ TỊCH” không đúng');
  await expect(page.locator('#signForm_help')).toContainText('Nghị định 30/2020/NĐ-CP');
  await page.screenshot({ path: info.outputPath('thong-tin-co-quan-loi.png'), fullPage: true });

  // A deputy signing for the head: valid, saved, the warning goes.
  await page.locator('#leaderTitle').fill('Phó Chủ tịch');
  await expect(page.getByTestId('signature-preview')).toContainText('KT. CHỦ TỊCHPHÓ CHỦ TỊCH');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.locator('.ant-message-notice')).toContainText('Đã lưu thông tin cơ quan.');
  await expect(problem).toHaveCount(0);
  await expect(page.locator('#leaderTitle')).toHaveValue('PHÓ CHỦ TỊCH'); // saved in capitals, as printed
  await page.screenshot({ path: info.outputPath('thong-tin-co-quan.png'), fullPage: true });
  expect(await storedSignature(page)).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
});

test('the forms of signing save as the printed lines: head in person, TL., Q.', async ({ page }) => {
  test.setTimeout(120_000);
  await openHarness(page);
  await page.goto('/index.html#/settings');
  await expect(page.locator('#leaderTitle')).toHaveValue('PHÓ CHỦ TỊCH'); // default profile: KT. CHỦ TỊCH / PHÓ CHỦ TỊCH
  const save = async () => {
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(page.locator('.ant-message-notice').last()).toContainText('Đã lưu thông tin cơ quan.');
  };

  // The head signing in person: no authority field; a deputy title there is refused.
  await pickOption(page, 'signForm', 'Người đứng đầu ký');
  await expect(page.locator('#signName')).toHaveCount(0);
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.locator('#signForm_help')).toContainText('Cấp phó (“PHÓ CHỦ TỊCH”) không ký với danh nghĩa của mình');
  await page.locator('#leaderTitle').fill('CHỦ TỊCH');
  await expect(page.locator('#signForm_help')).toHaveCount(0);
  await save();
  expect(await storedSignature(page)).toEqual(['', 'CHỦ TỊCH']);

  await page.goto('/index.html#/settings');
  await pickOption(page, 'signForm', 'TL. – thừa lệnh');
  await expect(page.locator('#signName')).toHaveValue('CHỦ TỊCH'); // the head's title is offered
  await page.locator('#leaderTitle').fill('Chánh Văn phòng');
  await expect(page.getByTestId('signature-preview')).toContainText('TL. CHỦ TỊCHCHÁNH VĂN PHÒNG');
  await save();
  expect(await storedSignature(page)).toEqual(['TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG']);

  await page.goto('/index.html#/settings');
  await pickOption(page, 'signForm', 'Q. – được giao quyền cấp trưởng');
  await expect(page.locator('#leaderTitle')).toHaveCount(0); // "Q. CHỦ TỊCH" is the signer's title
  await save();
  expect(await storedSignature(page)).toEqual(['Q. CHỦ TỊCH', '']);
});
