/**
 * Writes of the targets naming people and collectives (nominations, people, ratings, initiatives),
 * inside commitImport's transaction. Recipients the plan marked as new ('new:<row key>') are
 * created once, from the first row naming them; updated records are snapshotted for undo.
 */
import { UserError } from '@/domain/errors';
import type { Unit } from '@/domain/registry/types';
import { commendationTypeInName } from '@/domain/awards/catalogMatch';
import type { CommendationType, Initiative, InitiativeLevel, Nomination, Person, Rating, RecipientKind, YearRating } from '@/domain/awards/types';
import type { ImportChange } from '@/domain/import/batch';
import type { PlannedRow, RowValues } from '@/domain/import/planTypes';
import { ratingKey } from '@/domain/import/ratingMatch';
import { sourceField } from '@/domain/import/records';
import { cleanText } from '@/domain/text/normalize';
import { applyUnitWrites } from '../registry/directoryStore';
import type { AppDatabase } from '../../database';
import type { AuditDraft } from '../../audit';
import { newId } from '../../ids';
import { awardTables } from '../awards/tables';
import { withPersonDerived } from '../awards/people';
import { withDerivedFields } from '../registry/units';

export interface RecordWriteContext {
  db: AppDatabase;
  batchId: string;
  now: string;
  overwrite: Set<string>;
  snapshots: ImportChange[];
  audits: AuditDraft[];
  created: Record<string, number>;
  updated: Record<string, number>;
  /** Rows planned (progress). */
  tick: (rows: number) => void;
  roundId?: string;
}

const str = (v: RowValues, key: string): string | undefined => {
  const x = v[key];
  return typeof x === 'string' && cleanText(x) ? cleanText(x) : undefined;
};
const num = (v: RowValues, key: string): number | undefined => (typeof v[key] === 'number' ? (v[key] as number) : undefined);

function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || v === '';
}

/**
 * Merge imported fields into a stored record: overwrite chosen fields, fill blanks in the rest.
 * Overwrite choices name the mapped field (province), records the stored one (provinceCode): sourceField maps them.
 */
