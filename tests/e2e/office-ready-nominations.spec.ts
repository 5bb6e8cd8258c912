import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { openHarness } from '../support/ui';

/**
 * Office-ready nominations: a decided nomination is never judged against the award it produced,
 * every step confirms what it saved, a disabled step says why, round forms fail with field messages.
 */

/**
 * Mai and Tài: Bằng khen tỉnh 2023, then CSTĐCS 2024 and 2025 and two initiatives; each nominated for
 * Bằng khen tỉnh 2025, submitted on 05/01/2026 and passed by the council the next day. Tài's Bằng khen
 * 2025 was already typed into his history by hand (no link to the nomination).
 */
async function seedReviewed(page: Page): Promise<{ roundId: string; maiId: string }> {
  return page.evaluate(async () => {
    const h = (window as any).harness;
    const { seedCatalogAndRules } = await h.module('db/repositories/awards/catalog');
    const { createUnit } = await h.module('db/repositories/registry/units');
    const { createPerson, saveInitiative } = await h.module('db/repositories/awards/people');
    const { addAward } = await h.module('db/repositories/awards/awardHistory');
    const { createRound } = await h.module('db/repositories/awards/rounds');
    const n = await h.module('db/repositories/awards/nominations');
    await seedCatalogAndRules();
    const unit = await createUnit({ kind: 'htx', name: 'HTX Tân Phú', status: 'active', member: 1, memberSince: 2012 });
    const round = await createRound({ name: 'Khen thưởng tổng kết năm 2025', year: 2025, type: 'nam' });
    const ids: Record<string, string> = {};
    for (const [fullName, gender] of [
      ['Lê Thị Mai', 'nu'],
      ['Phan Văn Tài', 'nam'],
    ] as const) {
      const p = await createPerson({ fullName, gender, birthYear: 1982, ethnicity: 'Kinh', position: 'Giám đốc', unitId: unit.id });
      ids[fullName] = p.id;
      const award = (year: number, catalogCode: string, decisionDate = `${year}-12-20`) =>
        addAward({
          year,
          recipientKind: 'person',
          recipientId: p.id,
          catalogCode,
          decisionNumber: `${year}/QĐ`,
          decisionDate,
          commendationType: 'thuong_xuyen',
        });
      await award(2023, 'BK_TINH_CN');
      await award(2024, 'CSTDCS');
      await award(2025, 'CSTDCS');
      await saveInitiative({ personId: p.id, title: 'Sổ tay kế toán hợp tác xã', year: 2024, level: 'co_so' });
      await saveInitiative({ personId: p.id, title: 'Quy trình sấy nông sản', year: 2025, level: 'co_so' });
      if (fullName === 'Phan Văn Tài') await award(2025, 'BK_TINH_CN', '2026-01-05');
      const nom = await n.addNomination({
        roundId: round.id,
        recipientKind: 'person',
        recipientId: p.id,
        catalogCode: 'BK_TINH_CN',
        summary: 'Hai năm liền Chiến sĩ thi đua cơ sở, hai sáng kiến.',
      });
      await n.attachFile(nom.id, { name: 'bao-cao.pdf', data: new Uint8Array([37, 80, 68, 70]) }, 'bao_cao_thanh_tich');
      await n.submitNomination(nom.id, '2026-01-05');
      await n.recordCouncilVote(nom.id, { meetingDate: '2026-01-05', membersTotal: 11, membersPresent: 11, ballotsIssued: 11, ballotsValid: 11, votesFor: 11 });
    }
    return { roundId: round.id as string, maiId: ids['Lê Thị Mai']! };
  });
}

