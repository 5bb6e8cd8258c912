/**
 * Commit an import plan: one read-write transaction over every table it touches, so the
 * import lands whole or not at all. Updated records are snapshotted for undo; created
 * records carry the batch id.
 */
import type { Unit, UnitYear } from '@/domain/registry/types';
import type { AwardRecord, CommendationType, Person } from '@/domain/awards/types';
import type { ImportBatch, ImportChange } from '@/domain/import/batch';
import type { ImportTarget } from '@/domain/import/fields';
import type { PlanCounts, PlannedRow } from '@/domain/import/plan';
import { indicatorSetsFromRow, sourceField, unitFieldsFromRow } from '@/domain/import/records';
import { formatNumber } from '@/domain/text/format';
import { nameKey, searchWords } from '@/domain/text/normalize';
import type { AppDatabase } from '../../database';
import { addAuditEntries, type AuditDraft } from '../../audit';
import { newId, nowIso } from '../../ids';
import { withDerivedFields } from '../registry/units';
import { unitYearId } from '../registry/unitYears';

export interface CommitRequest {
  batchId?: string;
  fileName: string;
  sheets: string[];
  target: ImportTarget;
  startedAt: string;
  rows: PlannedRow[];
  counts: PlanCounts;
  mapping: ImportBatch['mapping'];
  /** Field keys whose existing values an update may overwrite; other fields are only filled when empty. */
  overwrite: string[];
  actor?: string;
}

export type CommitProgress = (done: number, total: number) => void;

const CHUNK = 5000;

/**
 * Writes in chunks inside the transaction so progress can be reported. All chunks are issued
 * at once: the database works through them while the next ones are being serialised.
 */
async function chunked<T>(items: T[], write: (chunk: T[]) => Promise<unknown>, progress: () => void): Promise<void> {
  const pending: Array<Promise<unknown>> = [];
  for (let i = 0; i < items.length; i += CHUNK) pending.push(write(items.slice(i, i + CHUNK)).then(progress));
  await Promise.all(pending);
}

function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || v === '';
}

/** Merge imported fields into a stored record: overwrite chosen fields, fill blanks in the rest. */
function merge<T extends object>(before: T, incoming: Partial<T>, overwrite: Set<string>): { next: T; changed: boolean } {
  const next = { ...before } as Record<string, unknown>;
  let changed = false;
  for (const [k, v] of Object.entries(incoming)) {
    if (v === undefined) continue;
    const cur = next[k];
    if (cur === v) continue;
    if (isEmpty(cur) || overwrite.has(sourceField(k))) {
      next[k] = v;
      changed = true;
    }
  }
  return { next: next as T, changed };
}

