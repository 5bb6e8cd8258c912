import type { UnitYear } from '@/domain/registry/types';
import { validateUnitYear, hasErrors } from '@/domain/registry/validation';
import { todayIso } from '@/domain/text/format';
import { getDb, type AppDatabase } from '../../database';
import { auditedWrite } from '../../audit';
import { nowIso } from '../../ids';

export function unitYearId(unitId: string, year: number): string {
  return `${unitId}:${year}`;
}

export class UnitYearValidationError extends Error {
  constructor(public readonly errors: Partial<Record<keyof UnitYear, string>>) {
    super(Object.values(errors).join(' '));
  }
}

export type UnitYearInput = Omit<UnitYear, 'id' | 'unitId' | 'updatedAt' | 'importBatchId'>;

/** Create or replace a unit's indicators for one year. */
export async function saveUnitYear(unitId: string, input: UnitYearInput, db: AppDatabase = getDb()): Promise<UnitYear> {
  const errors = validateUnitYear(input, todayIso());
  if (hasErrors(errors)) throw new UnitYearValidationError(errors);
  return auditedWrite(db, [db.unitYears, db.units], async ({ audit }) => {
    const unit = await db.units.get(unitId);
    if (!unit) throw new Error('Đơn vị không còn tồn tại.');
    const id = unitYearId(unitId, input.year);
    const before = await db.unitYears.get(id);
    const row: UnitYear = { ...input, id, unitId, updatedAt: nowIso() };
    await db.unitYears.put(row);
    await audit({
      action: before ? 'update' : 'create',
      table: 'unitYears',
      recordId: id,
      summary: `${before ? 'Sửa' : 'Thêm'} chỉ tiêu năm ${input.year} của "${unit.name}"`,
      before,
      after: row,
    });
    return row;
  });
}

export async function deleteUnitYear(unitId: string, year: number, db: AppDatabase = getDb()): Promise<void> {
  await auditedWrite(db, [db.unitYears], async ({ audit }) => {
    const id = unitYearId(unitId, year);
    const before = await db.unitYears.get(id);
    if (!before) return;
    await db.unitYears.delete(id);
    await audit({ action: 'delete', table: 'unitYears', recordId: id, summary: `Xóa chỉ tiêu năm ${year}`, before });
  });
}

export async function listUnitYears(unitId: string, db: AppDatabase = getDb()): Promise<UnitYear[]> {
  const rows = await db.unitYears.where('unitId').equals(unitId).toArray();
  return rows.sort((a, b) => a.year - b.year);
}
