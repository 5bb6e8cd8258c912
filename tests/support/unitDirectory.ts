import type { Page } from '@playwright/test';

/**
 * The unit directory's stored chunks and year chunks next to a full rebuild from the units table, as JSON:
 * equal strings mean the write path kept the derived data exactly as a rebuild would write it.
 */
export async function directoryAndRebuild(page: Page): Promise<{ stored: string; rebuilt: string; rows: number; yearRows: number }> {
  return page.evaluate(async () => {
    const { getDb } = await window.harness.module('db/database');
    const { buildChunks } = await window.harness.module('domain/registry/unitListRow');
    const { buildYearChunks } = await window.harness.module('domain/registry/unitYearChunk');
    const db = getDb();
    const [chunks, years, units] = await db.transaction('r', [db.units, db.unitDirectory, db.unitYearChunks], () =>
      Promise.all([db.unitDirectory.toArray(), db.unitYearChunks.toArray(), db.units.toArray()]),
    );
    // The year chunks in key order, as IndexedDB returns them.
    const rebuiltYears = buildYearChunks(units).sort((a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return {
      stored: JSON.stringify([chunks, years]),
      rebuilt: JSON.stringify([buildChunks(units), rebuiltYears]),
      rows: units.length,
      yearRows: years.reduce((n: number, c: { count: number }) => n + c.count, 0),
    };
  });
}

/** Where two JSON texts part, with a little context (a readable failure instead of two huge strings). */
export function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `differ at ${i} of ${a.length}/${b.length}: …${a.slice(Math.max(0, i - 80), i + 80)}… vs …${b.slice(Math.max(0, i - 80), i + 80)}…`;
}