export function mergeFields<T extends object>(before: T, incoming: Partial<T>, overwrite: Set<string>): { next: T; changed: boolean } {
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

/** The person fields a row gives (values already read by the plan: gender, birthYear, birthDate). */
function personFields(row: PlannedRow): Partial<Person> {
  const v = row.values;
  const out: Partial<Person> = {};
  if (v.gender === 'nam' || v.gender === 'nu') out.gender = v.gender;
  const birthDate = str(v, 'birthDate');
  if (birthDate && /^\d{4}-\d{2}-\d{2}$/.test(birthDate)) out.birthDate = birthDate;
  const birthYear = num(v, 'birthYear') ?? (birthDate ? Number(birthDate.slice(0, 4)) : undefined);
  if (birthYear) out.birthYear = birthYear;
  for (const k of ['phone', 'ethnicity', 'position'] as const) {
    const x = str(v, k);
    if (x) out[k] = x;
  }
  // The workplace is a stored unit or only a note: an import never creates a person's workplace.
  if (row.unitId && !row.unitId.startsWith('new:')) out.unitId = row.unitId;
  return out;
}

/** The person and unit records a file creates, one per 'new:' id. */
class NewRecipients {
  people: Person[] = [];
  units: Unit[] = [];
  private ids = new Map<string, string>();

  constructor(private ctx: RecordWriteContext) {}

  /** The stored id of a row's recipient, creating it from this row the first time. */
  recipientId(row: PlannedRow, kind: RecipientKind, notes?: string): string | undefined {
    const planned = kind === 'unit' ? row.unitId : row.personId;
    if (!planned || !planned.startsWith('new:')) return planned;
    let id = this.ids.get(planned);
    if (id) return id;
    id = newId();
    this.ids.set(planned, id);
    const { batchId, now } = this.ctx;
    const v = row.values;
    const name = cleanText(String(v.recipientName ?? ''));
    if (kind === 'unit') {
      const unit = {
        id,
        name,
        kind: v.newUnitKind === 'htx' || v.newUnitKind === 'tht' || v.newUnitKind === 'lien_hiep' || v.newUnitKind === 'qtdnd' ? v.newUnitKind : 'khac',
        status: 'active',
        member: 0,
        origin: 'import',
        importBatchId: batchId,
        createdAt: now,
        updatedAt: now,
      } as Omit<Unit, 'searchWords' | 'nameKey' | 'sortKey'>;
      const taxCode = str(v, 'taxCode');
      if (taxCode) unit.taxCode = taxCode;
      const unitNotes = str(v, 'newUnitNotes');
      if (unitNotes) unit.notes = unitNotes;
      this.units.push(withDerivedFields(unit));
    } else {
      const person = withPersonDerived({
        id,
        fullName: name,
        gender: 'nam' as const,
        ...personFields(row),
        origin: 'import' as const,
        importBatchId: batchId,
        createdAt: now,
        updatedAt: now,
      });
      const unitName = str(v, 'unitName');
      const lines = [!person.unitId && unitName ? `Đơn vị: ${unitName}` : undefined, notes].filter(Boolean);
      if (lines.length) person.notes = lines.join('\n');
      this.people.push(person);
    }
    return id;
  }

  async write(): Promise<void> {
    const { db, created } = this.ctx;
    if (this.units.length) {
      await db.units.bulkAdd(this.units);
      await applyUnitWrites(db, this.units);
    }
    if (this.people.length) await db.people.bulkAdd(this.people);
    if (this.units.length) created.units = (created.units ?? 0) + this.units.length;
    if (this.people.length) created.people = (created.people ?? 0) + this.people.length;
  }
}

/** Nominations into the round: new recipients first, then one draft entry per row. */
export async function writeNominations(ctx: RecordWriteContext, rows: PlannedRow[]): Promise<void> {
  const { db, batchId, now } = ctx;
  const t = awardTables(db);
  if (!ctx.roundId) throw new UserError('Chưa chọn đợt xét để đưa danh sách đề nghị vào.');
  const round = await t.rounds.get(ctx.roundId);
  if (!round) throw new UserError('Không tìm thấy đợt xét đã chọn (có thể đã bị xóa); hãy chọn lại đợt xét.');
  const recipients = new NewRecipients(ctx);
  const nominations: Nomination[] = [];
  for (const row of rows) {
    const v = row.values;
    const kind = row.recipientKind ?? 'unit';
    const recipientId = recipients.recipientId(row, kind);
    const catalogCode = str(v, 'catalogCode');
    if (!recipientId || !catalogCode) continue;
    // A đột xuất or chuyên đề round gives its kind unless the award name states one.
    const written = str(v, 'awardName') ?? str(v, 'titleName');
    const roundType: CommendationType | undefined = round.type === 'dot_xuat' ? 'dot_xuat' : round.type === 'chuyen_de' ? 'chuyen_de' : undefined;
    const commendationType = ((written && commendationTypeInName(written)) ??
      roundType ??
      (typeof v.commendationType === 'string' ? v.commendationType : 'thuong_xuyen')) as CommendationType;
    const n: Nomination = {
      id: newId(),
      roundId: round.id,
      recipientKind: kind,
      recipientId,
      catalogCode,
      commendationType,
      summary: str(v, 'summary') ?? '',
      attachments: [],
      overrides: [],
      status: 'draft',
      importBatchId: batchId,
      createdAt: now,
      updatedAt: now,
    };
    const category = str(v, 'category');
    if (category) n.category = category;
    const note = str(v, 'notes');
    if (note) n.note = note;
    nominations.push(n);
  }
  ctx.tick(rows.length);
  await recipients.write();
  if (nominations.length) await t.nominations.bulkAdd(nominations);
  ctx.created.nominations = nominations.length;
}

/** People: new ones added, stored ones completed (blanks filled, chosen fields overwritten). */
export async function writePeople(ctx: RecordWriteContext, rows: PlannedRow[]): Promise<void> {
  const { db, batchId, now, overwrite } = ctx;
  const recipients = new NewRecipients(ctx);
  const ids = [...new Set(rows.filter((r) => r.status === 'update' && r.personId).map((r) => r.personId!))];
  const stored = new Map<string, Person>();
  (await db.people.bulkGet(ids)).forEach((p) => p && stored.set(p.id, p));
  const puts: Person[] = [];
  for (const row of rows) {
    if (row.status === 'new') {
      recipients.recipientId(row, 'person', str(row.values, 'notes'));
      continue;
    }
    const before = row.personId ? stored.get(row.personId) : undefined;
    if (!before)
      throw new UserError(`Cá nhân khớp với dòng ${row.row + 1} (trang tính "${row.sheet}") đã bị xóa trong lúc nhập; hãy kiểm tra lại rồi nhập lại.`);
    const incoming = personFields(row);
    const notes = str(row.values, 'notes');
    if (notes) incoming.notes = notes;
    const merged = mergeFields(before, incoming, overwrite);
    if (!merged.changed) continue;
    const after = withPersonDerived({ ...merged.next, updatedAt: now });
    puts.push(after);
    ctx.snapshots.push({ batchId, table: 'people', recordId: before.id, before, afterUpdatedAt: now });
    ctx.audits.push({ action: 'update', table: 'people', recordId: before.id, summary: `Cập nhật cá nhân "${after.fullName}" khi nhập tệp`, before, after });
  }
  ctx.tick(rows.length);
  await recipients.write();
  if (puts.length) await db.people.bulkPut(puts);
  ctx.updated.people = puts.length;
}

/** Ratings: one per recipient and year; a stored rating it replaces is snapshotted. */
export async function writeRatings(ctx: RecordWriteContext, rows: PlannedRow[]): Promise<void> {
  const { db, batchId, now } = ctx;
  const t = awardTables(db);
  const recipients = new NewRecipients(ctx);
  const records: YearRating[] = [];
  for (const row of rows) {
    const kind = row.recipientKind ?? 'person';
    const recipientId = recipients.recipientId(row, kind);
    if (!recipientId) continue;
    const year = Number(row.values.year);
    const r: YearRating = {
      id: ratingKey(kind, recipientId, year),
      recipientKind: kind,
      recipientId,
      year,
      rating: row.values.rating as Rating,
      importBatchId: batchId,
      updatedAt: now,
    };
    if (row.values.leave === 'thai_san') r.leave = 'thai_san';
    records.push(r);
  }
  ctx.tick(rows.length);
  const before = await t.ratings.bulkGet(records.map((r) => r.id));
  let updated = 0;
  before.forEach((b, i) => {
    if (!b) return;
    const after = records[i]!;
    updated++;
    ctx.snapshots.push({ batchId, table: 'ratings', recordId: b.id, before: b, afterUpdatedAt: now });
    ctx.audits.push({ action: 'update', table: 'ratings', recordId: b.id, summary: `Cập nhật xếp loại năm ${after.year} khi nhập tệp`, before: b, after });
  });
  await recipients.write();
  if (records.length) await t.ratings.bulkPut(records);
  ctx.created.ratings = records.length - updated;
  ctx.updated.ratings = updated;
}

/** Initiatives: one record per author found by the plan, or one without an author. */
export async function writeInitiatives(ctx: RecordWriteContext, rows: PlannedRow[]): Promise<void> {
  const { db, batchId, now } = ctx;
  const records: Initiative[] = [];
  for (const row of rows) {
    const v = row.values;
    const authorIds = String(v.authorIds ?? '').split(',');
    for (const personId of authorIds) {
      const i: Initiative = {
        id: newId(),
        title: str(v, 'title') ?? '',
        year: Number(v.year),
        level: (str(v, 'level') ?? 'co_so') as InitiativeLevel,
        importBatchId: batchId,
        updatedAt: now,
      };
      if (personId) i.personId = personId;
      const authorUnit = [str(v, 'department'), str(v, 'unitName')].filter(Boolean).join(', ');
      if (authorUnit) i.authorUnit = authorUnit;
      for (const k of ['recognisedBy', 'authors', 'recognisedDate', 'decisionNumber', 'summary'] as const) {
        const x = str(v, k);
        if (x) i[k] = x;
      }
      records.push(i);
    }
  }
  ctx.tick(rows.length);
  if (records.length) await awardTables(db).initiatives.bulkAdd(records);
  ctx.created.initiatives = records.length;
}
