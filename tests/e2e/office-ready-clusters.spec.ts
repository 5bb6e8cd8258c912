import { test, expect, type Page } from '@playwright/test';
import * as XLSX from 'xlsx';
import { readFileSync } from 'node:fs';
import { chooseOption, watchErrors } from '../support/ui';

test.describe.configure({ timeout: 150_000 });

const MEMBERS = ['Liên minh HTX Hà Nội', 'Liên minh HTX Hải Phòng', 'Liên minh HTX Đà Nẵng', 'Liên minh HTX Cần Thơ', 'Liên minh HTX TP. Hồ Chí Minh'];

/** A five-member cluster with a 2024 year and a small criteria table. */
async function seedCluster(page: Page): Promise<string> {
  await page.goto('/harness.html');
  return page.evaluate(async (names) => {
    const repo = await window.harness.module('db/repositories/emulation/clusters');
    const cluster = await repo.saveCluster(undefined, { name: 'Cụm thi đua các thành phố', kind: 'cum', members: names.map((name: string) => ({ name })) });
    const cy = await repo.openClusterYear(cluster.id, 2024);
    await repo.saveCriteria(cy.id, [
      { order: 1, code: '1.1', group: 'I. Tuyên truyền', name: 'Tuyên truyền Luật HTX', kind: 'base', maxPoints: 10, weight: 1, evidence: '' },
      { order: 2, code: '1.2', group: 'II. Phát triển HTX', name: 'Thành lập mới HTX', kind: 'base', maxPoints: 7.5, weight: 2, evidence: '' },
    ]);
    return cluster.id as string;
  }, MEMBERS);
}

async function seedMore(page: Page) {
  await page.goto('/harness.html');
  await page.evaluate(async () => {
    const repo = await window.harness.module('db/repositories/emulation/clusters');
    await repo.saveCluster(undefined, { name: 'Khối Đông Anh', kind: 'khoi', members: [{ name: 'HTX A' }] });
    await repo.saveCluster(undefined, { name: 'Khối Ba Vì', kind: 'khoi', members: [{ name: 'HTX B' }, { name: 'HTX C' }] });
  });
}

async function storedVotes(page: Page) {
  await page.goto('/harness.html');
  return page.evaluate(async () => {
    const { getDb } = await window.harness.module('db/database');
    return (await getDb().table('clusterVotes').toArray()).map((v: { subject: string; candidates: Array<{ votes: number }> }) => [
      v.subject,
      v.candidates.map((c) => c.votes),
    ]);
  });
}

test('vote: more votes than valid ballots (7 of 5) is refused beside the field and not saved; a correct count saves', async ({ page }) => {
  const errors = watchErrors(page);
  const id = await seedCluster(page);
  // The repository refuses the impossible record too (not only the screen).
  const refused = await page.evaluate(async () => {
    const repo = await window.harness.module('db/repositories/emulation/clusters');
    const { getDb } = await window.harness.module('db/database');
    const cy = (await getDb().table('clusterYears').toArray())[0];
    try {
      await repo.saveVote({
        clusterYearId: cy.id,
        subject: 'leading_unit',
        membersTotal: 5,
        present: 5,
        ballotsIssued: 5,
        ballotsValid: 5,
        base: 'present',
        thresholdPercent: 50,
        strictlyMore: true,
        candidates: [{ memberId: cy.members[0].id, votes: 7 }],
      });
      return 'saved';
    } catch (e) {
      return (e as Error).message;
    }
  });
  expect(refused).toBe('Một đơn vị có 7 phiếu, nhiều hơn số phiếu hợp lệ (5).');

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`/index.html#/clusters/${id}/years/2024`);
  await page.getByRole('tab', { name: 'Bỏ phiếu' }).click();
  const card = page.getByTestId('vote-leading_unit');
  await card.getByTestId('leading_unit-votes-Liên minh HTX Hà Nội').fill('7');
  await expect(card.getByText('Một đơn vị có 7 phiếu, nhiều hơn số phiếu hợp lệ (5).').first()).toBeVisible();
  await expect(card).not.toContainText('140%');
  await card.getByRole('button', { name: 'Lưu kết quả' }).click();
  await expect(page.getByText('Số liệu kiểm phiếu chưa hợp lệ: xem thông báo bên cạnh từng ô. Chưa lưu.')).toBeVisible();
  await expect(page.getByText('Đã lưu kết quả bỏ phiếu: Đơn vị dẫn đầu.')).toHaveCount(0);

  // Valid ballots above those issued, negatives: each said beside its field.
  await card.getByTestId('leading_unit-ballotsValid').fill('6');
  await expect(card.getByText('Số phiếu hợp lệ (6) lớn hơn số phiếu phát ra (5).').first()).toBeVisible();
  await card.getByTestId('leading_unit-votes-Liên minh HTX Hải Phòng').fill('-1');
  await expect(card.getByText('Số phiếu không được âm.').first()).toBeVisible();
  await page.screenshot({ path: 'out/web-b-shots/office-ready-votes.png' });
  await card.getByRole('button', { name: 'Lưu kết quả' }).click();
  await expect(page.getByText('Đã lưu kết quả bỏ phiếu: Đơn vị dẫn đầu.')).toHaveCount(0);

  // Corrected: saves and says so.
  await card.getByTestId('leading_unit-ballotsValid').fill('5');
  await card.getByTestId('leading_unit-votes-Liên minh HTX Hà Nội').fill('4');
  await card.getByTestId('leading_unit-votes-Liên minh HTX Hải Phòng').fill('1');
  await expect(card.locator('.ant-form-item-explain-error')).toHaveCount(0);
  await expect(card.getByTestId('leading_unit-errors')).toHaveCount(0);
  await expect(card.locator('tr', { hasText: 'Liên minh HTX Hà Nội' })).toContainText('80%Đạt');
  await card.getByRole('button', { name: 'Lưu kết quả' }).click();
  await expect(page.getByText('Đã lưu kết quả bỏ phiếu: Đơn vị dẫn đầu.')).toBeVisible();
  expect(await storedVotes(page)).toEqual([['leading_unit', [4, 1]]]);
  expect(errors).toEqual([]);
});