export async function commitImport(db: AppDatabase, req: CommitRequest, onProgress?: CommitProgress): Promise<ImportBatch> {
  const batchId = req.batchId ?? newId();
  const overwrite = new Set(req.overwrite);
  const rows = req.rows.filter((r) => r.status === 'new' || r.status === 'update');
  if (!rows.length) throw new Error('Không có dòng nào để ghi (mọi dòng đều lỗi, trùng hoặc bị bỏ qua).');
  const batches = db.typedTable<ImportBatch>('importBatches');
  const changes = db.typedTable<ImportChange, number>('importChanges');
  const tables = req.target === 'units'
    ? [db.units, db.unitYears, batches, changes, db.auditLog]
    : [db.units, db.people, db.awards, batches, changes, db.auditLog];

  return db.transaction('rw', tables, async () => {
    const now = nowIso();
    const created: Record<string, number> = {};
    const updated: Record<string, number> = {};
    const snapshots: ImportChange[] = [];
    const audits: AuditDraft[] = [];
    let done = 0;
    const total = rows.length * 2;
    const tick = (n: number) => {
      done += n;
      onProgress?.(Math.min(done, total), total);
    };

    if (req.target === 'units') {
      const { newUnits, changedUnits, newYears, changedYears } = await planUnitWrites(db, rows, overwrite, batchId, now, snapshots, audits);
      tick(rows.length);
      const writes = newUnits.length + changedUnits.length + newYears.length + changedYears.length || 1;
      const step = (n: number) => () => tick(Math.round((n / writes) * rows.length));
      await Promise.all([
        chunked(newUnits, (c) => db.units.bulkAdd(c), step(CHUNK)),
        chunked(changedUnits, (c) => db.units.bulkPut(c), step(CHUNK)),
        chunked(newYears, (c) => db.unitYears.bulkAdd(c), step(CHUNK)),
        chunked(changedYears, (c) => db.unitYears.bulkPut(c), step(CHUNK)),
      ]);
      created.units = newUnits.length;
      updated.units = changedUnits.length;
      created.unitYears = newYears.length;
      updated.unitYears = changedYears.length;
    } else {
      const { people, awards } = planAwardWrites(rows, batchId, now);
      tick(rows.length);
      await chunked(people, (c) => db.people.bulkAdd(c), () => tick(0));
      await chunked(awards, (c) => db.awards.bulkAdd(c), () => tick(0));
      created.people = people.length;
      created.awards = awards.length;
    }
    await chunked(snapshots, (c) => changes.bulkAdd(c), () => undefined);

    const summaryParts = Object.entries(created).filter(([, n]) => n).map(([t, n]) => `thêm ${formatNumber(n)} ${TABLE_NOUN[t] ?? t}`)
      .concat(Object.entries(updated).filter(([, n]) => n).map(([t, n]) => `cập nhật ${formatNumber(n)} ${TABLE_NOUN[t] ?? t}`));
    const batch: ImportBatch = {
      id: batchId,
      fileName: req.fileName,
      sheets: req.sheets,
      target: req.target,
      startedAt: req.startedAt,
      finishedAt: now,
      status: 'committed',
      actor: req.actor,
      counts: req.counts,
      written: { created, updated },
      mapping: req.mapping,
      overwrite: req.overwrite,
    };
    await batches.add(batch);
    // Created records are listed by importBatchId; one audit entry covers them, updates get one each (with before/after).
    audits.unshift({
      action: 'import',
      table: 'importBatches',
      recordId: batchId,
      summary: `Nhập tệp "${req.fileName}" (${req.sheets.join(', ')}): ${summaryParts.join(', ') || 'không thay đổi'}`,
      after: { created, updated },
    });
    await chunked(audits, (c) => addAuditEntries(db, c), () => undefined);
    onProgress?.(total, total);
    return batch;
  });
}

const TABLE_NOUN: Record<string, string> = {
  units: 'đơn vị',
  unitYears: 'dòng chỉ tiêu năm',
  people: 'cá nhân',
  awards: 'khen thưởng',
};

