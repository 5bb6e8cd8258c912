import { test, expect } from '@playwright/test';
import { copyCriteriaTable, criteriaMaxima, groupCriteria, validateCriteria, checkPoints } from '../../src-renderer/src/domain/emulation/criteria';
import { finalPoints, memberTotals, rankMembers } from '../../src-renderer/src/domain/emulation/scoring';
import type { ClusterMember, Criterion, Score } from '../../src-renderer/src/domain/emulation/types';

const members: ClusterMember[] = [
  { id: 'hn', name: 'Liên minh HTX Hà Nội', provinceCode: '01' },
  { id: 'hcm', name: 'Liên minh HTX TP. Hồ Chí Minh', provinceCode: '79' },
  { id: 'hp', name: 'Liên minh HTX Hải Phòng', provinceCode: '31' },
  { id: 'dn', name: 'Liên minh HTX Đà Nẵng', provinceCode: '48' },
];

function crit(id: string, kind: Criterion['kind'], maxPoints: number, weight = 1, group = 'I. Công tác chung'): Criterion {
  return { id, clusterYearId: 'y', order: Number(id.replace(/\D/g, '')), code: id, group, name: `Tiêu chí ${id}`, maxPoints, weight, kind, evidence: '' };
}

const criteria: Criterion[] = [
  crit('c1', 'base', 20),
  crit('c2', 'base', 10, 2, 'II. Phát triển HTX'),
  crit('c3', 'bonus', 5, 1, 'Điểm thưởng'),
  crit('c4', 'penalty', 10, 1, 'Điểm trừ'),
];

function score(memberId: string, criterionId: string, s: Partial<Score>): Score {
  return { id: `${memberId}-${criterionId}`, clusterYearId: 'y', memberId, criterionId, updatedAt: '', ...s };
}

test('maxima separate ordinary, bonus and penalty points, weights applied', () => {
  expect(criteriaMaxima(criteria)).toEqual({ base: 40, bonus: 5, penalty: 10 });
  const groups = groupCriteria(criteria);
  expect(groups.map((g) => [g.group, g.maxWeighted])).toEqual([
    ['I. Công tác chung', 20],
    ['II. Phát triển HTX', 20],
    ['Điểm thưởng', 5],
    ['Điểm trừ', 10],
  ]);
});

test('validation names the row and the problem', () => {
  const drafts = copyCriteriaTable(criteria);
  drafts[1]!.code = 'c1';
  drafts[2]!.maxPoints = 0;
  const errors = validateCriteria(drafts);
  expect(errors).toContain('Dòng 2 (mã c1): trùng mã với dòng 1.');
  expect(errors.some((e) => e.startsWith('Dòng 3') && e.includes('điểm tối đa'))).toBe(true);
  expect(checkPoints(criteria[0]!, 21)).toContain('vượt điểm tối đa 20');
  expect(checkPoints(criteria[0]!, 20)).toBeNull();
});

test('copying last year keeps order, codes, points and weights but drops ids', () => {
  const shuffled = [criteria[2]!, criteria[0]!, criteria[3]!, criteria[1]!];
  const copy = copyCriteriaTable(shuffled);
  expect(copy.map((c) => c.code)).toEqual(['c1', 'c2', 'c3', 'c4']);
  expect(copy[1]).toMatchObject({ weight: 2, maxPoints: 10, kind: 'base' });
  expect(copy.every((c) => !('id' in c) && !('clusterYearId' in c))).toBe(true);
});

test('the final score is agreed, else cross, else self', () => {
  expect(finalPoints({ self: 5, cross: 4, agreed: 3 })).toEqual({ points: 3, stage: 'agreed' });
  expect(finalPoints({ self: 5, cross: 4 })).toEqual({ points: 4, stage: 'cross' });
  expect(finalPoints({ self: 5 })).toEqual({ points: 5, stage: 'self' });
  expect(finalPoints({ self: 5, agreed: 0 })).toEqual({ points: 0, stage: 'agreed' });
});

