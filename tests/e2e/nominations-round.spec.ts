import { test, expect, type Page } from '@playwright/test';
import { openHarness, pickOption, setUpOffice } from '../support/ui';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';

/**
 * Nomination rounds end to end in Chromium with real IndexedDB: eligibility reasons, override,
 * council vote, decision into award history; the printed list as PDF; the Excel list read back.
 */

interface Seeded {
  unitId: string;
  hoaId: string;
  binhId: string;
}

/** Two people with dated histories: Hoa has 3 consecutive CSTĐCS + a provincial initiative; Bình misses 2024. */
async function seedPeople(page: Page): Promise<Seeded> {
  return page.evaluate(async () => {
    const h = (window as any).harness;
    const { seedCatalogAndRules } = await h.module('db/repositories/awards/catalog');
    const { createUnit } = await h.module('db/repositories/registry/units');
    const { createPerson, saveInitiative } = await h.module('db/repositories/awards/people');
    const { addAward } = await h.module('db/repositories/awards/awardHistory');
    await seedCatalogAndRules();
    const unit = await createUnit({ kind: 'htx', name: 'HTX Dương Liễu', status: 'active', member: 1, memberSince: 2015 });
    const hoa = await createPerson({ fullName: 'Nguyễn Thị Hoa', gender: 'nu', birthYear: 1980, ethnicity: 'Kinh', position: 'Giám đốc', unitId: unit.id });
    const binh = await createPerson({ fullName: 'Trần Văn Bình', gender: 'nam', birthYear: 1975, ethnicity: 'Tày', position: 'Kế toán', unitId: unit.id });
    const award = (recipientId: string, year: number) =>
      addAward({
        year,
        recipientKind: 'person',
        recipientId,
        catalogCode: 'CSTDCS',
        decisionNumber: `${year}/QĐ-LMHTX`,
        decisionDate: `${year}-12-20`,
        commendationType: 'thuong_xuyen',
      });
    for (const y of [2023, 2024, 2025]) await award(hoa.id, y);
    for (const y of [2023, 2025]) await award(binh.id, y);
    await saveInitiative({ personId: hoa.id, title: 'Quy trình sản xuất rau an toàn', year: 2025, level: 'bo_tinh' });
    return { unitId: unit.id, hoaId: hoa.id, binhId: binh.id };
  });
}

/** Closes the entry drawer; dispatchEvent because a toast may cover the close button. */
async function closeDrawer(page: Page) {
  await expect(page.locator('.ant-modal-wrap:visible')).toHaveCount(0);
  await page.locator('.ant-drawer-close').dispatchEvent('click');
  await expect(page.locator('.ant-drawer-title')).toHaveCount(0);
}

async function addEntry(page: Page, person: string, typed: string, award: string, summary: string) {
  await page.getByRole('button', { name: 'Thêm đề nghị' }).click();
  await pickOption(page, 'nomination_recipientId', person, typed);
  await pickOption(page, 'nomination_catalogCode', award);
  await page.locator('#nomination_summary').fill(summary);
  await page.getByRole('button', { name: 'Thêm', exact: true }).click();
  await expect(page.locator('.ant-drawer-title')).toContainText(person);
}

