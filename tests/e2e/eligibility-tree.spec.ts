import { test, expect, type Page } from '@playwright/test';
import { chooseOption, openHarness, pickOption } from '../support/ui';

/**
 * Through the screens: a round with a đột xuất Bằng khen and a thường xuyên chain
 * Bằng khen; the nominee screen shows each rule as its condition tree with the article of every
 * branch; the đột xuất one is judged by the đột xuất standard and passes once the office confirms
 * the achievement with its evidence; the catalogue shows the trees and refuses an impossible edit.
 * The rules are the test's own (saved through catalog.ts), so the test does not depend on the seed.
 */

const LAW = 'Luật Thi đua, khen thưởng 2022';

interface Seeded {
  roundId: string;
  chainRuleId: string;
  suddenRuleId: string;
  changedRuleId: string;
}

async function seed(page: Page): Promise<Seeded> {
  return page.evaluate(async (LAW) => {
    const h = (window as any).harness;
    const { seedCatalogAndRules, listRules, deleteRule, saveRule } = await h.module('db/repositories/awards/catalog');
    const { createUnit } = await h.module('db/repositories/registry/units');
    const { createPerson, saveInitiative } = await h.module('db/repositories/awards/people');
    const { addAward } = await h.module('db/repositories/awards/awardHistory');
    const { createRound } = await h.module('db/repositories/awards/rounds');
    const { addNomination } = await h.module('db/repositories/awards/nominations');
    const { getDb } = await h.module('db/database');
    await seedCatalogAndRules();
    for (const r of await listRules('BK_TINH_CN')) await deleteRule(r.id);
    const clean = { kind: 'noBlocking', clause: `${LAW} Điều 5`, label: 'Không vi phạm, không đang bị xem xét', blocks: ['ky_luat', 'dieu_tra', 'khieu_nai'] };
    const chain = await saveRule({
      catalogCode: 'BK_TINH_CN',
      effectiveFrom: '2025-07-01',
      types: ['thuong_xuyen'],
      needsCheck: 0,
      legalBasis: `${LAW}; Nghị định 152/2025/NĐ-CP`,
      condition: {
        kind: 'all',
        label: 'Bằng khen cấp tỉnh (cá nhân)',
        of: [
          {
            kind: 'any',
            clause: `${LAW} Điều 74 khoản 1`,
            label: 'Một trong các thành tích',
            of: [
              {
                kind: 'confirmed',
                clause: `${LAW} Điều 74 khoản 1 điểm a`,
                label: 'Thành tích xuất sắc trong phong trào thi đua',
                text: 'Có thành tích xuất sắc được bình xét trong phong trào thi đua do tỉnh phát động',
              },
              {
                kind: 'all',
                clause: `${LAW} Điều 74 khoản 1 điểm d`,
                label: '02 lần liên tục Chiến sĩ thi đua cơ sở và 02 sáng kiến',
                of: [
                  { kind: 'consecutive', codes: ['CSTDCS'], years: 2 },
                  { kind: 'initiative', minLevel: 'co_so', withinYears: 2, count: 2 },
                ],
              },
            ],
          },
          clean,
        ],
      },
    });
    const sudden = await saveRule({
      catalogCode: 'BK_TINH_CN',
      effectiveFrom: '2025-07-01',
      types: ['dot_xuat'],
      needsCheck: 0,
      legalBasis: `${LAW}; Nghị định 152/2025/NĐ-CP`,
      condition: {
        kind: 'all',
        clause: `${LAW} Điều 74 khoản 1 điểm b`,
        label: 'Bằng khen đột xuất',
        of: [{ kind: 'confirmed', label: 'Thành tích đột xuất', text: 'Lập được thành tích đột xuất có phạm vi ảnh hưởng trong tỉnh' }, clean],
      },
    });
    // As if the last update had rewritten a seeded CSTĐCS rule.
    const changedRuleId = (await listRules('CSTDCS'))[0].id as string;
    await getDb().settings.put({ key: 'awards.changedSeedRules', value: [changedRuleId] });

    const unit = await createUnit({ kind: 'htx', name: 'HTX Nông nghiệp Tân Lập', status: 'active', member: 1, memberSince: 2012 });
    const mai = await createPerson({ fullName: 'Lê Thị Mai', gender: 'nu', birthYear: 1982, ethnicity: 'Kinh', position: 'Giám đốc', unitId: unit.id });
    await createPerson({ fullName: 'Phạm Văn Dũng', gender: 'nam', birthYear: 1990, ethnicity: 'Kinh', position: 'Xã viên', unitId: unit.id });
    for (const y of [2024, 2025]) {
      await addAward({
        year: y,
        recipientKind: 'person',
        recipientId: mai.id,
        catalogCode: 'CSTDCS',
        decisionNumber: `${y}/QĐ-HTX`,
        decisionDate: `${y}-12-20`,
        commendationType: 'thuong_xuyen',
      });
      await saveInitiative({ personId: mai.id, title: `Sáng kiến tưới tiết kiệm năm ${y}`, year: y, level: 'co_so' });
    }
    const round = await createRound({ name: 'Khen thưởng năm 2025 và đột xuất', year: 2025, type: 'nam' });
    await addNomination({
      roundId: round.id,
      recipientKind: 'person',
      recipientId: mai.id,
      catalogCode: 'BK_TINH_CN',
      commendationType: 'thuong_xuyen',
      summary: 'Hai năm liền Chiến sĩ thi đua cơ sở, hai sáng kiến.',
    });
    return { roundId: round.id, chainRuleId: chain.id, suddenRuleId: sudden.id, changedRuleId };
  }, LAW);
}

