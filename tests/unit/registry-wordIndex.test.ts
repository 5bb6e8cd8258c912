import { test, expect } from '@playwright/test';
import { filterUnits, unitWordIndex } from '@/domain/registry/filter';
import { matchesAllWords, rankUnits, unitSearchWords } from '@/domain/registry/search';
import { buildWordIndex, unitsWithAllWords } from '@/domain/registry/wordIndex';
import { decodeChunk, encodeChunk, toListRow } from '@/domain/registry/unitListRow';
import type { Unit, UnitKind } from '@/domain/registry/types';
import { nameKey, queryWords } from '@/domain/text/normalize';
import { compareVi } from '@/domain/text/collate';
import { viSortKey } from '@/domain/text/sortKey';

/** The list search through the word index finds, and ranks, what testing every unit's words finds. */

const ids = (xs: readonly Pick<Unit, 'id'>[]) => xs.map((u) => u.id);

function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const KINDS: UnitKind[] = ['htx', 'tht', 'lien_hiep', 'qtdnd', 'khac'];
const LEADS = ['HTX', 'Hợp tác xã', 'THT', 'Tổ hợp tác', 'Liên hiệp HTX', 'QTDND', ''];
const WORDS = [
  'Đồng',
  'Phú',
  'Dương',
  'Liễu',
  'nông',
  'nghiệp',
  'dịch',
  'vụ',
  'Hưng',
  'Thịnh',
  'Phương',
  'Ngọc',
  'Nguyễn',
  'Thuận',
  'An',
  'Hòa',
  '12',
  '3',
  'Quyết',
  'Tiến',
  'xã',
  'tác',
];

function makeUnits(n: number, rnd: () => number): Unit[] {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const units: Unit[] = [];
  for (let i = 0; i < n; i++) {
    const words = Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => pick(WORDS));
    const name = [pick(LEADS), ...words].filter(Boolean).join(' ');
    const taxCode = rnd() < 0.6 ? `0${Math.floor(rnd() * 1e9)}`.padEnd(10, '7') + (rnd() < 0.2 ? '-001' : '') : undefined;
    const base = {
      id: `u${i}`,
      name,
      kind: pick(KINDS),
      status: 'active' as const,
      member: (rnd() < 0.5 ? 1 : 0) as 0 | 1,
      origin: 'manual' as const,
      createdAt: '',
      updatedAt: '',
      taxCode,
    };
    units.push({ ...base, searchWords: unitSearchWords(base), nameKey: nameKey(name), sortKey: viSortKey(name) });
  }
  return units.sort((a, b) => compareVi(a.name, b.name) || (a.id < b.id ? -1 : 1));
}

function queriesFor(units: readonly Unit[], rnd: () => number): string[] {
  const out = new Set([
    '',
    'h',
    'ht',
    'htx',
    'hop tac',
    'tht d',
    'to hop tac dong',
    'lien hiep',
    'qtdnd p',
    'dong dong',
    'phu phu phu',
    '0',
    '05',
    '-001',
    'z',
    'dong zz',
    '   ',
  ]);
  for (let k = 0; k < 300; k++) {
    const u = units[Math.floor(rnd() * units.length)]!;
    const words = u.searchWords;
    const a = Math.floor(rnd() * words.length);
    const b = Math.min(words.length, a + 1 + Math.floor(rnd() * 3));
    const picked = words.slice(a, b).map((w) => w.slice(0, 1 + Math.floor(rnd() * w.length)));
    out.add(rnd() < 0.3 ? picked.reverse().join(' ') : picked.join(' '));
    out.add(u.name.slice(0, 1 + Math.floor(rnd() * u.name.length)));
  }
  return [...out];
}

test('the word index lists exactly the units whose words start with every query word', () => {
  const rnd = random(7);
  const units = makeUnits(400, rnd);
  const index = buildWordIndex(units.length, (i) => units[i]!.searchWords.join(' '));
  for (const query of queriesFor(units, rnd)) {
    const words = queryWords(query);
    const marks = unitsWithAllWords(index, words);
    const got = units.map((_, i) => (marks ? marks[i] === 1 : true));
    expect(got, query).toEqual(units.map((u) => matchesAllWords(u.searchWords, words)));
  }
});

test('the list search through the index gives what ranking every unit gives, with and without filters', () => {
  const rnd = random(11);
  const units = makeUnits(600, rnd);
  // The same units without a word index: the list searches them by testing every unit's words.
  const unindexed = [...units];
  unitWordIndex(units);
  for (const query of queriesFor(units, rnd)) {
    expect(ids(filterUnits(unindexed, { query })), query).toEqual(ids(filterUnits(units, { query })));
    expect(ids(filterUnits(units, { query })), query).toEqual(ids(rankUnits(units, query)));
    const kind = KINDS[Math.floor(rnd() * KINDS.length)]!;
    expect(ids(filterUnits(units, { query, kind, member: 1 })), `${query} + ${kind}`).toEqual(
      ids(rankUnits(units, query).filter((u) => u.kind === kind && u.member === 1)),
    );
  }
});

test('directory rows (words kept as one string) are indexed like units', () => {
  const rnd = random(3);
  const units = makeUnits(200, rnd);
  const rows = decodeChunk(encodeChunk(0, units.map(toListRow)));
  const fromRows = unitWordIndex(rows);
  const fromUnits = unitWordIndex(units);
  expect(fromRows.words).toEqual(fromUnits.words);
  expect([...fromRows.postings]).toEqual([...fromUnits.postings]);
  for (const query of ['dong phu', 'htx d', '05']) expect(ids(filterUnits(rows, { query })), query).toEqual(ids(rankUnits(units, query)));
});
