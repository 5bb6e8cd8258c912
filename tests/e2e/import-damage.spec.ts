/**
 * The damage campaign's fixed sample (the full campaign is bench/import-damage.bench.ts):
 * damaged copies of the shared corpus and of generated workbooks go through the read step in the
 * browser. Every read must end inside its time budget, parsed or refused with a clear message
 * naming the file. Also: the watchdog itself stops a read past its budget and the next file reads.
 */
import { test, expect } from '@playwright/test';
import { openHarness } from '../support/ui';
import { planVariants, sampleVariants } from '../fixtures/damage/damage';
import { corpusSources, generatedSources, type DamageSource } from '../fixtures/damage/sources';
import { readVariant, tally, type VariantResult } from '../fixtures/damage/campaign';

const SAMPLE = 320;
const SHARDS = 4;

for (let shard = 0; shard < SHARDS; shard++) {
  test(`damaged files: sample part ${shard + 1}/${SHARDS} is read or refused clearly, none over budget`, async ({ page }) => {
    test.setTimeout(240_000);
    const sources = [...corpusSources(), ...(await generatedSources())];
    const byName = new Map<string, DamageSource>(sources.map((s) => [s.name, s]));
    const sample = sampleVariants(planVariants(sources, 2), SAMPLE).filter((_, i) => i % SHARDS === shard);
    await openHarness(page);
    const results: VariantResult[] = [];
    for (const v of sample) results.push(await readVariant(page, v, byName));
    const bad = results.filter((r) => r.outcome === 'unclear' || r.outcome === 'overBudget');
    console.log(`[damage] part ${shard + 1}: ${results.length} variants`, JSON.stringify(tally(results)));
    expect(bad.map((r) => `${r.name}: ${r.outcome} ${r.message.slice(0, 200)}`)).toEqual([]);
  });
}

test('the watchdog stops a read past its budget with a message naming the file, and the next read works', async ({ page }) => {
  await openHarness(page);
  const out = await page.evaluate(async () => {
    const { ImportSession, parseSpreadsheet } = await (window as any).harness.module('features/import/pipeline');
    const limits = await (window as any).harness.module('domain/import/limits');
    // A real workbook big enough that reading it takes longer than a 1 ms budget.
    const rows = ['Tên HTX,Mã số thuế', ...Array.from({ length: 20000 }, (_, i) => `HTX số ${i},${String(100000000 + i).padStart(10, '0')}`)];
    const bytes = new TextEncoder().encode(rows.join('\n'));
    const session = new ImportSession('danh-sach.csv');
    let stopped = '';
    try {
      const data = bytes.slice().buffer;
      await session.request({ type: 'parse', name: 'danh-sach.csv', data }, undefined, [data], {
        ms: 1,
        message: limits.LIMIT_MESSAGES.readTimeout('danh-sach.csv', 1),
      });
    } catch (e) {
      stopped = (e as Error).message;
    }
    const alive = session.alive;
    const next = await parseSpreadsheet('danh-sach.csv', bytes);
    return { stopped, alive, rows: next.sheets[0].rowCount };
  });
  expect(out.stopped).toContain('"danh-sach.csv"');
  expect(out.stopped).toContain('có vẻ bị hỏng hoặc quá phức tạp');
  expect(out.stopped).toContain('lưu lại');
  expect(out.alive).toBe(false);
  expect(out.rows).toBe(20001);
});
