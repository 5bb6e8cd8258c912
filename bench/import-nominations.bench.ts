import { test, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as XLSX from 'xlsx';

const ROWS = 20_000;

/**
 * A member unit's "Danh sách đề nghị khen thưởng" of 20,000 rows (a province's year-end list):
 * title row, individuals and collectives mixed, Phân loại khen thưởng codes, proposed titles by name.
 * Half of the people are already in the registry (matched), the rest are created.
 */
function buildFile(): Buffer {
  const aoa: Array<Array<string | number | null>> = [
    ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2025'],
    [null],
    [
      'STT',
      'Phân loại khen thưởng',
      'Tên tập thể/cá nhân/hộ gia đình',
      'Giới tính',
      'Năm sinh',
      'Chức vụ',
      'Đơn vị công tác',
      'Danh hiệu thi đua/Hình thức khen thưởng',
    ],
  ];
  for (let i = 0; i < ROWS; i++) {
    const person = i % 4 !== 0;
    aoa.push(
      person
        ? [
            i + 1,
            'CANHAN',
            `Nguyễn Văn Người ${i}`,
            i % 3 ? 'Nam' : 'Nữ',
            1960 + (i % 40),
            'Xã viên',
            `HTX Đề Nghị ${i % 500}`,
            i % 2 ? 'Lao động tiên tiến' : 'Chiến sĩ thi đua cơ sở',
          ]
        : [i + 1, 'TAPTHE', `HTX Đề Nghị ${i % 5000}`, null, null, null, null, 'Tập thể lao động tiên tiến'],
    );
  }
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), 'DANHSACH');
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
}

const enabled = (page: Page) =>
  page.waitForFunction(
    () => {
      const b = document.querySelector('[data-testid=import-next]') as HTMLButtonElement | null;
      return b && !b.disabled && !document.querySelector('[data-testid=import-busy]');
    },
    undefined,
    { timeout: 600_000, polling: 50 },
  );