test('cluster dialog: invalid input gives field messages without unhandled rejections; list sorts; detail links back', async ({ page }) => {
  const errors = watchErrors(page);
  await seedCluster(page);
  await page.goto('/index.html#/clusters');
  await page.getByRole('button', { name: 'Thêm cụm/khối' }).click();
  const dlg = page.getByRole('dialog', { name: 'Thêm cụm/khối thi đua' });
  await dlg.getByRole('button', { name: 'Lưu' }).click();
  await expect(dlg.getByText('Nhập tên.')).toBeVisible();
  await expect(dlg.getByText('Nhập tên thành viên.')).toBeVisible();
  await dlg.getByLabel('Tên cụm/khối').press('Enter');
  // A refused save (duplicate member) is shown, the dialog stays open.
  await dlg.getByLabel('Tên cụm/khối').fill('Khối thi đua A');
  await dlg.getByTestId('member-name-0').fill('HTX Một');
  await dlg.getByRole('button', { name: 'Thêm thành viên' }).click();
  await dlg.getByTestId('member-name-1').fill('HTX Một');
  await dlg.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText('Thành viên "HTX Một" bị trùng.')).toBeVisible();
  await expect(dlg).toBeVisible();
  await dlg.getByRole('button', { name: 'Hủy' }).click();
  await expect(dlg).toBeHidden();
  await page.waitForTimeout(300);
  expect(errors).toEqual([]);

  // Reopened empty (the abandoned input is not kept).
  await page.getByRole('button', { name: 'Thêm cụm/khối' }).click();
  await expect(dlg.getByLabel('Tên cụm/khối')).toHaveValue('');
  await dlg.getByRole('button', { name: 'Hủy' }).click();

  await page.goto('/index.html#/clusters');
  await page.getByRole('link', { name: 'Cụm thi đua các thành phố' }).click();
  await page.getByRole('link', { name: 'Danh sách cụm, khối thi đua' }).click();
  await expect(page.getByRole('heading', { name: 'Cụm, khối thi đua' })).toBeVisible();
  // The list sorts by its columns (Vietnamese order, then reversed).
  await seedMore(page);
  await page.goto('/index.html#/clusters');
  const rows = page.locator('tbody tr.ant-table-row');
  await page.getByRole('columnheader', { name: 'Số thành viên' }).click();
  await expect(rows.nth(0)).toContainText('Khối Đông Anh');
  await page.getByRole('columnheader', { name: 'Tên' }).click();
  await expect(rows.nth(0)).toContainText('Cụm thi đua các thành phố');
  await expect(rows.nth(1)).toContainText('Khối Ba Vì');
  await expect(rows.nth(2)).toContainText('Khối Đông Anh');
  expect(errors).toEqual([]);
});

