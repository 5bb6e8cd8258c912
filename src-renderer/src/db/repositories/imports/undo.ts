/**
 * Undo an import: in one transaction, put updated records back to their snapshot and delete
 * the records it created. Refused when records were changed after the import, unless the
 * user confirms (then later edits to those records are lost, which the message says).
 */
import type { Table } from 'dexie';
import { UserError } from '@/domain/errors';
import type { ImportBatch, ImportChange } from '@/domain/import/batch';
import type { Unit, UnitYear } from '@/domain/registry/types';
import { findYear, parseUnitYearId, toStoredYear, withYear } from '@/domain/registry/unitYears';
import type { Initiative, Nomination, Person } from '@/domain/awards/types';
import { NOMINATION_STATUS_LABEL } from '@/domain/awards/labels';
import { getDb, type AppDatabase } from '../../database';
import { applyUnitWrites, directoryTables } from '../registry/directoryStore';
import { awardTables } from '../awards/tables';
import { addAuditEntries, type AuditDraft } from '../../audit';
import { nowIso } from '../../ids';

export class UndoConflictError extends UserError {
  constructor(public readonly conflicts: string[]) {
    super(
      `Không thể hoàn tác ngay: ${conflicts.length} bản ghi đã được sửa sau lần nhập này (${conflicts.slice(0, 5).join('; ')}${conflicts.length > 5 ? '; …' : ''}). ` +
        'Nếu vẫn hoàn tác, các sửa đổi sau lần nhập của những bản ghi đó sẽ mất.',
    );
  }
}

type Named = {
  id: string;
  name?: string;
  fullName?: string;
  awardName?: string;
  title?: string;
  catalogCode?: string;
  updatedAt?: string;
  year?: number;
};

function label(table: string, r: Named): string {
  if (table === 'units') return `đơn vị "${r.name}"`;
  if (table === 'people') return `cá nhân "${r.fullName}"`;
  if (table === 'unitYears') return `chỉ tiêu năm ${r.year} (${r.id.split(':')[0]?.slice(0, 8)}…)`;
  if (table === 'nominations') return `đề nghị ${r.catalogCode}`;
  if (table === 'ratings') return `xếp loại năm ${r.year ?? r.id.split(':').pop()}`;
  if (table === 'initiatives') return `sáng kiến "${r.title}"`;
  return `khen thưởng "${r.awardName}"`;
}

/** Tables whose records an import creates (units apart: they also hold year rows). */
const CREATED_TABLES = ['awards', 'nominations', 'ratings', 'initiatives', 'people', 'units'] as const;
type CreatedTable = (typeof CREATED_TABLES)[number];