test('round: eligible and ineligible nominees, reasons, override, council vote, decision into history', async ({ page }) => {
  test.setTimeout(150_000); // a long user journey on a shared 2-core machine
  await openHarness(page);
  const ids = await seedPeople(page);

  await page.goto('/index.html#/nominations');
  await page.getByRole('button', { name: 'Tạo đợt xét' }).click();
  await page.locator('#round_name').fill('Khen thưởng tổng kết năm 2025');
  await page.locator('#round_year').fill('2025');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('heading', { name: 'Khen thưởng tổng kết năm 2025' })).toBeVisible();

  // Hoa: 3 consecutive CSTĐCS and a provincial initiative; only the achievement report is missing.
  await addEntry(
    page,
    'Nguyễn Thị Hoa',
    'nguyen thi hoa',
    'Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh',
    'Ba năm liền Chiến sĩ thi đua cơ sở; sáng kiến cấp tỉnh.',
  );
  const drawer = page.locator('.ant-drawer');
  await expect(drawer.getByTestId('eligibility')).toContainText('Thiếu hồ sơ: Báo cáo thành tích');
  await expect(drawer.getByTestId('eligibility')).toContainText('Đủ 3 năm liên tục Chiến sĩ thi đua cơ sở (năm 2023, 2024, 2025)');
  await expect(drawer.getByTestId('eligibility')).toContainText('Quy trình sản xuất rau an toàn');
  const chooser = page.waitForEvent('filechooser');
  await drawer.getByRole('button', { name: 'Đính kèm tệp' }).click();
  await (await chooser).setFiles({ name: 'bao-cao-thanh-tich.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 báo cáo') });
  await expect(drawer).toContainText('Báo cáo thành tích: bao-cao-thanh-tich.pdf');
  await expect(drawer.getByTestId('eligibility')).not.toContainText('Thiếu hồ sơ');
  await drawer.getByRole('button', { name: 'Đề nghị', exact: true }).click();
  await expect(drawer.getByTestId('nomination-status')).toHaveText('Đã đề nghị');
  await closeDrawer(page);

  // Bình misses 2024: the reason names the year, in the table and in the drawer.
  await addEntry(page, 'Trần Văn Bình', 'tran van binh', 'Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh', 'Hoàn thành xuất sắc nhiệm vụ.');
  await expect(drawer.getByTestId('eligibility')).toContainText('Thiếu năm 2024: chưa có Chiến sĩ thi đua cơ sở');
  await drawer.getByRole('button', { name: 'Đề nghị', exact: true }).click();
  await expect(page.locator('.ant-message')).toContainText(/Chưa đủ điều kiện: .*Thiếu năm 2024/);
  await expect(drawer.getByTestId('nomination-status')).toHaveText('Dự thảo');
  await closeDrawer(page);
  const binhRow = page.locator('tr', { hasText: 'Trần Văn Bình' });
  await expect(binhRow).toContainText('Chưa đạt');
  await expect(binhRow).toContainText('Thiếu năm 2024: chưa có Chiến sĩ thi đua cơ sở');

  // Override the one failing condition with a written reason: kept in the audit log; the rest is still judged.
  await binhRow.click();
  const consecutive = drawer.locator('[data-testid="eligibility-node"][data-outcome="fail"]', { hasText: 'Thiếu năm 2024' }).last();
  await consecutive.getByRole('button', { name: 'Vẫn đề nghị…' }).click();
  await page.getByLabel('Lý do').fill('Năm 2024 được khen đột xuất cấp tỉnh, Hội đồng thống nhất xét.');
  await page.getByRole('button', { name: 'Ghi lý do' }).click();
  const overriddenNode = drawer.locator('[data-testid="eligibility-node"]', { hasText: 'Thiếu năm 2024' }).last();
  await expect(overriddenNode).toContainText('Bỏ qua có lý do');
  await expect(overriddenNode).toHaveAttribute('data-outcome', 'pass');
  await expect(drawer.locator('[data-testid="eligibility-node"][data-outcome="fail"]', { hasText: 'Thiếu hồ sơ: Báo cáo thành tích' })).toBeVisible();
  await closeDrawer(page);
  await expect(binhRow).toContainText('Chưa đạt'); // the missing report still fails

  // Council vote for Hoa: 10 of 11 members = 90,91% of full membership, threshold 90% (Nghị định 98/2023 Điều 30 khoản 7).
  await page.locator('tr', { hasText: 'Nguyễn Thị Hoa' }).click();
  await drawer.getByRole('button', { name: 'Ghi biểu quyết' }).click();
  for (const [id, v] of [
    ['membersTotal', '11'],
    ['membersPresent', '10'],
    ['ballotsIssued', '10'],
    ['ballotsValid', '10'],
    ['votesFor', '10'],
  ]) {
    await page.locator(`#councilVote_${id}`).fill(v!);
  }
  await expect(page.getByTestId('vote-outcome')).toContainText('10/11 phiếu đồng ý = 90,91% tổng số thành viên Hội đồng; ngưỡng 90%: Đạt');
  await page.getByRole('button', { name: 'Ghi kết quả' }).click();
  await expect(drawer.getByTestId('nomination-status')).toHaveText('Hội đồng đã xét');
  await drawer.getByRole('button', { name: 'Chấp thuận', exact: true }).click();
  await expect(drawer.getByTestId('nomination-status')).toHaveText('Được chấp thuận');
  await drawer.getByRole('button', { name: 'Ghi quyết định' }).click();
  await page.locator('#decision_decisionNumber').fill('125/QĐ-UBND');
  await page.locator('#decision_decisionDate').fill('20/01/2026');
  await page.getByRole('button', { name: 'Ghi quyết định' }).last().click();
  await expect(drawer.getByTestId('nomination-status')).toHaveText('Đã có quyết định');
  await closeDrawer(page);

  const counts = page.getByTestId('status-counts');
  await expect(counts).toContainText('Tất cả: 2');
  await expect(counts).toContainText('Dự thảo: 1');
  await expect(counts).toContainText('Đã có quyết định: 1');

  // The award is in Hoa's history, and the initiative is now used by it.
  await page.goto(`/index.html#/people/${ids.hoaId}`);
  await page.getByRole('tab', { name: 'Lịch sử khen thưởng' }).click();
  const history = page.getByTestId('award-history');
  await expect(history.locator('tr', { hasText: '125/QĐ-UBND' })).toContainText('Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh');
  await expect(history.locator('tr', { hasText: '125/QĐ-UBND' })).toContainText('Từ đợt xét');
  await page.getByRole('tab', { name: 'Sáng kiến' }).click();
  await expect(page.getByTestId('initiatives')).toContainText('Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh năm 2025');

  await openHarness(page);
  const log = await page.evaluate(async () => {
    const { getDb } = await (window as any).harness.module('db/database');
    const rows = await getDb().auditLog.where('action').anyOf('override-eligibility', 'status', 'create').toArray();
    return rows.map((r: any) => `${r.action}: ${r.summary}`);
  });
  expect(log).toContainEqual(
    expect.stringMatching(/^override-eligibility: Bỏ qua điều kiện nd152:CSTD_TINH#[\d.]+: Năm 2024 được khen đột xuất cấp tỉnh, Hội đồng thống nhất xét\.$/),
  );
  expect(log).toContain('status: Được chấp thuận → Đã có quyết định');
  expect(log).toContain('create: Ghi khen thưởng "Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh" năm 2025 theo quyết định 125/QĐ-UBND');
});

