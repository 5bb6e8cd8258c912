import { formatNumber } from '../text/format';
import { compareVi } from '../text/collate';
import type { ClusterMember, Criterion, Score } from './types';

export type ScoreStage = 'self' | 'cross' | 'agreed';

/** The score that counts: agreed if set, else the cross-score, else the self-score. */
export function finalPoints(s: Pick<Score, 'self' | 'cross' | 'agreed'> | undefined): { points: number | undefined; stage: ScoreStage | undefined } {
  if (!s) return { points: undefined, stage: undefined };
  if (s.agreed !== undefined && s.agreed !== null) return { points: s.agreed, stage: 'agreed' };
  if (s.cross !== undefined && s.cross !== null) return { points: s.cross, stage: 'cross' };
  if (s.self !== undefined && s.self !== null) return { points: s.self, stage: 'self' };
  return { points: undefined, stage: undefined };
}

export interface StageTotals {
  /** Σ weighted points of ordinary criteria. */
  base: number;
  bonus: number;
  /** Σ weighted deductions (a positive number). */
  penalty: number;
  /** base + bonus − penalty. */
  total: number;
  /** Criteria (all kinds) with a value at this stage. */
  filled: number;
}

export interface MemberTotals {
  memberId: string;
  self: StageTotals;
  cross: StageTotals;
  /** What counts: per criterion agreed ?? cross ?? self. */
  final: StageTotals;
  /** Criteria with no agreed score yet. */
  missingAgreed: number;
}

function emptyTotals(): StageTotals {
  return { base: 0, bonus: 0, penalty: 0, total: 0, filled: 0 };
}

function addPoints(t: StageTotals, c: Criterion, points: number | undefined): void {
  if (points === undefined || points === null) return;
  // Entries above the maximum are refused on input; clamp so an old record cannot inflate a total.
  const p = Math.min(Math.max(points, 0), c.maxPoints) * c.weight;
  t[c.kind] += p;
  t.filled += 1;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

function finish(t: StageTotals): StageTotals {
  t.base = round2(t.base);
  t.bonus = round2(t.bonus);
  t.penalty = round2(t.penalty);
  t.total = round2(t.base + t.bonus - t.penalty);
  return t;
}

/** Totals per member for the three stages. */
export function memberTotals(members: ClusterMember[], criteria: Criterion[], scores: Score[]): MemberTotals[] {
  const byKey = new Map<string, Score>();
  for (const s of scores) byKey.set(`${s.memberId}\u0000${s.criterionId}`, s);
  return members.map((m) => {
    const self = emptyTotals();
    const cross = emptyTotals();
    const final = emptyTotals();
    let missingAgreed = 0;
    for (const c of criteria) {
      const s = byKey.get(`${m.id}\u0000${c.id}`);
      addPoints(self, c, s?.self);
      addPoints(cross, c, s?.cross);
      addPoints(final, c, finalPoints(s).points);
      if (s?.agreed === undefined || s.agreed === null) missingAgreed += 1;
    }
    return { memberId: m.id, self: finish(self), cross: finish(cross), final: finish(final), missingAgreed };
  });
}

export interface RankedMember {
  memberId: string;
  name: string;
  rank: number;
  totals: MemberTotals;
  /** Why this member is above/level with members on the same total; empty when its total is unique. */
  tieNote: string;
}

/**
 * Ranking by final total. Members on the same total are separated by, in turn:
 * (1) higher points on ordinary criteria, (2) fewer deducted points;
 * if still level they share the rank. Each tied member gets a note saying which rule applied.
 */
export function rankMembers(members: ClusterMember[], totals: MemberTotals[]): RankedMember[] {
  const byId = new Map(totals.map((t) => [t.memberId, t]));
  const rows = members.map((m) => ({ member: m, t: byId.get(m.id) })).filter((r): r is { member: ClusterMember; t: MemberTotals } => r.t !== undefined);
  const cmp = (a: MemberTotals, b: MemberTotals) => b.final.total - a.final.total || b.final.base - a.final.base || a.final.penalty - b.final.penalty;
  rows.sort((a, b) => cmp(a.t, b.t) || compareVi(a.member.name, b.member.name));

  const out: RankedMember[] = [];
  rows.forEach((r, i) => {
    const prev = rows[i - 1];
    const prevRanked = out[i - 1];
    const rank = prev && prevRanked && cmp(prev.t, r.t) === 0 ? prevRanked.rank : i + 1;
    out.push({ memberId: r.member.id, name: r.member.name, rank, totals: r.t, tieNote: '' });
  });

  // Notes: which rule separated each member from the others on the same total.
  const n = (v: number) => formatNumber(v, true);
  for (const r of out) {
    const same = out.filter((o) => o !== r && o.totals.final.total === r.totals.final.total);
    if (same.length === 0) continue;
    const f = r.totals.final;
    const notes = [`Bằng tổng điểm (${n(f.total)}) với ${same.map((o) => o.name).join(', ')}.`];
    for (const o of same) {
      if (o.rank === r.rank) continue;
      const g = o.totals.final;
      const above = r.rank < o.rank;
      notes.push(
        g.base !== f.base
          ? `Xếp ${above ? 'trên' : 'dưới'} ${o.name}: điểm tiêu chí ${above ? 'cao' : 'thấp'} hơn (${n(f.base)} so với ${n(g.base)}).`
          : `Xếp ${above ? 'trên' : 'dưới'} ${o.name}: bị trừ ${above ? 'ít' : 'nhiều'} điểm hơn (${n(f.penalty)} so với ${n(g.penalty)}).`,
      );
    }
    const level = same.filter((o) => o.rank === r.rank);
    if (level.length > 0) notes.push(`Đồng hạng ${r.rank} với ${level.map((o) => o.name).join(', ')}: bằng cả điểm tiêu chí và điểm trừ.`);
    r.tieNote = notes.join(' ');
  }
  return out;
}
