import { test, expect } from '@playwright/test';
import { evaluateVote, requiredVotes } from '../../src-renderer/src/domain/emulation/votes';
import { suggestChairs } from '../../src-renderer/src/domain/emulation/rotation';
import type { ClusterMember, ClusterVote } from '../../src-renderer/src/domain/emulation/types';

const vote = (v: Partial<ClusterVote>): ClusterVote => ({
  id: 'v',
  clusterYearId: 'y',
  subject: 'leading_unit',
  membersTotal: 5,
  present: 4,
  ballotsIssued: 4,
  ballotsValid: 4,
  base: 'full',
  thresholdPercent: 50,
  strictlyMore: false,
  candidates: [],
  createdAt: '',
  updatedAt: '',
  ...v,
});

test('required votes: at least vs strictly more, exact at integer boundaries', () => {
  expect(requiredVotes(10, 90, false)).toBe(9);
  expect(requiredVotes(10, 90, true)).toBe(10);
  expect(requiredVotes(5, 50, false)).toBe(3);
  expect(requiredVotes(4, 50, false)).toBe(2);
  expect(requiredVotes(4, 50, true)).toBe(3);
  expect(requiredVotes(7, 66.67, false)).toBe(5);
});

test('threshold base: full membership versus members present', () => {
  const candidates = [{ memberId: 'a', votes: 2 }];
  const full = evaluateVote(vote({ base: 'full', candidates }));
  expect(full.baseCount).toBe(5);
  expect(full.requiredVotes).toBe(3);
  expect(full.results[0]).toMatchObject({ votes: 2, percent: 40, passed: false });
  const present = evaluateVote(vote({ base: 'present', candidates }));
  expect(present.requiredVotes).toBe(2);
  expect(present.results[0]).toMatchObject({ percent: 50, passed: true });
  expect(present.thresholdText).toBe('từ 50% số thành viên có mặt (4): cần ít nhất 2 phiếu');
});

test('leading unit: the single passing candidate with most votes; a tie at the top decides nothing', () => {
  const win = evaluateVote(
    vote({
      present: 5,
      ballotsIssued: 5,
      ballotsValid: 5,
      candidates: [
        { memberId: 'a', votes: 4 },
        { memberId: 'b', votes: 3 },
      ],
    }),
  );
  expect(win.winnerId).toBe('a');
  expect(win.results.map((r) => r.passed)).toEqual([true, true]);
  const tie = evaluateVote(
    vote({
      present: 5,
      ballotsIssued: 5,
      ballotsValid: 5,
      candidates: [
        { memberId: 'a', votes: 3 },
        { memberId: 'b', votes: 3 },
      ],
    }),
  );
  expect(tie.winnerId).toBeUndefined();
  expect(tie.tieAtTop).toBe(true);
});

test('inconsistent ballot counts are reported and nobody passes', () => {
  const r = evaluateVote(vote({ present: 6, ballotsValid: 5, ballotsIssued: 4, candidates: [{ memberId: 'a', votes: 5 }] }));
  expect(r.errors).toEqual(['Số có mặt (6) lớn hơn tổng số thành viên (5).', 'Số phiếu hợp lệ (5) lớn hơn số phiếu phát ra (4).']);
  expect(r.results[0]!.passed).toBe(false);
});

const five: ClusterMember[] = ['Hà Nội', 'TP. Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ'].map((n, i) => ({ id: `m${i}`, name: n }));

test('rotation: last vice-chair becomes chair, the next member becomes vice-chair', () => {
  const s = suggestChairs(five, 'm0', 'm1');
  expect([s.chairId, s.viceChairId]).toEqual(['m1', 'm2']);
  expect(s.reason).toContain('Cụm phó năm trước (TP. Hồ Chí Minh) làm cụm trưởng');
});

test('rotation skips the outgoing chair and wraps around the list', () => {
  expect(suggestChairs(five, 'm0', 'm4')).toMatchObject({ chairId: 'm4', viceChairId: 'm1' });
  // vice-chair left the cluster: chair passes to the member after last year's chair
  expect(suggestChairs(five, 'm3', 'gone')).toMatchObject({ chairId: 'm4', viceChairId: 'm0' });
  expect(suggestChairs(five)).toMatchObject({ chairId: 'm0', viceChairId: 'm1' });
  expect(suggestChairs(five.slice(0, 2), 'm0', 'm1')).toMatchObject({ chairId: 'm1', viceChairId: 'm0' });
  expect(suggestChairs([]).chairId).toBeUndefined();
});
