import { test, expect } from '@playwright/test';
import { checkQuotas } from '@/domain/awards/quota';
import { evaluateCouncilVote, validateBallot } from '@/domain/awards/council';
import { canMove, countStatuses } from '@/domain/awards/workflow';
import { buildNominationList, type ListNominee } from '@/domain/awards/nominationList';
import { RULE_SEED } from '@/domain/awards/ruleSeed';
import { CATALOG_SEED } from '@/domain/awards/catalogSeed';
import { names } from './awards-fixtures';

test('quota: before 2024 CSTĐCS is capped at 15% of LĐTT holders per unit (Nghị định 91/2017 Điều 9 khoản 3), counting awards already decided for the year', () => {
  const ldtt = Array.from({ length: 20 }, (_, i) => ({ catalogCode: 'LDTT', recipientId: `p${i}`, groupId: 'u1' }));
  const nominees = [
    { nominationId: 'n1', catalogCode: 'CSTDCS', recipientId: 'p1', groupId: 'u1' },
    { nominationId: 'n2', catalogCode: 'CSTDCS', recipientId: 'p2', groupId: 'u1' },
  ];
  const ok = checkQuotas({ date: '2023-12-20', nominees, baseHolders: ldtt, alreadyAwarded: [], groupName: () => 'HTX Dương Liễu' }, RULE_SEED, names);
  expect(ok).toHaveLength(1);
  expect(ok[0]).toMatchObject({ count: 2, base: 20, cap: 3, exceeded: false });
  expect(ok[0]!.message).toBe('Nghị định 91/2017/NĐ-CP Điều 9 khoản 3: Chiến sĩ thi đua cơ sở tại HTX Dương Liễu: 2/3 (tối đa 15% của 20 Lao động tiên tiến)');

  const over = checkQuotas(
    {
      date: '2023-12-20',
      nominees,
      baseHolders: ldtt,
      alreadyAwarded: [
        { catalogCode: 'CSTDCS', recipientId: 'p9', groupId: 'u1' },
        { catalogCode: 'CSTDCS', recipientId: 'p8', groupId: 'u1' },
      ],
    },
    RULE_SEED,
    names,
  );
  expect(over[0]).toMatchObject({ count: 4, cap: 3, exceeded: true });
  expect(over[0]!.message).toContain('vượt tỷ lệ');

  // Per unit: another unit with 6 LĐTT can have no CSTĐCS (15% of 6 = 0,9 -> 0).
  const u2 = checkQuotas(
    {
      date: '2023-12-20',
      nominees: [{ nominationId: 'n3', catalogCode: 'CSTDCS', recipientId: 'q1', groupId: 'u2' }],
      baseHolders: [...ldtt, ...Array.from({ length: 6 }, (_, i) => ({ catalogCode: 'LDTT', recipientId: `q${i}`, groupId: 'u2' }))],
      alreadyAwarded: [],
    },
    RULE_SEED,
    names,
  );
  expect(u2[0]).toMatchObject({ groupId: 'u2', base: 6, cap: 0, exceeded: true });

  // Since 01/01/2024 the law sets no cap; an office's own cap still applies and says it is the office's.
  expect(checkQuotas({ date: '2025-12-20', nominees, baseHolders: ldtt, alreadyAwarded: [] }, RULE_SEED, names)).toEqual([]);
  const office = checkQuotas({ date: '2025-12-20', nominees, baseHolders: ldtt, alreadyAwarded: [] }, RULE_SEED, names, [
    { catalogCode: 'CSTDCS', percent: 5, ofCodes: ['LDTT'], per: 'unit' },
  ]);
  expect(office[0]).toMatchObject({ count: 2, cap: 1, exceeded: true });
  expect(office[0]!.message).toMatch(/^Quy định của cơ quan: /);
});

test('quota: before 2024 Cờ Chính phủ at most 20% of Cờ tỉnh holders across the round (Nghị định 91/2017 Điều 11 khoản 1); none from 2024', () => {
  const holders = Array.from({ length: 10 }, (_, i) => ({ catalogCode: 'CO_TINH', recipientId: `u${i}` }));
  const nominees = ['u1', 'u2', 'u3'].map((id, i) => ({ nominationId: `n${i}`, catalogCode: 'CO_CP', recipientId: id }));
  const r = checkQuotas({ date: '2023-12-20', nominees, baseHolders: holders, alreadyAwarded: [] }, RULE_SEED, names);
  expect(r[0]).toMatchObject({ groupId: '', count: 3, cap: 2, exceeded: true });
  expect(r[0]!.message).toContain('Điều 11 khoản 1');
  expect(checkQuotas({ date: '2025-12-20', nominees, baseHolders: holders, alreadyAwarded: [] }, RULE_SEED, names)).toEqual([]);
});