test('scoring: a value above the maximum is refused with a message (not clamped); saved scores confirm; ranking sorts and exports', async ({ page }) => {
  const errors = watchErrors(page);
  const id = await seedCluster(page);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`/index.html#/clusters/${id}/years/2024`);
  await page.getByRole('tab', { name: 'Chấm điểm' }).click();
  await chooseOption(page, page.getByTestId('scored-member'), 'Liên minh HTX Hà Nội');

  const self12 = page.getByTestId('score-self-1.2');
  await self12.fill('9');
  await self12.press('Enter');
  await expect(page.getByTestId('score-self-1.2-error')).toHaveText('Tiêu chí 1.2: điểm 9 vượt điểm tối đa 7,5.');
  await expect(self12).toHaveValue('9'); // kept as typed, not clamped to 7,5
  await expect(page.getByTestId('total-self')).toHaveText('0');
  await self12.fill('7,5');
  await self12.press('Enter');
  await expect(page.getByText('Đã lưu điểm tự chấm tiêu chí 1.2 của Liên minh HTX Hà Nội: 7,5.')).toBeVisible();
  await expect(page.getByTestId('score-self-1.2-error')).toHaveCount(0);
  await expect(page.getByTestId('total-self')).toHaveText('15');

  // Cross scores wait for the cross scorer, and the disabled box says so.
  const cross11 = page.getByTestId('score-cross-1.1');
  await expect(cross11).toBeDisabled();
  await cross11.locator('xpath=ancestor::span[1]').hover();
  await expect(page.getByRole('tooltip')).toHaveText('Chọn đơn vị chấm chéo trước khi nhập điểm chấm chéo.');
  await chooseOption(page, page.getByTestId('cross-scorer'), 'Liên minh HTX Hải Phòng');
  await cross11.fill('8');
  await cross11.press('Enter');
  await expect(page.getByText('Đã lưu điểm chấm chéo tiêu chí 1.1 của Liên minh HTX Hà Nội: 8.')).toBeVisible();
  await page.screenshot({ path: 'out/web-b-shots/office-ready-scoring.png' });

  // Scoring table sorts by its columns.
  const scoring = page.getByTestId('scoring-table');
  await scoring.getByRole('columnheader', { name: 'Tối đa' }).click();
  await expect(scoring.locator('tbody tr.ant-table-row').first()).toContainText('Thành lập mới HTX');

  await chooseOption(page, page.getByTestId('scored-member'), 'Liên minh HTX Cần Thơ');
  await page.getByTestId('score-self-1.1').fill('10');
  await page.getByTestId('score-self-1.1').press('Enter');
  await expect(page.getByText('Đã lưu điểm tự chấm tiêu chí 1.1 của Liên minh HTX Cần Thơ: 10.')).toBeVisible();

  // Ranking: Hà Nội 23 (8 + 7,5×2), Cần Thơ 10; sorted by name and exported as shown.
  await page.getByRole('tab', { name: 'Xếp hạng' }).click();
  const ranking = page.getByTestId('ranking-table');
  const rows = ranking.locator('tbody tr.ant-table-row');
  await expect(rows.nth(0)).toContainText('1Liên minh HTX Hà Nội');
  await ranking.getByRole('columnheader', { name: 'Đơn vị' }).click();
  await expect(rows.nth(0)).toContainText('Liên minh HTX Cần Thơ');
  await expect(rows.nth(1)).toContainText('Liên minh HTX Đà Nẵng');
  await page.mouse.move(700, 20); // the header's sort tooltip would cover the button above it
  await page.screenshot({ path: 'out/web-b-shots/office-ready-ranking.png' });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất bảng xếp hạng (Excel)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Xep-hang-2024.xlsx');
  const wb = XLSX.read(readFileSync(await file.path()), { type: 'buffer' });
  const aoa = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[wb.SheetNames[0]!]!, { header: 1, defval: '' });
  expect(aoa[0]![0]).toBe('BẢNG XẾP HẠNG THI ĐUA NĂM 2024');
  const header = aoa.findIndex((r) => r[0] === 'Hạng');
  expect(aoa.slice(header + 1).map((r) => [r[1], r[7]])).toEqual([
    ['Liên minh HTX Cần Thơ', 10],
    ['Liên minh HTX Đà Nẵng', 0],
    ['Liên minh HTX Hà Nội', 23],
    ['Liên minh HTX Hải Phòng', 0],
    ['Liên minh HTX TP. Hồ Chí Minh', 0],
  ]);

  // Scores export of the member on screen.
  await page.getByRole('tab', { name: 'Chấm điểm' }).click();
  await chooseOption(page, page.getByTestId('scored-member'), 'Liên minh HTX Hà Nội');
  const dl2 = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất bảng điểm (Excel)' }).click();
  const f2 = await dl2;
  const wb2 = XLSX.read(readFileSync(await f2.path()), { type: 'buffer' });
  const aoa2 = XLSX.utils.sheet_to_json<unknown[]>(wb2.Sheets[wb2.SheetNames[0]!]!, { header: 1, defval: '' });
  const h2 = aoa2.findIndex((r) => r[0] === 'Mã');
  expect(aoa2[h2]).toEqual(['Mã', 'Nhóm', 'Tiêu chí', 'Loại', 'Tối đa', 'Hệ số', 'Tự chấm', 'Chấm chéo', 'Thống nhất']);
  expect(aoa2.slice(h2 + 1).map((r) => [r[0], r[6], r[7]])).toEqual([
    ['1.1', '', 8],
    ['1.2', 7.5, ''],
  ]);
  expect(errors).toEqual([]);
});
