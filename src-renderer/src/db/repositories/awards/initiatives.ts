/** Every initiative of the office (imported lists included), and attaching one to its author. */
import { UserError } from '@/domain/errors';
import type { Initiative, Person } from '@/domain/awards/types';
import { compareVi } from '@/domain/text/collate';
import { getDb, type AppDatabase } from '../../database';
import { auditedWrite } from '../../audit';
import { nowIso } from '../../ids';
import { awardTables } from './tables';

export interface InitiativeRow {
  initiative: Initiative;
  /** The author it counts for, when attached. */
  person?: Pick<Person, 'id' | 'fullName'>;
}

/** All initiatives, newest year first, then by title in Vietnamese order. */
export async function listAllInitiatives(db: AppDatabase = getDb()): Promise<InitiativeRow[]> {
  const rows = await awardTables(db).initiatives.toArray();
  const ids = [...new Set(rows.flatMap((i) => (i.personId ? [i.personId] : [])))];
  const people = new Map((await db.people.bulkGet(ids)).flatMap((p) => (p ? [[p.id, { id: p.id, fullName: p.fullName }] as const] : [])));
  return rows
    .sort((a, b) => b.year - a.year || compareVi(a.title, b.title))
    .map((initiative) => {
      const person = initiative.personId ? people.get(initiative.personId) : undefined;
      return person ? { initiative, person } : { initiative };
    });
}

/** Count an initiative for one person (an imported list may name authors the registry did not know). */
export async function setInitiativePerson(id: string, personId: string | undefined, db: AppDatabase = getDb()): Promise<Initiative> {
  const t = awardTables(db);
  return auditedWrite(db, [t.initiatives, db.people], async ({ audit }) => {
    const before = await t.initiatives.get(id);
    if (!before) throw new UserError('Không tìm thấy sáng kiến này (có thể đã bị xóa).');
    if (before.usedByAwardId) throw new UserError(`Sáng kiến "${before.title}" đã được dùng cho một khen thưởng: không đổi tác giả được.`);
    const person = personId ? await db.people.get(personId) : undefined;
    if (personId && !person) throw new UserError('Không tìm thấy cá nhân đã chọn.');
    const after: Initiative = { ...before, updatedAt: nowIso() };
    if (personId) after.personId = personId;
    else delete after.personId;
    await t.initiatives.put(after);
    await audit({
      action: 'update',
      table: 'initiatives',
      recordId: id,
      summary: person ? `Tính sáng kiến "${before.title}" cho ${person.fullName}` : `Bỏ gắn tác giả của sáng kiến "${before.title}"`,
      before,
      after,
    });
    return after;
  });
}
