import { UserError } from '@/domain/errors';
import type { Unit, UnitStatus, RecordOrigin } from '@/domain/registry/types';
import { validateUnit, hasErrors, type UnitInput, type FieldErrors } from '@/domain/registry/validation';
import { normaliseTaxCode } from '@/domain/registry/taxCode';
import { unitSearchWords, joinBuckets, matchesQueryWords, nameQuery, nameRankAt, WORD_RANK } from '@/domain/registry/search';
import { unitYearsOf } from '@/domain/registry/unitYears';
import { unitDirectory } from './unitDirectory';
import { applyUnitWrites, directoryTables } from './directoryStore';
import { cleanText, nameKey } from '@/domain/text/normalize';
import { todayIso } from '@/domain/text/format';
import { isBeforePartial } from '@/domain/text/partialDate';
import { viSortKey } from '@/domain/text/sortKey';
import { UNIT_STATUS_LABEL } from '@/domain/registry/labels';
import { getDb, type AppDatabase } from '../../database';
import { auditedWrite } from '../../audit';
import { newId, nowIso } from '../../ids';

/** Thrown when form input is invalid; `errors` maps fields to Vietnamese messages. */
export class UnitValidationError extends UserError {
  constructor(public readonly errors: FieldErrors<Unit>) {
    super(Object.values(errors).join(' '));
  }
}

/** Thrown when another unit already has the tax code; the UI links to it. */
export class DuplicateTaxCodeError extends UserError {
  constructor(
    public readonly taxCode: string,
    public readonly existing: Pick<Unit, 'id' | 'name'>,
  ) {
    super(`Mã số thuế ${taxCode} đã có ở đơn vị "${existing.name}".`);
  }
}

function tidy<T extends Record<string, unknown>>(input: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(input)) {
    if (v === undefined || v === null || v === '') continue;
    out[k] = typeof v === 'string' ? cleanText(v) : v;
  }
  return out as T;
}

/**
 * Derived fields every stored unit carries. Bulk writers (import, demo data) call this so that
 * search and matching see exactly what the form would have stored.
 */
export type DerivedUnitField = 'searchWords' | 'nameKey' | 'sortKey';

export function withDerivedFields<T extends Omit<Unit, DerivedUnitField>>(unit: T): T & Pick<Unit, DerivedUnitField> {
  return { ...unit, searchWords: unitSearchWords(unit), nameKey: nameKey(unit.name), sortKey: viSortKey(unit.name) };
}

/** Prepare input for storage: trim/NFC text, normalise the tax code, validate. */
export function prepareUnitInput(input: UnitInput): UnitInput {
  const cleaned = tidy({ ...input }) as UnitInput;
  cleaned.member = input.member ?? 0;
  if (cleaned.taxCode) cleaned.taxCode = normaliseTaxCode(cleaned.taxCode);
  if (cleaned.member === 0) delete cleaned.memberSince;
  const errors = validateUnit(cleaned, todayIso());
  if (hasErrors(errors)) throw new UnitValidationError(errors);
  return cleaned;
}

async function assertTaxCodeFree(db: AppDatabase, taxCode: string | undefined, selfId?: string) {
  if (!taxCode) return;
  const existing = await db.units.where('taxCode').equals(taxCode).first();
  if (existing && existing.id !== selfId) throw new DuplicateTaxCodeError(taxCode, existing);
}

export async function createUnit(input: UnitInput, origin: RecordOrigin = 'manual', db: AppDatabase = getDb()): Promise<Unit> {
  const data = prepareUnitInput(input);
  return auditedWrite(db, [db.units, ...directoryTables(db)], async ({ audit }) => {
    await assertTaxCodeFree(db, data.taxCode);
    const now = nowIso();
    const unit = withDerivedFields({ ...data, id: newId(), origin, createdAt: now, updatedAt: now } as Omit<Unit, DerivedUnitField>);
    await db.units.add(unit);
    await applyUnitWrites(db, [unit]);
    await audit({ action: 'create', table: 'units', recordId: unit.id, summary: `Thêm đơn vị "${unit.name}"`, after: unit });
    return unit;
  });
}

/** Replace the editable fields of a unit (the form sends the whole profile). */
export async function updateUnit(id: string, input: UnitInput, db: AppDatabase = getDb()): Promise<Unit> {
  const data = prepareUnitInput(input);
  return auditedWrite(db, [db.units, ...directoryTables(db)], async ({ audit }) => {
    const before = await db.units.get(id);
    if (!before) throw new UserError('Đơn vị không còn tồn tại (có thể đã bị xóa ở cửa sổ khác).');
    await assertTaxCodeFree(db, data.taxCode, id);
    const unit = withDerivedFields({
      ...data,
      id,
      origin: before.origin,
      importBatchId: before.importBatchId,
      years: before.years,
      createdAt: before.createdAt,
      updatedAt: nowIso(),
    } as Omit<Unit, DerivedUnitField>);
    await db.units.put(unit);
    await applyUnitWrites(db, [unit]);
    await audit({ action: 'update', table: 'units', recordId: id, summary: `Sửa đơn vị "${unit.name}"`, before, after: unit });
    return unit;
  });
}

