import { UserError } from '@/domain/errors';
import type { Nomination } from '@/domain/awards/types';
import { cleanText } from '@/domain/text/normalize';
import { getDb, type AppDatabase } from '../../database';
import { auditedWrite } from '../../audit';
import { nowIso } from '../../ids';
import { awardTables } from './tables';

/**
 * What the office writes on a nomination's rule tree: a written override of a failing condition
 * and the evidence confirming a judgment the law leaves to the council. Both name a node by its path.
 */

/**
 * A failing condition (the node at `path` of a rule's tree; '' = the whole rule) can be overridden
 * only with a written reason; the reason goes to the audit log. The rest of the rule is still judged.
 */
export async function overrideRule(id: string, ruleId: string, reason: string, path = '', db: AppDatabase = getDb()): Promise<Nomination> {
  const text = cleanText(reason ?? '');
  if (text.length < 10) throw new UserError('Ghi rõ lý do (ít nhất 10 ký tự) khi vẫn đề nghị dù chưa đạt điều kiện.');
  const t = awardTables(db);
  return auditedWrite(db, [t.nominations], async ({ audit }) => {
    const before = await t.nominations.get(id);
    if (!before) throw new UserError('Không tìm thấy đề nghị.');
    if (before.status !== 'draft') throw new UserError('Chỉ ghi lý do khi đề nghị còn là dự thảo.');
    const override = { ruleId, ...(path ? { path } : {}), reason: text, at: nowIso() };
    const rest = before.overrides.filter((o) => !(o.ruleId === ruleId && (o.path ?? '') === path));
    const after: Nomination = { ...before, overrides: [...rest, override], updatedAt: override.at };
    await t.nominations.put(after);
    await audit({
      action: 'override-eligibility',
      table: 'nominations',
      recordId: id,
      summary: `Bỏ qua điều kiện ${ruleId}${path ? `#${path}` : ''}: ${text}`,
      before: before.overrides,
      after: after.overrides,
    });
    return after;
  });
}

/** Withdraws a written override: the condition is judged again. */
export async function clearOverride(id: string, ruleId: string, path = '', db: AppDatabase = getDb()): Promise<Nomination> {
  const t = awardTables(db);
  return auditedWrite(db, [t.nominations], async ({ audit }) => {
    const before = await t.nominations.get(id);
    if (!before) throw new UserError('Không tìm thấy đề nghị.');
    if (before.status !== 'draft') throw new UserError('Chỉ bỏ lý do khi đề nghị còn là dự thảo.');
    const after: Nomination = { ...before, overrides: before.overrides.filter((o) => !(o.ruleId === ruleId && (o.path ?? '') === path)), updatedAt: nowIso() };
    await t.nominations.put(after);
    await audit({
      action: 'override-eligibility',
      table: 'nominations',
      recordId: id,
      summary: `Bỏ lý do vẫn đề nghị ${ruleId}${path ? `#${path}` : ''}`,
      before: before.overrides,
      after: after.overrides,
    });
    return after;
  });
}

/**
 * Records the office's confirmation of one branch of a rule tree (a judgment the law leaves to the
 * council, or the evidence that the unit leads its cluster), with the evidence in the audit log.
 */
export async function confirmNode(id: string, ruleId: string, path: string, evidence: string, db: AppDatabase = getDb()): Promise<Nomination> {
  const text = cleanText(evidence ?? '');
  if (text.length < 5) throw new UserError('Ghi minh chứng (ít nhất 5 ký tự): văn bản, biên bản, kết quả xếp hạng…');
  const t = awardTables(db);
  return auditedWrite(db, [t.nominations], async ({ audit }) => {
    const before = await t.nominations.get(id);
    if (!before) throw new UserError('Không tìm thấy đề nghị.');
    if (before.status === 'decided') throw new UserError('Đề nghị đã có quyết định khen thưởng, không sửa được.');
    const confirmation = { ruleId, path, evidence: text, at: nowIso() };
    const rest = (before.confirmations ?? []).filter((c) => !(c.ruleId === ruleId && c.path === path));
    const after: Nomination = { ...before, confirmations: [...rest, confirmation], updatedAt: confirmation.at };
    await t.nominations.put(after);
    await audit({
      action: 'confirm-eligibility',
      table: 'nominations',
      recordId: id,
      summary: `Xác nhận điều kiện ${ruleId}#${path}: ${text}`,
      before: before.confirmations ?? [],
      after: after.confirmations,
    });
    return after;
  });
}

export async function clearConfirmation(id: string, ruleId: string, path: string, db: AppDatabase = getDb()): Promise<Nomination> {
  const t = awardTables(db);
  return auditedWrite(db, [t.nominations], async ({ audit }) => {
    const before = await t.nominations.get(id);
    if (!before) throw new UserError('Không tìm thấy đề nghị.');
    if (before.status === 'decided') throw new UserError('Đề nghị đã có quyết định khen thưởng, không sửa được.');
    const after: Nomination = {
      ...before,
      confirmations: (before.confirmations ?? []).filter((c) => !(c.ruleId === ruleId && c.path === path)),
      updatedAt: nowIso(),
    };
    await t.nominations.put(after);
    await audit({
      action: 'confirm-eligibility',
      table: 'nominations',
      recordId: id,
      summary: `Bỏ xác nhận điều kiện ${ruleId}#${path}`,
      before: before.confirmations ?? [],
      after: after.confirmations,
    });
    return after;
  });
}