test('import: a 20,000-row nomination list into a round, judged right after the commit', async ({ page }) => {
  test.setTimeout(30 * 60_000);
  const dir = resolve('.tmp/bench-import');
  mkdirSync(dir, { recursive: true });
  const path = resolve(dir, 'de-nghi-20000.xlsx');
  writeFileSync(path, buildFile());

  // The registry the list refers to: 5,000 units and half of the people, written in bulk (bench data only).
  await page.goto('/harness.html');
  await page.waitForFunction(() => (window as any).harness?.ready === true);
  const roundId = await page.evaluate(async (rows) => {
    const h = (window as any).harness;
    const { seedCatalogAndRules } = await h.module('db/repositories/awards/catalog');
    const { withDerivedFields } = await h.module('db/repositories/registry/units');
    const { withPersonDerived } = await h.module('db/repositories/awards/people');
    const { createRound } = await h.module('db/repositories/awards/rounds');
    const { getDb } = await h.module('db/database');
    await seedCatalogAndRules();
    const db = getDb();
    const now = new Date().toISOString();
    const units = Array.from({ length: 5000 }, (_, i) =>
      withDerivedFields({
        id: `u${i}`,
        kind: 'htx',
        name: `HTX Đề Nghị ${i}`,
        status: 'active',
        member: 1,
        origin: 'generated',
        createdAt: now,
        updatedAt: now,
      }),
    );
    await db.units.bulkAdd(units);
    const people: any[] = [];
    for (let i = 0; i < rows; i++) {
      if (i % 4 === 0 || i % 2 === 0) continue;
      people.push(
        withPersonDerived({
          id: `p${i}`,
          fullName: `Nguyễn Văn Người ${i}`,
          gender: i % 3 ? 'nam' : 'nu',
          birthYear: 1960 + (i % 40),
          unitId: `u${i % 500}`,
          origin: 'generated',
          createdAt: now,
          updatedAt: now,
        }),
      );
    }
    await db.people.bulkAdd(people);
    return (await createRound({ name: 'Khen thưởng năm 2025', year: 2025, type: 'nam' })).id;
  }, ROWS);

  await page.goto(`/index.html#/import?round=${roundId}`);
  await page.getByTestId('import-file-input').waitFor({ state: 'attached' });
  const t0 = Date.now();
  await page.getByTestId('import-file-input').setInputFiles(path);
  await page.getByTestId('import-preview').waitFor({ timeout: 300_000 });
  const tRead = Date.now();
  await enabled(page);
  await page.getByTestId('import-next').click(); // header
  await enabled(page);
  await page.getByTestId('import-next').click(); // mapping
  await enabled(page);
  const tPlan0 = Date.now();
  await page.getByTestId('import-next').click(); // clean-up (plan built)
  await enabled(page);
  const tPlan = Date.now();
  const counts = await page.evaluate(() => document.querySelector('[data-testid=import-counts]')?.textContent ?? '');
  await page.getByTestId('import-next').click(); // preview
  await page.getByTestId('import-counts').waitFor();
  const preview = (await page.getByTestId('import-counts').textContent()) ?? counts;
  await enabled(page);
  await page.getByTestId('import-next').click(); // commit step
  const confirm = page.getByTestId('import-create-missing');
  if (await confirm.isVisible()) await confirm.check();
  const tCommit0 = Date.now();
  await page.getByTestId('import-commit').click();
  await page.getByTestId('import-result').waitFor({ timeout: 600_000 });
  const tDone = Date.now();
  const judged = (await page.getByTestId('import-judged').textContent()) ?? '';
  const judgedMs = await page.getByTestId('import-judged').getAttribute('data-ms');
  // Opening the round: its table with every entry judged.
  const tRound0 = Date.now();
  await page.getByTestId('import-open-round').click();
  await page.locator('.ant-table-row').first().waitFor({ timeout: 600_000 });
  await page
    .getByText(/Đạt|Chưa đạt|Chưa có điều kiện/)
    .first()
    .waitFor({ timeout: 600_000 });
  const tRound = Date.now();
  // Raw floor, same run: the records this import wrote, added again with plain bulkAdd into a fresh
  // database of the same schema (IndexedDB's own cost on this machine, without planning or matching).
  await page.goto('/harness.html');
  await page.waitForFunction(() => (window as any).harness?.ready === true);
  const floor = await page.evaluate(async () => {
    const mod = await (window as any).harness.module('db/database');
    const db = mod.getDb();
    const batch = (await db.importBatches.toArray()).at(-1);
    const [nominations, people, units] = await Promise.all([
      db.nominations.filter((n: any) => n.importBatchId === batch.id).toArray(),
      db.people.where('importBatchId').equals(batch.id).toArray(),
      db.units.filter((u: any) => u.importBatchId === batch.id).toArray(),
    ]);
    const scratch = new mod.AppDatabase(`bench-floor-${Date.now()}`);
    await scratch.open();
    const t0 = performance.now();
    await scratch.transaction('rw', [scratch.nominations, scratch.people, scratch.units], async () => {
      await scratch.units.bulkAdd(units);
      await scratch.people.bulkAdd(people);
      await scratch.nominations.bulkAdd(nominations);
    });
    const ms = Math.round(performance.now() - t0);
    scratch.close();
    await scratch.delete();
    return { ms, nominations: nominations.length, people: people.length, units: units.length };
  });
  const commitMs = tDone - tCommit0 - Number(judgedMs ?? 0);
  console.log(`BENCH import-nominations: ${ROWS} rows; read ${tRead - t0} ms; plan ${tPlan - tPlan0} ms; commit + eligibility ${tDone - tCommit0} ms`);
  console.log(`BENCH import-nominations: preview ${preview.replace(/\s+/g, ' ').trim()}`);
  console.log(`BENCH import-nominations: eligibility of the round right after the commit ${judgedMs} ms: ${judged.trim()}`);
  console.log(
    `BENCH import-nominations: commit alone ${commitMs} ms (${floor.nominations} nominations, ${floor.people} new people, ${floor.units} new units); raw floor (same records, plain bulkAdd) ${floor.ms} ms = ${(commitMs / Math.max(1, floor.ms)).toFixed(2)}x`,
  );
  console.log(`BENCH import-nominations: round screen with ${floor.nominations} entries judged shown in ${tRound - tRound0} ms; whole flow ${tRound - t0} ms`);
});
