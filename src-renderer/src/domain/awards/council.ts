import type { CouncilThreshold } from './types';
import { VOTE_BASE_LABEL } from './labels';

/** Council (Hội đồng TĐKT) secret-ballot result for one nominee, against the title's threshold. */
export interface CouncilBallot {
  membersTotal: number;
  membersPresent: number;
  ballotsIssued: number;
  ballotsValid: number;
  votesFor: number;
}

export interface CouncilOutcome {
  /** Votes for as a share of the base, in percent, rounded to 2 decimals for display. */
  percent: number;
  base: number;
  passed: boolean;
  message: string;
}

/** Vietnamese messages for impossible counts; empty when the ballot is consistent. */
export function validateBallot(b: CouncilBallot): string[] {
  const errors: string[] = [];
  const whole = (n: number) => Number.isInteger(n) && n >= 0;
  for (const [label, v] of [
    ['Tổng số thành viên', b.membersTotal],
    ['Số có mặt', b.membersPresent],
    ['Số phiếu phát ra', b.ballotsIssued],
    ['Số phiếu hợp lệ', b.ballotsValid],
    ['Số phiếu đồng ý', b.votesFor],
  ] as const)
    if (!whole(v)) errors.push(`${label} phải là số nguyên không âm`);
  if (b.membersTotal < 1) errors.push('Tổng số thành viên Hội đồng phải lớn hơn 0');
  if (b.membersPresent > b.membersTotal) errors.push('Số thành viên có mặt không được lớn hơn tổng số thành viên');
  if (b.ballotsIssued > b.membersPresent) errors.push('Số phiếu phát ra không được lớn hơn số thành viên có mặt');
  if (b.ballotsValid > b.ballotsIssued) errors.push('Số phiếu hợp lệ không được lớn hơn số phiếu phát ra');
  if (b.votesFor > b.ballotsValid) errors.push('Số phiếu đồng ý không được lớn hơn số phiếu hợp lệ');
  return errors;
}

export function formatPercent(p: number): string {
  return `${Math.round(p * 100) / 100}`.replace('.', ',') + '%';
}

/** Pass when votesFor / base >= threshold (exact integer comparison, no rounding at the edge). */
export function evaluateCouncilVote(b: CouncilBallot, t: CouncilThreshold): CouncilOutcome {
  const base = t.base === 'full' ? b.membersTotal : b.membersPresent;
  const percent = base > 0 ? (b.votesFor * 100) / base : 0;
  const passed = base > 0 && b.votesFor * 100 >= t.percent * base;
  const message = `${b.votesFor}/${base} phiếu đồng ý = ${formatPercent(percent)} ${VOTE_BASE_LABEL[t.base]}; ngưỡng ${t.percent}%: ${passed ? 'Đạt' : 'Không đạt'}`;
  return { percent: Math.round(percent * 100) / 100, base, passed, message };
}
