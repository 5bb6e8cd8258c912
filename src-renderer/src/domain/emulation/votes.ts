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

/** Where a count problem belongs: a count field of the vote record, or one candidate's votes. */
export type VoteField = 'membersTotal' | 'present' | 'ballotsIssued' | 'ballotsValid' | 'thresholdPercent' | { candidate: string };

export interface VoteProblem {
  field: VoteField;
  message: string;
}

const COUNT_LABEL = {
  membersTotal: 'Tổng số thành viên',
  present: 'Số có mặt',
  ballotsIssued: 'Số phiếu phát ra',
  ballotsValid: 'Số phiếu hợp lệ',
} as const;

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Counts a vote record cannot hold: blanks, negatives, fractions, more present than members, more ballots than
 * people present, more valid ballots than issued, a unit with more votes than valid ballots, a threshold outside
 * 1–100%. Each problem names its field so a screen can show it beside that field; saving refuses any of them.
 */
export function checkVoteCounts(vote: VoteInput): VoteProblem[] {
  const problems: VoteProblem[] = [];
  for (const f of ['membersTotal', 'present', 'ballotsIssued', 'ballotsValid'] as const) {
    const v = vote[f] as unknown;
    if (v === undefined || v === null || (typeof v === 'string' && !v.trim())) problems.push({ field: f, message: `Nhập ${COUNT_LABEL[f].toLowerCase()}.` });
    else if (!isCount(v)) problems.push({ field: f, message: `${COUNT_LABEL[f]} phải là một số.` });
    else if (v < 0) problems.push({ field: f, message: `${COUNT_LABEL[f]} không được âm.` });
    else if (!Number.isInteger(v)) problems.push({ field: f, message: `${COUNT_LABEL[f]} phải là số nguyên.` });
  }
  const ok = (f: keyof typeof COUNT_LABEL) => !problems.some((p) => p.field === f);
  const { membersTotal, present, ballotsIssued, ballotsValid } = vote;
  if (ok('present') && ok('membersTotal') && present > membersTotal)
    problems.push({ field: 'present', message: `Số có mặt (${present}) lớn hơn tổng số thành viên (${membersTotal}).` });
  if (ok('ballotsIssued') && ok('present') && ballotsIssued > present)
    problems.push({ field: 'ballotsIssued', message: `Số phiếu phát ra (${ballotsIssued}) lớn hơn số có mặt (${present}).` });
  if (ok('ballotsValid') && ok('ballotsIssued') && ballotsValid > ballotsIssued)
    problems.push({ field: 'ballotsValid', message: `Số phiếu hợp lệ (${ballotsValid}) lớn hơn số phiếu phát ra (${ballotsIssued}).` });
  if (!isCount(vote.thresholdPercent) || vote.thresholdPercent <= 0 || vote.thresholdPercent > 100)
    problems.push({ field: 'thresholdPercent', message: 'Ngưỡng phải trong khoảng 1% đến 100%.' });
  for (const c of vote.candidates) {
    const field = { candidate: c.memberId };
    if (!isCount(c.votes)) problems.push({ field, message: 'Số phiếu phải là một số.' });
    else if (c.votes < 0) problems.push({ field, message: 'Số phiếu không được âm.' });
    else if (!Number.isInteger(c.votes)) problems.push({ field, message: 'Số phiếu phải là số nguyên.' });
    else if (ok('ballotsValid') && c.votes > ballotsValid)
      problems.push({ field, message: `Một đơn vị có ${c.votes} phiếu, nhiều hơn số phiếu hợp lệ (${ballotsValid}).` });
  }
  return problems;
}

/** The messages of one field's problems (for that field's form rule). */
export function voteProblemsOf(problems: VoteProblem[], field: VoteField): string[] {
  return problems
    .filter((p) => (typeof field === 'string' ? p.field === field : typeof p.field === 'object' && p.field.candidate === field.candidate))
    .map((p) => p.message);
}

export function evaluateVote(vote: VoteInput): VoteResult {
  const errors = [...new Set(checkVoteCounts(vote).map((p) => p.message))];
  const baseCount = vote.base === 'full' ? vote.membersTotal : vote.present;
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
