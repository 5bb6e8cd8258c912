import { test, expect } from '@playwright/test';
import { openHarness } from '../support/ui';
import { directoryAndRebuild, firstDifference } from '../support/unitDirectory';

/**
 * The unit directory (db/repositories/registry/directoryStore.ts) is derived data kept current by
 * every write to units. After random sequences of the writes the app makes (form create/edit with
 * renames, status changes, deletes, demo data loaded and removed, generated units), the stored
 * chunks equal a full rebuild from the units table byte for byte, and the list shows every unit.
 */
test('directory kept on write equals a full rebuild after random write sequences', async ({ page }) => {
  test.setTimeout(240_000);
  await openHarness(page);
  // The in-memory copy shared by the list and the pickers is loaded first, then patched chunk by chunk.
  const inMemoryMatchesStore = () =>
    page.evaluate(async () => {
      const { unitDirectory } = await window.harness.module('db/repositories/registry/unitDirectory');
      const { readDirectory } = await window.harness.module('db/repositories/registry/directoryStore');
      const { getDb } = await window.harness.module('db/database');
      await new Promise((r) => setTimeout(r, 50));
      const memory = (await unitDirectory(getDb())).entries.map((r: { id: string; name: string; status: string }) => `${r.id}|${r.name}|${r.status}`);
      const fresh = (await readDirectory(getDb())).map((r: { id: string; name: string; status: string }) => `${r.id}|${r.name}|${r.status}`);
      return { same: JSON.stringify(memory) === JSON.stringify(fresh), rows: memory.length };
    });
  await inMemoryMatchesStore();
  for (const seed of [11, 29, 47]) {
    const log = await page.evaluate(async (seed) => {
      const units = await window.harness.module('db/repositories/registry/units');
      const demo = await window.harness.module('db/repositories/registry/demo');
      const unitYears = await window.harness.module('db/repositories/registry/unitYears');
      let s = seed;
      const rnd = (n: number) => {
        s = (s * 1103515245 + 12345) & 0x7fffffff;
        return (s >>> 8) % n;
      };
      const words = ['Đồng Phú', 'Dương Liễu', 'An Bình', 'Ấp Bắc', 'Ông Ích Khiêm', 'Hòa Lạc', 'Nông nghiệp', 'Thủy sản', 'Ý Yên', 'Bắc Sơn'];
      const provinces = ['01', '79', '48', undefined];
      const ids: string[] = [];
      const done: string[] = [];
      for (let i = 0; i < 120; i++) {
        const op = ids.length < 5 ? 0 : rnd(10);
        const name = `${rnd(2) ? 'HTX' : 'THT'} ${words[rnd(words.length)]} ${rnd(500)}`;
        const member = rnd(2);
        const input = {
          kind: name.startsWith('HTX') ? 'htx' : 'tht',
          name,
          status: 'active',
          member,
          memberSince: member ? 2010 + rnd(10) : undefined,
          provinceCode: provinces[rnd(4)],
          address: rnd(2) ? `Thôn ${rnd(9)}` : undefined,
        };
        if (op <= 3) ids.push((await units.createUnit(input)).id);
        else if (op <= 5) await units.updateUnit(ids[rnd(ids.length)]!, input);
        else if (op === 6) await units.setUnitStatus(ids[rnd(ids.length)]!, rnd(2) ? 'dissolved' : 'paused', undefined);
        else if (op === 7) {
          const k = rnd(ids.length);
          await units.deleteUnit(ids[k]!);
          ids.splice(k, 1);
        } else if (op === 8 && i % 40 === 8) {
          await demo.loadDemoData().catch(() => demo.removeUnitsByOrigin('demo'));
        } else if (op === 9 && i % 60 === 9) {
          await demo.generateUnits(150, seed + i).catch(() => demo.removeUnitsByOrigin('generated'));
        } else if (op === 8 || op === 9) {
          // A year's figures written or removed: only the year chunks change.
          const id = ids[rnd(ids.length)]!;
          const year = 2020 + rnd(6);
          if (rnd(3))
            await unitYears.saveUnitYear(id, { year, members: rnd(300), revenue: rnd(9) * 1_250_000_000 + 0.5, profit: rnd(2) ? -rnd(5e7) : undefined });
          else await unitYears.deleteUnitYear(id, year);
        }
        done.push(String(op));
      }
      return done.join('');
    }, seed);
    const { stored, rebuilt, rows, yearRows } = await directoryAndRebuild(page);
    expect(await inMemoryMatchesStore()).toEqual({ same: true, rows });
    expect(log.length).toBe(120);
    expect(rows).toBeGreaterThan(20);
    expect(yearRows).toBeGreaterThan(5);
    expect(stored === rebuilt, firstDifference(stored, rebuilt)).toBe(true);
  }
  // The registry list reads the directory: it shows exactly the stored units, in Vietnamese order.
  const total = await page.evaluate(async () => (await window.harness.module('db/database')).getDb().units.count());
  await page.goto('/index.html#/units');
  await expect(page.getByTestId('unit-counts')).toContainText(new RegExp(`^${total.toLocaleString('vi-VN')} đơn vị`));
});

test('a write that goes around the repositories is caught: the list rebuilds the directory', async ({ page }) => {
  await openHarness(page);
  const before = await page.evaluate(async () => {
    const units = await window.harness.module('db/repositories/registry/units');
    const { getDb } = await window.harness.module('db/database');
    await units.createUnit({ kind: 'htx', name: 'HTX Dương Liễu', status: 'active', member: 0 });
    const u = await units.createUnit({ kind: 'htx', name: 'HTX An Bình', status: 'active', member: 0 });
    // A unit written straight into the table (as a bench seed does): the directory misses it.
    await getDb().units.put({ ...u, id: 'outside-1', name: 'HTX Ấp Bắc', nameKey: 'htx ap bac', sortKey: u.sortKey + '0', searchWords: ['htx', 'ap', 'bac'] });
    return (await getDb().unitDirectory.toArray()).reduce((n: number, c: { count: number }) => n + c.count, 0);
  });
  expect(before).toBe(2);
  // Reading the directory (what the list and the pickers do) checks it against the units table
  // right after, notices the missing row and rebuilds it.
  const names = await page.evaluate(async () => {
    const { readDirectory, verifyDirectory } = await window.harness.module('db/repositories/registry/directoryStore');
    const { getDb } = await window.harness.module('db/database');
    const rebuilt = await verifyDirectory(getDb());
    return { rebuilt, names: (await readDirectory(getDb())).map((r: { name: string }) => r.name) };
  });
  expect(names).toEqual({ rebuilt: true, names: ['HTX An Bình', 'HTX Ấp Bắc', 'HTX Dương Liễu'] });
  const { stored, rebuilt } = await directoryAndRebuild(page);
  expect(stored === rebuilt, firstDifference(stored, rebuilt)).toBe(true);
  await page.goto('/index.html#/units');
  await expect(page.getByTestId('unit-counts')).toContainText(/^3 đơn vị/);
  await expect(page.locator('[data-testid=unit-table] .wtable__row')).toHaveCount(3);
});