async function closeDrawer(page: Page) {
  await expect(page.locator('.ant-modal-wrap:visible')).toHaveCount(0);
  await page.locator('.ant-drawer-close').dispatchEvent('click');
  await expect(page.locator('.ant-drawer-title')).toHaveCount(0);
}

test('condition trees: đột xuất and chain Bằng khen on the nominee screen, confirmation, catalogue view and refused edit', async ({ page }, info) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await openHarness(page);
  const ids = await seed(page);
  const shot = async (name: string) => {
    await page.waitForTimeout(400); // let modal and drawer animations end
    await page.screenshot({ path: info.outputPath(`${name}.png`) });
  };

  await page.goto(`/index.html#/nominations/${ids.roundId}`);
  await expect(page.getByRole('heading', { name: 'Khen thưởng năm 2025 và đột xuất' })).toBeVisible();

  // A đột xuất Bằng khen added through the form: the type is a required choice, defaulting to thường xuyên in a year-end round.
  await page.getByRole('button', { name: 'Thêm đề nghị' }).click();
  await pickOption(page, 'nomination_recipientId', 'Phạm Văn Dũng', 'pham van dung');
  await pickOption(page, 'nomination_catalogCode', 'Bằng khen của Chủ tịch UBND tỉnh (cá nhân)');
  await expect(page.locator('.ant-select:has(#nomination_commendationType)')).toContainText('Thường xuyên (công trạng)');
  await pickOption(page, 'nomination_commendationType', 'Đột xuất');
  await page.locator('#nomination_summary').fill('Dũng cảm cứu tài sản của hợp tác xã trong cơn bão số 3.');
  await shot('add-nomination');
  await page.getByRole('button', { name: 'Thêm', exact: true }).click();

  const drawer = page.locator('.ant-drawer');
  await expect(page.locator('.ant-drawer-title')).toContainText('Phạm Văn Dũng');
  await expect(drawer.getByTestId('nomination-type')).toHaveText('Đột xuất');
  const tree = drawer.getByTestId('eligibility');
  // Judged by the đột xuất rule only: the chain rule (CSTĐCS years) is not applied.
  await expect(tree.getByTestId('eligibility-rule')).toHaveCount(1);
  await expect(tree.getByTestId('eligibility-rule')).toHaveAttribute('data-rule-id', ids.suddenRuleId);
  await expect(tree).toContainText('Bằng khen đột xuất');
  await expect(tree).toContainText('Điều 74 khoản 1 điểm b');
  await expect(tree).not.toContainText('Chiến sĩ thi đua cơ sở');
  await expect(tree).toContainText('Chưa xác nhận: Lập được thành tích đột xuất');
  await expect(tree.getByTestId('eligibility-rule').locator('.ant-tag').first()).toHaveText('Chưa đạt');
  await drawer.locator('.ant-drawer-body').evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });
  await shot('drawer-sudden-unconfirmed');

  // Confirm the achievement with its evidence: the branch and the rule pass.
  await tree.getByRole('button', { name: 'Xác nhận' }).click();
  const evidence = 'Bão số 3 ngày 07/9/2025: cứu 2 tấn lúa giống của HTX, biên bản xác minh của UBND xã ngày 10/9/2025';
  await page.getByLabel('Minh chứng').fill(evidence);
  await shot('confirm-modal');
  await page.locator('.ant-modal').getByRole('button', { name: 'Xác nhận' }).click();
  await expect(tree.getByTestId('node-confirmation')).toContainText('Văn phòng đã xác nhận ngày');
  await expect(tree.locator('[data-path="0"]')).toContainText(evidence);
  await expect(tree.getByTestId('eligibility-rule').locator('.ant-tag').first()).toHaveText('Đạt');
  await expect(tree.locator('[data-testid="eligibility-node"][data-path="0"]')).toHaveAttribute('data-outcome', 'pass');
  await drawer.locator('.ant-drawer-body').evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });
  await shot('drawer-sudden-confirmed');

  // The confirmation can be taken back.
  await tree.getByRole('button', { name: 'Bỏ xác nhận' }).click();
  await page.locator('.ant-popover').getByRole('button', { name: 'Bỏ' }).click();
  await expect(tree.getByTestId('node-confirmation')).toHaveCount(0);
  await expect(tree.getByTestId('eligibility-rule').locator('.ant-tag').first()).toHaveText('Chưa đạt');
  await tree.getByRole('button', { name: 'Xác nhận' }).click();
  await page.getByLabel('Minh chứng').fill(evidence);
  await page.locator('.ant-modal').getByRole('button', { name: 'Xác nhận' }).click();
  await expect(tree.getByTestId('eligibility-rule').locator('.ant-tag').first()).toHaveText('Đạt');
  await closeDrawer(page);

  // The round list marks the đột xuất entry; the thường xuyên one carries no type tag.
  const dungRow = page.locator('tr', { hasText: 'Phạm Văn Dũng' });
  await expect(dungRow.getByTestId('nomination-type-tag')).toHaveText('Đột xuất');
  await expect(dungRow).toContainText('Đạt');
  const maiRow = page.locator('tr', { hasText: 'Lê Thị Mai' });
  await expect(maiRow.getByTestId('nomination-type-tag')).toHaveCount(0);
  await shot('round-list');

  // The chain nomination: judged by the thường xuyên tree, reasons with their article.
  await maiRow.click();
  await expect(drawer.getByTestId('nomination-type')).toHaveText('Thường xuyên (công trạng)');
  await expect(tree.getByTestId('eligibility-rule')).toHaveAttribute('data-rule-id', ids.chainRuleId);
  await expect(tree).toContainText('Điều 74 khoản 1 điểm d');
  await expect(tree).toContainText('Đủ 2 năm liên tục Chiến sĩ thi đua cơ sở');
  await expect(tree).toContainText('Sáng kiến tưới tiết kiệm');
  await expect(tree.locator('[data-path="0.1"]').first()).toHaveAttribute('data-outcome', 'pass');
  // Điểm a is not needed once điểm d is met: shown, dimmed, without a confirm button.
  await expect(tree.locator('[data-path="0.0"]')).toContainText('không cần');
  await expect(tree.getByRole('button', { name: 'Xác nhận' })).toHaveCount(0);
  await expect(tree.getByTestId('eligibility-rule').locator('.ant-tag').first()).toHaveText('Đạt');
  await drawer.locator('.ant-drawer-body').evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });
  await shot('drawer-chain');
  await closeDrawer(page);

  // The audit log keeps the evidence.
  await openHarness(page);
  const log = await page.evaluate(async () => {
    const { getDb } = await (window as any).harness.module('db/database');
    return (await getDb().auditLog.where('action').equals('confirm-eligibility').toArray()).map((r: any) => r.summary as string);
  });
  expect(log.some((s: string) => s.includes('Bão số 3 ngày 07/9/2025'))).toBe(true);

  // The catalogue: trees grouped by period and type, clauses shown, the changed seed rule tagged.
  await page.goto('/index.html#/catalog');
  const bkRow = page.locator('tr.ant-table-row', { hasText: 'BK_TINH_CN' });
  await bkRow.locator('.ant-table-row-expand-icon').click();
  const rules = page.getByTestId('rules-BK_TINH_CN');
  await expect(rules.getByTestId('rule')).toHaveCount(2);
  await expect(rules.getByTestId('rule-period')).toHaveCount(1);
  await expect(rules).toContainText('Hiệu lực 01/07/2025 – nay');
  await expect(rules).toContainText('Một trong các thành tích: Một trong các điều kiện sau');
  await expect(rules).toContainText('2 năm liên tục đạt Chiến sĩ thi đua cơ sở');
  await expect(rules).toContainText(`${LAW} Điều 74 khoản 1 điểm d`);
  await expect(rules.locator(`[data-rule-id="${ids.suddenRuleId}"]`)).toContainText('Đột xuất');
  await bkRow.scrollIntoViewIfNeeded();
  await shot('catalog-tree');
  const cstdRow = page.locator('tr.ant-table-row', { hasText: 'CSTDCS' }).first();
  await cstdRow.locator('.ant-table-row-expand-icon').click();
  await expect(page.locator(`[data-rule-id="${ids.changedRuleId}"]`)).toContainText('Đã cập nhật theo văn bản');

  // Editing: an empty "any" group is refused live with the Vietnamese message, save disabled.
  await rules.locator(`[data-rule-id="${ids.suddenRuleId}"]`).getByRole('button', { name: 'Sửa' }).click();
  const modal = page.locator('.ant-modal', { hasText: 'Sửa điều kiện' });
  await expect(modal.getByTestId('rule-ok')).toBeVisible();
  await expect(modal.getByTestId('rule-preview')).toContainText('Bằng khen đột xuất: Tất cả các điều kiện sau');
  await shot('rule-form-valid');
  await modal.getByTestId('rule-json').fill('{ "kind": "any", "clause": "Điều 74 khoản 1", "of": [] }');
  await expect(modal.getByTestId('rule-errors')).toContainText('Gốc: nhóm điều kiện trống.');
  await expect(modal.getByRole('button', { name: 'Lưu' })).toBeDisabled();
  await shot('rule-form-invalid');
  // Broken JSON and an unknown kind are explained too.
  await modal.getByTestId('rule-json').fill('{ "kind": "all", "of": [ { "kind": "sangKien" } ] }');
  await expect(modal.getByTestId('rule-errors')).toContainText('Nhánh 1: loại điều kiện "sangKien" không có');
  await modal.getByTestId('rule-json').fill('{ "kind": "all", "of": [');
  await expect(modal.getByTestId('rule-errors')).toContainText('không phải JSON hợp lệ');
  // An overlapping period with the chain rule (same type) is refused.
  await modal.getByTestId('rule-json').fill('{ "kind": "all", "of": [ { "kind": "confirmed", "text": "Thành tích đột xuất" } ] }');
  await expect(modal.getByTestId('rule-ok')).toBeVisible();
  await pickOption(page, 'rule_types', 'Thường xuyên (công trạng)');
  await expect(modal.getByTestId('rule-errors')).toContainText('Thời gian hiệu lực trùng với điều kiện khác');
  await expect(modal.getByRole('button', { name: 'Lưu' })).toBeDisabled();
  await modal.getByRole('button', { name: 'Hủy' }).click();

  // Office quotas: none by default; one added and saved as the office's own setting.
  const quotas = page.getByTestId('office-quotas');
  await quotas.scrollIntoViewIfNeeded();
  await expect(quotas).toContainText('không quy định tỷ lệ khống chế');
  await expect(quotas).toContainText('Không đặt tỷ lệ khống chế');
  await quotas.getByRole('button', { name: 'Thêm tỷ lệ' }).click();
  await chooseOption(page, quotas.getByLabel('Danh hiệu bị khống chế'), 'Chiến sĩ thi đua cơ sở');
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
  // Typed first: the option list is virtual, so an option scrolled out of it is not in the page.
  await quotas.getByLabel('Cơ sở tính tỷ lệ').fill('lao dong tien');
  await chooseOption(page, quotas.getByLabel('Cơ sở tính tỷ lệ'), 'Lao động tiên tiến');
  await page.keyboard.press('Escape');
  await quotas.getByRole('button', { name: 'Ghi tỷ lệ' }).click();
  await expect(page.locator('.ant-message')).toContainText('Đã lưu tỷ lệ khống chế của cơ quan.');
  await shot('office-quotas');

  await openHarness(page);
  const stored = await page.evaluate(async (id) => {
    const { listRules } = await (window as any).harness.module('db/repositories/awards/catalog');
    return (await listRules('BK_TINH_CN')).find((r: any) => r.id === id).condition.of.length as number;
  }, ids.suddenRuleId);
  expect(stored).toBe(2); // the refused edits changed nothing
  const saved = await page.evaluate(async () => {
    const { getOfficeQuotas } = await (window as any).harness.module('db/repositories/awards/officeQuotas');
    return getOfficeQuotas();
  });
  expect(saved).toEqual([{ catalogCode: 'CSTDCS', percent: 15, ofCodes: ['LDTT'], per: 'unit' }]);
});
