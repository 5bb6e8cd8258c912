/**
 * Member units' spreadsheets through the import screens: nomination lists into a round (the real
 * files of provincial emulation software in ../shared/corpus), people with a merged "Năm sinh |
 * Nam | Nữ" header, the year's ratings, initiatives, codes read through a DANHMUC sheet; undo of each.
 */
import { test, expect, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as XLSX from 'xlsx';
import { chooseFile, openHarness, openWizard, readTable } from '../fixtures/import/wizard';
import { confirmDialog, watchErrors } from '../support/ui';

const CORPUS = resolve(process.cwd(), '../shared/corpus');
const corpusFile = (name: string) => resolve(CORPUS, name);
const hasCorpus = existsSync(CORPUS);

type Cell = string | number | null;

function workbook(sheets: Array<{ name: string; rows: Cell[][]; merges?: XLSX.Range[] }>): Buffer {
  const wb = XLSX.utils.book_new();
  for (const s of sheets) {
    const ws = XLSX.utils.aoa_to_sheet(s.rows);
    if (s.merges) ws['!merges'] = s.merges;
    XLSX.utils.book_append_sheet(wb, ws, s.name);
  }
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

const next = (page: Page) => page.getByTestId('import-next');

/** File step -> header step -> mapping step; returns when the mapping is shown. */
async function toMapping(page: Page, name: string, buffer: Buffer): Promise<void> {
  await openWizard(page);
  await chooseFile(page, name, buffer);
  await expect(page.getByTestId('import-preview')).toBeVisible();
  await next(page).click();
  await expect(next(page)).toBeEnabled();
  await next(page).click();
  await expect(page.getByTestId('import-mapping')).toBeVisible();
}

/** Mapping -> clean-up -> preview; returns the preview's counts text. */
async function toPreview(page: Page): Promise<void> {
  await expect(next(page)).toBeEnabled();
  await next(page).click();
  await expect(next(page)).toBeEnabled();
  await next(page).click();
  await expect(page.getByTestId('import-counts')).toBeVisible();
}

async function count(page: Page, key: 'new' | 'update' | 'error' | 'duplicate'): Promise<number> {
  const text = (await page.getByTestId(`import-count-${key}`).textContent()) ?? '';
  return Number(text.replace(/\D/g, ''));
}

async function commit(page: Page): Promise<string> {
  await next(page).click();
  const confirm = page.getByTestId('import-create-missing');
  if (await confirm.isVisible()) {
    await expect(page.getByTestId('import-commit')).toBeDisabled();
    await confirm.check();
  }
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-result')).toBeVisible({ timeout: 30_000 });
  return (await page.getByTestId('import-result').textContent()) ?? '';
}

async function pick(page: Page, testId: string, option: string | RegExp): Promise<void> {
  await page.getByTestId(testId).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first().click();
}

async function createRoundInWizard(page: Page, name: string, year: number): Promise<void> {
  await page.getByTestId('import-round-new').click();
  await page.getByTestId('import-round-name').fill(name);
  await page.getByTestId('import-round-year').fill(String(year));
  await page.getByTestId('import-round-create').click();
  await expect(page.getByTestId('import-round')).toContainText(name);
}

async function undoLatest(page: Page, fileName?: string): Promise<void> {
  await page.goto('/index.html#/import/history');
  const scope = fileName ? page.getByRole('row').filter({ hasText: fileName }) : page.getByTestId('import-history');
  await scope.getByTestId('import-undo').first().click();
  await confirmDialog(page, 'import-undo-confirm');
  await expect(scope.first()).toContainText('Đã hoàn tác');
}

test.describe('nomination lists from provincial software (../shared/corpus)', () => {
  test.skip(!hasCorpus, `Bỏ qua: không có thư mục ${CORPUS}`);

  test('NHANDULIEU: the list sheet, TAPTHE/CANHAN/HOGIADINH kinds, a round made in the wizard, default awards, judged at once, undo', async ({ page }) => {
    const errors = watchErrors(page);
    await toMapping(page, 'vn_tdkt_nhandulieu.xlsx', readFileSync(corpusFile('vn_tdkt_nhandulieu.xlsx')));
    await expect(page.getByTestId('import-target')).toContainText('Danh sách đề nghị khen thưởng');
    await expect(page.getByTestId('import-target-guess')).toContainText('đề nghị');
    // A round is needed before going on.
    await expect(next(page)).toBeDisabled();
    await createRoundInWizard(page, 'Khen thưởng năm 2025', 2025);
    await pick(page, 'import-default-award-unit', 'Tập thể lao động tiên tiến');
    await pick(page, 'import-default-award-person', /^Lao động tiên tiến$/);
    await page.screenshot({ path: '.tmp/import-results/nominations-mapping.png', fullPage: true });
    await toPreview(page);
    expect(await count(page, 'error')).toBe(0);
    expect(await count(page, 'new')).toBe(4);
    await expect(page.getByTestId('import-to-create')).toContainText('1 cá nhân');
    // The empty award cell shows the default it takes, not a dash.
    const personRow = page.getByRole('row').filter({ hasText: 'Trần Mạnh Hải' });
    await expect(personRow).toContainText('Lao động tiên tiến');
    await expect(personRow).toContainText('lấy hình thức mặc định');
    await page.screenshot({ path: '.tmp/import-results/nominations-preview.png', fullPage: true });
    const result = await commit(page);
    expect(result).toContain('4 đề nghị khen thưởng');
    await expect(page.getByTestId('import-judged')).toContainText('/4 đề nghị');
    await page.screenshot({ path: '.tmp/import-results/nominations-result.png', fullPage: true });

    await page.getByTestId('import-open-round').click();
    for (const name of ['UBND Tỉnh Quảng Bình', 'UBND Thành phố Đồng Hới', 'Trần Mạnh Hải', 'Gia đình ông Lê Văn Hải']) {
      await expect(page.getByRole('row').filter({ hasText: name })).toHaveCount(1);
    }
    // Judged in the round: every entry shows its eligibility column.
    await expect(page.getByRole('row').filter({ hasText: 'Trần Mạnh Hải' })).toContainText(/Đạt|Chưa đạt|Chưa có điều kiện/);
    await page.screenshot({ path: '.tmp/import-results/nominations-round.png', fullPage: true });
    const noms = await readTable(page, 'nominations');
    expect(noms).toHaveLength(4);
    expect(noms.filter((n) => n.recipientKind === 'person').map((n) => n.catalogCode)).toEqual(['LDTT']);
    const people = await readTable(page, 'people');
    expect(people.map((p) => p.fullName)).toEqual(['Trần Mạnh Hải']);
    expect(people[0].position).toBe('Giám đốc');

    await undoLatest(page);
    expect(await readTable(page, 'nominations')).toHaveLength(0);
    expect(await readTable(page, 'people')).toHaveLength(0);
    expect(await readTable(page, 'units')).toHaveLength(0);
    expect(await readTable(page, 'rounds')).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  test('QUYETDINH (an empty second sheet) and LUACHON (empty choice columns): every row imported into the round opened from the round page', async ({
    page,
  }) => {
    // The round page's "Nhập danh sách đề nghị từ Excel" opens the wizard with the round chosen.
    await openHarness(page);
    const round = await page.evaluate(async () => {
      const { createRound } = await (window as any).harness.module('db/repositories/awards/rounds');
      return createRound({ name: 'Đợt chuyên đề 2025', year: 2025, type: 'nam' });
    });
    for (const [file, names] of [
      ['vn_tdkt_quyetdinh_emptysheet.xlsx', ['Lê Thanh Hải', 'Trần Thị Hà']],
      ['vn_tdkt_luachon_columns.xlsx', ['UBND Tỉnh Quảng Bình', 'UBND Thành phố Đồng Hới', 'Trần Mạnh Hải', 'Gia đình ông Lê Văn Hải']],
    ] as const) {
      await page.goto(`/index.html#/nominations/${round.id}`);
      await page.getByTestId('round-import').click();
      await expect(page.getByTestId('import-file-input')).toBeAttached();
      await chooseFile(page, file, readFileSync(corpusFile(file)));
      await expect(page.getByTestId('import-preview')).toBeVisible();
      await next(page).click();
      await expect(next(page)).toBeEnabled();
      await next(page).click();
      await expect(page.getByTestId('import-round')).toContainText('Đợt chuyên đề 2025');
      await pick(page, 'import-default-award-unit', 'Giấy khen (tập thể)');
      await pick(page, 'import-default-award-person', 'Giấy khen (cá nhân)');
      await toPreview(page);
      expect(await count(page, 'error'), file).toBe(0);
      expect(await count(page, 'new'), file).toBe(names.length);
      await commit(page);
      await page.getByTestId('import-open-round').click();
      for (const name of names) await expect(page.getByRole('row').filter({ hasText: name }).first()).toBeVisible();
    }
    // Two individuals, then two collectives, one person and one household.
    expect(await readTable(page, 'nominations')).toHaveLength(6);
  });

  test('DETAI_SANGKIEN: an initiative list (header typo "Ngày công nhân") lands as 2 initiatives, listed on their page; undo', async ({ page }) => {
    await toMapping(page, 'vn_tdkt_detai_sangkien.xlsx', readFileSync(corpusFile('vn_tdkt_detai_sangkien.xlsx')));
    await expect(page.getByTestId('import-target')).toContainText('Sáng kiến, đề tài');
    await page.getByTestId('import-default-year').fill('2024');
    await toPreview(page);
    expect(await count(page, 'error')).toBe(0);
    expect(await count(page, 'new')).toBe(2);
    const result = await commit(page);
    expect(result).toContain('2 sáng kiến');
    await page.goto('/index.html#/initiatives');
    await expect(page.getByTestId('initiatives-table')).toContainText('Đề tài cải cách 1');
    await expect(page.getByTestId('initiatives-table')).toContainText('Đề tài cải cách 2');
    await expect(page.getByTestId('initiatives-count')).toContainText('2 chưa gắn tác giả');
    await page.screenshot({ path: '.tmp/import-results/initiatives-page.png', fullPage: true });
    await undoLatest(page);
    expect(await readTable(page, 'initiatives')).toHaveLength(0);
  });

  test('blank templates: the header is recognised and the message says there are no data rows', async ({ page }) => {
    for (const file of ['vn_tdkt_taphe_blank.xlsx', 'vn_tdkt_mau_nhap_blank.xlsx']) {
      // A fresh wizard for each file (the hash route alone would keep the open one).
      await page.goto('/index.html#/');
      await openWizard(page);
      await chooseFile(page, file, readFileSync(corpusFile(file)));
      await expect(page.getByTestId('import-preview')).toBeVisible();
      await next(page).click();
      await expect(page.getByTestId('import-header-names'), file).toContainText('STT');
      await expect(page.getByTestId('import-no-rows'), file).toContainText('không có dòng dữ liệu nào');
      await expect(next(page)).toBeDisabled();
    }
  });
});

test('codes read through a DANHMUC sheet; a lookup sheet placed first is not taken for the list', async ({ page }) => {
  const file = workbook([
    {
      name: 'DANHMUC',
      rows: [
        [null],
        ['STT', 'Mã số', 'Hình thức khen thưởng', null, 'STT', 'Mã số', 'Danh hiệu thi đua'],
        [1, '1650359884', 'Giấy khen', null, 1, '1647933042', 'Lao động tiên tiến'],
        [2, '1650359965', 'Bằng khen của Chủ tịch UBND tỉnh', null, 2, '1647933380', 'Chiến sĩ thi đua cơ sở'],
        [3, '1650360128', 'Huân chương Lao động hạng Ba', null, 3, '1647933079', 'Tập thể lao động tiên tiến'],
      ],
    },
    {
      name: 'DANHSACH',
      rows: [
        ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG'],
        [null],
        ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Chức vụ', 'Đơn vị công tác', 'Mã danh hiệu thi đua'],
        [1, 'Nguyễn Thị Hoa', 'Nữ', '12/03/1980', 'Kế toán', 'HTX Dương Liễu', 1647933042],
        [2, 'Trần Văn Bình', 'Nam', '1975', 'Giám đốc', 'HTX Dương Liễu', 1647933380],
        [3, 'Lê Văn Cường', 'Nam', '02/09/1990', 'Xã viên', 'HTX Dương Liễu', '1647933042'],
      ],
    },
  ]);
  await openWizard(page);
  await chooseFile(page, 'de-nghi-ma.xlsx', file);
  await expect(page.getByTestId('import-sheet-reason')).toContainText('DANHSACH');
  await next(page).click();
  await expect(next(page)).toBeEnabled();
  await next(page).click();
  await expect(page.getByTestId('import-code-columns')).toContainText('1647933042 → Lao động tiên tiến');
  await createRoundInWizard(page, 'Năm 2025', 2025);
  await toPreview(page);
  expect(await count(page, 'error')).toBe(0);
  expect(await count(page, 'new')).toBe(3);
  await commit(page);
  const noms = await readTable(page, 'nominations');
  expect(noms.map((n) => n.catalogCode).sort()).toEqual(['CSTDCS', 'LDTT', 'LDTT']);
  const people = await readTable(page, 'people');
  expect(people.find((p) => p.fullName === 'Nguyễn Thị Hoa')).toMatchObject({ gender: 'nu', birthYear: 1980, birthDate: '1980-03-12' });
});

test('people with a merged "Năm sinh | Nam | Nữ" header, then the year\'s ratings of the same people; both undone', async ({ page }) => {
  const people = workbook([
    {
      name: 'Danh sách',
      rows: [
        ['DANH SÁCH CÁN BỘ, THÀNH VIÊN HTX DƯƠNG LIỄU'],
        ['STT', 'Họ và tên', 'Năm sinh', null, 'Dân tộc', 'Chức vụ', 'Đơn vị công tác', 'Điện thoại'],
        [null, null, 'Nam', 'Nữ', null, null, null, null],
        [1, 'Nguyễn Văn An', 1970, null, 'Kinh', 'Giám đốc', 'HTX Dương Liễu', '0912345678'],
        [2, 'Phạm Thị Bích', null, 1985, 'Tày', 'Kế toán', 'HTX Dương Liễu', '0987654321'],
        [3, 'Hoàng Văn Cừ', 1992, null, 'Kinh', 'Xã viên', 'HTX Dương Liễu', null],
      ],
      merges: [
        { s: { r: 1, c: 2 }, e: { r: 1, c: 3 } },
        { s: { r: 1, c: 0 }, e: { r: 2, c: 0 } },
        { s: { r: 1, c: 1 }, e: { r: 2, c: 1 } },
      ],
    },
  ]);
  await toMapping(page, 'can-bo.xlsx', people);
  await expect(page.getByTestId('import-target')).toContainText('Danh sách cá nhân');
  await toPreview(page);
  expect(await count(page, 'error')).toBe(0);
  expect(await count(page, 'new')).toBe(3);
  await commit(page);
  const stored = await readTable(page, 'people');
  expect(stored.find((p) => p.fullName === 'Phạm Thị Bích')).toMatchObject({ gender: 'nu', birthYear: 1985, ethnicity: 'Tày', phone: '0987654321' });
  expect(stored.find((p) => p.fullName === 'Nguyễn Văn An')).toMatchObject({ gender: 'nam', birthYear: 1970 });

  const ratings = workbook([
    {
      name: 'Kết quả',
      rows: [
        ['KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI NĂM 2025'],
        ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Kết quả đánh giá, xếp loại'],
        [1, 'Nguyễn Văn An', 1970, 'Giám đốc', 'Hoàn thành xuất sắc nhiệm vụ'],
        [2, 'Phạm Thị Bích', 1985, 'Kế toán', 'HTTNV'],
        [3, 'Hoàng Văn Cừ', 1992, 'Xã viên', 'Hoàn thành nhiệm vụ'],
      ],
    },
  ]);
  await toMapping(page, 'xep-loai-2025.xlsx', ratings);
  await expect(page.getByTestId('import-target')).toContainText('Kết quả phân loại');
  await page.getByTestId('import-default-year').fill('2025');
  await toPreview(page);
  expect(await count(page, 'error')).toBe(0);
  expect(await count(page, 'new')).toBe(3);
  await commit(page);
  const stored2 = await readTable(page, 'ratings');
  const an = stored.find((p) => p.fullName === 'Nguyễn Văn An')!;
  expect(stored2.find((r) => r.recipientId === an.id)).toMatchObject({ year: 2025, rating: 'xuat_sac', recipientKind: 'person' });
  expect(stored2.map((r) => r.rating).sort()).toEqual(['hoan_thanh', 'tot', 'xuat_sac']);
  // The person page shows the rating.
  await page.goto(`/index.html#/people/${an.id}`);
  await expect(page.getByText('0912345678')).toBeVisible();

  await undoLatest(page, 'xep-loai-2025.xlsx');
  expect(await readTable(page, 'ratings')).toHaveLength(0);
  expect(await readTable(page, 'people')).toHaveLength(3);
  await undoLatest(page, 'can-bo.xlsx');
  expect(await readTable(page, 'people')).toHaveLength(0);
});