/** A round with `n` people split over two award forms; one summary starts with "=" (formula injection). */
async function seedRound(page: Page, n: number): Promise<string> {
  return page.evaluate(async (n) => {
    const h = (window as any).harness;
    const { seedCatalogAndRules } = await h.module('db/repositories/awards/catalog');
    const { createUnit } = await h.module('db/repositories/registry/units');
    const { createPerson } = await h.module('db/repositories/awards/people');
    const { createRound } = await h.module('db/repositories/awards/rounds');
    const { addNomination } = await h.module('db/repositories/awards/nominations');
    const { saveOfficeProfile, getOfficeProfile } = await h.module('db/repositories/registry/settings');
    await seedCatalogAndRules();
    await saveOfficeProfile({ ...(await getOfficeProfile()), leaderName: 'Lê Văn Thành' });
    const unit = await createUnit({ kind: 'htx', name: 'HTX Nông nghiệp Đồng Phú', status: 'active', member: 1, memberSince: 2016 });
    const round = await createRound({ name: 'Khen thưởng tổng kết năm 2025', year: 2025, type: 'nam', letterNumber: '5', letterDate: '2026-01-05' });
    for (let i = 1; i <= n; i++) {
      const female = i % 2 === 0;
      const p = await createPerson({
        fullName: `${female ? 'Nguyễn Thị Hằng' : 'Phạm Đức Dũng'} ${String(i).padStart(2, '0')}`,
        gender: female ? 'nu' : 'nam',
        birthYear: 1960 + (i % 30),
        ethnicity: i % 5 === 0 ? 'Mường' : 'Kinh',
        position: 'Thành viên Hội đồng quản trị',
        unitId: unit.id,
      });
      await addNomination({
        roundId: round.id,
        recipientKind: 'person',
        recipientId: p.id,
        catalogCode: i % 3 === 0 ? 'BK_TINH_CN' : 'CSTDCS',
        summary: i === 1 ? '=SUM(A1:A2) doanh thu tăng' : `Hoàn thành xuất sắc nhiệm vụ năm 2025, có sáng kiến cải tiến quy trình sản xuất số ${i}.`,
      });
    }
    return round.id as string;
  }, n);
}