export async function undoImport(batchId: string, options: { force?: boolean } = {}, db: AppDatabase = getDb()): Promise<ImportBatch> {
  const batches = db.importBatches;
  const changes = db.importChanges;
  const t = awardTables(db);
  const tables = [
    db.units,
    ...directoryTables(db),
    db.people,
    db.awards,
    t.nominations,
    t.files,
    t.votes,
    t.ratings,
    t.initiatives,
    t.disciplines,
    batches,
    changes,
    db.auditLog,
  ];
  return db.transaction('rw', tables, async () => {
    const batch = await batches.get(batchId);
    if (!batch) throw new UserError('Không tìm thấy lần nhập này.');
    if (batch.status === 'undone') throw new UserError(`Lần nhập tệp "${batch.fileName}" đã được hoàn tác trước đó.`);
    const now = nowIso();
    const snapshots = await changes.where('batchId').equals(batchId).toArray();
    const tableOf = (name: Exclude<ImportChange['table'], 'unitYears'>) => db[name] as unknown as Table<Named, string>;

    // Units have no batch index (schema v3): one scan finds the units this import created and
    // the units holding year rows it added (their snapshot, or for imports made before v3 the
    // year rows themselves, carry the batch id).
    const createdUnits: Unit[] = [];
    const unitsWithItsYears = new Map<string, Unit>();
    await db.units.each((u) => {
      if (u.importBatchId === batchId) createdUnits.push(u);
      else if (u.years?.some((y) => y.importBatchId === batchId)) unitsWithItsYears.set(u.id, u);
    });
    // Nominations, ratings and initiatives have no batch index: the round's entries, or a scan.
    // A rating the import replaced carries its id too, but is put back from its snapshot instead.
    const restoredIds = new Set(snapshots.map((s) => `${s.table}:${s.recordId}`));
    const ofBatch = (r: { importBatchId?: string }) => r.importBatchId === batchId;
    const created: Record<CreatedTable, Named[]> = {
      units: createdUnits,
      people: await db.people.where('importBatchId').equals(batchId).toArray(),
      awards: await db.awards.where('importBatchId').equals(batchId).toArray(),
      nominations: await (batch.roundId ? t.nominations.where('roundId').equals(batch.roundId).filter(ofBatch) : t.nominations.filter(ofBatch)).toArray(),
      ratings: (await t.ratings.filter(ofBatch).toArray()).filter((r) => !restoredIds.has(`ratings:${r.id}`)),
      initiatives: await t.initiatives.filter(ofBatch).toArray(),
    };

    const current = new Map<string, Unit>();
    const unitOf = async (id: string) => {
      if (!current.has(id)) {
        const u = unitsWithItsYears.get(id) ?? (await db.units.get(id));
        if (u) current.set(id, u);
      }
      return current.get(id);
    };
    const conflicts: string[] = [];
    for (const s of snapshots) {
      if (s.table === 'unitYears') {
        // Made before v3: a year row snapshot; the row now lives in its unit.
        const { unitId, year } = parseUnitYearId(s.recordId);
        const unit = await unitOf(unitId);
        const entry = unit && findYear(unit, year);
        if (!entry) conflicts.push(`${label(s.table, (s.before ?? { id: s.recordId }) as Named)} đã bị xóa`);
        else if (entry.updatedAt !== s.afterUpdatedAt) conflicts.push(`${label(s.table, { id: s.recordId, year })} đã được sửa`);
        continue;
      }
      const stored = s.table === 'units' ? await unitOf(s.recordId) : await tableOf(s.table).get(s.recordId);
      if (!stored) conflicts.push(`${label(s.table, (s.before ?? { id: s.recordId }) as Named)} đã bị xóa`);
      else if (stored.updatedAt !== s.afterUpdatedAt) conflicts.push(`${label(s.table, stored)} đã được sửa`);
    }
    for (const table of CREATED_TABLES) {
      // Everything an import writes carries the batch's commit time as updatedAt.
      for (const r of created[table]) if (r.updatedAt && r.updatedAt !== batch.finishedAt) conflicts.push(`${label(table, r)} đã được sửa`);
    }
    for (const n of created.nominations as Nomination[]) {
      if (n.status !== 'draft') conflicts.push(`${label('nominations', n)} đã được xử lý (${NOMINATION_STATUS_LABEL[n.status]})`);
    }
    for (const i of created.initiatives as Initiative[]) if (i.usedByAwardId) conflicts.push(`${label('initiatives', i)} đã được dùng cho một khen thưởng`);
    await refuseIfReferenced(db, batchId, created.people as Person[], createdUnits);
    if (conflicts.length && !options.force) throw new UndoConflictError(conflicts);

    const audits: AuditDraft[] = [];
    const restoredUnits = new Map<string, Unit>();
    for (const s of snapshots) {
      audits.push({
        action: 'undo-import',
        table: s.table,
        recordId: s.recordId,
        summary: `Hoàn tác nhập tệp "${batch.fileName}": trả lại giá trị cũ`,
        before: undefined,
        after: s.before,
      });
      if (s.table === 'units') {
        // A snapshot taken before v3 has no `years`: the unit keeps the years it has now.
        const before = s.before as Unit;
        const years = 'years' in before ? before.years : (restoredUnits.get(s.recordId) ?? (await unitOf(s.recordId)))?.years;
        restoredUnits.set(s.recordId, { ...before, years });
      } else if (s.table !== 'unitYears') {
        await tableOf(s.table).put(s.before as Named);
      }
    }
    // Year rows this import added to units it did not create go; rows it changed come back.
    let removedYears = createdUnits.reduce((n, u) => n + (u.years?.length ?? 0), 0);
    for (const [id, u] of unitsWithItsYears) {
      const base = restoredUnits.get(id) ?? u;
      const kept = (base.years ?? []).filter((y) => y.importBatchId !== batchId);
      removedYears += (base.years?.length ?? 0) - kept.length;
      restoredUnits.set(id, { ...base, years: kept });
    }
    for (const s of snapshots) {
      if (s.table !== 'unitYears') continue;
      const { unitId } = parseUnitYearId(s.recordId);
      const base = restoredUnits.get(unitId) ?? (await unitOf(unitId));
      if (base) restoredUnits.set(unitId, { ...base, years: withYear(base.years, toStoredYear(s.before as UnitYear)) });
    }
    if (restoredUnits.size) await db.units.bulkPut([...restoredUnits.values()]);

    const removed: Record<string, number> = { unitYears: removedYears };
    // Files and votes of removed entries go with them (only a forced undo reaches entries that have them).
    const nominationIds = created.nominations.map((n) => n.id);
    if (nominationIds.length) {
      await t.files.where('nominationId').anyOf(nominationIds).delete();
      await t.votes.where('nominationId').anyOf(nominationIds).delete();
    }
    for (const table of CREATED_TABLES) {
      const ids = created[table].map((r) => r.id);
      removed[table] = ids.length;
      if (ids.length) await (db[table] as unknown as Table<Named, string>).bulkDelete(ids);
    }
    await applyUnitWrites(
      db,
      [...restoredUnits.values()],
      createdUnits.map((u) => u.id),
    );
    const done: ImportBatch = { ...batch, status: 'undone', undoneAt: now };
    await batches.put(done);
    audits.unshift({
      action: 'undo-import',
      table: 'importBatches',
      recordId: batchId,
      summary: `Hoàn tác nhập tệp "${batch.fileName}": xóa ${Object.values(removed).reduce((a, b) => a + b, 0)} bản ghi đã thêm, trả lại ${snapshots.length} bản ghi đã cập nhật${conflicts.length ? ` (bỏ qua ${conflicts.length} sửa đổi sau lần nhập)` : ''}`,
      after: { removed, restored: snapshots.length },
    });
    await addAuditEntries(db, audits);
    return done;
  });
}

