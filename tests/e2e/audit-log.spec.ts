import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { openHarness, chooseOption } from '../support/ui';

/**
 * The change log reads as people speak: Vietnamese table names, the unit or person each entry is about
 * (still named after the record is deleted), field labels and formatted values, no internal code or id;
 * filtered by dates, table and name without diacritics; sorted; exported to Excel and read back.
 */

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

async function makeChanges(page: Page) {
  await page.evaluate(async () => {
    const h = (window as any).harness;
    const { seedCatalogAndRules } = await h.module('db/repositories/awards/catalog');
    const { createUnit, updateUnit } = await h.module('db/repositories/registry/units');
    const { saveUnitYear } = await h.module('db/repositories/registry/unitYears');
    const { createPerson, updatePerson, deletePerson } = await h.module('db/repositories/awards/people');
    const { addAward, deleteAward } = await h.module('db/repositories/awards/awardHistory');
    const { createRound } = await h.module('db/repositories/awards/rounds');
    const { addNomination, deleteNomination } = await h.module('db/repositories/awards/nominations');
    const { getDb } = await h.module('db/database');
    await seedCatalogAndRules();
    const unit = await createUnit({ kind: 'htx', name: 'HTX Dịch vụ Nông nghiệp Đông Hòa', status: 'active', member: 0 });
    await updateUnit(unit.id, {
      kind: 'htx',
      name: 'HTX Dịch vụ Nông nghiệp Đông Hòa',
      status: 'active',
      member: 1,
      memberSince: 2020,
      foundedDate: '2015-03-12',
      sector: 'nong_nghiep',
    });
    await saveUnitYear(unit.id, { year: 2025, revenue: 1_234_567_000, members: 85 });
    const lan = await createPerson({ fullName: 'Đặng Thị Lan', gender: 'nu', birthYear: 1979, unitId: unit.id });
    await updatePerson(lan.id, { fullName: 'Đặng Thị Lan', gender: 'nu', birthYear: 1979, unitId: unit.id, position: 'Kế toán trưởng' });
    const award = await addAward({
      year: 2024,
      recipientKind: 'person',
      recipientId: lan.id,
      catalogCode: 'CSTDCS',
      decisionDate: '2024-12-20',
      commendationType: 'thuong_xuyen',
    });
    const round = await createRound({ name: 'Khen thưởng tổng kết năm 2025', year: 2025, type: 'nam' });
    const nom = await addNomination({
      roundId: round.id,
      recipientKind: 'person',
      recipientId: lan.id,
      catalogCode: 'CSTDCS',
      summary: 'Hoàn thành xuất sắc.',
    });
    // Entered by mistake: the nomination, the award and the person are deleted.
    await deleteNomination(nom.id);
    await deleteAward(award.id);
    await deletePerson(lan.id);
    // Older entries, as if written in March 2025 (the date filter keeps only these).
    await getDb().auditLog.bulkAdd([
      {
        at: '2025-03-10T02:00:00.000Z',
        actor: 'Nguyễn Văn Cũ',
        action: 'create',
        table: 'units',
        recordId: 'old-1',
        summary: 'Thêm đơn vị "HTX Cũ Một"',
        after: { id: 'old-1', name: 'HTX Cũ Một' },
      },
      {
        at: '2025-03-20T09:30:00.000Z',
        actor: 'Nguyễn Văn Cũ',
        action: 'delete',
        table: 'units',
        recordId: 'old-1',
        summary: 'Xóa hẳn đơn vị "HTX Cũ Một" (nhập nhầm)',
        before: { unit: { id: 'old-1', name: 'HTX Cũ Một' }, years: [] },
      },
    ]);
  });
}

