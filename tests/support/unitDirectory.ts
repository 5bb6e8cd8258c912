import type { Page } from '@playwright/test';

/**
 * The unit directory's stored chunks next to a full rebuild from the units table, both as JSON:
 * equal strings mean the write path kept the derived data exactly as a rebuild would write it.
 */
export async function directoryAndRebuild(page: Page): Promise<{ stored: string; rebuilt: string; rows: number }> {
  return page.evaluate(async () => {
    const { getDb } = await window.harness.module('db/database');
    const { buildChunks } = await window.harness.module('domain/registry/unitListRow');
    const db = getDb();
    const [chunks, units] = await db.transaction('r', [db.units, db.unitDirectory], () => Promise.all([db.unitDirectory.toArray(), db.units.toArray()]));
    return { stored: JSON.stringify(chunks), rebuilt: JSON.stringify(buildChunks(units)), rows: units.length };
  });
}

/** Where two JSON texts part, with a little context (a readable failure instead of two huge strings). */
export function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `differ at ${i} of ${a.length}/${b.length}: …${a.slice(Math.max(0, i - 80), i + 80)}… vs …${b.slice(Math.max(0, i - 80), i + 80)}…`;
}
