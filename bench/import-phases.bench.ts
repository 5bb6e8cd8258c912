import { test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { openHarnessWithFile } from './harness-file';

/**
 * The import worker's phases on the 100,000-row bench file, without the wizard's UI: where the
 * time of bench/import.bench.ts goes. Run import.bench.ts first (it writes the file).
 */
test('import worker phases: parse, plan, commit, raw floor', async ({ page }) => {
  const path = '.tmp/bench-import/htx-100000.xlsx';
  test.skip(!existsSync(path), 'run bench/import.bench.ts first: it writes the 100,000-row file');
  await openHarnessWithFile(page, readFileSync(path));
  const out = await page.evaluate(async () => {
    const bytes: Uint8Array = (window as any).__benchFile;
    const { ImportSession } = await (window as any).harness.module('features/import/pipeline');
    const s = new ImportSession();
    const r: Record<string, number> = {};
    let t = performance.now();
    const lap = (k: string) => {
      const n = performance.now();
      r[k] = Math.round(n - t);
      t = n;
    };
    const copy = bytes.slice().buffer;
    await s.request({ type: 'parse', name: 'a.xlsx', data: copy }, undefined, [copy]);
    lap('parse');
    await s.request({ type: 'preview', sheet: 0, rows: 30 });
    lap('preview');
    const lay = await s.request({ type: 'layout', sheets: [0] });
    lap('layout');
    await s.request({ type: 'plan', options: { target: lay.target, sheets: [0], mapping: lay.mapping, edits: [], skipped: [], defaultYear: 2024 } });
    lap('plan');
    await s.request({ type: 'rows', filter: 'all', offset: 0, limit: 50 });
    lap('rows');
    await s.request({ type: 'commit', options: { overwrite: [], signature: lay.signature } });
    lap('commit');
    s.cancel();
    const f = new ImportSession();
    const c2 = bytes.slice().buffer;
    const floor = await f.request({ type: 'floor', name: 'f.xlsx', data: c2 }, undefined, [c2]);
    f.cancel();
    return { r, floor };
  });
  const { r, floor } = out;
  const floorTotal = floor.readMs + floor.jsonMs + floor.writeMs;
  const total = Object.values(r).reduce((a, b) => a + b, 0);
  console.log(`BENCH import phases: parse ${r.parse} ms, layout ${r.layout} ms, plan ${r.plan} ms, commit ${r.commit} ms; total ${total} ms`);
  console.log(
    `BENCH import phases raw floor: read ${Math.round(floor.readMs)} ms, sheet_to_json ${Math.round(floor.jsonMs)} ms, bulkAdd ${Math.round(floor.writeMs)} ms = ${Math.round(floorTotal)} ms; worker phases = ${(total / floorTotal).toFixed(2)}x`,
  );
});