test('printed nomination list: A4 landscape PDF with headers, Vietnamese names, group rows, header repeated on every page', async ({ page }, info) => {
  await openHarness(page);
  const roundId = await seedRound(page, 60);
  await page.goto(`/index.html#/print/nominations/${roundId}/list`);
  await expect(page.locator('table.nomination-list tbody tr')).toHaveCount(62); // 60 rows + 2 group rows
  await expect(page.locator('.app-chrome')).toHaveCount(0); // bare route: no app menu
  const pdfPath = info.outputPath('danh-sach.pdf');
  await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
  const pages = execFileSync('pdftotext', ['-layout', pdfPath, '-'])
    .toString('utf8')
    .split('\f')
    .filter((p) => p.trim());
  expect(pages.length).toBeGreaterThanOrEqual(2);
  const info1 = execFileSync('pdfinfo', [pdfPath]).toString();
  expect(info1).toMatch(/Page size:\s+841\.9\d? x 59[45]\.\d+ pts \(A4\)/); // A4 landscape (points)
  const first = pages[0]!;
  expect(first).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(first).toContain('Độc lập - Tự do - Hạnh phúc');
  expect(first).toContain('LIÊN MINH HỢP TÁC XÃ THÀNH PHỐ HÀ NỘI');
  expect(first).toMatch(/Hà Nội, ngày 05 tháng 01 năm 2026/);
  expect(first).toContain('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG');
  // Two deciding authorities (CSTĐCS, Bằng khen of the city): the whole round's list carries no single letter's number.
  expect(first).not.toContain('Kèm theo Tờ trình số 05/TTr-LMHTX');
  expect(first).toMatch(/\bI\s+Chiến sĩ thi đua cơ sở \(40 cá nhân\)/);
  const all = pages.join('\n');
  expect(all).toMatch(/\bII\s+Bằng khen của Chủ tịch Ủy ban nhân dân thành phố Hà Nội \(20 cá nhân\)/);
  expect(all).not.toContain('UBND tỉnh');
  expect(all).toContain('Nguyễn Thị Hằng 02');
  expect(all).toContain('Phạm Đức Dũng 59');
  expect(all).toContain('Thành viên Hội đồng');
  expect(all).toContain('Đồng Phú');
  const withRows = [...pages.entries()].filter(([, t]) => /Nguyễn Thị Hằng|Phạm Đức Dũng/.test(t));
  expect(withRows.length).toBeGreaterThanOrEqual(2);
  for (const [i, text] of withRows) {
    expect(text, `page ${i + 1} repeats the header`).toContain('Tóm tắt thành tích');
    expect(text, `page ${i + 1} repeats the header`).toContain('Năm sinh');
  }
  // Page numbers top centre from page 2 (none on page 1).
  expect(pages[0]!.trimStart().split('\n')[0]).not.toMatch(/^\s*1\s*$/);
  expect(
    pages[1]!
      .split('\n')
      .find((l) => l.trim())!
      .trim(),
  ).toBe('2');
  expect(pages[pages.length - 1]).toContain('Lê Văn Thành');
  // Look at it: first page rendered to PNG for review.
  execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '2', pdfPath, info.outputPath('danh-sach')]);
});

