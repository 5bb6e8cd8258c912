import { test, expect, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { chooseOption, openHarness } from '../support/ui';

/**
 * The round's documents as a user gets them: the council meeting entered in the round form, the
 * print screens (tờ trình per deciding authority, minutes with the thresholds stored on the votes),
 * and the "Tải Word (.docx)" button of each print screen, the downloaded files read back.
 */

interface Seeded {
  roundId: string;
  unitId: string;
}

async function seed(page: Page): Promise<Seeded> {
  return page.evaluate(async () => {
    const h = (window as any).harness;
    const { seedCatalogAndRules } = await h.module('db/repositories/awards/catalog');
    const { createUnit } = await h.module('db/repositories/registry/units');
    const { saveUnitYear } = await h.module('db/repositories/registry/unitYears');
    const { createPerson } = await h.module('db/repositories/awards/people');
    const { createRound } = await h.module('db/repositories/awards/rounds');
    const n = await h.module('db/repositories/awards/nominations');
    const { saveOfficeProfile, getOfficeProfile } = await h.module('db/repositories/registry/settings');
    await seedCatalogAndRules();
    await saveOfficeProfile({ ...(await getOfficeProfile()), leaderName: 'Lê Văn Thành', draftingUnit: 'VP' });
    const unit = await createUnit({
      kind: 'htx',
      name: 'HTX Hòa Cường',
      status: 'active',
      member: 1,
      memberSince: 2015,
      provinceCode: '79',
      leaderName: 'Võ Thị Sương',
    });
    await saveUnitYear(unit.id, { year: 2025, members: 120, revenue: 12_500_000_000, profit: 850_000_000, taxesPaid: 120_000_000, avgIncome: 6_500_000 });
    const hoa = await createPerson({ fullName: 'Nguyễn Thị Hoa', gender: 'nu', birthYear: 1980, ethnicity: 'Kinh', position: 'Giám đốc', unitId: unit.id });
    const dung = await createPerson({ fullName: 'Phạm Đức Dũng', gender: 'nam', birthYear: 1975, ethnicity: 'Tày', position: 'Kế toán', unitId: unit.id });
    const round = await createRound({ name: 'Khen thưởng tổng kết năm 2025', year: 2025, type: 'nam', letterNumber: '5', letterDate: '2026-01-05' });
    const { getDb } = await h.module('db/database');
    // Proposed entries (eligibility is not what this test is about): set the status directly.
    const add = async (recipientKind: string, recipientId: string, catalogCode: string) => {
      const nom = await n.addNomination({ roundId: round.id, recipientKind, recipientId, catalogCode, summary: 'Hoàn thành xuất sắc nhiệm vụ năm 2025.' });
      await getDb().table('nominations').update(nom.id, { status: 'submitted' });
      return nom;
    };
    const ballot = (votesFor: number) => ({ meetingDate: '2026-01-03', membersTotal: 11, membersPresent: 10, ballotsIssued: 10, ballotsValid: 10, votesFor });
    // 9 of 11 = 81,82%: enough for CSTĐCS (80%), not for CSTĐ tỉnh (90%).
    await n.recordCouncilVote((await add('person', hoa.id, 'CSTDCS')).id, ballot(9));
    await n.recordCouncilVote((await add('person', dung.id, 'CSTD_TINH')).id, ballot(9));
    await n.recordCouncilVote((await add('unit', unit.id, 'BK_TINH_TT')).id, ballot(10));
    return { roundId: round.id as string, unitId: unit.id as string };
  });
}

/** Clicks the Word button of the print toolbar and reads the saved file's document.xml back. */
async function downloadDocx(page: Page, path: string): Promise<{ name: string; xml: string; text: string }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải Word (.docx)' }).click();
  const d = await download;
  await d.saveAs(path);
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = await zip.file('word/document.xml')!.async('string');
  const text = xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
  return { name: d.suggestedFilename(), xml, text };
}

