import { test, type Page } from '@playwright/test';
import { longestTask, report, watchLongTasks } from './stats';

const UNITS = 100_000;

async function timeInPage(page: Page, query: string, mode: 'index' | 'memory', runs: number): Promise<number[]> {
  return page.evaluate(
    async ({ query, mode, runs }) => {
      const units = await window.harness.module('db/repositories/registry/units');
      const filter = await window.harness.module('domain/registry/filter');
      const directory = await window.harness.module('db/repositories/registry/unitDirectory');
      // What the registry list filters: the shared directory's rows, with their search index.
      const all = mode === 'memory' ? (await directory.unitDirectory()).entries : [];
      // Built in the background when the list shows (prepareListSearch), timed on its own below.
      if (mode === 'memory') filter.unitWordIndex(all);
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        if (mode === 'index') await units.searchUnits(query, 50);
        else filter.filterUnits(all, { query });
        times.push(performance.now() - t0);
      }
      return times;
    },
    { query, mode, runs },
  );
}

test('registry: search, first list render and filters with 100,000 units', async ({ page }) => {
  await page.goto('/harness.html');
  const t0 = Date.now();
  await page.evaluate(async (n) => {
    const demo = await window.harness.module('db/repositories/registry/demo');
    await demo.generateUnits(n, 7);
  }, UNITS);
  console.log(`BENCH registry: generated ${UNITS} units in IndexedDB in ${Date.now() - t0} ms`);
  // The unit directory was dropped by the write above: this search loads it (what a picker pays once after a change).
  const cold = await timeInPage(page, 'nong ngh', 'index', 1);
  report(`unit picker first search after a change (loads the in-memory directory of ${UNITS} units)`, cold);
  // The floor for loading the registry: IndexedDB returning the directory's chunk records, nothing else.
  const load = await page.evaluate(async () => {
    const { getDb } = await window.harness.module('db/database');
    const { readDirectory } = await window.harness.module('db/repositories/registry/directoryStore');
    const db = getDb();
    const raw: number[] = [];
    const full: number[] = [];
    for (let i = 0; i < 5; i++) {
      let t = performance.now();
      await db.unitDirectory.toArray();
      raw.push(performance.now() - t);
      t = performance.now();
      await readDirectory(db);
      full.push(performance.now() - t);
    }
    return { raw, full };
  });
  // A form edit (one unit renamed) between searches: the picker reads back only the chunk it changed.
  const afterEdit: number[] = [];
  for (let i = 0; i < 5; i++) {
    afterEdit.push(
      await page.evaluate(async (i) => {
        const units = await window.harness.module('db/repositories/registry/units');
        const [u] = await units.searchUnits('nong', 1);
        await units.updateUnit(u.id, { kind: u.kind, name: `${u.name} ${i}`, status: u.status, member: u.member, memberSince: u.memberSince });
        await new Promise((r) => setTimeout(r, 20));
        const t0 = performance.now();
        await units.searchUnits('nong ngh', 50);
        return performance.now() - t0;
      }, i),
    );
  }
  report(`unit picker first search after a form edit (${UNITS} units; the changed chunk read back and merged)`, afterEdit);
  report(`raw floor: IndexedDB read of the directory chunk records (${UNITS} units)`, load.raw);
  report(`directory read and merged into ${UNITS} list rows in Vietnamese order`, load.full);

  const indexBuild = await page.evaluate(async () => {
    const { unitDirectory } = await window.harness.module('db/repositories/registry/unitDirectory');
    const { buildWordIndex } = await window.harness.module('domain/registry/wordIndex');
    const { searchWordsText } = await window.harness.module('domain/registry/unitListRow');
    const { entries } = await unitDirectory();
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      buildWordIndex(entries.length, (k: number) => searchWordsText(entries[k]!));
      times.push(performance.now() - t0);
    }
    return times;
  });
  report(`registry search: word index built over ${UNITS} directory rows (once per list, when idle)`, indexBuild);

  const queries = {
    2: ['ng', 'th', 'du', 'ph'],
    4: ['nong', 'thuo', 'phuc', 'quye'],
    8: ['nong ngh', 'quyet ti', 'hung thi', '09000123'],
  } as const;
  for (const [len, qs] of Object.entries(queries)) {
    const index: number[] = [];
    const memory: number[] = [];
    for (const q of qs) {
      index.push(...(await timeInPage(page, q, 'index', 15)));
      memory.push(...(await timeInPage(page, q, 'memory', 5)));
    }
    report(`unit picker search ${len}-letter prefix, in-memory directory (first 50)`, index);
    report(`registry search ${len}-letter prefix, list filter over all ${UNITS} in memory`, memory);
  }

  // First render: fresh load of the list until the first table row is on screen.
  const firstRender: number[] = [];
  const fullyLoaded: number[] = [];
  const loadTasks: number[] = [];
  await watchLongTasks(page);
  for (let i = 0; i < 5; i++) {
    await page.goto('/harness.html');
    const start = Date.now();
    await page.goto('/index.html#/units');
    await page.locator('[data-testid=unit-table] .wtable__row').first().waitFor();
    firstRender.push(Date.now() - start);
    await page
      .getByTestId('unit-counts')
      .filter({ hasText: /^100\.000 đơn vị/ })
      .waitFor({ timeout: 120_000 });
    fullyLoaded.push(Date.now() - start);
    loadTasks.push(await longestTask(page));
  }
  report(`registry first list render with ${UNITS} units (page load to first row)`, firstRender);
  report(`registry whole list loaded and counted (page load to "100.000 đơn vị")`, fullyLoaded);
  report(`longest main-thread task while the registry loads`, loadTasks);

  // Filter and search are timed in the page, from the input event (the option clicked, the text typed)
  // to the first frame after the counts line changed: Playwright's own waits (a dropdown must stop
  // its opening animation before it clicks) are not the app's.
  await page.evaluate(() => {
    const w = window as unknown as { __inputAt: number; __countsAt: number };
    w.__inputAt = 0;
    w.__countsAt = 0;
    const stamp = (e: Event) => {
      const t = e.target as Element;
      if (e.type === 'input' || t.closest?.('.ant-select-item-option')) w.__inputAt = e.timeStamp;
    };
    document.addEventListener('click', stamp, true);
    document.addEventListener('input', stamp, true);
    new MutationObserver(() => requestAnimationFrame(() => (w.__countsAt = performance.now()))).observe(document.querySelector('[data-testid=unit-counts]')!, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  const inputToCounts = async (before: string | null) => {
    await page.waitForFunction((b) => document.querySelector('[data-testid=unit-counts]')?.textContent !== b, before);
    await page.waitForFunction(() => (window as unknown as { __countsAt: number }).__countsAt > (window as unknown as { __inputAt: number }).__inputAt);
    return page.evaluate(() => {
      const w = window as unknown as { __inputAt: number; __countsAt: number };
      return w.__countsAt - w.__inputAt;
    });
  };
  const filterTimes: number[] = [];
  const counts = page.getByTestId('unit-counts');
  for (let i = 0; i < 4; i++) {
    for (const kind of ['THT', 'HTX']) {
      const before = await counts.textContent();
      await page.getByLabel('Loại hình').click();
      await page.getByTitle(kind, { exact: true }).click();
      filterTimes.push(await inputToCounts(before));
    }
  }
  report(`registry apply a filter (kind) over ${UNITS} units, option clicked to counts on screen`, filterTimes);
  console.log(`BENCH longest main-thread task during the filter clicks: ${await longestTask(page)} ms`);
  const typing: number[] = [];
  for (const q of ['duong', 'hung thinh', 'so 12345', 'ng', 'htx d', 'quyet ti']) {
    const before = await counts.textContent();
    await page.getByLabel('Tìm đơn vị').fill(q);
    typing.push(await inputToCounts(before));
  }
  report(`registry type a search in the list over ${UNITS} units, keystroke to counts on screen`, typing);
  console.log(`BENCH longest main-thread task while typing a search: ${await longestTask(page)} ms`);
});
