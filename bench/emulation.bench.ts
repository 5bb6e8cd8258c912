import { test } from '@playwright/test';
import { report } from './stats';

const UNITS = 100_000;
const YEARS = 10;
const LAST_YEAR = 2025;

test('year-end summary over 100,000 units with 10 years of indicators (1,000,000 unit-year rows)', async ({ page }) => {
  test.setTimeout(20 * 60_000);
  await page.goto('/harness.html');
  const t0 = Date.now();
  await page.evaluate(async (n) => {
    const demo = await window.harness.module('db/repositories/registry/demo');
    await demo.generateUnits(n, 11);
  }, UNITS);
  const t1 = Date.now();
  // Bench data only: years go straight into the units' records in large chunks (no audit), built inside the page.
  const rows = await page.evaluate(
    async ({ years, lastYear }) => {
      const { getDb } = await window.harness.module('db/database');
      const db = getDb();
      const now = new Date().toISOString();
      let seed = 12345;
      const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
      const CHUNK = 5_000;
      let written = 0;
      for (let offset = 0; ; offset += CHUNK) {
        const units = await db.units.offset(offset).limit(CHUNK).toArray();
        if (!units.length) break;
        for (const u of units) {
          u.years = [];
          for (let y = lastYear - years + 1; y <= lastYear; y++) {
            const workers = 3 + Math.floor(rnd() * 60);
            u.years.push({
              year: y,
              members: 5 + Math.floor(rnd() * 300),
              workers,
              revenue: Math.floor(rnd() * 5e9),
              profit: Math.floor(rnd() * 3e8) - 5e7,
              avgIncome: 2_500_000 + Math.floor(rnd() * 6e6),
              updatedAt: now,
            });
            written++;
          }
        }
        await db.units.bulkPut(units);
      }
      return written;
    },
    { years: YEARS, lastYear: LAST_YEAR },
  );
  const t2 = Date.now();
  // The years went around the repositories: the derived data (directory, year chunks) is rebuilt once.
  await page.evaluate(async () => {
    const { getDb } = await window.harness.module('db/database');
    const { rebuildDirectory, directoryTables } = await window.harness.module('db/repositories/registry/directoryStore');
    const db = getDb();
    await db.transaction('rw', [db.units, ...directoryTables(db)], () => rebuildDirectory(db));
  });
  const t3 = Date.now();
  console.log(
    `BENCH emulation: generated ${UNITS} units in ${t1 - t0} ms and ${rows} unit-year rows in ${t2 - t1} ms; full rebuild of the derived data ${t3 - t2} ms`,
  );

  type Run = { total: number; read: number; compute: number; units: number; rows: number; htx: number; longest: number };
  const runs = (mode: 'after-change' | 'fresh-window' | 'in-session', years: number[]) =>
    page.evaluate(
      async ({ mode, years }) => {
        const repo = await window.harness.module('db/repositories/emulation/summary');
        const out: Run[] = [];
        const unitYears = await window.harness.module('db/repositories/registry/unitYears');
        const { getDb } = await window.harness.module('db/database');
        const first = await getDb().units.toCollection().first();
        for (const year of years) {
          // after-change: one unit's figures of that year edited through the form's repository first
          // (the directory and the year chunks are kept on that write; memory drops that year).
          if (mode === 'after-change') {
            await unitYears.saveUnitYear(first.id, { year, members: 7 + Math.floor(Math.random() * 100) });
          }
          let longest = 0;
          const observer = new PerformanceObserver((list) => {
            for (const e of list.getEntries()) longest = Math.max(longest, e.duration);
          });
          observer.observe({ type: 'longtask' });
          const t = performance.now();
          const { summary, timing } = await repo.loadYearSummary(year);
          out.push({
            total: performance.now() - t,
            read: timing.readMs,
            compute: timing.computeMs,
            units: timing.unitCount,
            rows: timing.rowCount,
            htx: summary.total.htx,
            longest,
          });
          await new Promise((r) => setTimeout(r, 50));
          observer.disconnect();
        }
        return out;
      },
      { mode, years },
    );
  const cold = await runs('after-change', [LAST_YEAR, LAST_YEAR - 1, LAST_YEAR - 2]);
  console.log(`BENCH emulation: each run covers ${cold[0]!.units} units and ${cold[0]!.rows} unit-year rows of one year (${cold[0]!.htx} HTX active)`);
  report(
    'year-end summary, first after a data change (one unit-year edited; chunks read + compute)',
    cold.map((t) => t.total),
  );
  report(
    'year-end summary, first after a data change: IndexedDB read part',
    cold.map((t) => t.read),
  );
  report(
    'year-end summary, first after a data change: longest main-thread task',
    cold.map((t) => t.longest),
  );
  const fresh: Run[] = [];
  for (const year of [LAST_YEAR, LAST_YEAR - 1, LAST_YEAR - 2, LAST_YEAR, LAST_YEAR - 1]) {
    await page.reload();
    await page.waitForFunction(() => (window as any).harness?.ready === true);
    fresh.push(...(await runs('fresh-window', [year])));
  }
  report(
    'year-end summary, new window (directory and year chunks read + compute)',
    fresh.map((t) => t.total),
  );
  report(
    'year-end summary, one-pass aggregation of 100,000 units + 100,000 rows',
    [...cold, ...fresh].map((t) => t.compute),
  );
  const same = await runs('in-session', [LAST_YEAR, LAST_YEAR - 1, LAST_YEAR - 2, LAST_YEAR, LAST_YEAR - 1]);
  report(
    'year-end summary, same window, switching year (in-memory snapshot)',
    same.map((t) => t.total),
  );

  // The dashboard: from opening the screen to the first figure on screen.
  const screen: number[] = [];
  for (let i = 0; i < 3; i++) {
    await page.goto('/harness.html');
    const start = Date.now();
    await page.goto(`/index.html#/summary?year=${LAST_YEAR}`);
    await page.getByTestId('stat-htx').waitFor({ timeout: 120_000 });
    screen.push(Date.now() - start);
  }
  report('year-end summary dashboard, open screen to figures shown', screen);
});
