import type { Cluster, ClusterKind, ClusterMember, ClusterVote, ClusterYear, Criterion, Score, VoteSubject } from '@/domain/emulation/types';
import { checkPoints, copyCriteriaTable, validateCriteria, type CriterionDraft } from '@/domain/emulation/criteria';
import { suggestChairs } from '@/domain/emulation/rotation';
import { checkVoteCounts } from '@/domain/emulation/votes';
import type { ScoreStage } from '@/domain/emulation/scoring';
import { SCORE_STAGE_LABEL } from '@/domain/emulation/labels';
import { cleanText } from '@/domain/text/normalize';
import { getDb, type AppDatabase } from '../../database';
import { auditedWrite, addAuditEntries } from '../../audit';
import { newId, nowIso } from '../../ids';
import { emulationTables, EmulationInputError } from './tables';

export interface ClusterInput {
  name: string;
  kind: ClusterKind;
  members: ClusterMember[];
  notes?: string;
}

function prepareCluster(input: ClusterInput): ClusterInput {
  const name = cleanText(input.name);
  if (!name) throw new EmulationInputError('Chưa nhập tên cụm/khối.');
  const members = input.members.map((m) => ({ ...m, id: m.id || newId(), name: cleanText(m.name) })).filter((m) => m.name);
  const seen = new Set<string>();
  for (const m of members) {
    const k = m.name.toLowerCase();
    if (seen.has(k)) throw new EmulationInputError(`Thành viên "${m.name}" bị trùng.`);
    seen.add(k);
  }
  return { ...input, name, members };
}

export async function saveCluster(id: string | undefined, input: ClusterInput, db: AppDatabase = getDb()): Promise<Cluster> {
  const t = emulationTables(db);
  const data = prepareCluster(input);
  return auditedWrite(db, [t.clusters], async ({ audit }) => {
    const before = id ? await t.clusters.get(id) : undefined;
    const now = nowIso();
    const c: Cluster = { ...data, id: before?.id ?? newId(), createdAt: before?.createdAt ?? now, updatedAt: now };
    await t.clusters.put(c);
    await audit({
      action: before ? 'update' : 'create',
      table: 'clusters',
      recordId: c.id,
      summary: `${before ? 'Sửa' : 'Thêm'} ${c.kind === 'khoi' ? 'khối' : 'cụm'} thi đua "${c.name}"`,
      before,
      after: c,
    });
    return c;
  });
}

/**
 * Open a cluster year: members from the cluster, chair/vice-chair suggested by rotation from the
 * latest earlier year, and that year's criteria table copied as the starting point.
 */
export async function openClusterYear(clusterId: string, year: number, db: AppDatabase = getDb()): Promise<ClusterYear> {
  const t = emulationTables(db);
  return auditedWrite(db, [t.clusters, t.clusterYears, t.criteria], async ({ audit }) => {
    const cluster = await t.clusters.get(clusterId);
    if (!cluster) throw new EmulationInputError('Cụm không còn tồn tại.');
    const existing = await t.clusterYears.where('[clusterId+year]').equals([clusterId, year]).first();
    if (existing) throw new EmulationInputError(`Cụm đã có năm ${year}.`);
    const earlier = (await t.clusterYears.where('clusterId').equals(clusterId).toArray()).filter((y) => y.year < year).sort((a, b) => b.year - a.year)[0];
    const members = cluster.members;
    const suggestion = suggestChairs(members, earlier?.chairId, earlier?.viceChairId);
    const now = nowIso();
    const cy: ClusterYear = {
      id: newId(),
      clusterId,
      year,
      members,
      createdAt: now,
      updatedAt: now,
      ...(suggestion.chairId ? { chairId: suggestion.chairId } : {}),
      ...(suggestion.viceChairId ? { viceChairId: suggestion.viceChairId } : {}),
    };
    await t.clusterYears.add(cy);
    let copied = 0;
    if (earlier) {
      const drafts = copyCriteriaTable(await t.criteria.where('clusterYearId').equals(earlier.id).toArray());
      await t.criteria.bulkAdd(drafts.map((d) => ({ ...d, id: newId(), clusterYearId: cy.id })));
      copied = drafts.length;
    }
    await audit({
      action: 'create',
      table: 'clusterYears',
      recordId: cy.id,
      summary: `Mở năm ${year} của "${cluster.name}"${copied ? `, sao chép ${copied} tiêu chí từ năm ${earlier!.year}` : ''}. ${suggestion.reason}`,
      after: cy,
    });
    return cy;
  });
}

export type ClusterYearInput = Pick<ClusterYear, 'chairId' | 'viceChairId' | 'covenantDate' | 'notes' | 'members'>;

export async function updateClusterYear(id: string, input: ClusterYearInput, db: AppDatabase = getDb()): Promise<ClusterYear> {
  const t = emulationTables(db);
  if (input.chairId && input.chairId === input.viceChairId) throw new EmulationInputError('Cụm trưởng và cụm phó phải là hai đơn vị khác nhau.');
  return auditedWrite(db, [t.clusterYears], async ({ audit }) => {
    const before = await t.clusterYears.get(id);
    if (!before) throw new EmulationInputError('Năm thi đua không còn tồn tại.');
    const cy: ClusterYear = { ...before, ...input, updatedAt: nowIso() };
    await t.clusterYears.put(cy);
    await audit({
      action: 'update',
      table: 'clusterYears',
      recordId: id,
      summary: `Cập nhật năm ${cy.year} của cụm (cụm trưởng, cụm phó, giao ước)`,
      before,
      after: cy,
    });
    return cy;
  });
}

/** Drafts keep their id when they edit an existing criterion, so its scores stay attached. */
export type CriterionEdit = CriterionDraft & { id?: string };

