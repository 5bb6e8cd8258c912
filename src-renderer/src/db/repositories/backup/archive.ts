import { buildArchiveWorkbook, writeArchive, type ArchiveNote } from '@/domain/backup/excel-archive';
import type { Unit } from '@/domain/registry/types';
import { unitYearsOf } from '@/domain/registry/unitYears';
import { getDb, type AppDatabase } from '../../database';
import { readAllTables } from './checksum';

/** All tables as a readable Excel archive (one sheet per table). */
export async function exportExcelArchive(
  appVersion: string,
  db: AppDatabase = getDb(),
): Promise<{ bytes: Uint8Array; notes: ArchiveNote[]; fileName: string }> {
  const { tables } = await readAllTables(db);
  // Readers expect a sheet of yearly indicators: split them out of the units (schema v3 keeps them inside).
  const units = (tables.units ?? []) as Unit[];
  tables.unitYears = units.flatMap((u) => unitYearsOf(u));
  tables.units = units.map(({ years: _years, ...u }) => u);
  const at = new Date();
  const list = Object.keys(tables)
    .sort()
    .map((name) => ({ name, rows: tables[name] as Array<Record<string, unknown>> }));
  const { workbook, notes } = buildArchiveWorkbook(list, at.toISOString(), appVersion);
  const p = (n: number) => String(n).padStart(2, '0');
  const fileName = `ThiDuaHTX-luu-tru-${at.getFullYear()}-${p(at.getMonth() + 1)}-${p(at.getDate())}.xlsx`;
  return { bytes: writeArchive(workbook), notes, fileName };
}
