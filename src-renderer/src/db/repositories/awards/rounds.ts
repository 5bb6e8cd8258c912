import { UserError } from '@/domain/errors';
import type { NominationRound } from '@/domain/awards/types';
import { cleanText } from '@/domain/text/normalize';
import { getDb, type AppDatabase } from '../../database';
import { auditedWrite } from '../../audit';
import { newId, nowIso } from '../../ids';
import { awardTables } from './tables';

/** The fields a round form edits. */
export type RoundInput = Pick<NominationRound, 'name' | 'year' | 'type' | 'movementId' | 'deadline' | 'letterNumber' | 'letterDate'> &
  Partial<Pick<NominationRound, 'meetingDate' | 'meetingTime' | 'meetingPlace' | 'chairName' | 'chairTitle' | 'secretaryName'>>;

/** Free-text fields of the council meeting, printed in the minutes. */
const MEETING_TEXT = ['meetingPlace', 'chairName', 'chairTitle', 'secretaryName'] as const;

/** "8:30", "08h30", "8.30" -> "08:30"; undefined when empty; an error when not a time of day. */
export function normalizeMeetingTime(text: string | undefined): string | undefined {
  const t = cleanText(text ?? '');
  if (!t) return undefined;
  const m = /^(\d{1,2})\s*(?:[:hg.]|giờ)\s*(\d{2})?(?:\s*phút)?$/iu.exec(t);
  const h = m ? Number(m[1]) : NaN;
  const min = m?.[2] ? Number(m[2]) : 0;
  if (!m || h > 23 || min > 59) throw new UserError(`Giờ họp không hợp lệ: "${t}" (ví dụ 08:30).`);
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

function prepare(input: RoundInput): RoundInput {
  const name = cleanText(input.name ?? '');
  if (!name) throw new UserError('Tên đợt xét là bắt buộc.');
  if (!Number.isInteger(input.year) || input.year < 1945 || input.year > new Date().getFullYear() + 1) throw new UserError('Năm xét không hợp lệ.');
  const out: RoundInput = { name, year: input.year, type: input.type };
  if (input.movementId) out.movementId = input.movementId;
  if (input.deadline) out.deadline = input.deadline;
  if (input.letterNumber && cleanText(input.letterNumber)) out.letterNumber = cleanText(input.letterNumber);
  if (input.letterDate) out.letterDate = input.letterDate;
  if (input.meetingDate) out.meetingDate = input.meetingDate;
  const time = normalizeMeetingTime(input.meetingTime);
  if (time) out.meetingTime = time;
  for (const k of MEETING_TEXT) {
    const v = cleanText(input[k] ?? '');
    if (v) out[k] = v;
  }
  return out;
}

export async function listRounds(db: AppDatabase = getDb()): Promise<NominationRound[]> {
  const rows = await awardTables(db).rounds.toArray();
  return rows.sort((a, b) => b.year - a.year || b.createdAt.localeCompare(a.createdAt));
}

export async function getRound(id: string, db: AppDatabase = getDb()): Promise<NominationRound | undefined> {
  return awardTables(db).rounds.get(id);
}

export async function createRound(input: RoundInput, db: AppDatabase = getDb()): Promise<NominationRound> {
  const data = prepare(input);
  const t = awardTables(db);
  return auditedWrite(db, [t.rounds], async ({ audit }) => {
    const now = nowIso();
    const round: NominationRound = { ...data, id: newId(), status: 'open', createdAt: now, updatedAt: now };
    await t.rounds.add(round);
    await audit({ action: 'create', table: 'rounds', recordId: round.id, summary: `Tạo đợt xét "${round.name}"`, after: round });
    return round;
  });
}

export async function updateRound(id: string, input: RoundInput, db: AppDatabase = getDb()): Promise<NominationRound> {
  const data = prepare(input);
  const t = awardTables(db);
  return auditedWrite(db, [t.rounds], async ({ audit }) => {
    const before = await t.rounds.get(id);
    if (!before) throw new UserError('Không tìm thấy đợt xét.');
    const after: NominationRound = { id, status: before.status, createdAt: before.createdAt, ...data, updatedAt: nowIso() };
    await t.rounds.put(after);
    await audit({ action: 'update', table: 'rounds', recordId: id, summary: `Sửa đợt xét "${after.name}"`, before, after });
    return after;
  });
}

/** Only an empty round can be deleted. */
export async function deleteRound(id: string, db: AppDatabase = getDb()): Promise<void> {
  const t = awardTables(db);
  await auditedWrite(db, [t.rounds, t.nominations], async ({ audit }) => {
    const before = await t.rounds.get(id);
    if (!before) return;
    const n = await t.nominations.where('roundId').equals(id).count();
    if (n) throw new UserError(`Đợt "${before.name}" còn ${n} đề nghị; xóa các đề nghị trước.`);
    await t.rounds.delete(id);
    await audit({ action: 'delete', table: 'rounds', recordId: id, summary: `Xóa đợt xét "${before.name}"`, before });
  });
}