/**
 * People and units this import created that records written since (by hand or another import)
 * hang on: deleting them would orphan or lose those records, so the undo is refused, forced or
 * not (a forced undo only overrides later edits of the records the import itself wrote).
 */
async function refuseIfReferenced(db: AppDatabase, batchId: string, people: Person[], units: Unit[]): Promise<void> {
  if (!people.length && !units.length) return;
  const t = awardTables(db);
  const ids = [...people.map((p) => p.id), ...units.map((u) => u.id)];
  const later = (r: { importBatchId?: string }) => r.importBatchId !== batchId;
  const found: string[] = [];
  const count = (n: number, what: string) => n && found.push(`${n} ${what}`);
  count(await t.nominations.where('recipientId').anyOf(ids).filter(later).count(), 'đề nghị khen thưởng');
  count(await t.ratings.where('recipientId').anyOf(ids).filter(later).count(), 'kết quả xếp loại');
  count(await t.disciplines.where('recipientId').anyOf(ids).count(), 'kỷ luật, điều tra hoặc khiếu nại');
  count(await db.awards.where('recipientId').anyOf(ids).filter(later).count(), 'khen thưởng');
  // Year rows added later to a unit this import created live inside it: deleting the unit loses them.
  count(
    units.reduce((n, u) => n + (u.years ?? []).filter(later).length, 0),
    'dòng chỉ tiêu năm của đơn vị',
  );
  if (people.length) {
    count(
      await t.initiatives
        .where('personId')
        .anyOf(people.map((p) => p.id))
        .filter(later)
        .count(),
      'sáng kiến',
    );
  }
  if (units.length)
    count(
      await db.people
        .where('unitId')
        .anyOf(units.map((u) => u.id))
        .filter(later)
        .count(),
      'cá nhân thuộc đơn vị',
    );
  if (found.length) {
    throw new UserError(
      `Không thể hoàn tác: cá nhân, tập thể do lần nhập này tạo đã được dùng ở ${found.join(', ')} ghi sau. Hãy xóa hoặc chuyển các bản ghi đó trước rồi hoàn tác.`,
    );
  }
}