/** Replace the year's criteria table; scores of removed criteria are deleted with them. */
export async function saveCriteria(clusterYearId: string, drafts: CriterionEdit[], db: AppDatabase = getDb()): Promise<Criterion[]> {
  const t = emulationTables(db);
  const errors = validateCriteria(drafts);
  if (errors.length) throw new EmulationInputError(errors.join('\n'));
  return auditedWrite(db, [t.criteria, t.scores], async ({ audit }) => {
    const before = await t.criteria.where('clusterYearId').equals(clusterYearId).toArray();
    const rows: Criterion[] = drafts.map((d, i) => ({ ...d, order: i + 1, id: d.id ?? newId(), clusterYearId }));
    const keep = new Set(rows.map((r) => r.id));
    const removed = before.filter((c) => !keep.has(c.id)).map((c) => c.id);
    if (removed.length) {
      const orphanScores = await t.scores.where('criterionId').anyOf(removed).primaryKeys();
      await t.scores.bulkDelete(orphanScores);
      await t.criteria.bulkDelete(removed);
    }
    await t.criteria.bulkPut(rows);
    await audit({
      action: 'update',
      table: 'criteria',
      recordId: clusterYearId,
      summary: `Lưu bảng tiêu chí (${rows.length} tiêu chí${removed.length ? `, bỏ ${removed.length}` : ''})`,
      before,
      after: rows,
    });
    return rows;
  });
}

export function scoreId(clusterYearId: string, memberId: string, criterionId: string): string {
  return `${clusterYearId}:${memberId}:${criterionId}`;
}

/** Set (or clear with undefined) one stage of one member's score on one criterion. */
export async function setScore(
  clusterYearId: string,
  memberId: string,
  criterionId: string,
  stage: ScoreStage,
  points: number | undefined,
  crossById?: string,
  db: AppDatabase = getDb(),
): Promise<Score> {
  const t = emulationTables(db);
  return auditedWrite(db, [t.scores, t.criteria], async ({ audit }) => {
    const c = await t.criteria.get(criterionId);
    if (!c) throw new EmulationInputError('Tiêu chí không còn tồn tại.');
    if (points !== undefined) {
      const problem = checkPoints(c, points);
      if (problem) throw new EmulationInputError(problem);
    }
    if (stage === 'cross' && crossById === memberId) throw new EmulationInputError('Đơn vị không thể tự chấm chéo cho mình.');
    const id = scoreId(clusterYearId, memberId, criterionId);
    const before = await t.scores.get(id);
    const s: Score = { ...(before ?? { id, clusterYearId, memberId, criterionId }), updatedAt: nowIso() };
    if (points === undefined) delete s[stage];
    else s[stage] = points;
    if (stage === 'cross' && crossById) s.crossById = crossById;
    await t.scores.put(s);
    await audit({
      action: 'update',
      table: 'scores',
      recordId: id,
      summary: `${SCORE_STAGE_LABEL[stage]} tiêu chí ${c.code}: ${points ?? '(xóa)'}`,
      before,
      after: s,
    });
    return s;
  });
}

/** Self-scores of one member from its returned score sheet: replaces that member's self column. */
export async function importSelfScores(
  clusterYearId: string,
  memberId: string,
  entries: Array<{ criterionId: string; points: number; note?: string }>,
  fileName: string,
  db: AppDatabase = getDb(),
): Promise<number> {
  const t = emulationTables(db);
  return auditedWrite(db, [t.scores, t.criteria], async () => {
    const criteria = await t.criteria.where('clusterYearId').equals(clusterYearId).toArray();
    const byId = new Map(entries.map((e) => [e.criterionId, e]));
    const existing = new Map((await t.scores.where('[clusterYearId+memberId]').equals([clusterYearId, memberId]).toArray()).map((s) => [s.criterionId, s]));
    const now = nowIso();
    const rows: Score[] = [];
    for (const c of criteria) {
      const e = byId.get(c.id);
      const prev = existing.get(c.id);
      if (!e && !prev) continue;
      const s: Score = { ...(prev ?? { id: scoreId(clusterYearId, memberId, c.id), clusterYearId, memberId, criterionId: c.id }), updatedAt: now };
      if (e) {
        s.self = e.points;
        if (e.note) s.note = e.note;
      } else delete s.self;
      rows.push(s);
    }
    await t.scores.bulkPut(rows);
    await addAuditEntries(db, [
      {
        action: 'import',
        table: 'scores',
        recordId: `${clusterYearId}:${memberId}`,
        summary: `Nhập bảng tự chấm từ "${fileName}" (${entries.length} tiêu chí)`,
      },
    ]);
    return entries.length;
  });
}

export type VoteInput = Omit<ClusterVote, 'id' | 'createdAt' | 'updatedAt'>;

export function voteId(clusterYearId: string, subject: VoteSubject): string {
  return `${clusterYearId}:${subject}`;
}

export async function saveVote(input: VoteInput, db: AppDatabase = getDb()): Promise<ClusterVote> {
  const problems = checkVoteCounts(input);
  if (problems.length) throw new EmulationInputError([...new Set(problems.map((p) => p.message))].join('\n'));
  const t = emulationTables(db);
  return auditedWrite(db, [t.votes], async ({ audit }) => {
    const id = voteId(input.clusterYearId, input.subject);
    const before = await t.votes.get(id);
    const now = nowIso();
    const v: ClusterVote = { ...input, id, createdAt: before?.createdAt ?? now, updatedAt: now };
    await t.votes.put(v);
    await audit({ action: before ? 'update' : 'create', table: 'clusterVotes', recordId: id, summary: 'Ghi kết quả kiểm phiếu', before, after: v });
    return v;
  });
}