async function planUnitWrites(
  db: AppDatabase, rows: PlannedRow[], overwrite: Set<string>, batchId: string, now: string,
  snapshots: ImportChange[], audits: AuditDraft[],
) {
  const matchIds = [...new Set(rows.map((r) => r.matchId).filter((id): id is string => !!id))];
  const stored = new Map<string, Unit>();
  (await db.units.bulkGet(matchIds)).forEach((u) => u && stored.set(u.id, u));
  const newUnits: Unit[] = [];
  const newUnitByRef = new Map<string, Unit>();
  const changedById = new Map<string, Unit>();

  for (const row of rows) {
    const fields = unitFieldsFromRow(row.values);
    if (row.matchId) {
      const before = changedById.get(row.matchId) ?? stored.get(row.matchId);
      if (!before) throw new Error(`Đơn vị khớp với dòng ${row.row + 1} (trang tính "${row.sheet}") đã bị xóa trong lúc nhập; hãy kiểm tra lại rồi nhập lại.`);
      const { next, changed } = merge(before, fields as Partial<Unit>, overwrite);
      if (changed) changedById.set(before.id, next);
    } else if (row.unitRef) {
      const existing = newUnitByRef.get(row.unitRef);
      if (existing) {
        // Another year's row of a unit created by this file: fill what the first row left blank.
        const merged = merge(existing, fields as Partial<Unit>, new Set()).next;
        Object.assign(existing, withDerivedFields(merged));
        continue;
      }
      const unit = withDerivedFields({
        status: 'active',
        member: 0,
        kind: 'htx',
        ...fields,
        id: newId(),
        origin: 'import',
        importBatchId: batchId,
        createdAt: now,
        updatedAt: now,
      } as Omit<Unit, 'searchWords' | 'nameKey'>);
      newUnitByRef.set(row.unitRef, unit);
      newUnits.push(unit);
    }
  }

  const changedUnits: Unit[] = [];
  for (const [id, next] of changedById) {
    const before = stored.get(id)!;
    const unit = withDerivedFields({ ...next, updatedAt: now });
    changedUnits.push(unit);
    snapshots.push({ batchId, table: 'units', recordId: id, before, afterUpdatedAt: now });
    audits.push({ action: 'update', table: 'units', recordId: id, summary: `Cập nhật đơn vị "${unit.name}" khi nhập tệp`, before, after: unit });
  }

  // Yearly indicators: one row per unit and year.
  const yearRows: Array<{ id: string; unitId: string; year: number; fields: Partial<UnitYear>; existingUnit: boolean }> = [];
  for (const row of rows) {
    const unitId = row.matchId ?? (row.unitRef ? newUnitByRef.get(row.unitRef)?.id : undefined);
    if (!unitId) continue;
    for (const { year, fields } of indicatorSetsFromRow(row.values)) {
      if (year === undefined) continue;
      yearRows.push({ id: unitYearId(unitId, year), unitId, year, fields, existingUnit: !!row.matchId });
    }
  }
  // Only units that already existed can have stored years.
  const storedYears = new Map<string, UnitYear>();
  const lookups = yearRows.filter((y) => y.existingUnit).map((y) => y.id);
  if (lookups.length) (await db.unitYears.bulkGet(lookups)).forEach((y) => y && storedYears.set(y.id, y));
  const newYears: UnitYear[] = [];
  const changedYears: UnitYear[] = [];
  const seen = new Set<string>();
  for (const y of yearRows) {
    if (seen.has(y.id)) continue;
    seen.add(y.id);
    const before = storedYears.get(y.id);
    if (!before) {
      newYears.push({ ...y.fields, id: y.id, unitId: y.unitId, year: y.year, importBatchId: batchId, updatedAt: now } as UnitYear);
      continue;
    }
    const { next, changed } = merge(before, y.fields, overwrite);
    if (!changed) continue;
    const after = { ...next, updatedAt: now };
    changedYears.push(after);
    snapshots.push({ batchId, table: 'unitYears', recordId: y.id, before, afterUpdatedAt: now });
    audits.push({ action: 'update', table: 'unitYears', recordId: y.id, summary: `Cập nhật chỉ tiêu năm ${y.year} khi nhập tệp`, before, after });
  }
  return { newUnits, changedUnits, newYears, changedYears };
}

function planAwardWrites(rows: PlannedRow[], batchId: string, now: string) {
  const people: Person[] = [];
  const personIds = new Map<string, string>();
  const awards: AwardRecord[] = [];
  for (const row of rows) {
    const v = row.values;
    let recipientId = row.recipientKind === 'unit' ? row.unitId : row.personId;
    if (!recipientId) continue;
    if (recipientId.startsWith('new:')) {
      let id = personIds.get(recipientId);
      if (!id) {
        id = newId();
        personIds.set(recipientId, id);
        const fullName = String(v.recipientName);
        const person: Person = {
          id,
          fullName,
          gender: v.gender === 'nu' ? 'nu' : 'nam',
          origin: 'import',
          importBatchId: batchId,
          searchWords: searchWords(fullName),
          nameKey: nameKey(fullName),
          createdAt: now,
          updatedAt: now,
        };
        if (typeof v.birthYear === 'number') person.birthYear = v.birthYear;
        if (typeof v.ethnicity === 'string') person.ethnicity = v.ethnicity;
        if (typeof v.position === 'string') person.position = v.position;
        if (row.unitId) person.unitId = row.unitId;
        else if (typeof v.unitName === 'string') person.notes = `Đơn vị: ${v.unitName}`;
        people.push(person);
      }
      recipientId = id;
    }
    const awardName = String(v.awardName);
    const award: AwardRecord = {
      id: newId(),
      year: Number(v.year),
      recipientKind: row.recipientKind ?? 'unit',
      recipientId,
      // Placed on the catalogue by the plan (auto or the user's choice); '' = not in the catalogue.
      catalogCode: typeof v.catalogCode === 'string' ? v.catalogCode : '',
      awardName,
      commendationType: (typeof v.commendationType === 'string' ? v.commendationType : 'thuong_xuyen') as CommendationType,
      source: 'import',
      importBatchId: batchId,
      createdAt: now,
      updatedAt: now,
    };
    if (typeof v.decisionNumber === 'string') award.decisionNumber = v.decisionNumber;
    if (typeof v.decisionDate === 'string') award.decisionDate = v.decisionDate;
    if (typeof v.issuingBody === 'string') award.issuingBody = v.issuingBody;
    awards.push(award);
  }
  return { people, awards };
}
