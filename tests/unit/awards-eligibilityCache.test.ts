import { test, expect } from '@playwright/test';
import {
  ALL_FACTS,
  ALL_UNIT_FACTS,
  nominationStamp,
  staleNominations,
  type RoundEligibilityCache,
} from '../../src-renderer/src/domain/awards/eligibilityCache';
import type { Nomination } from '../../src-renderer/src/domain/awards/types';

const nom = (id: string, kind: 'person' | 'unit', recipientId: string, extra: Partial<Nomination> = {}): Nomination =>
  ({
    id,
    roundId: 'r',
    recipientKind: kind,
    recipientId,
    catalogCode: kind === 'unit' ? 'TTLDXS' : 'CSTDCS',
    summary: '',
    attachments: [],
    overrides: [],
    status: 'draft',
    commendationType: 'thuong_xuyen',
    createdAt: '2025-01-01',
    updatedAt: '2025-01-01',
    ...extra,
  }) as Nomination;

const date = () => '2025-12-01';
const noms = [nom('n1', 'person', 'p1'), nom('n2', 'person', 'p2'), nom('n3', 'unit', 'u1'), nom('n4', 'person', 'p1', { catalogCode: 'LDTT' })];
const cache: RoundEligibilityCache = {
  roundId: 'r',
  seq: 10,
  year: 2025,
  judgments: noms.map((n) => ({
    nominationId: n.id,
    stamp: nominationStamp(n, date()),
    ...(n.recipientKind === 'unit' ? { memberIds: ['p2', 'p9'] } : {}),
    result: { status: 'pass', results: [] },
  })),
};
const stale = (changed: string[], list = noms, year = 2025) => [...staleNominations(cache, list, year, date, new Set(changed))].sort();

test('nothing changed: nothing is judged again', () => {
  expect(stale([])).toEqual([]);
});

test("a person's facts: that person's entries and the collectives they were judged as a member of", () => {
  expect(stale(['person:p1'])).toEqual(['n1', 'n4']);
  expect(stale(['person:p9'])).toEqual(['n3']);
  expect(stale(['person:p2'])).toEqual(['n2', 'n3']);
});

test('a unit joined by a new member, cluster scores, a council vote, everything', () => {
  expect(stale(['unit:u1'])).toEqual(['n3']);
  expect(stale([ALL_UNIT_FACTS])).toEqual(['n3']);
  // A vote on n1 changes what its round-mates (p1's other entry) count as held.
  expect(stale(['nomination:n1'])).toEqual(['n1', 'n4']);
  expect(stale([ALL_FACTS])).toEqual(['n1', 'n2', 'n3', 'n4']);
});

test('an entry edited, added, another judging date or another year', () => {
  const edited = noms.map((n) => (n.id === 'n2' ? { ...n, status: 'approved' as const, updatedAt: '2025-02-01' } : n));
  expect(stale([], edited)).toEqual(['n2']);
  expect(stale([], [...noms, nom('n5', 'person', 'p5')])).toEqual(['n5']);
  expect([...staleNominations(cache, noms, 2025, () => '2026-01-02', new Set())].sort()).toEqual(['n1', 'n2', 'n3', 'n4']);
  expect(stale([], noms, 2024)).toEqual(['n1', 'n2', 'n3', 'n4']);
});
