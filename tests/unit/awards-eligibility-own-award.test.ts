import { test, expect } from '@playwright/test';
import { evaluateEligibility, ownAwardIds, type EligibilityInput, type EligibilityResult } from '@/domain/awards/eligibility';
import { RULE_SEED } from '@/domain/awards/ruleSeed';
import type { AwardRecord, DocumentType } from '@/domain/awards/types';
import { facts, names, type HistorySpec } from './awards-fixtures';

/**
 * A nomination is never judged against the award it produced (domain/awards/eligibility.ts, ownAwardIds):
 * linked by award id, by nomination id, or — typed in by hand or imported — the same title, recipient and
 * year. That award still uses up the years for every later nomination.
 */
const DOCS: DocumentType[] = ['bao_cao_thanh_tich'];
const USED = 'đã được tính cho';

/** Mai: Bằng khen tỉnh 2023, CSTĐCS 2024 and 2025, two initiatives: meets Bằng khen tỉnh 2025 (Luật 2022 Điều 74 khoản 1 điểm d). */
const MAI: HistorySpec = {
  awards: { 2023: ['BK_TINH_CN'], 2024: ['CSTDCS'], 2025: ['CSTDCS'] },
  initiatives: [
    { id: 's1', year: 2024, level: 'co_so' },
    { id: 's2', year: 2025, level: 'co_so' },
  ],
};

/** The Bằng khen tỉnh 2025 written into the history when the decision was recorded (decided the day it was judged). */
function bk2025(extra: Partial<AwardRecord> = {}): AwardRecord {
  return {
    id: 'bk-2025',
    year: 2025,
    recipientKind: 'person',
    recipientId: 'X',
    catalogCode: 'BK_TINH_CN',
    awardName: names('BK_TINH_CN'),
    decisionNumber: '77/QĐ-UBND',
    decisionDate: '2026-01-05',
    commendationType: 'thuong_xuyen',
    source: 'nomination',
    nominationEntryId: 'nom-1',
    createdAt: '',
    updatedAt: '',
    ...extra,
  };
}

/** The same decision typed into the history by hand (or imported): no nomination link. */
function unlinked(extra: Partial<AwardRecord> = {}): AwardRecord {
  const a = bk2025({ id: 'manual', source: 'manual', ...extra });
  delete a.nominationEntryId;
  return a;
}

function judge(year: number, awards: AwardRecord[], opts: Partial<EligibilityInput> = {}): EligibilityResult {
  const f = facts(MAI);
  f.awards.push(...awards);
  // The decision marks the initiative the nomination used (a hand-typed award marks none).
  if (awards.some((a) => a.id === 'bk-2025')) f.initiatives = f.initiatives.map((i) => (i.id === 's2' ? { ...i, usedByAwardId: 'bk-2025' } : i));
  return evaluateEligibility({ catalogCode: 'BK_TINH_CN', year, date: '2026-01-05', facts: f, documents: DOCS, ...opts }, RULE_SEED, names);
}
const text = (r: EligibilityResult) => JSON.stringify(r.results.map((x) => x.tree));
const failures = (r: EligibilityResult) => r.results.filter((x) => x.outcome === 'fail').flatMap((x) => x.messages);

test('the award a decided nomination produced does not use up its own years (linked by nomination or award id)', () => {
  // Before the decision: eligible.
  const before = judge(2025, [], { ownNominationId: 'nom-1' });
  expect(before.status).toBe('pass');

  // After: the award is in the history, decided on the judging date; linked by the nomination id…
  const byNomination = judge(2025, [bk2025()], { ownNominationId: 'nom-1' });
  expect(failures(byNomination)).toEqual([]);
  expect(byNomination.status).toBe('pass');
  expect(text(byNomination)).not.toContain(USED);
  expect(text(byNomination)).toContain('Đủ 2 năm liên tục Chiến sĩ thi đua cơ sở (năm 2024, 2025)');

  // …or by the award id the nomination keeps (the initiative it used is its own too).
  const byAward = judge(2025, [bk2025({ nominationEntryId: 'nom-1' })], { ownAwardId: 'bk-2025' });
  expect(byAward.status).toBe('pass');
  expect(text(byAward)).not.toContain(USED);
});

test('a decision typed into the history by hand or imported (no link) is the nomination’s own: same title, recipient and year', () => {
  const manual = unlinked();
  expect(
    ownAwardIds({
      catalogCode: 'BK_TINH_CN',
      year: 2025,
      date: '2026-01-05',
      facts: { ...facts(MAI), awards: [manual] },
      documents: DOCS,
      ownNominationId: 'nom-1',
    }),
  ).toEqual(new Set(['manual']));
  const r = judge(2025, [manual], { ownNominationId: 'nom-1' });
  expect(r.status).toBe('pass');
  expect(text(r)).not.toContain(USED);

  // Another nomination's award for the same title and year is not this one's: its years are used.
  const other = judge(2025, [bk2025({ nominationEntryId: 'nom-other' })], { ownNominationId: 'nom-1' });
  expect(other.status).toBe('fail');
  expect(text(other)).toContain(`Năm 2024 không được tính: năm 2025 trở về trước ${USED} Bằng khen`);

  // Without a nomination (a plain look-up) nothing is its own: the award counts.
  expect(ownAwardIds({ catalogCode: 'BK_TINH_CN', year: 2025, date: '2026-01-05', facts: { ...facts(MAI), awards: [manual] }, documents: DOCS })).toEqual(
    new Set(),
  );
});

test('the award still counts for later nominations: Bằng khen tỉnh 2026 may not reuse 2025', () => {
  const later = judge(2026, [bk2025()], { ownNominationId: 'nom-2', date: '2027-01-10' });
  expect(later.status).toBe('fail');
  expect(text(later)).toContain(`Năm 2025 không được tính: năm 2025 trở về trước ${USED} Bằng khen`);
  // A nomination for another title of the same year does not own it.
  expect(
    ownAwardIds({
      catalogCode: 'BK_LMVN_CN',
      year: 2025,
      date: '2026-01-05',
      facts: { ...facts(MAI), awards: [unlinked()] },
      documents: DOCS,
      ownNominationId: 'nom-3',
    }),
  ).toEqual(new Set());
});
