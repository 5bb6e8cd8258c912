import { UserError } from '@/domain/errors';
import type { DisciplineRecord, Initiative, InitiativeLevel, Person, Rating, RecipientKind, YearRating } from '@/domain/awards/types';
import { cleanText, nameKey, queryWords, searchWords } from '@/domain/text/normalize';
import { compareVi } from '@/domain/text/collate';
import { RATING_LABEL } from '@/domain/awards/labels';
import { getDb, type AppDatabase } from '../../database';
import { auditedWrite } from '../../audit';
import { newId, nowIso } from '../../ids';
import { awardTables } from './tables';

/** The fields a person form edits. */
export type PersonInput = Pick<Person, 'fullName' | 'gender' | 'birthYear' | 'ethnicity' | 'position' | 'unitId' | 'notes'> & Partial<Pick<Person, 'phone'>>;

function preparePerson(input: PersonInput): PersonInput {
  const fullName = cleanText(input.fullName ?? '');
  if (!fullName) throw new UserError('Họ và tên là bắt buộc.');
  if (input.gender !== 'nam' && input.gender !== 'nu') throw new UserError('Chọn giới tính.');
  const thisYear = new Date().getFullYear();
  if (input.birthYear !== undefined && input.birthYear !== null && (input.birthYear < 1900 || input.birthYear > thisYear - 14)) {
    throw new UserError(`Năm sinh không hợp lệ: ${input.birthYear}.`);
  }
  const out: PersonInput = { fullName, gender: input.gender };
  if (input.birthYear) out.birthYear = input.birthYear;
  for (const k of ['ethnicity', 'position', 'unitId', 'phone', 'notes'] as const) {
    const v = input[k] ? cleanText(input[k]!) : '';
    if (v) out[k] = v;
  }
  return out;
}

/** Derived search fields, the same for every writer (form, import). */
export function withPersonDerived<T extends Omit<Person, 'searchWords' | 'nameKey'>>(p: T): T & Pick<Person, 'searchWords' | 'nameKey'> {
  return { ...p, searchWords: searchWords(p.fullName, p.position), nameKey: nameKey(p.fullName) };
}

export async function createPerson(input: PersonInput, db: AppDatabase = getDb()): Promise<Person> {
  const data = preparePerson(input);
  return auditedWrite(db, [db.people], async ({ audit }) => {
    const now = nowIso();
    const person = withPersonDerived({ ...data, id: newId(), origin: 'manual' as const, createdAt: now, updatedAt: now });
    await db.people.add(person);
    await audit({ action: 'create', table: 'people', recordId: person.id, summary: `Thêm cá nhân "${person.fullName}"`, after: person });
    return person;
  });
}

export async function updatePerson(id: string, input: PersonInput, db: AppDatabase = getDb()): Promise<Person> {
  const data = preparePerson(input);
  return auditedWrite(db, [db.people], async ({ audit }) => {
    const before = await db.people.get(id);
    if (!before) throw new UserError('Không tìm thấy cá nhân.');
    const { birthYear: _b, ethnicity: _e, position: _p, unitId: _u, phone: _ph, notes: _n, ...kept } = before;
    const after = withPersonDerived({ ...kept, ...data, updatedAt: nowIso() });
    await db.people.put(after);
    await audit({ action: 'update', table: 'people', recordId: id, summary: `Sửa cá nhân "${after.fullName}"`, before, after });
    return after;
  });
}

/** A person with award history or nominations cannot be deleted (history is evidence). */
export async function deletePerson(id: string, db: AppDatabase = getDb()): Promise<void> {
  const t = awardTables(db);
  await auditedWrite(db, [db.people, db.awards, t.nominations, t.ratings, t.initiatives, t.disciplines], async ({ audit }) => {
    const before = await db.people.get(id);
    if (!before) return;
    const awards = await db.awards.where('[recipientKind+recipientId]').equals(['person', id]).count();
    const noms = await t.nominations.where('recipientId').equals(id).count();
    if (awards || noms) throw new UserError(`Không xóa được "${before.fullName}": đã có ${awards} khen thưởng và ${noms} đề nghị.`);
    await t.ratings.where('[recipientKind+recipientId]').equals(['person', id]).delete();
    await t.initiatives.where('personId').equals(id).delete();
    await t.disciplines.where('[recipientKind+recipientId]').equals(['person', id]).delete();
    await db.people.delete(id);
    await audit({ action: 'delete', table: 'people', recordId: id, summary: `Xóa cá nhân "${before.fullName}"`, before });
  });
}

export async function getPerson(id: string, db: AppDatabase = getDb()): Promise<Person | undefined> {
  return db.people.get(id);
}

/** Diacritic-insensitive word-prefix search; all people when the query is empty. */
export async function searchPeople(query: string, unitId?: string, db: AppDatabase = getDb()): Promise<Person[]> {
  const words = queryWords(query);
  let rows: Person[];
  if (unitId) rows = await db.people.where('unitId').equals(unitId).toArray();
  else if (words.length) rows = await db.people.where('searchWords').startsWith(words[0]!).toArray();
  else rows = await db.people.toArray();
  if (words.length) rows = rows.filter((p) => words.every((w) => p.searchWords.some((s) => s.startsWith(w))));
  const unique = new Map(rows.map((p) => [p.id, p]));
  return [...unique.values()].sort((a, b) => compareVi(a.fullName, b.fullName));
}

// --- yearly ratings ------------------------------------------------------------------------

export const ratingId = (kind: RecipientKind, id: string, year: number) => `${kind}:${id}:${year}`;