test('change log: names, Vietnamese labels, formatted values, filters, sorting and Excel export', async ({ page }, info) => {
  test.setTimeout(240_000); // a long journey on a shared 2-core machine
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setViewportSize({ width: 1366, height: 768 });
  await openHarness(page);
  await makeChanges(page);
  await page.goto('/index.html#/audit');
  const log = page.getByTestId('audit-log');
  await expect(log.locator('tbody tr').first()).toBeVisible({ timeout: 30_000 }); // start-up on a busy machine

  // Tables in Vietnamese, the subject named, values formatted.
  const unitEdit = log.locator('tr', { hasText: 'Sửa đơn vị' });
  await expect(unitEdit).toContainText('Đơn vị');
  await expect(unitEdit).toContainText('HTX Dịch vụ Nông nghiệp Đông Hòa');
  await expect(unitEdit).toContainText('Thành viên Liên minh: Không → Có');
  await expect(unitEdit).toContainText('Ngày thành lập: (trống) → 12/03/2015');
  await expect(unitEdit).toContainText('Lĩnh vực: (trống) → Nông nghiệp');
  await expect(unitEdit).toContainText('Năm kết nạp: (trống) → 2020');
  await expect(log.locator('tr', { hasText: 'chỉ tiêu năm 2025' })).toContainText('Số liệu năm');
  // The deleted person is still named on every entry about her.
  const personEdit = log.locator('tr', { hasText: 'Sửa cá nhân' });
  await expect(personEdit).toContainText('Người');
  await expect(personEdit).toContainText('Đặng Thị Lan');
  await expect(personEdit).toContainText('Chức vụ: (trống) → Kế toán trưởng');
  const award = log.locator('tr', { hasText: 'Thêm khen thưởng' });
  await expect(award).toContainText('Khen thưởng');
  await expect(award).toContainText('Đặng Thị Lan');
  const nomination = log.locator('tr', { hasText: 'Thêm đề nghị' });
  await expect(nomination).toContainText('Đề nghị');
  await expect(nomination).toContainText('Thêm đề nghị Chiến sĩ thi đua cơ sở'); // the code CSTDCS became its name
  await expect(nomination).toContainText('Đặng Thị Lan');
  await expect(log.locator('tr', { hasText: 'Tạo đợt xét' })).toContainText('Đợt xét');
  await expect(log.locator('tr', { hasText: 'Xóa cá nhân' })).toContainText('Đặng Thị Lan');
  // Times in local time dd/mm/yyyy HH:mm; no internal code or id anywhere.
  await expect(log.locator('tr', { hasText: 'HTX Cũ Một' }).first()).toContainText(/20\/03\/2025 16:30/);
  const text = await log.innerText();
  expect(text).not.toMatch(UUID);
  expect(text).not.toMatch(/\bCSTDCS\b|\bunitYears\b|\bnominations\b|\bpeople\b/);
  await page.screenshot({ path: info.outputPath('nhat-ky.png') });

  // Filter by name, without diacritics: entries about Lan only (her nomination and award too).
  await page.getByRole('textbox', { name: 'Tìm đơn vị, cá nhân' }).fill('dang thi lan');
  await expect(log.locator('tbody tr')).toHaveCount(7);
  await expect(log.locator('tbody tr', { hasText: 'Xóa đề nghị' })).toContainText('Đặng Thị Lan');
  await expect(log.locator('tbody tr', { hasText: 'Xóa khen thưởng' })).toContainText('Đặng Thị Lan');
  expect(new Set(await log.locator('tbody tr td:nth-child(5)').allInnerTexts())).toEqual(new Set(['Đặng Thị Lan']));
  await expect(log.locator('tbody tr', { hasText: 'Thêm cá nhân' })).toContainText('Đơn vị: HTX Dịch vụ Nông nghiệp Đông Hòa'); // the unit by name
  await page.getByRole('textbox', { name: 'Tìm đơn vị, cá nhân' }).fill('');
  // By table.
  await chooseOption(page, page.getByRole('combobox', { name: 'Lọc theo bảng' }), 'Số liệu năm');
  await expect(log.locator('tbody tr')).toHaveCount(1);
  await expect(log.locator('tbody tr')).toContainText('Doanh thu (đồng): 1.234.567.000');
  await page.locator('.ant-select:has([aria-label="Lọc theo bảng"]) .ant-select-clear').click();
  // By date range.
  await page.getByRole('textbox', { name: 'Từ ngày' }).fill('01/03/2025');
  await page.getByRole('textbox', { name: 'Đến ngày' }).fill('31/03/2025');
  await expect(log.locator('tbody tr')).toHaveCount(2);
  await expect(log.locator('tbody tr').first()).toContainText('Xóa hẳn đơn vị "HTX Cũ Một"'); // newest first
  // A deleted unit whose entries stored it differently is still named.
  await expect(log.locator('tbody tr').nth(1)).toContainText('HTX Cũ Một');

  // Sort by the time column: oldest first.
  await log.getByRole('columnheader', { name: 'Thời điểm' }).click();
  await expect(log.locator('tbody tr').first()).toContainText('Thêm đơn vị "HTX Cũ Một"');
  await page.getByRole('button', { name: 'Bỏ lọc' }).click();
  // Sort by subject (Vietnamese order).
  await log.getByRole('columnheader', { name: 'Đơn vị / cá nhân' }).click();
  await expect(async () => {
    const named = (await log.locator('tbody tr td:nth-child(5)').allInnerTexts()).filter((s) => s.trim());
    expect(named.length).toBeGreaterThan(5);
    expect(named).toEqual([...named].sort((a, b) => a.localeCompare(b, 'vi')));
  }).toPass({ timeout: 10_000 });

  // Excel export of what is shown (filtered by name), read back.
  await page.getByRole('textbox', { name: 'Tìm đơn vị, cá nhân' }).fill('dong hoa');
  await expect(log.locator('tbody tr').first()).toContainText('Đông Hòa');
  const shown = await log.locator('tbody tr').count();
  const download = page.waitForEvent('download');
  await page.getByTestId('audit-export').click();
  const file = info.outputPath('nhat-ky.xlsx');
  await (await download).saveAs(file);
  const wb = XLSX.read(readFileSync(file), { type: 'buffer' });
  const rows = XLSX.utils.sheet_to_json<string[]>(wb.Sheets[wb.SheetNames[0]!]!, { header: 1, defval: '' });
  expect(rows[0]![0]).toBe('NHẬT KÝ THAY ĐỔI');
  const header = rows.findIndex((r) => r[0] === 'Thời điểm');
  expect(rows[header]).toEqual(['Thời điểm', 'Người thực hiện', 'Bảng', 'Thao tác', 'Đơn vị / cá nhân', 'Nội dung', 'Thay đổi']);
  const body = rows.slice(header + 1);
  expect(body).toHaveLength(shown);
  for (const r of body) expect(r[4]).toContain('Đông Hòa');
  expect(body.map((r) => r[2])).toContain('Số liệu năm');
  expect(body.some((r) => String(r[6]).includes('Doanh thu (đồng): 1.234.567.000'))).toBe(true);
  expect(body.every((r) => /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/.test(String(r[0])))).toBe(true);
  expect(JSON.stringify(body)).not.toMatch(UUID);
  expect(errors).toEqual([]);
});