test('council vote: base full membership vs present, exact threshold edge', () => {
  const ballot = { membersTotal: 11, membersPresent: 9, ballotsIssued: 9, ballotsValid: 9, votesFor: 9 };
  const full = evaluateCouncilVote(ballot, { percent: 90, base: 'full' });
  expect(full).toMatchObject({ base: 11, percent: 81.82, passed: false });
  expect(full.message).toBe('9/11 phiếu đồng ý = 81,82% tổng số thành viên Hội đồng; ngưỡng 90%: Không đạt');
  const present = evaluateCouncilVote(ballot, { percent: 90, base: 'present' });
  expect(present).toMatchObject({ base: 9, percent: 100, passed: true });
  // 7 of 10 is exactly 70%: passes without rounding trouble.
  expect(
    evaluateCouncilVote({ membersTotal: 10, membersPresent: 10, ballotsIssued: 10, ballotsValid: 10, votesFor: 7 }, { percent: 70, base: 'full' }).passed,
  ).toBe(true);
  expect(
    evaluateCouncilVote({ membersTotal: 10, membersPresent: 10, ballotsIssued: 10, ballotsValid: 10, votesFor: 6 }, { percent: 70, base: 'full' }).passed,
  ).toBe(false);
});

test('council vote: impossible counts are refused with Vietnamese messages', () => {
  expect(validateBallot({ membersTotal: 9, membersPresent: 10, ballotsIssued: 10, ballotsValid: 11, votesFor: 12 })).toEqual([
    'Số thành viên có mặt không được lớn hơn tổng số thành viên',
    'Số phiếu hợp lệ không được lớn hơn số phiếu phát ra',
    'Số phiếu đồng ý không được lớn hơn số phiếu hợp lệ',
  ]);
  expect(validateBallot({ membersTotal: 9, membersPresent: 8, ballotsIssued: 8, ballotsValid: 8, votesFor: 8 })).toEqual([]);
});

test('workflow: steps in order; decided is final; status counts', () => {
  expect(canMove('draft', 'submitted')).toBe(true);
  expect(canMove('draft', 'decided')).toBe(false);
  expect(canMove('reviewed', 'approved')).toBe(true);
  expect(canMove('approved', 'decided')).toBe(true);
  expect(canMove('decided', 'draft')).toBe(false);
  const c = countStatuses([{ status: 'draft' }, { status: 'draft' }, { status: 'decided' }]);
  expect(c).toMatchObject({ draft: 2, decided: 1, submitted: 0, total: 3 });
});

test('nomination list: groups by award form in catalogue order with Roman numerals, birth year under Nam or Nữ', () => {
  const nominees: ListNominee[] = [
    {
      catalogCode: 'CSTDCS',
      recipientKind: 'person',
      name: 'Trần Thị Bình',
      gender: 'nu',
      birthYear: 1980,
      ethnicity: 'Kinh',
      position: 'Kế toán',
      unitName: 'HTX Dương Liễu',
      summary: 'Hoàn thành xuất sắc',
    },
    { catalogCode: 'BK_TINH_TT', recipientKind: 'unit', name: 'HTX Phú Thắng', summary: 'Doanh thu tăng 20%' },
    {
      catalogCode: 'CSTDCS',
      recipientKind: 'person',
      name: 'Đỗ Văn An',
      gender: 'nam',
      birthYear: 1975,
      ethnicity: 'Tày',
      position: 'Giám đốc',
      unitName: 'HTX Đồng Phú',
      summary: 'Sáng kiến',
    },
  ];
  const groups = buildNominationList(nominees, CATALOG_SEED);
  expect(groups.map((g) => [g.roman, g.catalogCode])).toEqual([
    ['I', 'CSTDCS'],
    ['II', 'BK_TINH_TT'],
  ]);
  expect(groups[0]!.title).toBe('Chiến sĩ thi đua cơ sở (2 cá nhân)');
  // compareVi: Đ sorts after D and before T.
  expect(groups[0]!.rows.map((r) => [r.stt, r.name, r.birthMale, r.birthFemale])).toEqual([
    ['1', 'Đỗ Văn An', '1975', ''],
    ['2', 'Trần Thị Bình', '', '1980'],
  ]);
  expect(groups[0]!.rows[0]!.positionUnit).toBe('Giám đốc - HTX Đồng Phú');
  expect(groups[1]!.rows[0]).toMatchObject({
    stt: '1',
    name: 'HTX Phú Thắng',
    birthMale: '',
    ethnicity: '',
    awardName: 'Bằng khen của Chủ tịch UBND tỉnh (tập thể)',
  });
});
