import { UserError } from '@/domain/errors';
import type {
  AwardRecord,
  CatalogEntry,
  CommendationType,
  CouncilVote,
  DocumentType,
  Nomination,
  NominationAttachment,
  NominationRound,
  NominationStatus,
  RecipientKind,
} from '@/domain/awards/types';
import { COMMENDATION_TYPES } from '@/domain/awards/types';
import { canMove } from '@/domain/awards/workflow';
import { unresolvedFailures } from '@/domain/awards/eligibility';
import { evaluateCouncilVote, validateBallot, type CouncilBallot } from '@/domain/awards/council';
import { NOMINATION_STATUS_LABEL } from '@/domain/awards/labels';
import { cleanText } from '@/domain/text/normalize';
import { todayIso } from '@/domain/text/format';
import { getDb, type AppDatabase } from '../../database';
import { auditedWrite, type AuditedTx } from '../../audit';
import { newId, nowIso } from '../../ids';
import { awardTables } from './tables';
import { evaluateNomination } from './eligibilityFacts';

export async function listNominations(roundId: string, db: AppDatabase = getDb()): Promise<Nomination[]> {
  return awardTables(db).nominations.where('roundId').equals(roundId).toArray();
}

export interface NominationInput {
  roundId: string;
  recipientKind: RecipientKind;
  recipientId: string;
  catalogCode: string;
  /** Loại hình khen thưởng; from the round type and the catalogue entry when absent (defaultCommendationType). */
  commendationType?: CommendationType;
  summary?: string;
  note?: string;
  initiativeId?: string;
}

/** The commendation type a new nomination takes: the round's kind (đột xuất, chuyên đề), else the entry's own. */
export function defaultCommendationType(
  round: Pick<NominationRound, 'type'> | undefined,
  entry: Pick<CatalogEntry, 'commendationType'> | undefined,
): CommendationType {
  if (round?.type === 'dot_xuat') return 'dot_xuat';
  if (round?.type === 'chuyen_de') return 'chuyen_de';
  return entry?.commendationType ?? 'thuong_xuyen';
}

async function check(db: AppDatabase, input: NominationInput, selfId?: string) {
  const t = awardTables(db);
  const [round, entry] = await Promise.all([t.rounds.get(input.roundId), t.catalog.get(input.catalogCode)]);
  if (!round) throw new UserError('Không tìm thấy đợt xét.');
  if (!entry) throw new UserError('Chọn hình thức đề nghị.');
  if (entry.recipient !== input.recipientKind) throw new UserError(`"${entry.name}" dành cho ${entry.recipient === 'unit' ? 'tập thể' : 'cá nhân'}.`);
  const recipient = input.recipientKind === 'unit' ? await db.units.get(input.recipientId) : await db.people.get(input.recipientId);
  if (!recipient) throw new UserError('Chọn đối tượng đề nghị.');
  const dup = await t.nominations
    .where('recipientId')
    .equals(input.recipientId)
    .filter((n) => n.roundId === input.roundId && n.catalogCode === input.catalogCode && n.id !== selfId)
    .first();
  if (dup) throw new UserError(`Đối tượng này đã được đề nghị "${entry.name}" trong đợt.`);
  if (input.commendationType && !COMMENDATION_TYPES.includes(input.commendationType)) throw new UserError('Chọn loại hình khen thưởng.');
  return { round, entry };
}

export async function addNomination(input: NominationInput, db: AppDatabase = getDb()): Promise<Nomination> {
  const { round, entry } = await check(db, input);
  const t = awardTables(db);
  return auditedWrite(db, [t.nominations], async ({ audit }) => {
    const now = nowIso();
    const n: Nomination = {
      id: newId(),
      roundId: input.roundId,
      recipientKind: input.recipientKind,
      recipientId: input.recipientId,
      catalogCode: input.catalogCode,
      commendationType: input.commendationType ?? defaultCommendationType(round, entry),
      summary: cleanText(input.summary ?? ''),
      attachments: [],
      overrides: [],
      status: 'draft',
      createdAt: now,
      updatedAt: now,
    };
    if (input.note && cleanText(input.note)) n.note = cleanText(input.note);
    if (input.initiativeId) n.initiativeId = input.initiativeId;
    await t.nominations.add(n);
    await audit({ action: 'create', table: 'nominations', recordId: n.id, summary: `Thêm đề nghị ${n.catalogCode}`, after: n });
    return n;
  });
}

/** Edit the text of an entry still in draft. */
export async function updateNominationText(
  id: string,
  fields: { summary?: string; note?: string; initiativeId?: string | null },
  db: AppDatabase = getDb(),
): Promise<Nomination> {
  const t = awardTables(db);
  return auditedWrite(db, [t.nominations], async ({ audit }) => {
    const before = await t.nominations.get(id);
    if (!before) throw new UserError('Không tìm thấy đề nghị.');
    if (before.status !== 'draft') throw new UserError('Chỉ sửa được đề nghị ở trạng thái Dự thảo.');
    const after: Nomination = { ...before, updatedAt: nowIso() };
    if (fields.summary !== undefined) after.summary = cleanText(fields.summary);
    if (fields.note !== undefined) {
      if (cleanText(fields.note)) after.note = cleanText(fields.note);
      else delete after.note;
    }
    if (fields.initiativeId !== undefined) {
      if (fields.initiativeId) after.initiativeId = fields.initiativeId;
      else delete after.initiativeId;
    }
    await t.nominations.put(after);
    await audit({ action: 'update', table: 'nominations', recordId: id, summary: 'Sửa nội dung đề nghị', before, after });
    return after;
  });
}

