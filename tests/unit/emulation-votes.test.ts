import { test, expect } from '@playwright/test';
import { checkVoteCounts, evaluateVote, voteProblemsOf } from '../../src-renderer/src/domain/emulation/votes';
import type { ClusterVote } from '../../src-renderer/src/domain/emulation/types';

type VoteInput = Parameters<typeof checkVoteCounts>[0];
const vote = (v: Partial<ClusterVote>): VoteInput => ({
  subject: 'leading_unit',
  membersTotal: 5,
  present: 5,
  ballotsIssued: 5,
  ballotsValid: 5,
  base: 'present',
  thresholdPercent: 50,
  strictlyMore: true,
  candidates: [],
  ...v,
});

test('7 votes of 5 valid ballots is refused beside that unit, and passes nobody', () => {
  const v = vote({ candidates: [{ memberId: 'hn', votes: 7 }] });
  const problems = checkVoteCounts(v);
  expect(problems).toEqual([{ field: { candidate: 'hn' }, message: 'Một đơn vị có 7 phiếu, nhiều hơn số phiếu hợp lệ (5).' }]);
  expect(voteProblemsOf(problems, { candidate: 'hn' })).toEqual(['Một đơn vị có 7 phiếu, nhiều hơn số phiếu hợp lệ (5).']);
  expect(voteProblemsOf(problems, { candidate: 'hp' })).toEqual([]);
  const r = evaluateVote(v);
  expect(r.errors).toEqual(['Một đơn vị có 7 phiếu, nhiều hơn số phiếu hợp lệ (5).']);
  expect(r.results[0]!.passed).toBe(false);
  expect(r.winnerId).toBeUndefined();
});

test('impossible counts: valid above issued, issued above present, present above members, negatives, fractions, blanks, threshold', () => {
  const messages = (v: Partial<ClusterVote>) => checkVoteCounts(vote(v)).map((p) => [typeof p.field === 'string' ? p.field : 'candidate', p.message]);
  expect(messages({ ballotsValid: 6 })).toEqual([['ballotsValid', 'Số phiếu hợp lệ (6) lớn hơn số phiếu phát ra (5).']]);
  expect(messages({ ballotsIssued: 6, ballotsValid: 6 })).toEqual([['ballotsIssued', 'Số phiếu phát ra (6) lớn hơn số có mặt (5).']]);
  expect(messages({ present: 6 })).toEqual([['present', 'Số có mặt (6) lớn hơn tổng số thành viên (5).']]);
  expect(messages({ membersTotal: -1, present: 0, ballotsIssued: 0, ballotsValid: 0 })).toEqual([['membersTotal', 'Tổng số thành viên không được âm.']]);
  expect(messages({ ballotsValid: 2.5 })).toEqual([['ballotsValid', 'Số phiếu hợp lệ phải là số nguyên.']]);
  expect(messages({ ballotsValid: undefined as unknown as number })).toEqual([['ballotsValid', 'Nhập số phiếu hợp lệ.']]);
  expect(messages({ candidates: [{ memberId: 'a', votes: -1 }] })).toEqual([['candidate', 'Số phiếu không được âm.']]);
  expect(messages({ candidates: [{ memberId: 'a', votes: 1.5 }] })).toEqual([['candidate', 'Số phiếu phải là số nguyên.']]);
  expect(messages({ thresholdPercent: 0 })).toEqual([['thresholdPercent', 'Ngưỡng phải trong khoảng 1% đến 100%.']]);
  expect(messages({ thresholdPercent: 101 })).toEqual([['thresholdPercent', 'Ngưỡng phải trong khoảng 1% đến 100%.']]);
  // A blank count does not also claim the counts beside it are wrong.
  expect(messages({ present: null as unknown as number, ballotsIssued: 5 })).toEqual([['present', 'Nhập số có mặt.']]);
});

test('possible counts have no problems: all votes on one unit, nobody voting, a full house', () => {
  expect(checkVoteCounts(vote({ candidates: [{ memberId: 'a', votes: 5 }] }))).toEqual([]);
  expect(checkVoteCounts(vote({ present: 3, ballotsIssued: 3, ballotsValid: 2, candidates: [{ memberId: 'a', votes: 0 }] }))).toEqual([]);
  expect(evaluateVote(vote({ candidates: [{ memberId: 'a', votes: 4 }] })).results[0]).toMatchObject({ percent: 80, passed: true });
});
