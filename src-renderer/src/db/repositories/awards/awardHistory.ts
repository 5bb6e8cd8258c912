import { UserError } from '@/domain/errors';
import type { AwardRecord, CommendationType, RecipientKind } from '@/domain/awards/types';
import { cleanText } from '@/domain/text/normalize';
import { getDb, type AppDatabase } from '../../database';
import { auditedWrite } from '../../audit';
import { newId, nowIso } from '../../ids';
import { awardTables } from './tables';

/** Award history (lịch sử khen thưởng) of a unit or person, newest year first. */
export async function listAwardsFor(recipientKind: RecipientKind, recipientId: string, db: AppDatabase = getDb()): Promise<AwardRecord[]> {
  const rows = await db.awards.where('[recipientKind+recipientId]').equals([recipientKind, recipientId]).toArray();
  return rows.sort((a, b) => b.year - a.year || (b.decisionDate ?? '').localeCompare(a.decisionDate ?? ''));
}

export interface AwardInput {
  year: number;
  recipientKind: RecipientKind;
  recipientId: string;
  catalogCode: string;
  awardName?: string;
  decisionNumber?: string;
  decisionDate?: string;
  issuingBody?: string;
  commendationType: CommendationType;
}

async function validate(db: AppDatabase, input: AwardInput): Promise<AwardRecord['awardName']> {
  const thisYear = new Date().getFullYear();
  if (!Number.isInteger(input.year) || input.year < 1945 || input.year > thisYear + 1) throw new UserError(`Năm khen thưởng không hợp lệ: ${input.year}.`);
  if (input.decisionDate && !/^\d{4}-\d{2}-\d{2}$/.test(input.decisionDate)) throw new UserError('Ngày quyết định không hợp lệ.');
  const entry = input.catalogCode ? await awardTables(db).catalog.get(input.catalogCode) : undefined;
  if (input.catalogCode && !entry) throw new UserError(`Không có danh hiệu, hình thức mã "${input.catalogCode}" trong danh mục.`);
  if (entry && entry.recipient !== input.recipientKind) {
    throw new UserError(`"${entry.name}" dành cho ${entry.recipient === 'unit' ? 'tập thể' : 'cá nhân'}.`);
  }
  const name = cleanText(input.awardName ?? '') || entry?.name || '';
  if (!name) throw new UserError('Chọn danh hiệu, hình thức khen thưởng.');
  return name;
}

function tidy(input: AwardInput, awardName: string) {
  const opt = (v?: string) => (v && cleanText(v) ? cleanText(v) : undefined);
  const out: Omit<AwardRecord, 'id' | 'source' | 'createdAt' | 'updatedAt'> = {
    year: input.year,
    recipientKind: input.recipientKind,
    recipientId: input.recipientId,
    catalogCode: input.catalogCode,
    awardName,
    commendationType: input.commendationType,
  };
  const dn = opt(input.decisionNumber);
  const ib = opt(input.issuingBody);
  if (dn) out.decisionNumber = dn;
  if (input.decisionDate) out.decisionDate = input.decisionDate;
  if (ib) out.issuingBody = ib;
  return out;
}

export async function addAward(input: AwardInput, db: AppDatabase = getDb()): Promise<AwardRecord> {
  const awardName = await validate(db, input);
  return auditedWrite(db, [db.awards], async ({ audit }) => {
    const now = nowIso();
    const award: AwardRecord = { ...tidy(input, awardName), id: newId(), source: 'manual', createdAt: now, updatedAt: now };
    await db.awards.add(award);
    await audit({ action: 'create', table: 'awards', recordId: award.id, summary: `Thêm khen thưởng "${award.awardName}" năm ${award.year}`, after: award });
    return award;
  });
}

export async function updateAward(id: string, input: AwardInput, db: AppDatabase = getDb()): Promise<AwardRecord> {
  const awardName = await validate(db, input);
  return auditedWrite(db, [db.awards], async ({ audit }) => {
    const before = await db.awards.get(id);
    if (!before) throw new UserError('Không tìm thấy bản ghi khen thưởng.');
    const after: AwardRecord = { ...before, ...tidy(input, awardName), updatedAt: nowIso() };
    if (!input.decisionNumber) delete after.decisionNumber;
    if (!input.decisionDate) delete after.decisionDate;
    if (!input.issuingBody) delete after.issuingBody;
    await db.awards.put(after);
    await audit({ action: 'update', table: 'awards', recordId: id, summary: `Sửa khen thưởng "${after.awardName}" năm ${after.year}`, before, after });
    return after;
  });
}

/** Deleting an award frees the initiative it used. */
export async function deleteAward(id: string, db: AppDatabase = getDb()): Promise<void> {
  const t = awardTables(db);
  await auditedWrite(db, [db.awards, t.initiatives], async ({ audit }) => {
    const before = await db.awards.get(id);
    if (!before) return;
    await db.awards.delete(id);
    await t.initiatives
      .where('usedByAwardId')
      .equals(id)
      .modify((i) => {
        delete i.usedByAwardId;
      });
    await audit({ action: 'delete', table: 'awards', recordId: id, summary: `Xóa khen thưởng "${before.awardName}" năm ${before.year}`, before });
  });
}