export async function deleteNomination(id: string, db: AppDatabase = getDb()): Promise<void> {
  const t = awardTables(db);
  await auditedWrite(db, [t.nominations, t.files, t.votes], async ({ audit }) => {
    const before = await t.nominations.get(id);
    if (!before) return;
    if (before.status === 'decided') throw new UserError('Đề nghị đã có quyết định khen thưởng, không xóa được.');
    await t.files.where('nominationId').equals(id).delete();
    await t.votes.where('nominationId').equals(id).delete();
    await t.nominations.delete(id);
    await audit({ action: 'delete', table: 'nominations', recordId: id, summary: `Xóa đề nghị ${before.catalogCode}`, before });
  });
}

export async function attachFile(
  id: string,
  file: { name: string; type?: string; data: Uint8Array },
  docType: DocumentType,
  db: AppDatabase = getDb(),
): Promise<NominationAttachment> {
  const t = awardTables(db);
  return auditedWrite(db, [t.nominations, t.files], async ({ audit }) => {
    const n = await t.nominations.get(id);
    if (!n) throw new UserError('Không tìm thấy đề nghị.');
    const att: NominationAttachment = {
      id: newId(),
      docType,
      fileName: file.name,
      mimeType: file.type || 'application/octet-stream',
      size: file.data.byteLength,
    };
    await t.files.add({ id: att.id, nominationId: id, data: new Blob([file.data as BlobPart], { type: att.mimeType }) });
    await t.nominations.put({ ...n, attachments: [...n.attachments, att], updatedAt: nowIso() });
    await audit({ action: 'attach', table: 'nominations', recordId: id, summary: `Đính kèm "${file.name}"`, after: att });
    return att;
  });
}

export async function removeAttachment(id: string, attachmentId: string, db: AppDatabase = getDb()): Promise<void> {
  const t = awardTables(db);
  await auditedWrite(db, [t.nominations, t.files], async ({ audit }) => {
    const n = await t.nominations.get(id);
    if (!n) return;
    const att = n.attachments.find((a) => a.id === attachmentId);
    if (!att) return;
    await t.files.delete(attachmentId);
    await t.nominations.put({ ...n, attachments: n.attachments.filter((a) => a.id !== attachmentId), updatedAt: nowIso() });
    await audit({ action: 'detach', table: 'nominations', recordId: id, summary: `Bỏ tệp "${att.fileName}"`, before: att });
  });
}

export async function readAttachment(attachmentId: string, db: AppDatabase = getDb()): Promise<Blob | undefined> {
  return (await awardTables(db).files.get(attachmentId))?.data;
}

async function move(
  db: AppDatabase,
  id: string,
  to: NominationStatus,
  patch: Partial<Nomination> = {},
  extra?: (n: Nomination, audit: AuditedTx['audit']) => Promise<void>,
): Promise<Nomination> {
  const t = awardTables(db);
  return auditedWrite(db, [t.nominations, t.votes, db.awards, t.initiatives, t.rounds, t.catalog], async ({ audit }) => {
    const before = await t.nominations.get(id);
    if (!before) throw new UserError('Không tìm thấy đề nghị.');
    if (!canMove(before.status, to)) {
      throw new UserError(`Không chuyển được từ "${NOMINATION_STATUS_LABEL[before.status]}" sang "${NOMINATION_STATUS_LABEL[to]}".`);
    }
    const after: Nomination = { ...before, ...patch, status: to, updatedAt: nowIso() };
    if (to === 'draft') delete after.submittedAt;
    await extra?.(after, audit);
    await t.nominations.put(after);
    await audit({
      action: 'status',
      table: 'nominations',
      recordId: id,
      summary: `${NOMINATION_STATUS_LABEL[before.status]} → ${NOMINATION_STATUS_LABEL[to]}`,
      before: { status: before.status },
      after: { status: to, ...patch },
    });
    return after;
  });
}

/** Submit (đề nghị): every failing rule must pass or carry a written override. Judged on `date`. */
export async function submitNomination(id: string, date = todayIso(), db: AppDatabase = getDb()): Promise<Nomination> {
  const t = awardTables(db);
  const n = await t.nominations.get(id);
  if (!n) throw new UserError('Không tìm thấy đề nghị.');
  const round = await t.rounds.get(n.roundId);
  if (!round) throw new UserError('Không tìm thấy đợt xét.');
  if (!n.summary) throw new UserError('Nhập tóm tắt thành tích trước khi đề nghị.');
  const result = await evaluateNomination(n, round, date, db);
  const open = unresolvedFailures(result);
  if (open.length) throw new UserError(`Chưa đủ điều kiện: ${open.flatMap((r) => r.messages).join('; ')}. Ghi lý do nếu vẫn đề nghị.`);
  return move(db, id, 'submitted', {
    submittedAt: `${date}T00:00:00.000Z`,
    ...(result.initiativeId && !n.initiativeId ? { initiativeId: result.initiativeId } : {}),
  });
}