test('Excel nomination list: styled layout read back with SheetJS (cells, merges, page setup, neutralised formulas)', async ({ page }, info) => {
  await openHarness(page);
  const roundId = await seedRound(page, 6);
  await page.goto(`/index.html#/nominations/${roundId}`);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất Excel' }).click();
  const file = info.outputPath('danh-sach.xlsx');
  await (await download).saveAs(file);
  const wb = XLSX.read(readFileSync(file), { type: 'buffer', cellStyles: true, bookFiles: true });
  const ws = wb.Sheets[wb.SheetNames[0]!]!;
  const v = (a: string) => ws[a]?.v;
  expect(v('A1')).toBe('UBND THÀNH PHỐ HÀ NỘI');
  expect(v('A2')).toBe('LIÊN MINH HỢP TÁC XÃ THÀNH PHỐ HÀ NỘI');
  expect(v('E1')).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(v('E2')).toBe('Độc lập - Tự do - Hạnh phúc');
  expect(v('E3')).toBe('Hà Nội, ngày 05 tháng 01 năm 2026');
  expect(v('A5')).toBe('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG');
  expect([v('A9'), v('B9'), v('C9'), v('C10'), v('D10'), v('G9'), v('H9')]).toEqual([
    'STT',
    'Họ và tên / Tên tập thể',
    'Năm sinh',
    'Nam',
    'Nữ',
    'Tóm tắt thành tích',
    'Hình thức đề nghị',
  ]);
  expect(v('A12')).toBe('I');
  expect(v('B12')).toBe('Chiến sĩ thi đua cơ sở (4 cá nhân)');
  // First CSTĐCS row (sorted by name): Nguyễn Thị Hằng 02, female -> birth year under "Nữ".
  expect([v('A13'), v('B13'), v('C13'), v('D13')]).toEqual(['1', 'Nguyễn Thị Hằng 02', '', '1962']);
  const cells = Object.keys(ws)
    .filter((k) => !k.startsWith('!'))
    .map((k) => ws[k].v);
  expect(cells).toContain("'=SUM(A1:A2) doanh thu tăng");
  expect(cells.some((c) => typeof c === 'string' && c.startsWith('='))).toBe(false);
  const merges = (ws['!merges'] ?? []).map((m) => XLSX.utils.encode_range(m));
  expect(merges).toEqual(expect.arrayContaining(['A1:C1', 'A2:C2', 'E1:I1', 'A5:I5', 'C9:D9', 'A9:A10', 'B9:B10', 'B12:I12']));
  expect(ws['!cols']?.[6]?.wch ?? ws['!cols']?.[6]?.width).toBeGreaterThan(30); // the summary column is wide
  expect(ws['!margins']?.left).toBeCloseTo(0.98, 2);
  // Page setup and repeated header rows, from the workbook's own XML.
  const files = (wb as any).files as Record<string, { content: Uint8Array | string }>;
  const text = (name: string) => {
    const c = files[name]?.content;
    return typeof c === 'string' ? c : Buffer.from(c ?? []).toString('utf8');
  };
  const sheetXml = text('xl/worksheets/sheet1.xml');
  expect(sheetXml).toMatch(/<pageSetup[^>]*paperSize="9"/);
  expect(sheetXml).toMatch(/<pageSetup[^>]*orientation="landscape"/);
  const names = (wb.Workbook?.Names ?? []).map((n) => `${n.Name}=${n.Ref}`);
  expect(names.join(' ')).toMatch(/_xlnm\.Print_Titles=.*\$9:\$11/);
  // Styles: bold header cell with borders (exceljs wrote them; SheetJS reads the bold flag).
  expect(text('xl/styles.xml')).toContain('Times New Roman');
});

