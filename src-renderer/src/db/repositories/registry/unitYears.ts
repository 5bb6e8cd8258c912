import { UserError } from '@/domain/errors';
import type { UnitYear } from '@/domain/registry/types';
import { validateUnitYear, hasErrors } from '@/domain/registry/validation';
import { findYear, toUnitYear, unitYearId, unitYearsOf, withYear, withoutYear } from '@/domain/registry/unitYears';
import { todayIso } from '@/domain/text/format';
import { getDb, type AppDatabase } from '../../database';
import { applyUnitWrites, directoryTables } from './directoryStore';
import { auditedWrite } from '../../audit';
import { nowIso } from '../../ids';

export class UnitYearValidationError extends UserError {
  constructor(public readonly errors: Partial<Record<keyof UnitYear, string>>) {
    super(Object.values(errors).join(' '));
  }
}

export type UnitYearInput = Omit<UnitYear, 'id' | 'unitId' | 'updatedAt' | 'importBatchId'>;

/**
 * Create or replace a unit's indicators for one year. The year lives in the unit's record, so the
 * unit's updatedAt moves too (undo of an import sees the unit as edited since).
 */
export async function saveUnitYear(unitId: string, input: UnitYearInput, db: AppDatabase = getDb()): Promise<UnitYear> {
  const errors = validateUnitYear(input, todayIso());
  if (hasErrors(errors)) throw new UnitYearValidationError(errors);
  return auditedWrite(db, [db.units, ...directoryTables(db)], async ({ audit }) => {
    const unit = await db.units.get(unitId);
    if (!unit) throw new UserError('Đơn vị không còn tồn tại.');
    const before = findYear(unit, input.year);
    const now = nowIso();
    const entry = { ...input, updatedAt: now };
    const after = { ...unit, years: withYear(unit.years, entry), updatedAt: now };
    await db.units.put(after);
    await applyUnitWrites(db, [after]);
    const row = toUnitYear(unitId, entry);
    await audit({
      action: before ? 'update' : 'create',
      table: 'unitYears',
      recordId: row.id,
      summary: `${before ? 'Sửa' : 'Thêm'} chỉ tiêu năm ${input.year} của "${unit.name}"`,
      before: before && toUnitYear(unitId, before),
      after: row,
    });
    return row;
  });
}

export async function deleteUnitYear(unitId: string, year: number, db: AppDatabase = getDb()): Promise<void> {
  await auditedWrite(db, [db.units, ...directoryTables(db)], async ({ audit }) => {
    const unit = await db.units.get(unitId);
    const before = unit && findYear(unit, year);
    if (!unit || !before) return;
    const after = { ...unit, years: withoutYear(unit.years, year), updatedAt: nowIso() };
    await db.units.put(after);
    await applyUnitWrites(db, [after]);
    await audit({
      action: 'delete',
      table: 'unitYears',
      recordId: unitYearId(unitId, year),
      summary: `Xóa chỉ tiêu năm ${year}`,
      before: toUnitYear(unitId, before),
    });
  });
}

export async function listUnitYears(unitId: string, db: AppDatabase = getDb()): Promise<UnitYear[]> {
  const unit = await db.units.get(unitId);
  return unit ? unitYearsOf(unit) : [];
}

/** Every unit's years as rows (tests, archive): one pass over the units. */
export async function listAllUnitYears(db: AppDatabase = getDb()): Promise<UnitYear[]> {
  const out: UnitYear[] = [];
  await db.units.each((u) => {
    if (u.years?.length) out.push(...unitYearsOf(u));
  });
  return out;
}