export async function returnToDraft(id: string, db: AppDatabase = getDb()): Promise<Nomination> {
  return move(db, id, 'draft');
}

export async function listVotes(roundId: string, db: AppDatabase = getDb()): Promise<CouncilVote[]> {
  return awardTables(db).votes.where('roundId').equals(roundId).toArray();
}

/** Records the council's secret-ballot result against the title's configured threshold. */
export async function recordCouncilVote(id: string, ballot: CouncilBallot & { meetingDate: string }, db: AppDatabase = getDb()): Promise<CouncilVote> {
  const errors = validateBallot(ballot);
  if (errors.length) throw new UserError(errors.join(' '));
  const t = awardTables(db);
  const n = await t.nominations.get(id);
  if (!n) throw new UserError('Không tìm thấy đề nghị.');
  const entry = await t.catalog.get(n.catalogCode);
  const threshold = entry?.council ?? { percent: 50, base: 'present' as const };
  const outcome = evaluateCouncilVote(ballot, threshold);
  const vote: CouncilVote = {
    id: newId(),
    roundId: n.roundId,
    nominationId: id,
    meetingDate: ballot.meetingDate,
    membersTotal: ballot.membersTotal,
    membersPresent: ballot.membersPresent,
    ballotsIssued: ballot.ballotsIssued,
    ballotsValid: ballot.ballotsValid,
    votesFor: ballot.votesFor,
    threshold,
    percent: outcome.percent,
    passed: outcome.passed ? 1 : 0,
    createdAt: nowIso(),
  };
  await move(db, id, 'reviewed', {}, async () => {
    await t.votes.where('nominationId').equals(id).delete();
    await t.votes.add(vote);
  });
  return vote;
}

export async function approveNomination(id: string, db: AppDatabase = getDb()): Promise<Nomination> {
  const vote = await awardTables(db).votes.where('nominationId').equals(id).first();
  if (!vote?.passed) throw new UserError('Hội đồng chưa biểu quyết đạt: không chấp thuận được.');
  return move(db, id, 'approved');
}

export async function rejectNomination(id: string, db: AppDatabase = getDb()): Promise<Nomination> {
  return move(db, id, 'rejected');
}

export interface DecisionInput {
  decisionNumber: string;
  decisionDate: string;
  decisionAuthority: string;
}

/** Decision (quyết định): writes the award into history and marks the initiative it used. */
export async function decideNomination(id: string, input: DecisionInput, db: AppDatabase = getDb()): Promise<AwardRecord> {
  const number = cleanText(input.decisionNumber ?? '');
  const authority = cleanText(input.decisionAuthority ?? '');
  if (!number) throw new UserError('Nhập số quyết định.');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.decisionDate ?? '')) throw new UserError('Nhập ngày quyết định.');
  if (!authority) throw new UserError('Nhập cơ quan, người quyết định.');
  const t = awardTables(db);
  let award!: AwardRecord;
  await move(db, id, 'decided', { decisionNumber: number, decisionDate: input.decisionDate, decisionAuthority: authority }, async (n, audit) => {
    const [round, entry] = await Promise.all([t.rounds.get(n.roundId), t.catalog.get(n.catalogCode)]);
    if (!round || !entry) throw new UserError('Thiếu đợt xét hoặc danh mục của đề nghị.');
    const now = nowIso();
    award = {
      id: newId(),
      year: round.year,
      recipientKind: n.recipientKind,
      recipientId: n.recipientId,
      catalogCode: n.catalogCode,
      awardName: entry.name,
      decisionNumber: number,
      decisionDate: input.decisionDate,
      issuingBody: authority,
      commendationType: n.commendationType ?? defaultCommendationType(round, entry),
      source: 'nomination',
      nominationEntryId: n.id,
      createdAt: now,
      updatedAt: now,
    };
    await db.awards.add(award);
    await audit({
      action: 'create',
      table: 'awards',
      recordId: award.id,
      summary: `Ghi khen thưởng "${award.awardName}" năm ${award.year} theo quyết định ${number}`,
      after: award,
    });
    n.awardId = award.id;
    if (n.initiativeId) {
      const ini = await t.initiatives.get(n.initiativeId);
      if (ini?.usedByAwardId && ini.usedByAwardId !== award.id) throw new UserError(`Sáng kiến "${ini.title}" đã được dùng cho khen thưởng khác.`);
      if (ini) await t.initiatives.put({ ...ini, usedByAwardId: award.id, updatedAt: now });
    }
  });
  return award;
}