test('a decided nomination is judged without the award it produced; each step confirms what it saved', async ({ page }) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openHarness(page);
  const { roundId, maiId } = await seedReviewed(page);
  await page.goto(`/index.html#/nominations/${roundId}`);
  const row = page.locator('tr', { hasText: 'Lê Thị Mai' });
  await expect(row).toContainText('Đạt');
  await row.click();
  const drawer = page.locator('.ant-drawer');
  await expect(drawer.getByTestId('nomination-status')).toHaveText('Hội đồng đã xét');
  await drawer.getByRole('button', { name: 'Chấp thuận', exact: true }).click();
  await expect(page.locator('.ant-message')).toContainText('Đã chấp thuận');
  await expect(drawer.getByTestId('nomination-status')).toHaveText('Được chấp thuận');
  await drawer.getByRole('button', { name: 'Ghi quyết định' }).click();
  await page.locator('#decision_decisionNumber').fill('77/QĐ-UBND');
  await page.locator('#decision_decisionDate').fill('05/01/2026'); // decided on the judging date: the award is history by then
  await page.getByRole('button', { name: 'Ghi quyết định' }).last().click();
  await expect(page.locator('.ant-message')).toContainText('Đã ghi quyết định');
  await expect(drawer.getByTestId('nomination-status')).toHaveText('Đã có quyết định');

  // The award written from this nomination does not use up its own years.
  const eligibility = drawer.getByTestId('eligibility');
  await expect(eligibility).toContainText('Đủ 2 năm liên tục Chiến sĩ thi đua cơ sở (năm 2024, 2025)');
  await expect(eligibility).not.toContainText('đã được tính cho');
  await expect(eligibility).not.toContainText('không được tính');
  await page.locator('.ant-drawer-close').dispatchEvent('click');
  await expect(row).toContainText('Đạt');
  await expect(row).not.toContainText('Chưa đạt');
  // Tài's Bằng khen 2025, typed into the history by hand, is his nomination's own result too.
  await expect(page.locator('tr', { hasText: 'Phan Văn Tài' })).toContainText('Đạt');
  await expect(page.locator('tr', { hasText: 'Phan Văn Tài' })).not.toContainText('Chưa đạt');

  // The award still uses up 2025 for a later nomination: Bằng khen tỉnh 2026.
  await openHarness(page);
  const laterRound = await page.evaluate(async (maiId) => {
    const h = (window as any).harness;
    const { createRound } = await h.module('db/repositories/awards/rounds');
    const { addNomination } = await h.module('db/repositories/awards/nominations');
    const r = await createRound({ name: 'Khen thưởng tổng kết năm 2026', year: 2026, type: 'nam' });
    await addNomination({ roundId: r.id, recipientKind: 'person', recipientId: maiId, catalogCode: 'BK_TINH_CN', summary: 'Năm 2026.' });
    return r.id as string;
  }, maiId);
  await page.goto(`/index.html#/nominations/${laterRound}`);
  await expect(page.locator('tr', { hasText: 'Lê Thị Mai' })).toContainText(
    /Năm 2025 không được tính: năm 2025 trở về trước đã được tính cho Bằng khen .* năm 2025/,
  );
  expect(errors).toEqual([]);
});

/** Three people nominated for CSTĐCS 2025, each meeting it; Ánh's council vote failed (2 of 11). */
async function seedThree(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const h = (window as any).harness;
    const { seedCatalogAndRules } = await h.module('db/repositories/awards/catalog');
    const { createUnit } = await h.module('db/repositories/registry/units');
    const { createPerson, saveInitiative, setRating } = await h.module('db/repositories/awards/people');
    const { createRound } = await h.module('db/repositories/awards/rounds');
    const n = await h.module('db/repositories/awards/nominations');
    await seedCatalogAndRules();
    const unit = await createUnit({ kind: 'htx', name: 'HTX Hòa Bình', status: 'active', member: 1, memberSince: 2010 });
    const round = await createRound({ name: 'Khen thưởng tổng kết năm 2025', year: 2025, type: 'nam' });
    for (const fullName of ['Ông Văn Bảy', 'Đỗ Thị Ánh', 'An Văn Cường']) {
      const p = await createPerson({ fullName, gender: fullName.includes('Thị') ? 'nu' : 'nam', birthYear: 1980, unitId: unit.id });
      await setRating('person', p.id, 2025, 'xuat_sac');
      await saveInitiative({ personId: p.id, title: `Sáng kiến của ${fullName}`, year: 2025, level: 'co_so' });
      const nom = await n.addNomination({
        roundId: round.id,
        recipientKind: 'person',
        recipientId: p.id,
        catalogCode: 'CSTDCS',
        summary: 'Hoàn thành xuất sắc nhiệm vụ.',
      });
      await n.attachFile(nom.id, { name: 'bao-cao.pdf', data: new Uint8Array([37, 80, 68, 70]) }, 'bao_cao_thanh_tich');
      if (fullName !== 'Ông Văn Bảy') await n.submitNomination(nom.id, '2026-01-05');
      if (fullName === 'Đỗ Thị Ánh')
        await n.recordCouncilVote(nom.id, {
          meetingDate: '2026-01-06',
          membersTotal: 11,
          membersPresent: 11,
          ballotsIssued: 11,
          ballotsValid: 11,
          votesFor: 2,
        });
    }
    return round.id as string;
  });
}