test('round documents: meeting entered in the round form, letters per authority, minutes thresholds, Word files read back', async ({ page }, info) => {
  test.setTimeout(150_000);
  await openHarness(page);
  const ids = await seed(page);

  // The council meeting, entered as a user would.
  await page.goto(`/index.html#/nominations/${ids.roundId}`);
  await page.getByRole('button', { name: 'Sửa đợt' }).click();
  await page.locator('#round_meetingDate').fill('03/01/2026');
  await page.locator('#round_meetingTime').fill('8h30');
  await page.locator('#round_meetingPlace').fill('Hội trường tầng 3, số 5 Lê Thánh Tông');
  await page.locator('#round_chairName').fill('Nguyễn Văn An');
  await page.locator('#round_chairTitle').fill('Chủ tịch Liên minh Hợp tác xã thành phố Hà Nội');
  await page.locator('#round_secretaryName').fill('Trần Thị Bích');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.locator('.ant-modal-wrap:visible')).toHaveCount(0);

  // Minutes: time, place, chair, secretary; 80% and 90% of the full membership as stored on the votes.
  await page.goto(`/index.html#/print/nominations/${ids.roundId}/minutes`);
  const doc = page.locator('.admin-doc');
  await expect(doc).toContainText('Thời gian: 08 giờ 30 phút, ngày 03 tháng 01 năm 2026.');
  await expect(doc).toContainText('Địa điểm: Hội trường tầng 3, số 5 Lê Thánh Tông.');
  await expect(doc).toContainText('Thư ký: Trần Thị Bích.');
  await expect(doc.locator('tr', { hasText: 'Nguyễn Thị Hoa' })).toContainText('80% tổng số thành viên Hội đồng');
  await expect(doc.locator('tr', { hasText: 'Nguyễn Thị Hoa' })).toContainText('Đạt');
  await expect(doc.locator('tr', { hasText: 'Phạm Đức Dũng' })).toContainText('90% tổng số thành viên Hội đồng');
  await expect(doc.locator('tr', { hasText: 'Phạm Đức Dũng' })).toContainText('Không đạt');
  await expect(doc.getByTestId('signature').last()).toContainText('Nguyễn Văn An');
  await expect(doc).not.toContainText('Lê Văn Thành');
  const minutes = await downloadDocx(page, info.outputPath('bien-ban.docx'));
  expect(minutes.name).toBe('Bien-ban-hop-hoi-dong-2025.docx');
  expect(minutes.text).toContain('Chủ trì: Nguyễn Văn An, Chủ tịch Liên minh Hợp tác xã thành phố Hà Nội');
  expect(minutes.text).toContain('90% tổng số thành viên Hội đồng');
  expect(minutes.xml).toContain('w:ascii="Times New Roman"');
  expect(minutes.xml).toMatch(/<w:tblHeader\/>/);

  // Letter: one per deciding authority; the city's chairman by name of the city, never "UBND tỉnh".
  await page.goto(`/index.html#/print/nominations/${ids.roundId}/letter`);
  await chooseOption(page, page.getByTestId('authority-picker'), 'Chủ tịch Ủy ban nhân dân thành phố Hà Nội');
  await expect(doc).toContainText('Kính gửi: Chủ tịch Ủy ban nhân dân thành phố Hà Nội.');
  await expect(doc).toContainText('khen thưởng cho 1 tập thể và 1 cá nhân');
  await expect(doc).not.toContainText('UBND tỉnh');
  await expect(doc).not.toContainText('0 cá nhân');
  await expect(doc).toContainText('- Lưu: VT, VP, 03.');
  await doc.screenshot({ path: info.outputPath('to-trinh-print.png') }); // to look at: rules sized to their text
  const letter = await downloadDocx(page, info.outputPath('to-trinh.docx'));
  expect(letter.name).toBe('To-trinh-2025-2.docx');
  expect(letter.text).toContain('Kính gửi: Chủ tịch Ủy ban nhân dân thành phố Hà Nội.');
  expect(letter.text).toContain('- Bằng khen của Chủ tịch Ủy ban nhân dân thành phố Hà Nội: 1 tập thể.');
  expect(letter.text).not.toContain('Thủ trưởng cơ quan');
  expect(letter.text).toContain('Luật Thi đua, khen thưởng');

  // List for that authority: landscape, header rows repeated.
  await page.goto(`/index.html#/print/nominations/${ids.roundId}/list`);
  await expect(page.locator('table.nomination-list tbody tr')).toHaveCount(6); // 3 groups + 3 rows
  await chooseOption(page, page.getByTestId('authority-picker'), 'Chủ tịch Ủy ban nhân dân thành phố Hà Nội');
  await expect(page.locator('table.nomination-list tbody tr')).toHaveCount(4);
  const list = await downloadDocx(page, info.outputPath('danh-sach.docx'));
  expect(list.name).toMatch(/^Danh-sach-de-nghi-2025(-\d)?\.docx$/);
  expect(list.xml).toMatch(/<w:pgSz [^>]*w:orient="landscape"/);
  expect(list.xml).toMatch(/<w:pgMar [^>]*w:left="1701"/);
  expect(list.xml.match(/<w:tblHeader\/>/g)?.length).toBe(3);
  expect(list.text).toContain('Phạm Đức Dũng');
  expect(list.text).not.toContain('Nguyễn Thị Hoa');

  // Achievement report: the HTX under its own name, no alliance above it.
  await page.goto(`/index.html#/print/achievement/${ids.unitId}?year=2025&code=BK_TINH_TT`);
  await expect(doc).toContainText('Đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân thành phố Hà Nội');
  const report = await downloadDocx(page, info.outputPath('bao-cao.docx'));
  expect(report.name).toBe('Bao-cao-thanh-tich-2025.docx');
  expect(report.text).toContain('HTX HÒA CƯỜNG');
  expect(report.text).not.toContain('LIÊN MINH HỢP TÁC XÃ THÀNH PHỐ HÀ NỘI');
  expect(report.text).toContain('Thành phố Hồ Chí Minh, ngày');
  expect(report.text).toContain('12.500.000.000');
});