test('council minutes, submission letter and achievement report print with the stored data', async ({ page }, info) => {
  test.setTimeout(120_000);
  await setUpOffice(page);
  const ids = await page.evaluate(async () => {
    const h = (window as any).harness;
    const { seedCatalogAndRules } = await h.module('db/repositories/awards/catalog');
    const { createUnit } = await h.module('db/repositories/registry/units');
    const { saveUnitYear } = await h.module('db/repositories/registry/unitYears');
    const { addAward } = await h.module('db/repositories/awards/awardHistory');
    const { setRating } = await h.module('db/repositories/awards/people');
    const { createRound } = await h.module('db/repositories/awards/rounds');
    const n = await h.module('db/repositories/awards/nominations');
    await seedCatalogAndRules();
    const u = await createUnit({ kind: 'htx', name: 'HTX Hòa Cường', status: 'active', member: 1, memberSince: 2015, leaderName: 'Võ Thị Sương' });
    for (const y of [2024, 2025])
      await saveUnitYear(u.id, { year: y, members: 120, revenue: 12_500_000_000 + y, profit: 850_000_000, taxesPaid: 120_000_000, avgIncome: 6_500_000 });
    await addAward({
      year: 2023,
      recipientKind: 'unit',
      recipientId: u.id,
      catalogCode: 'BK_TINH_TT',
      decisionNumber: '3456/QĐ-UBND',
      decisionDate: '2024-03-01',
      issuingBody: 'UBND thành phố Đà Nẵng',
      commendationType: 'thuong_xuyen',
    });
    await setRating('unit', u.id, 2025, 'xuat_sac');
    const r = await createRound({ name: 'Khen thưởng tổng kết năm 2025', year: 2025, type: 'nam', letterNumber: '5', letterDate: '2026-01-05' });
    const nom = await n.addNomination({
      roundId: r.id,
      recipientKind: 'unit',
      recipientId: u.id,
      catalogCode: 'CO_TINH',
      summary: 'Đơn vị dẫn đầu cụm thi đua.',
    });
    await n.attachFile(nom.id, { name: 'bao-cao.pdf', data: new Uint8Array([37, 80, 68, 70]) }, 'bao_cao_thanh_tich');
    // Leading the cluster (Luật 2022 Điều 26 khoản 1) is confirmed with its evidence before submitting.
    const { RULE_SEED } = await h.module('domain/awards/ruleSeed');
    const { walkRule } = await h.module('domain/awards/ruleTree');
    const rule = RULE_SEED.find((x: any) => x.id === 'nd152:CO_TINH');
    let leadPath = '';
    walkRule(rule.condition, (node: any, path: string) => {
      if (node.kind === 'clusterLead') leadPath = path;
    });
    const { confirmNode } = await h.module('db/repositories/awards/nominationJudgments');
    await confirmNode(nom.id, rule.id, leadPath, 'Biên bản bình xét cụm thi đua số 12/BB-CTĐ ngày 20/12/2025: HTX Hòa Cường dẫn đầu cụm.');
    await n.submitNomination(nom.id);
    await n.recordCouncilVote(nom.id, { meetingDate: '2026-01-03', membersTotal: 11, membersPresent: 10, ballotsIssued: 10, ballotsValid: 10, votesFor: 7 });
    return { round: r.id, unit: u.id };
  });
  const pdfText = async (route: string, name: string) => {
    await page.goto(`/index.html#${route}`);
    await page.locator('.admin-doc').waitFor();
    await page.locator('.admin-doc__title').waitFor();
    const file = info.outputPath(`${name}.pdf`);
    await page.pdf({ path: file, preferCSSPageSize: true });
    return execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8');
  };
  const minutes = await pdfText(`/print/nominations/${ids.round}/minutes`, 'bien-ban');
  expect(minutes).toContain('BIÊN BẢN');
  expect(minutes).toMatch(/Số:\s+\/BB-LMHTX/);
  expect(minutes).toContain('Hà Nội, ngày 03 tháng 01 năm 2026');
  expect(minutes).toContain('Tổng số thành viên Hội đồng: 11; có mặt: 10; vắng mặt: 1');
  expect(minutes).toMatch(/HTX Hòa Cường\s+7\/11\s+63,64%/);
  expect(minutes).toContain('Không đạt'); // 63,64% of full membership < 80% (Cờ thi đua)
  expect(minutes).toContain('CHỦ TỊCH HỘI ĐỒNG');

  const letter = await pdfText(`/print/nominations/${ids.round}/letter`, 'to-trinh');
  expect(letter).toContain('Số: 05/TTr-LMHTX');
  expect(letter).toContain('Hà Nội, ngày 05 tháng 01 năm 2026');
  expect(letter).toContain('TỜ TRÌNH');
  expect(letter).toContain('Về việc đề nghị khen thưởng tổng kết năm 2025');
  expect(letter).toContain('Kính gửi: Chủ tịch Ủy ban nhân dân thành phố Hà Nội.');
  expect(letter).toContain('- Cờ thi đua cấp bộ, ban, ngành, tỉnh: 1 tập thể.');
  expect(letter).not.toContain('0 cá nhân');
  expect(letter).toContain('Nơi nhận:');
  expect(letter).toContain('KT. CHỦ TỊCH');

  const report = await pdfText(`/print/achievement/${ids.unit}?year=2025&code=CO_TINH`, 'bao-cao');
  expect(report).toContain('BÁO CÁO THÀNH TÍCH');
  expect(report).toContain('Đề nghị tặng Cờ thi đua cấp bộ, ban, ngành, tỉnh');
  expect(report).toMatch(/2025\s+12\.500\.002\.025\s+850\.000\.000\s+120\.000\.000\s+6\.500\.000/);
  expect(report).toContain('3456/QĐ-UBND ngày');
  expect(report).toContain('01/03/2024');
  expect(report).toContain('UBND thành phố Đà');
  expect(report).toContain('Năm 2025: 120 thành viên.');
  expect(report).toContain('Võ Thị Sương');
});
