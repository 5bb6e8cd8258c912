import { formatNumber } from '../text/format';
import type { Criterion, CriterionKind } from './types';

/** A criterion as edited, before it belongs to a cluster year. */
export type CriterionDraft = Omit<Criterion, 'id' | 'clusterYearId'>;

/** Problems that make a criteria table unusable for scoring, in Vietnamese, one per line. */
export function validateCriteria(criteria: CriterionDraft[]): string[] {
  const errors: string[] = [];
  const codes = new Map<string, number>();
  criteria.forEach((c, i) => {
    const where = `Dòng ${i + 1}${c.code ? ` (mã ${c.code})` : ''}`;
    if (!c.code.trim()) errors.push(`${where}: thiếu mã tiêu chí.`);
    if (!c.name.trim()) errors.push(`${where}: thiếu tên tiêu chí.`);
    if (!Number.isFinite(c.maxPoints) || c.maxPoints <= 0) errors.push(`${where}: điểm tối đa phải lớn hơn 0.`);
    if (!Number.isFinite(c.weight) || c.weight <= 0) errors.push(`${where}: hệ số phải lớn hơn 0.`);
    const key = c.code.trim();
    if (key) {
      const first = codes.get(key);
      if (first !== undefined) errors.push(`${where}: trùng mã với dòng ${first + 1}.`);
      else codes.set(key, i);
    }
  });
  return errors;
}

/** Points a criterion contributes at most (bonus) or can take away at most (penalty). */
export function weightedMax(c: Pick<Criterion, 'maxPoints' | 'weight'>): number {
  return c.maxPoints * c.weight;
}

export interface CriteriaMaxima {
  /** Highest total from ordinary criteria (thang điểm). */
  base: number;
  bonus: number;
  penalty: number;
}

export function criteriaMaxima(criteria: Array<Pick<Criterion, 'maxPoints' | 'weight' | 'kind'>>): CriteriaMaxima {
  const out: CriteriaMaxima = { base: 0, bonus: 0, penalty: 0 };
  for (const c of criteria) out[c.kind] += weightedMax(c);
  return out;
}

export interface CriteriaGroup<C extends CriterionDraft = Criterion> {
  group: string;
  kind: CriterionKind;
  criteria: C[];
  maxWeighted: number;
}

/** Groups in table order (first appearance), criteria sorted by `order`. */
export function groupCriteria<C extends CriterionDraft>(criteria: C[]): Array<CriteriaGroup<C>> {
  const sorted = [...criteria].sort((a, b) => a.order - b.order);
  const groups: Array<CriteriaGroup<C>> = [];
  const byName = new Map<string, CriteriaGroup<C>>();
  for (const c of sorted) {
    const key = `${c.kind}\u0000${c.group}`;
    let g = byName.get(key);
    if (!g) {
      g = { group: c.group, kind: c.kind, criteria: [], maxWeighted: 0 };
      byName.set(key, g);
      groups.push(g);
    }
    g.criteria.push(c);
    g.maxWeighted += weightedMax(c);
  }
  return groups;
}

/** Last year's table as drafts for the new year (copy, then edit): same order, codes, points and weights. */
export function copyCriteriaTable(previous: Criterion[]): CriterionDraft[] {
  return [...previous].sort((a, b) => a.order - b.order).map(({ id: _id, clusterYearId: _cy, ...rest }, i) => ({ ...rest, order: i + 1 }));
}

/** Whether `points` is an allowed entry for the criterion (0..maxPoints). Returns a message or null. */
export function checkPoints(c: Pick<Criterion, 'code' | 'maxPoints'>, points: number): string | null {
  if (!Number.isFinite(points)) return `Tiêu chí ${c.code}: điểm không phải là số.`;
  if (points < 0) return `Tiêu chí ${c.code}: điểm không được âm (điểm trừ nhập số dương).`;
  if (points > c.maxPoints) return `Tiêu chí ${c.code}: điểm ${formatNumber(points, true)} vượt điểm tối đa ${formatNumber(c.maxPoints, true)}.`;
  return null;
}
