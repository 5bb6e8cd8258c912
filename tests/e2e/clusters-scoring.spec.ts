import { test, expect, type Page } from '@playwright/test';
import * as XLSX from 'xlsx';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chooseOption } from '../support/ui';

async function score(page: Page, stage: 'self' | 'cross' | 'agreed', code: string, value: number) {
  const input = page.getByTestId(`score-${stage}-${code}`);
  await input.fill(String(value));
  await input.press('Enter');
  await expect(input).toHaveValue(String(value));
}

async function chooseScored(page: Page, name: string) {
  await chooseOption(page, page.getByTestId('scored-member'), name);
}

test('cluster year: copied criteria, rotation, self/cross scores, score sheet import, ranking and vote', async ({ page }) => {
  // The cluster and its members through the UI.
  await page.goto('/index.html#/clusters');
  await page.getByRole('button', { name: 'Thêm cụm/khối' }).click();
  const dlg = page.getByRole('dialog', { name: 'Thêm cụm/khối thi đua' });
  await dlg.getByLabel('Tên cụm/khối').fill('Cụm thi đua các thành phố');
  await dlg.getByTestId('member-name-0').fill('Liên minh HTX Hà Nội');
  await dlg.getByRole('button', { name: 'Thêm thành viên' }).click();
  await dlg.getByTestId('member-name-1').fill('Liên minh HTX Hải Phòng');
  await dlg.getByRole('button', { name: 'Thêm thành viên' }).click();
  await dlg.getByTestId('member-name-2').fill('Liên minh HTX Đà Nẵng');
  await dlg.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('heading', { name: 'Cụm thi đua các thành phố' })).toBeVisible();
  const clusterId = page.url().split('/clusters/')[1]!;

  // Last year (2023) as stored data: chair Hà Nội, vice-chair Hải Phòng, a 3-row criteria table.
  await page.goto('/harness.html');
  await page.evaluate(async (id) => {
    const repo = await window.harness.module('db/repositories/emulation/clusters');
    const { getDb } = await window.harness.module('db/database');
    const cluster = await getDb().table('clusters').get(id);
    const [hn, hp] = cluster.members;
    const cy = await repo.openClusterYear(id, 2023);
    await repo.updateClusterYear(cy.id, { members: cy.members, chairId: hn.id, viceChairId: hp.id, covenantDate: '2023-02-15' });
    await repo.saveCriteria(cy.id, [
      { order: 1, code: '1.1', group: 'I. Tuyên truyền', name: 'Tuyên truyền Luật HTX', kind: 'base', maxPoints: 10, weight: 1, evidence: 'Kế hoạch, báo cáo' },
      {
        order: 2,
        code: '1.2',
        group: 'II. Phát triển HTX',
        name: 'Thành lập mới HTX',
        kind: 'base',
        maxPoints: 10,
        weight: 2,
        evidence: 'Quyết định thành lập',
      },
      { order: 3, code: 'T1', group: 'Điểm trừ', name: 'Nộp báo cáo chậm', kind: 'penalty', maxPoints: 5, weight: 1, evidence: '' },
    ]);
  }, clusterId);

  // Open 2024 through the UI: the table is copied and the rotation suggested.
  await page.goto(`/index.html#/clusters/${clusterId}`);
  await page.getByTestId('open-year-input').fill('2024');
  await page.getByRole('button', { name: 'Mở năm thi đua' }).click();
  await expect(page.getByRole('heading', { name: 'Cụm thi đua các thành phố — năm 2024' })).toBeVisible();
  await expect(page.getByTestId('rotation-suggestion')).toContainText('cụm trưởng Liên minh HTX Hải Phòng, cụm phó Liên minh HTX Đà Nẵng');
  await expect(page.getByLabel('Cụm trưởng (đơn vị)').locator('..').locator('..')).toContainText('Liên minh HTX Hải Phòng');

  await page.getByRole('tab', { name: 'Bảng tiêu chí' }).click();
  const criteria = page.getByTestId('criteria-table');
  await expect(criteria.getByLabel('Mã')).toHaveCount(3);
  await expect(page.getByTestId('criteria-maxima')).toHaveText('Thang điểm 30; thưởng tối đa 0; trừ tối đa 5');
  // Add a bonus item to this year's table.
  await page.getByRole('button', { name: 'Thêm tiêu chí' }).click();
  await criteria.getByLabel('Mã').nth(3).fill('T2');
  await criteria.getByLabel('Tiêu chí').nth(3).fill('Có mô hình HTX điển hình');
  await chooseOption(page, criteria.getByLabel('Loại').nth(3), 'Điểm thưởng');
  await criteria.getByLabel('Điểm tối đa').nth(3).fill('5');
  await page.getByRole('button', { name: 'Lưu bảng tiêu chí' }).click();
  await expect(page.getByTestId('criteria-maxima')).toHaveText('Thang điểm 30; thưởng tối đa 5; trừ tối đa 5');
  await expect(page.getByText('Đã lưu bảng tiêu chí.')).toBeVisible();

  // Scores by hand: Hà Nội self-scores, Hải Phòng cross-scores Hà Nội's 1.1.
  await page.getByRole('tab', { name: 'Chấm điểm' }).click();
  await chooseScored(page, 'Liên minh HTX Hà Nội');
  await score(page, 'self', '1.1', 9);
  await score(page, 'self', '1.2', 8);
  await chooseOption(page, page.getByTestId('cross-scorer'), 'Liên minh HTX Hải Phòng');
  await score(page, 'cross', '1.1', 8);
  await expect(page.getByTestId('total-self')).toHaveText('25');
  await expect(page.getByTestId('total-final')).toHaveText('24'); // 8 (cross) + 8×2

  await chooseScored(page, 'Liên minh HTX Hải Phòng');
  await score(page, 'self', '1.1', 8);
  await score(page, 'self', '1.2', 7);
  await score(page, 'agreed', 'T2', 2);
  await expect(page.getByTestId('total-final')).toHaveText('24'); // 8 + 7×2 + 2 bonus

  // Đà Nẵng returns the exported template filled in.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất mẫu bảng tự chấm' }).click();
  const templatePath = await (await download).path();
  const wb = XLSX.read(readFileSync(templatePath), { type: 'buffer' });
  const ws = wb.Sheets[wb.SheetNames[0]!]!;
  const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, defval: '' });
  const fill: Record<string, number> = { '1.1': 10, '1.2': 10, T1: 1 };
  rows.forEach((r, i) => {
    if (r[0] === 'Đơn vị tự chấm:') XLSX.utils.sheet_add_aoa(ws, [['Liên minh HTX Đà Nẵng']], { origin: { r: i, c: 1 } });
    const v = fill[String(r[0])];
    if (v !== undefined) XLSX.utils.sheet_add_aoa(ws, [[v]], { origin: { r: i, c: 7 } });
  });
  const filled = join(mkdtempSync(join(tmpdir(), 'thidua-')), 'DaNang-tu-cham-2024.xlsx');
  writeFileSync(filled, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Nhập bảng tự chấm của thành viên' }).click();
  await (await chooser).setFiles(filled);
  await expect(page.getByTestId('score-import-notes')).toContainText('Đã nhập "DaNang-tu-cham-2024.xlsx": Liên minh HTX Đà Nẵng, 3 tiêu chí.');
  await chooseScored(page, 'Liên minh HTX Đà Nẵng');
  await expect(page.getByTestId('score-self-1.2')).toHaveValue('10');
  await expect(page.getByTestId('total-final')).toHaveText('29'); // 10 + 10×2 − 1

  // Ranking: Đà Nẵng first; Hà Nội and Hải Phòng level on 24, split by ordinary points.
  await page.getByRole('tab', { name: 'Xếp hạng' }).click();
  const ranking = page.getByTestId('ranking-table');
  const bodyRows = ranking.locator('tbody tr.ant-table-row');
  await expect(bodyRows.nth(0)).toContainText('1Liên minh HTX Đà Nẵng');
  await expect(bodyRows.nth(1)).toContainText('2Liên minh HTX Hà Nội');
  await expect(bodyRows.nth(1)).toContainText(
    'Bằng tổng điểm (24) với Liên minh HTX Hải Phòng. Xếp trên Liên minh HTX Hải Phòng: điểm tiêu chí cao hơn (24 so với 22).',
  );
  await expect(bodyRows.nth(2)).toContainText('3Liên minh HTX Hải Phòng');

  // Vote for the leading unit: more than 50% of those present.
  await page.getByRole('tab', { name: 'Bỏ phiếu' }).click();
  const card = page.getByTestId('vote-leading_unit');
  await card.getByTestId('leading_unit-votes-Liên minh HTX Đà Nẵng').fill('3');
  await card.getByTestId('leading_unit-votes-Liên minh HTX Hà Nội').fill('0');
  await expect(page.getByTestId('leading_unit-threshold-text')).toHaveText('Ngưỡng: trên 50% số thành viên có mặt (3): cần ít nhất 2 phiếu.');
  await expect(page.getByTestId('leading-unit-result')).toHaveText('Đơn vị dẫn đầu: Liên minh HTX Đà Nẵng');
  await card.getByRole('button', { name: 'Lưu kết quả' }).click();
  await expect(page.getByText('Đã lưu kết quả bỏ phiếu: Đơn vị dẫn đầu.')).toBeVisible();

  // Bằng khen proposal measured on full membership at 90%: 2 of 3 is not enough.
  const bk = page.getByTestId('vote-bang_khen');
  await chooseOption(page, bk.getByLabel('Tính tỷ lệ trên'), 'Tổng số thành viên');
  await bk.getByTestId('bang_khen-threshold').fill('90');
  await bk.getByTestId('bang_khen-votes-Liên minh HTX Hà Nội').fill('2');
  await expect(page.getByTestId('bang_khen-threshold-text')).toHaveText('Ngưỡng: trên 90% tổng số thành viên (3): cần ít nhất 3 phiếu.');
  await expect(bk.locator('tr', { hasText: 'Liên minh HTX Hà Nội' })).toContainText('66,67%Không đạt');

  await page.goto('/harness.html');
  const saved = await page.evaluate(async () => {
    const { getDb } = await window.harness.module('db/database');
    const votes = await getDb().table('clusterVotes').toArray();
    return votes.map((v: { subject: string; candidates: Array<{ votes: number }> }) => [v.subject, v.candidates.map((c) => c.votes)]);
  });
  expect(saved).toEqual([['leading_unit', [0, 3]]]);
});
