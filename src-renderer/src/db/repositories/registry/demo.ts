import { UserError } from '@/domain/errors';
import { buildDemoUnits, DEMO_CITIES, DEMO_MODEL_UNITS, syntheticUnits } from '@/domain/registry/demo-data';
import type { AwardRecord } from '@/domain/awards/types';
import type { RecordOrigin, Unit } from '@/domain/registry/types';
import { getDb, type AppDatabase } from '../../database';
import { auditedWrite } from '../../audit';
import { newId, nowIso } from '../../ids';
import { applyUnitWrites, directoryTables } from './directoryStore';
import { withDerivedFields } from './units';

/** Called as work advances: `done` of `total` units written. */
export type ProgressFn = (done: number, total: number) => void;

/** Units written per bulkAdd: progress moves, and the page can paint between chunks. */
const CHUNK = 5_000;
const DEMO_CHUNK = 20;

export interface DemoLoadResult {
  units: number;
  unitYears: number;
  awards: number;
}

/** The 2015 honours of the domain brief, recorded against the model HTX. */
function modelUnitAwards(units: Unit[], now: string): AwardRecord[] {
  return units.flatMap((u) => {
    const model = DEMO_MODEL_UNITS.find((m) => m.name === u.name);
    if (!model) return [];
    const city = DEMO_CITIES.find((c) => c.code === model.provinceCode)?.name ?? '';
    return [
      {
        id: newId(),
        year: 2015,
        recipientKind: 'unit' as const,
        recipientId: u.id,
        catalogCode: 'HTX_DHTT',
        awardName: 'Tôn vinh HTX điển hình tiên tiến',
        decisionNumber: `${12 + units.indexOf(u)}/QĐ-LMHTX`,
        decisionDate: '2015-12-28',
        issuingBody: `Liên minh HTX ${city}`,
        commendationType: 'chuyen_de' as const,
        source: 'manual' as const,
        createdAt: now,
        updatedAt: now,
      },
    ];
  });
}

/**
 * Loads the demo data set once (indicators up to this year); refuses if demo records are already
 * present. One transaction, written in chunks so `onProgress` can report.
 */
export async function loadDemoData(db: AppDatabase = getDb(), onProgress?: ProgressFn): Promise<DemoLoadResult> {
  const demo = buildDemoUnits(24, new Date().getFullYear());
  return auditedWrite(db, [db.units, db.awards, ...directoryTables(db)], async ({ audit }) => {
    if (await db.units.filter((u) => u.origin === 'demo').first()) {
      throw new UserError('Dữ liệu mẫu đã được nạp trước đó. Hãy xóa dữ liệu mẫu trước khi nạp lại.');
    }
    const now = nowIso();
    const taken = new Set(
      (
        await db.units
          .where('taxCode')
          .anyOf(demo.flatMap((d) => (d.taxCode ? [d.taxCode] : [])))
          .toArray()
      ).map((u) => u.taxCode),
    );
    const units: Unit[] = [];
    let yearCount = 0;
    for (const { years: ys, ...d } of demo) {
      const taxCode = d.taxCode && !taken.has(d.taxCode) ? d.taxCode : undefined;
      const years = ys.map((y) => ({ ...y, updatedAt: now })).sort((a, b) => a.year - b.year);
      yearCount += years.length;
      units.push(withDerivedFields({ ...d, taxCode, years, id: newId(), origin: 'demo', createdAt: now, updatedAt: now }));
    }
    const awards = modelUnitAwards(units, now);
    onProgress?.(0, units.length);
    for (let i = 0; i < units.length; i += DEMO_CHUNK) {
      await db.units.bulkAdd(units.slice(i, i + DEMO_CHUNK));
      onProgress?.(Math.min(units.length, i + DEMO_CHUNK), units.length);
    }
    await applyUnitWrites(db, units);
    await db.awards.bulkAdd(awards);
    await audit({
      action: 'load-demo',
      table: 'units',
      recordId: '*',
      summary: `Nạp dữ liệu mẫu: ${units.length} đơn vị, ${yearCount} dòng chỉ tiêu năm, ${awards.length} khen thưởng`,
    });
    return { units: units.length, unitYears: yearCount, awards: awards.length };
  });
}

/** Removes every record with the given origin ('demo' or 'generated'), their yearly rows with them. */
export async function removeUnitsByOrigin(origin: Extract<RecordOrigin, 'demo' | 'generated'>, db: AppDatabase = getDb()): Promise<number> {
  return auditedWrite(db, [db.units, db.awards, ...directoryTables(db)], async ({ audit }) => {
    // No origin index (schema v3): a scan, for a rare action.
    const ids = (await db.units.filter((u) => u.origin === origin).primaryKeys()) as string[];
    await db.awards.where('recipientId').anyOf(ids).delete();
    await db.units.bulkDelete(ids);
    await applyUnitWrites(db, [], ids);
    await audit({ action: 'delete', table: 'units', recordId: '*', summary: `Xóa ${ids.length} đơn vị ${origin === 'demo' ? 'mẫu' : 'sinh tự động'}` });
    return ids.length;
  });
}

/**
 * Adds N synthetic units (benchmarks, load tests). Tax codes are unique among generated units.
 * One transaction; units are built and written chunk by chunk, `onProgress` after each.
 */
export async function generateUnits(count: number, seed = 1, db: AppDatabase = getDb(), onProgress?: ProgressFn): Promise<number> {
  const now = nowIso();
  const source = syntheticUnits(count, seed);
  let written = 0;
  const rows: Unit[] = [];
  await auditedWrite(db, [db.units, ...directoryTables(db)], async ({ audit }) => {
    if (await db.units.filter((u) => u.origin === 'generated').first()) throw new UserError('Đã có dữ liệu sinh tự động; hãy xóa trước khi sinh lại.');
    onProgress?.(0, count);
    for (;;) {
      const chunk: Unit[] = [];
      while (chunk.length < CHUNK) {
        const r = source.next();
        if (r.done) break;
        chunk.push(withDerivedFields({ ...r.value, id: newId(), origin: 'generated' as const, createdAt: now, updatedAt: now }));
      }
      if (!chunk.length) break;
      await db.units.bulkAdd(chunk);
      rows.push(...chunk);
      written += chunk.length;
      onProgress?.(written, count);
    }
    await applyUnitWrites(db, rows);
    await audit({ action: 'generate', table: 'units', recordId: '*', summary: `Sinh ${count} đơn vị tự động` });
  });
  return written;
}