test('totals weight points, add bonus and deduct penalty per stage', () => {
  const scores = [
    score('hn', 'c1', { self: 20, cross: 18, agreed: 19 }),
    score('hn', 'c2', { self: 10, cross: 9 }),
    score('hn', 'c3', { self: 5 }),
    score('hn', 'c4', { self: 0, cross: 2, agreed: 2 }),
  ];
  const [hn] = memberTotals([members[0]!], criteria, scores);
  expect(hn!.self).toEqual({ base: 40, bonus: 5, penalty: 0, total: 45, filled: 4 });
  expect(hn!.cross).toEqual({ base: 36, bonus: 0, penalty: 2, total: 34, filled: 3 });
  // final: c1 agreed 19, c2 cross 9×2, c3 self 5, c4 agreed 2
  expect(hn!.final).toEqual({ base: 37, bonus: 5, penalty: 2, total: 40, filled: 4 });
  expect(hn!.missingAgreed).toBe(2);
});

test('ranking explains ties: ordinary points, then deductions, else shared rank', () => {
  const s: Score[] = [
    // HN: 30 base + 0 − 0 = 30
    score('hn', 'c1', { agreed: 10 }),
    score('hn', 'c2', { agreed: 10 }),
    // HCM: 28 base + 5 bonus − 3 = 30 → below HN (fewer ordinary points)
    score('hcm', 'c1', { agreed: 8 }),
    score('hcm', 'c2', { agreed: 10 }),
    score('hcm', 'c3', { agreed: 5 }),
    score('hcm', 'c4', { agreed: 3 }),
    // HP: 30 base, 0 bonus, 0 penalty → level with HN on everything
    score('hp', 'c1', { agreed: 20 }),
    score('hp', 'c2', { agreed: 5 }),
    // ĐN: 35 alone on top
    score('dn', 'c1', { agreed: 15 }),
    score('dn', 'c2', { agreed: 10 }),
  ];
  const ranked = rankMembers(members, memberTotals(members, criteria, s));
  expect(ranked.map((r) => [r.memberId, r.rank, r.totals.final.total])).toEqual([
    ['dn', 1, 35],
    ['hn', 2, 30],
    ['hp', 2, 30],
    ['hcm', 4, 30],
  ]);
  const byId = Object.fromEntries(ranked.map((r) => [r.memberId, r.tieNote]));
  expect(byId.dn).toBe('');
  expect(byId.hn).toBe(
    'Bằng tổng điểm (30) với Liên minh HTX Hải Phòng, Liên minh HTX TP. Hồ Chí Minh. ' +
      'Xếp trên Liên minh HTX TP. Hồ Chí Minh: điểm tiêu chí cao hơn (30 so với 28). ' +
      'Đồng hạng 2 với Liên minh HTX Hải Phòng: bằng cả điểm tiêu chí và điểm trừ.',
  );
  expect(byId.hcm).toContain('Xếp dưới Liên minh HTX Hà Nội: điểm tiêu chí thấp hơn (28 so với 30).');
});

test('equal total and ordinary points: fewer deductions ranks higher', () => {
  const s: Score[] = [
    score('hn', 'c1', { agreed: 20 }),
    score('hn', 'c3', { agreed: 4 }),
    score('hn', 'c4', { agreed: 4 }),
    score('hcm', 'c1', { agreed: 20 }),
    score('hcm', 'c3', { agreed: 1 }),
    score('hcm', 'c4', { agreed: 1 }),
  ];
  const two = members.slice(0, 2);
  const ranked = rankMembers(two, memberTotals(two, criteria, s));
  expect(ranked.map((r) => r.memberId)).toEqual(['hcm', 'hn']);
  expect(ranked[0]!.tieNote).toBe('Bằng tổng điểm (20) với Liên minh HTX Hà Nội. Xếp trên Liên minh HTX Hà Nội: bị trừ ít điểm hơn (1 so với 4).');
  expect(ranked[1]!.rank).toBe(2);
});
