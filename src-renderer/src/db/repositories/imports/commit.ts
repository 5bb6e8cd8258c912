/**
 * Commit an import plan: one read-write transaction over every table it touches, so the
 * import lands whole or not at all. Updated records are snapshotted for undo; created
 * records carry the batch id.
 */
import { UserError } from '@/domain/errors';
import type { StoredUnitYear, Unit } from '@/domain/registry/types';
import { findYear, withYear } from '@/domain/registry/unitYears';
import type { AwardRecord, CommendationType, Person } from '@/domain/awards/types';
import type { ImportBatch, ImportChange } from '@/domain/import/batch';
import type { ImportTarget } from '@/domain/import/fields';
import type { PlanCounts, PlannedRow } from '@/domain/import/planTypes';
import { indicatorSetsFromRow, unitFieldsFromRow } from '@/domain/import/records';
import { formatNumber } from '@/domain/text/format';
import { nameKey, searchWords } from '@/domain/text/normalize';
import type { AppDatabase } from '../../database';
import { addAuditEntries, type AuditDraft } from '../../audit';
import { newId, nowIso } from '../../ids';
import { withDerivedFields, type DerivedUnitField } from '../registry/units';
import { applyUnitWrites, directoryTables } from '../registry/directoryStore';
import { awardTables } from '../awards/tables';
import { WRITTEN_TABLE_NOUN } from '@/domain/import/labels';
import { mergeFields, writeInitiatives, writeNominations, writePeople, writeRatings, type RecordWriteContext } from './commitRecords';

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
  /** Nominations: the round the entries go into. */
  roundId?: string;
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

export async function commitImport(req: CommitRequest, onProgress: CommitProgress | undefined, db: AppDatabase): Promise<ImportBatch> {
  const batchId = req.batchId ?? newId();
  const overwrite = new Set(req.overwrite);
  const rows = req.rows.filter((r) => r.status === 'new' || r.status === 'update');
  if (!rows.length) throw new UserError('Không có dòng nào để ghi (mọi dòng đều lỗi, trùng hoặc bị bỏ qua).');
  const batches = db.importBatches;
  const changes = db.importChanges;
  const at = awardTables(db);
  const tables =
    req.target === 'units'
      ? [db.units, ...directoryTables(db), batches, changes, db.auditLog]
      : req.target === 'awards'
        ? [db.units, db.people, db.awards, batches, changes, db.auditLog]
        : [db.units, ...directoryTables(db), db.people, at.nominations, at.rounds, at.ratings, at.initiatives, batches, changes, db.auditLog];

  return db.transaction('rw', tables, async () => {
    const now = nowIso();
    const created: Record<string, number> = {};
    const updated: Record<string, number> = {};
    const snapshots: ImportChange[] = [];
    const audits: AuditDraft[] = [];
    let done = 0;
    // Units and the record targets: one tick per row; awards: half for planning, half for writing.
    const total = req.target === 'awards' ? rows.length * 2 : rows.length;
    const tick = (n: number) => {
      done += n;
      onProgress?.(Math.min(done, total), total);
    };

    if (req.target === 'units') {
      const written = await writeUnits(db, rows, overwrite, batchId, now, snapshots, audits, tick);
      created.units = written.created;
      updated.units = written.updated;
      created.unitYears = written.yearsCreated;
      updated.unitYears = written.yearsUpdated;
    } else if (req.target !== 'awards') {
      const ctx: RecordWriteContext = { db, batchId, now, overwrite, snapshots, audits, created, updated, tick, roundId: req.roundId };
      await RECORD_WRITERS[req.target](ctx, rows);
    } else {
      const { people, awards } = planAwardWrites(rows, batchId, now);
      tick(rows.length);
      await chunked(
        people,
        (c) => db.people.bulkAdd(c),
        () => tick(0),
      );
      await chunked(
        awards,
        (c) => db.awards.bulkAdd(c),
        () => tick(0),
      );
      created.people = people.length;
      created.awards = awards.length;
    }
    await chunked(
      snapshots,
      (c) => changes.bulkAdd(c),
      () => undefined,
    );

    const summaryParts = Object.entries(created)
      .filter(([, n]) => n)
      .map(([t, n]) => `thêm ${formatNumber(n)} ${TABLE_NOUN[t] ?? t}`)
      .concat(
        Object.entries(updated)
          .filter(([, n]) => n)
          .map(([t, n]) => `cập nhật ${formatNumber(n)} ${TABLE_NOUN[t] ?? t}`),
      );
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
      ...(req.roundId ? { roundId: req.roundId } : {}),
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
    await chunked(
      audits,
      (c) => addAuditEntries(db, c),
      () => undefined,
    );
    onProgress?.(total, total);
    return batch;
  });
}

const TABLE_NOUN = WRITTEN_TABLE_NOUN;