/** Dissolve, pause or reactivate: units are never deleted for a status change. */
export async function setUnitStatus(id: string, status: UnitStatus, date: string | undefined, db: AppDatabase = getDb()): Promise<Unit> {
  return auditedWrite(db, [db.units, ...directoryTables(db)], async ({ audit }) => {
    const before = await db.units.get(id);
    if (!before) throw new UserError('Đơn vị không còn tồn tại.');
    const today = todayIso();
    if (date && date > today) throw new UnitValidationError({ statusDate: 'Ngày chuyển trạng thái không được ở tương lai.' });
    if (date && before.foundedDate && isBeforePartial(date, before.foundedDate)) {
      throw new UnitValidationError({ statusDate: 'Ngày giải thể/tạm ngừng không được trước ngày thành lập.' });
    }
    const unit: Unit = { ...before, status, updatedAt: nowIso() };
    if (status === 'active') delete unit.statusDate;
    else unit.statusDate = date ?? today;
    await db.units.put(unit);
    await applyUnitWrites(db, [unit]);
    await audit({
      action: status === 'dissolved' ? 'dissolve' : status === 'active' ? 'reactivate' : 'pause',
      table: 'units',
      recordId: id,
      summary: `Chuyển "${unit.name}" sang trạng thái: ${UNIT_STATUS_LABEL[status]}`,
      before: { status: before.status, statusDate: before.statusDate },
      after: { status: unit.status, statusDate: unit.statusDate },
    });
    return unit;
  });
}

/** Hard delete, only for records created by mistake: removes the unit and its yearly indicators. */
export async function deleteUnit(id: string, db: AppDatabase = getDb()): Promise<void> {
  await auditedWrite(db, [db.units, ...directoryTables(db)], async ({ audit }) => {
    const before = await db.units.get(id);
    if (!before) return;
    await db.units.delete(id);
    await applyUnitWrites(db, [], [id]);
    await audit({
      action: 'delete',
      table: 'units',
      recordId: id,
      summary: `Xóa hẳn đơn vị "${before.name}" (nhập nhầm)`,
      before: { unit: before, years: unitYearsOf(before) },
    });
  });
}

export async function getUnit(id: string, db: AppDatabase = getDb()): Promise<Unit | undefined> {
  return db.units.get(id);
}

/**
 * Word-prefix search: "duong lieu" finds "HTX Dương Liễu"; a query of digits also matches tax
 * codes. Runs over the in-memory unit directory (unitDirectory.ts); at most `limit` units, the
 * best name matches first ("HTX Đồng Phú" before "HTX Đồng Phú Hưng" before "HTX dịch vụ Đồng Phú",
 * domain/registry/search.ts nameRank), each group in Vietnamese order.
 */
export async function searchUnits(query: string, limit = 50, db: AppDatabase = getDb()): Promise<Unit[]> {
  const q = nameQuery(query);
  if (!q) return [];
  const byName: string[][] = Array.from({ length: WORD_RANK }, () => []);
  const byWords: string[] = [];
  // The exact name may be the last entry, so every entry is ranked by name (most on their initials
  // alone); the dearer word test stops once `limit` word matches are in hand.
  const { entries, names } = await unitDirectory(db);
  for (let i = 0; i < entries.length; i++) {
    const rank = nameRankAt(names, i, q);
    if (rank < WORD_RANK) {
      const bucket = byName[rank]!;
      if (bucket.length < limit) bucket.push(entries[i]!.id);
      if (rank === 0 && bucket.length >= limit) break;
    } else if (byWords.length < limit && matchesQueryWords(entries[i]!.searchWords, q)) {
      byWords.push(entries[i]!.id);
    }
  }
  const hits = joinBuckets([...byName, byWords]).slice(0, limit);
  return (await db.units.bulkGet(hits)).filter((u): u is Unit => !!u);
}

/** Loads the unit directory ahead of the first keystroke (pickers call it when they mount). */
export function warmUnitSearch(db: AppDatabase = getDb()): void {
  unitDirectory(db).catch(() => undefined);
}

export async function listAllUnits(db: AppDatabase = getDb()): Promise<Unit[]> {
  return db.units.toArray();
}
