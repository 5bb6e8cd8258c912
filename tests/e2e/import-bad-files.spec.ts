import { test, expect, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as XLSX from 'xlsx';
import { simpleWorkbook } from '../fixtures/import/workbooks';
import { chooseFile, chooseOfficeProvinceIfAsked, openWizard, readTable } from '../fixtures/import/wizard';

function encryptedOoxml(): Buffer {
  // What Excel writes for a password-protected .xlsx: a compound file holding EncryptionInfo + EncryptedPackage.
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', Buffer.alloc(4096, 7));
  return Buffer.from(XLSX.CFB.write(cfb, { type: 'buffer' }) as Uint8Array);
}

const valid = simpleWorkbook('xlsx', [
  ['Tên HTX', 'MST'],
  ['HTX A', '0101234567'],
]);

const CASES: Array<{ title: string; name: string; data: () => Buffer; message: RegExp }> = [
  { title: 'empty file', name: 'rong.xlsx', data: () => Buffer.alloc(0), message: /rỗng/ },
  {
    title: 'an image renamed .xlsx',
    name: 'anh.xlsx',
    data: () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]),
    message: /không phải là bảng tính được hỗ trợ/,
  },
  { title: 'a truncated .xlsx', name: 'hong.xlsx', data: () => valid.subarray(0, Math.floor(valid.length / 2)), message: /bị hỏng|không phải là bảng tính/ },
  { title: 'a password-protected .xlsx', name: 'mat-khau.xlsx', data: encryptedOoxml, message: /mật khẩu/ },
  { title: 'a workbook whose sheets are all empty', name: 'trong.xlsx', data: () => simpleWorkbook('xlsx', []), message: /không có dữ liệu/ },
  {
    title: 'too many columns',
    name: 'rong-qua.csv',
    data: () => Buffer.from(Array.from({ length: 260 }, (_, i) => `Cột ${i + 1}`).join(',') + '\n' + '1,'.repeat(259) + '1\n'),
    message: /260 cột, vượt giới hạn 200 cột/,
  },
  {
    title: 'an over-long cell',
    name: 'o-dai.csv',
    data: () => Buffer.from('Tên HTX,Ghi chú\nHTX A,' + 'x'.repeat(40_000) + '\n'),
    message: /dài 40\.000 ký tự/,
  },
];

async function expectRejected(page: Page, name: string, message: RegExp) {
  const error = page.getByTestId('import-error');
  await expect(error).toBeVisible();
  await expect(error).toContainText(name);
  await expect(error).toContainText(message);
  await expect(page.getByTestId('import-preview')).toHaveCount(0);
  expect(await readTable(page, 'units')).toHaveLength(0);
  expect(await readTable(page, 'importBatches')).toHaveLength(0);
}

for (const c of CASES) {
  test(`bad file: ${c.title} gets a clear message and changes nothing`, async ({ page }) => {
    await openWizard(page);
    await chooseFile(page, c.name, c.data());
    await expectRejected(page, c.name, c.message);
  });
}

test('bad file: over the size limit is refused before reading, the window stays usable', async ({ page }) => {
  const dir = resolve('.tmp/import-results');
  mkdirSync(dir, { recursive: true });
  const path = resolve(dir, 'qua-lon.csv');
  writeFileSync(path, Buffer.alloc(61 * 1024 * 1024, 0x41));
  await openWizard(page);
  await page.getByTestId('import-file-input').setInputFiles(path);
  await expectRejected(page, 'qua-lon.csv', /vượt giới hạn 60 MB/);
});

test('headers named __proto__ and constructor are harmless', async ({ page }) => {
  const file = simpleWorkbook('xlsx', [
    ['__proto__', 'constructor', 'Tên HTX', 'toString'],
    ['x', 'y', 'HTX An Bình', 'z'],
  ]);
  await openWizard(page);
  await chooseFile(page, 'proto.xlsx', file);
  await expect(page.getByTestId('import-preview')).toContainText('__proto__');
  for (let i = 0; i < 4; i++) await page.getByTestId('import-next').click();
  await chooseOfficeProvinceIfAsked(page);
  await page.getByTestId('import-next').click();
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-result')).toBeVisible();
  expect(await page.evaluate(() => (({}) as Record<string, unknown>).x === undefined && typeof {}.toString === 'function')).toBe(true);
  const units = await readTable(page, 'units');
  expect(units.map((u) => u.name)).toEqual(['HTX An Bình']);
});

test('cancel stops a long parse and leaves nothing stored', async ({ page }) => {
  const rows = ['Tên HTX,Mã số thuế,Địa chỉ,Doanh thu'];
  for (let i = 0; i < 200_000; i++) rows.push(`HTX Số ${i},${String(100000000 + i).padStart(10, '0')},Xã ${i % 500},"${i}.000"`);
  await openWizard(page);
  await chooseFile(page, 'lon.csv', Buffer.from(rows.join('\n')));
  await page.getByTestId('import-cancel').click();
  await expect(page.getByTestId('import-error')).toContainText('Đã hủy');
  await expect(page.getByTestId('import-busy')).toHaveCount(0);
  expect(await readTable(page, 'units')).toHaveLength(0);
});