const RECORD_WRITERS: Record<Exclude<ImportTarget, 'units' | 'awards'>, (ctx: RecordWriteContext, rows: PlannedRow[]) => Promise<void>> = {
  nominations: writeNominations,
  people: writePeople,
  ratings: writeRatings,
  initiatives: writeInitiatives,
};

/**
 * Builds each unit from its rows (one unit may have a row per year) and writes units chunk by
 * chunk as they are built, so the database stores one chunk while the next is prepared. One
 * record per unit: its years are inside it.
 */
async function writeUnits(
  db: AppDatabase,
  rows: PlannedRow[],
  overwrite: Set<string>,
  batchId: string,
  now: string,
  snapshots: ImportChange[],
  audits: AuditDraft[],
  progress: (rows: number) => void,
) {
  const matchIds = [...new Set(rows.map((r) => r.matchId).filter((id): id is string => !!id))];
  const stored = new Map<string, Unit>();
  (await db.units.bulkGet(matchIds)).forEach((u) => u && stored.set(u.id, u));
  // Each unit's rows in file order: matched units by id, new units by the plan's unit reference.
  const groups = new Map<string, PlannedRow[]>();
  for (const row of rows) {
    const key = row.matchId ? `m:${row.matchId}` : row.unitRef ? `n:${row.unitRef}` : undefined;
    if (!key) continue;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }

  const out = { created: 0, updated: 0, yearsCreated: 0, yearsUpdated: 0 };
  const pending: Array<Promise<unknown>> = [];
  let adds: Unit[] = [];
  let puts: Unit[] = [];
  let rowsInChunk = 0;
  // Every written unit, applied to the directory once at the end (all chunks at most).
  const listed: Unit[] = [];
  const flush = () => {
    const n = rowsInChunk;
    for (const u of adds) listed.push(u);
    for (const u of puts) listed.push(u);
    const writes: Array<Promise<unknown>> = [];
    if (adds.length) writes.push(db.units.bulkAdd(adds));
    if (puts.length) writes.push(db.units.bulkPut(puts));
    if (writes.length) pending.push(Promise.all(writes).then(() => progress(n)));
    adds = [];
    puts = [];
    rowsInChunk = 0;
  };

  for (const group of groups.values()) {
    const first = group[0]!;
    const before = first.matchId ? stored.get(first.matchId) : undefined;
    if (first.matchId && !before) {
      throw new UserError(`Đơn vị khớp với dòng ${first.row + 1} (trang tính "${first.sheet}") đã bị xóa trong lúc nhập; hãy kiểm tra lại rồi nhập lại.`);
    }
    let unit: Omit<Unit, DerivedUnitField>;
    let changed = false;
    if (before) {
      unit = before;
      for (const row of group) {
        const merged = mergeFields(unit, unitFieldsFromRow(row.values) as Partial<Unit>, overwrite);
        if (merged.changed) {
          unit = merged.next;
          changed = true;
        }
      }
    } else {
      unit = {
        status: 'active',
        member: 0,
        kind: 'htx',
        ...unitFieldsFromRow(first.values),
        id: newId(),
        origin: 'import',
        importBatchId: batchId,
        createdAt: now,
        updatedAt: now,
      } as Omit<Unit, DerivedUnitField>;
      // Another year's row of the same new unit fills what the first row left blank.
      for (let i = 1; i < group.length; i++) unit = mergeFields(unit, unitFieldsFromRow(group[i]!.values) as Partial<Unit>, new Set()).next;
    }

    // Yearly indicators: one entry per year, the first row naming a year wins.
    let years = unit.years;
    const seen = new Set<number>();
    for (const row of group) {
      for (const { year, fields } of indicatorSetsFromRow(row.values)) {
        if (year === undefined || seen.has(year)) continue;
        seen.add(year);
        const old = findYear({ years }, year);
        let entry: StoredUnitYear;
        if (!old) {
          entry = { ...fields, year, importBatchId: batchId, updatedAt: now } as StoredUnitYear;
          out.yearsCreated++;
        } else {
          const merged = mergeFields(old, fields as Partial<StoredUnitYear>, overwrite);
          if (!merged.changed) continue;
          entry = { ...merged.next, updatedAt: now };
          out.yearsUpdated++;
        }
        years = withYear(years, entry);
        changed = true;
      }
    }

    rowsInChunk += group.length;
    if (!before) {
      adds.push(withDerivedFields({ ...unit, years }));
      out.created++;
    } else if (changed) {
      const after = withDerivedFields({ ...unit, years, updatedAt: now });
      puts.push(after);
      out.updated++;
      snapshots.push({ batchId, table: 'units', recordId: before.id, before, afterUpdatedAt: now });
      audits.push({ action: 'update', table: 'units', recordId: before.id, summary: `Cập nhật đơn vị "${after.name}" khi nhập tệp`, before, after });
    }
    if (adds.length + puts.length >= CHUNK) flush();
  }
  flush();
  await Promise.all(pending);
  await applyUnitWrites(db, listed);
  return out;
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