export async function listRatings(kind: RecipientKind, id: string, db: AppDatabase = getDb()): Promise<YearRating[]> {
  const rows = await awardTables(db).ratings.where('[recipientKind+recipientId]').equals([kind, id]).toArray();
  return rows.sort((a, b) => b.year - a.year);
}

export async function setRating(kind: RecipientKind, recipientId: string, year: number, rating: Rating | null, db: AppDatabase = getDb()): Promise<void> {
  const t = awardTables(db);
  const id = ratingId(kind, recipientId, year);
  await auditedWrite(db, [t.ratings], async ({ audit }) => {
    const before = await t.ratings.get(id);
    if (rating === null) {
      if (!before) return;
      await t.ratings.delete(id);
      await audit({ action: 'delete', table: 'ratings', recordId: id, summary: `Xóa xếp loại năm ${year}`, before });
      return;
    }
    const after: YearRating = { id, recipientKind: kind, recipientId, year, rating, updatedAt: nowIso() };
    await t.ratings.put(after);
    await audit({
      action: before ? 'update' : 'create',
      table: 'ratings',
      recordId: id,
      summary: `Xếp loại năm ${year}: ${RATING_LABEL[rating]}`,
      before,
      after,
    });
  });
}

// --- initiatives ---------------------------------------------------------------------------

export async function listInitiatives(personId: string, db: AppDatabase = getDb()): Promise<Initiative[]> {
  const rows = await awardTables(db).initiatives.where('personId').equals(personId).toArray();
  return rows.sort((a, b) => b.year - a.year);
}

export interface InitiativeInput {
  id?: string;
  personId: string;
  title: string;
  year: number;
  level: InitiativeLevel;
  recognisedBy?: string;
}

export async function saveInitiative(input: InitiativeInput, db: AppDatabase = getDb()): Promise<Initiative> {
  const title = cleanText(input.title ?? '');
  if (!title) throw new UserError('Tên sáng kiến là bắt buộc.');
  if (!Number.isInteger(input.year)) throw new UserError('Năm công nhận là bắt buộc.');
  const t = awardTables(db);
  return auditedWrite(db, [t.initiatives], async ({ audit }) => {
    const before = input.id ? await t.initiatives.get(input.id) : undefined;
    const after: Initiative = {
      ...(before ?? {}),
      id: input.id ?? newId(),
      personId: input.personId,
      title,
      year: input.year,
      level: input.level,
      updatedAt: nowIso(),
    };
    if (input.recognisedBy && cleanText(input.recognisedBy)) after.recognisedBy = cleanText(input.recognisedBy);
    await t.initiatives.put(after);
    await audit({
      action: before ? 'update' : 'create',
      table: 'initiatives',
      recordId: after.id,
      summary: `${before ? 'Sửa' : 'Thêm'} sáng kiến "${title}"`,
      before,
      after,
    });
    return after;
  });
}

export async function deleteInitiative(id: string, db: AppDatabase = getDb()): Promise<void> {
  const t = awardTables(db);
  await auditedWrite(db, [t.initiatives], async ({ audit }) => {
    const before = await t.initiatives.get(id);
    if (!before) return;
    if (before.usedByAwardId) throw new UserError(`Sáng kiến "${before.title}" đã được dùng cho một khen thưởng; xóa khen thưởng đó trước.`);
    await t.initiatives.delete(id);
    await audit({ action: 'delete', table: 'initiatives', recordId: id, summary: `Xóa sáng kiến "${before.title}"`, before });
  });
}

// --- discipline, investigation, complaints -------------------------------------------------

export async function listDisciplines(kind: RecipientKind, id: string, db: AppDatabase = getDb()): Promise<DisciplineRecord[]> {
  const rows = await awardTables(db).disciplines.where('[recipientKind+recipientId]').equals([kind, id]).toArray();
  return rows.sort((a, b) => b.from.localeCompare(a.from));
}

export type DisciplineInput = Omit<DisciplineRecord, 'id' | 'updatedAt'> & { id?: string };

export async function saveDiscipline(input: DisciplineInput, db: AppDatabase = getDb()): Promise<DisciplineRecord> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.from ?? '')) throw new UserError('Ngày bắt đầu là bắt buộc.');
  if (input.to && input.to < input.from) throw new UserError('Ngày kết thúc phải sau ngày bắt đầu.');
  const t = awardTables(db);
  return auditedWrite(db, [t.disciplines], async ({ audit }) => {
    const before = input.id ? await t.disciplines.get(input.id) : undefined;
    const after: DisciplineRecord = {
      id: input.id ?? newId(),
      recipientKind: input.recipientKind,
      recipientId: input.recipientId,
      kind: input.kind,
      from: input.from,
      updatedAt: nowIso(),
    };
    if (input.kind === 'ky_luat') after.level = input.level ?? 'khien_trach';
    if (input.to) after.to = input.to;
    if (input.note && cleanText(input.note)) after.note = cleanText(input.note);
    await t.disciplines.put(after);
    await audit({
      action: before ? 'update' : 'create',
      table: 'disciplineRecords',
      recordId: after.id,
      summary: 'Ghi nhận kỷ luật, điều tra hoặc khiếu nại',
      before,
      after,
    });
    return after;
  });
}

export async function deleteDiscipline(id: string, db: AppDatabase = getDb()): Promise<void> {
  const t = awardTables(db);
  await auditedWrite(db, [t.disciplines], async ({ audit }) => {
    const before = await t.disciplines.get(id);
    if (!before) return;
    await t.disciplines.delete(id);
    await audit({ action: 'delete', table: 'disciplineRecords', recordId: id, summary: 'Xóa ghi nhận kỷ luật, điều tra hoặc khiếu nại', before });
  });
}
