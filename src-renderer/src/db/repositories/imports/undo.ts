/**
 * Undo an import: in one transaction, put updated records back to their snapshot and delete
 * the records it created. Refused when records were changed after the import, unless the
 * user confirms (then later edits to those records are lost, which the message says).
 */
import type { ImportBatch, ImportChange } from '@/domain/import/batch';
import type { AppDatabase } from '../../database';
import { addAuditEntries, type AuditDraft } from '../../audit';
import { nowIso } from '../../ids';

export class UndoConflictError extends Error {
  constructor(public readonly conflicts: string[]) {
    super(
      `Không thể hoàn tác ngay: ${conflicts.length} bản ghi đã được sửa sau lần nhập này (${conflicts.slice(0, 5).join('; ')}${conflicts.length > 5 ? '; …' : ''}). ` +
        'Nếu vẫn hoàn tác, các sửa đổi sau lần nhập của những bản ghi đó sẽ mất.',
    );
  }
}

type Named = { id: string; name?: string; fullName?: string; awardName?: string; updatedAt?: string; year?: number };

function label(table: string, r: Named): string {
  if (table === 'units') return `đơn vị "${r.name}"`;
  if (table === 'people') return `cá nhân "${r.fullName}"`;
  if (table === 'unitYears') return `chỉ tiêu năm ${r.year} (${r.id.split(':')[0]?.slice(0, 8)}…)`;
  return `khen thưởng "${r.awardName}"`;
}

export async function undoImport(db: AppDatabase, batchId: string, options: { force?: boolean } = {}): Promise<ImportBatch> {
  const batches = db.typedTable<ImportBatch>('importBatches');
  const changes = db.typedTable<ImportChange, number>('importChanges');
  return db.transaction('rw', [db.units, db.unitYears, db.people, db.awards, batches, changes, db.auditLog], async () => {
    const batch = await batches.get(batchId);
    if (!batch) throw new Error('Không tìm thấy lần nhập này.');
    if (batch.status === 'undone') throw new Error(`Lần nhập tệp "${batch.fileName}" đã được hoàn tác trước đó.`);
    const now = nowIso();
    const snapshots = await changes.where('batchId').equals(batchId).toArray();
    const tableOf = (t: string) => db.table<Named, string>(t);
    const createdTables = ['units', 'unitYears', 'people', 'awards'] as const;
    const created: Record<string, Named[]> = {};
    for (const t of createdTables) created[t] = await tableOf(t).where('importBatchId').equals(batchId).toArray();

    const conflicts: string[] = [];
    for (const s of snapshots) {
      const current = await tableOf(s.table).get(s.recordId);
      if (!current) conflicts.push(`${label(s.table, (s.before ?? { id: s.recordId }) as Named)} đã bị xóa`);
      else if (current.updatedAt !== s.afterUpdatedAt) conflicts.push(`${label(s.table, current)} đã được sửa`);
    }
    for (const t of createdTables) {
      // Everything an import writes carries the batch's commit time as updatedAt.
      for (const r of created[t]!) if (r.updatedAt && r.updatedAt !== batch.finishedAt) conflicts.push(`${label(t, r)} đã được sửa`);
    }
    // Records added later by hand that hang on units this import created would be orphaned.
    const createdUnitIds = new Set(created.units!.map((u) => u.id));
    if (createdUnitIds.size) {
      const ids = [...createdUnitIds];
      const laterYears = (await db.unitYears.where('unitId').anyOf(ids).toArray()).filter((y) => y.importBatchId !== batchId);
      const laterAwards = (await db.awards.where('recipientId').anyOf(ids).toArray()).filter((a) => a.importBatchId !== batchId);
      if (laterYears.length) conflicts.push(`${laterYears.length} dòng chỉ tiêu năm nhập sau cho đơn vị do lần này tạo`);
      if (laterAwards.length) conflicts.push(`${laterAwards.length} khen thưởng ghi sau cho đơn vị do lần này tạo`);
    }
    if (conflicts.length && !options.force) throw new UndoConflictError(conflicts);

    const audits: AuditDraft[] = [];
    for (const s of snapshots) {
      await tableOf(s.table).put(s.before as Named);
      audits.push({ action: 'undo-import', table: s.table, recordId: s.recordId, summary: `Hoàn tác nhập tệp "${batch.fileName}": trả lại giá trị cũ`, before: undefined, after: s.before });
    }
    const removed: Record<string, number> = {};
    for (const t of ['awards', 'people', 'unitYears', 'units'] as const) {
      const ids = created[t]!.map((r) => r.id);
      removed[t] = ids.length;
      if (ids.length) await tableOf(t).bulkDelete(ids);
    }
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