test('round screens: invalid forms show field messages, steps confirm, a disabled step says why, sortable table, table export, way back', async ({
  page,
}, info) => {
  test.setTimeout(150_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setViewportSize({ width: 1366, height: 768 });
  await openHarness(page);
  const roundId = await seedThree(page);

  // "Tạo đợt xét" submitted invalid: messages beside the fields, no unhandled rejection; "Hủy" closes.
  await page.goto('/index.html#/nominations');
  await page.getByRole('button', { name: 'Tạo đợt xét' }).click();
  await page.locator('#round_name').fill('');
  await page.locator('#round_year').fill('');
  await page.locator('#round_meetingTime').fill('25:99');
  await page.locator('#round_letterDate').fill('31/02/2025');
  await page.getByRole('button', { name: 'Lưu' }).click();
  const dialog = page.locator('.ant-modal', { hasText: 'Tạo đợt xét khen thưởng' });
  await expect(dialog.locator('.ant-form-item-explain-error')).toContainText(['Nhập tên đợt.', 'Nhập năm.']);
  await expect(dialog).toContainText('Giờ họp không hợp lệ');
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  await expect(dialog).toBeHidden();
  // The list sorts by its columns.
  await expect(page.getByRole('columnheader', { name: 'Năm' })).toHaveAttribute('aria-description', /sắp xếp/);

  // The round page: a way back, the table sorted by name in Vietnamese order.
  await page.goto(`/index.html#/nominations/${roundId}`);
  const table = page.locator('.ant-table').first();
  const names = () => table.locator('tbody tr td:first-child').allInnerTexts();
  await expect(table.locator('tbody tr')).toHaveCount(3);
  await table.getByRole('columnheader', { name: 'Họ và tên / Tên tập thể' }).click();
  await expect.poll(names).toEqual(['An Văn Cường', 'Đỗ Thị Ánh', 'Ông Văn Bảy']);
  await table.getByRole('columnheader', { name: 'Họ và tên / Tên tập thể' }).click();
  await expect.poll(names).toEqual(['Ông Văn Bảy', 'Đỗ Thị Ánh', 'An Văn Cường']);
  await page.mouse.move(700, 600); // no sort hint over the toolbar
  await page.screenshot({ path: info.outputPath('dot-xet.png') });

  // The on-screen table to Excel, in the order shown.
  const download = page.waitForEvent('download');
  await page.getByTestId('round-table-export').click();
  const file = info.outputPath('bang-de-nghi.xlsx');
  await (await download).saveAs(file);
  const wb = XLSX.read(readFileSync(file), { type: 'buffer' });
  const rows = XLSX.utils.sheet_to_json<string[]>(wb.Sheets[wb.SheetNames[0]!]!, { header: 1, defval: '' });
  const header = rows.findIndex((r) => r[0] === 'STT');
  expect(rows[header]!.slice(0, 3)).toEqual(['STT', 'Họ và tên / Tên tập thể', 'Hình thức đề nghị']);
  expect(rows.slice(header + 1).map((r) => r[1])).toEqual(['Ông Văn Bảy', 'Đỗ Thị Ánh', 'An Văn Cường']);
  expect(rows.slice(header + 1).map((r) => r[6])).toEqual(['Dự thảo', 'Hội đồng đã xét', 'Đã đề nghị']);

  // Adding an entry with nothing chosen: field messages, no unhandled rejection; "Hủy" closes.
  await page.getByRole('button', { name: 'Thêm đề nghị' }).click();
  const add = page.locator('.ant-modal', { hasText: 'Thêm đề nghị' });
  await add.getByRole('button', { name: 'Thêm', exact: true }).click();
  await expect(add.locator('.ant-form-item-explain-error').first()).toBeVisible();
  await add.getByRole('button', { name: 'Hủy' }).click();
  await expect(add).toBeHidden();

  // Ánh's vote failed: "Chấp thuận" is disabled and says why.
  const drawer = page.locator('.ant-drawer');
  await table.locator('tr', { hasText: 'Đỗ Thị Ánh' }).click();
  const approve = drawer.getByRole('button', { name: 'Chấp thuận', exact: true });
  await expect(approve).toBeDisabled();
  // The drawer may still be sliding in when the pointer arrives: hover again until the tooltip shows.
  const why = page.locator('.ant-tooltip', { hasText: 'Hội đồng biểu quyết không đạt ngưỡng: không chấp thuận được.' });
  await expect(async () => {
    await page.mouse.move(0, 0);
    await approve.hover({ force: true });
    await expect(why).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await drawer.getByRole('button', { name: 'Không chấp thuận' }).click();
  await expect(page.locator('.ant-message')).toContainText('Đã ghi: không chấp thuận đề nghị.');
  await expect(drawer.getByTestId('nomination-status')).toHaveText('Không được chấp thuận');
  await page.locator('.ant-drawer-close').dispatchEvent('click');

  // Cường: the council vote through the dialog confirms; an empty dialog shows field messages first.
  await table.locator('tr', { hasText: 'An Văn Cường' }).click();
  await drawer.getByRole('button', { name: 'Ghi biểu quyết' }).click();
  const vote = page.locator('.ant-modal', { hasText: 'Kết quả biểu quyết' });
  await vote.getByRole('button', { name: 'Ghi kết quả' }).click();
  await expect(vote.locator('.ant-form-item-explain-error').first()).toBeVisible();
  for (const [id, v] of [
    ['membersTotal', '11'],
    ['membersPresent', '10'],
    ['ballotsIssued', '10'],
    ['ballotsValid', '10'],
    ['votesFor', '9'],
  ]) {
    await page.locator(`#councilVote_${id}`).fill(v!);
  }
  await vote.getByRole('button', { name: 'Ghi kết quả' }).click();
  await expect(page.locator('.ant-message')).toContainText('Đã ghi kết quả biểu quyết: Đạt.');
  await expect(drawer.getByTestId('nomination-status')).toHaveText('Hội đồng đã xét');
  // The decision dialog, opened after approval, cancels with "Hủy".
  await drawer.getByRole('button', { name: 'Chấp thuận', exact: true }).click();
  await expect(page.locator('.ant-message')).toContainText('Đã chấp thuận đề nghị.');
  await drawer.getByRole('button', { name: 'Ghi quyết định' }).click();
  const decision = page.locator('.ant-modal', { hasText: 'Quyết định khen thưởng' });
  await decision.locator('#decision_decisionNumber').fill('');
  await decision.getByRole('button', { name: 'Ghi quyết định' }).click();
  await expect(decision.locator('.ant-form-item-explain-error')).toContainText(['Nhập số quyết định.']);
  await decision.getByRole('button', { name: 'Hủy' }).click();
  await expect(decision).toBeHidden();
  await page.locator('.ant-drawer-close').dispatchEvent('click');

  // Back to the list through the breadcrumb.
  await page.getByTestId('round-breadcrumb').getByRole('link', { name: 'Đợt xét khen thưởng' }).click();
  await expect(page.getByRole('heading', { name: 'Đợt xét khen thưởng' })).toBeVisible();
  expect(errors).toEqual([]);
});
