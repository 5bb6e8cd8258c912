import { formatNumber } from '../text/format';
import type { ClusterVote } from './types';

export interface CandidateResult {
  memberId: string;
  votes: number;
  /** Percent of the base, 2 decimals. */
  percent: number;
  passed: boolean;
}

export interface VoteResult {
  /** Number of members the threshold is measured against. */
  baseCount: number;
  /** Fewest votes that pass. */
  requiredVotes: number;
  /** e.g. "≥ 50% của tổng số thành viên (5) = 3 phiếu". */
  thresholdText: string;
  results: CandidateResult[];
  /** For the leading unit: the single passing candidate with most votes; undefined if none or a tie. */
  winnerId?: string;
  /** Set when the top passing candidates are level (a new round is needed). */
  tieAtTop: boolean;
  errors: string[];
}

type VoteInput = Pick<
  ClusterVote,
  'subject' | 'membersTotal' | 'present' | 'ballotsIssued' | 'ballotsValid' | 'base' | 'thresholdPercent' | 'strictlyMore' | 'candidates'
>;

/**
 * Fewest votes v with v/base ≥ p% (or > p% when strictlyMore). Integer arithmetic on
 * hundredths of a percent so 90% of 10 is exactly 9, never 9.000000001.
 */
export function requiredVotes(baseCount: number, thresholdPercent: number, strictlyMore: boolean): number {
  const p = Math.round(thresholdPercent * 100); // hundredths of a percent
  const need = p * baseCount; // v * 10000 must be >= (or >) need
  const v = Math.ceil(need / 10000);
  if (strictlyMore && v * 10000 === need) return v + 1;
  return v;
}

export function evaluateVote(vote: VoteInput): VoteResult {
  const errors: string[] = [];
  const { membersTotal, present, ballotsIssued, ballotsValid } = vote;
  if (present > membersTotal) errors.push(`Số có mặt (${present}) lớn hơn tổng số thành viên (${membersTotal}).`);
  if (ballotsIssued > present) errors.push(`Số phiếu phát ra (${ballotsIssued}) lớn hơn số có mặt (${present}).`);
  if (ballotsValid > ballotsIssued) errors.push(`Số phiếu hợp lệ (${ballotsValid}) lớn hơn số phiếu phát ra (${ballotsIssued}).`);
  if (vote.thresholdPercent <= 0 || vote.thresholdPercent > 100) errors.push('Ngưỡng phải trong khoảng 1% đến 100%.');
  for (const c of vote.candidates) {
    if (c.votes < 0) errors.push('Số phiếu không được âm.');
    if (c.votes > ballotsValid) errors.push(`Một đơn vị có ${c.votes} phiếu, nhiều hơn số phiếu hợp lệ (${ballotsValid}).`);
  }
  const baseCount = vote.base === 'full' ? membersTotal : present;
  const need = requiredVotes(baseCount, vote.thresholdPercent, vote.strictlyMore);
  const results = vote.candidates.map((c) => ({
    memberId: c.memberId,
    votes: c.votes,
    percent: baseCount > 0 ? Math.round((c.votes * 10000) / baseCount) / 100 : 0,
    passed: errors.length === 0 && baseCount > 0 && c.votes >= need,
  }));
  const baseLabel = vote.base === 'full' ? 'tổng số thành viên' : 'số thành viên có mặt';
  const thresholdText = `${vote.strictlyMore ? 'trên' : 'từ'} ${formatNumber(vote.thresholdPercent, true)}% ${baseLabel} (${baseCount}): cần ít nhất ${need} phiếu`;

  let winnerId: string | undefined;
  let tieAtTop = false;
  if (vote.subject === 'leading_unit') {
    const passing = results.filter((r) => r.passed).sort((a, b) => b.votes - a.votes);
    const top = passing[0];
    if (top) {
      tieAtTop = passing.length > 1 && passing[1]!.votes === top.votes;
      if (!tieAtTop) winnerId = top.memberId;
    }
  }
  return { baseCount, requiredVotes: need, thresholdText, results, winnerId, tieAtTop, errors };
}
