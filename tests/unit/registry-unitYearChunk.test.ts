import { test, expect } from '@playwright/test';
import { applyToYearChunks, buildYearChunks, decodeYearChunk, type UnitYearChunk } from '../../src-renderer/src/domain/registry/unitYearChunk';
import type { StoredUnitYear, Unit } from '../../src-renderer/src/domain/registry/types';

type U = Pick<Unit, 'id' | 'years'>;
const at = '2025-01-01T00:00:00.000Z';
const y = (year: number, f: Partial<StoredUnitYear> = {}): StoredUnitYear => ({ year, updatedAt: at, ...f });

function byId(chunks: UnitYearChunk[]): UnitYearChunk[] {
  return [...chunks].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The stored chunks after applying writes, as a map by id (what IndexedDB would hold). */
function apply(stored: Map<string, UnitYearChunk>, puts: U[], deleted: string[]): void {
  const { put, remove } = applyToYearChunks([...stored.values()], puts, new Set(deleted));
  for (const c of put) stored.set(c.id, c);
  for (const id of remove) stored.delete(id);
}

test('figures read back exactly: money to the đồng, fractions, negatives, and a missing figure stays missing (never 0)', () => {
  const units: U[] = [
    { id: 'a', years: [y(2024, { members: 0, revenue: 12_345_678_901, profit: -50_000_000, avgIncome: 4_250_000.5 })] },
    { id: 'b', years: [y(2024, { workers: 7 })] },
  ];
  const rows = buildYearChunks(units).flatMap(decodeYearChunk);
  const a = rows.find((r) => r.unitId === 'a')!;
  const b = rows.find((r) => r.unitId === 'b')!;
  expect(a).toEqual({ unitId: 'a', year: 2024, members: 0, revenue: 12_345_678_901, profit: -50_000_000, avgIncome: 4_250_000.5 });
  expect(b).toEqual({ unitId: 'b', year: 2024, workers: 7 });
  expect('members' in b).toBe(false);
});

test('writes applied one after another give the same chunks, byte for byte, as a rebuild from the units', () => {
  let seed = 5;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return (seed >>> 8) % n;
  };
  const units = new Map<string, U>();
  const stored = new Map<string, UnitYearChunk>();
  for (let step = 0; step < 400; step++) {
    const op = rnd(4);
    if (op < 2 || units.size < 3) {
      const id = rnd(3) ? `u-${rnd(300)}` : crypto.randomUUID();
      const years = Array.from({ length: rnd(4) }, (_, i) => y(2020 + ((rnd(6) + i) % 6), { members: rnd(50), revenue: rnd(2) ? rnd(1e9) : undefined }));
      const unique = [...new Map(years.map((x) => [x.year, x])).values()];
      const u = { id, years: unique };
      units.set(id, u);
      apply(stored, [u], []);
    } else if (op === 2) {
      const id = [...units.keys()][rnd(units.size)]!;
      units.delete(id);
      apply(stored, [], [id]);
    } else {
      // A bulk write (an import): several units at once, some new, some replaced.
      const batch: U[] = Array.from({ length: 1 + rnd(40) }, () => ({ id: `u-${rnd(300)}`, years: [y(2021 + rnd(4), { workers: rnd(90) })] }));
      const last = new Map(batch.map((u) => [u.id, u]));
      for (const u of last.values()) units.set(u.id, u);
      apply(stored, [...last.values()], []);
    }
  }
  expect(units.size).toBeGreaterThan(50);
  expect(JSON.stringify(byId([...stored.values()]))).toBe(JSON.stringify(byId(buildYearChunks(units.values()))));
});

test('a one-unit edit rewrites only the year chunks of that unit, not every year of its chunk', () => {
  const units: U[] = Array.from({ length: 200 }, (_, i) => ({
    id: `u-${i}`,
    years: [y(2021, { members: i }), y(2022, { members: i }), y(2023, { members: i })],
  }));
  const stored = buildYearChunks(units);
  const { put, remove } = applyToYearChunks(stored, [{ id: 'u-7', years: [y(2023, { members: 99 })] }], new Set());
  // u-7 left 2021 and 2022 and changed 2023: three records of its chunk, nothing else.
  expect(put.map((c) => c.year).sort()).toEqual([2021, 2022, 2023]);
  expect(new Set(put.map((c) => c.chunk)).size).toBe(1);
  expect(remove).toEqual([]);
});
