import { test, expect } from '@playwright/test';
import { filterUnits, unitNameIndex } from '@/domain/registry/filter';
import {
  buildNameIndex,
  kindPrefixOf,
  matchesAllWords,
  nameQuery,
  nameRank,
  nameRankAt,
  rankUnits,
  unitSearchWords,
  WORD_RANK,
} from '@/domain/registry/search';
import type { Unit, UnitKind } from '@/domain/registry/types';
import { nameKey, queryWords } from '@/domain/text/normalize';
import { compareVi } from '@/domain/text/collate';
import { viSortKey } from '@/domain/text/sortKey';

/** Search ranking: exact and prefix matches of the whole name first, then word matches. */

function unit(name: string, kind: UnitKind = 'htx', extra: Partial<Unit> = {}): Unit {
  const base = { id: name, name, kind, status: 'active' as const, member: 0 as const, origin: 'manual' as const, createdAt: '', updatedAt: '', ...extra };
  return { ...base, searchWords: unitSearchWords(base), nameKey: nameKey(name), sortKey: viSortKey(name) };
}

/** The registry list and the picker directory both hold units in Vietnamese order. */
const UNITS: Unit[] = [
  unit('HTX Đồng Phú Hưng'),
  unit('HTX dịch vụ nông nghiệp Đồng Phú'),
  unit('HTX Phú Đồng'),
  unit('HTX Đồng Phú', 'htx', { taxCode: '0500234573', member: 1, memberSince: 2012 }),
  unit('HTX Đông Phương'),
  unit('Hợp tác xã Đồng Phú Xuân'),
  unit('THT Đồng Phú', 'tht'),
  unit('Tổ hợp tác Đồng Phú 2', 'tht'),
  unit('Đồng Phú Xanh', 'khac'),
  unit('HTX Dương Liễu', 'htx', { taxCode: '0500423111' }),
  unit('THT rau Dương Liễu', 'tht'),
  unit('HTX Hòa Cường'),
  unit('Liên hiệp HTX Đồng Phú', 'lien_hiep'),
].sort((a, b) => compareVi(a.name, b.name));

const nameList = (units: readonly Unit[]) => units.map((u) => u.name);
const search = (query: string, more: Parameters<typeof filterUnits>[1] = {}) => nameList(filterUnits(UNITS, { ...more, query }));

test('the unit named exactly as typed comes first, then names starting with it, then word matches', () => {
  expect(search('HTX Đồng Phú')).toEqual([
    // 0: the whole name equals the query
    'HTX Đồng Phú',
    // 1: the whole name starts with the query ("Hợp tác xã" is the same kind word as "HTX";
    // the last word typed is a prefix, so "Phương" starts with "Phú" without diacritics)
    'Hợp tác xã Đồng Phú Xuân',
    'HTX Đồng Phú Hưng',
    'HTX Đông Phương',
    // 2: the name without its kind word equals "Đồng Phú"
    'Liên hiệp HTX Đồng Phú',
    'THT Đồng Phú',
    // 3: the name without its kind word starts with "Đồng Phú"
    'Đồng Phú Xanh',
    'Tổ hợp tác Đồng Phú 2',
    // 4: every word found somewhere (today's rule)
    'HTX dịch vụ nông nghiệp Đồng Phú',
    'HTX Phú Đồng',
  ]);
});

test('diacritics, case and the spelled-out kind do not change the ranking', () => {
  const expected = search('HTX Đồng Phú');
  for (const q of ['htx dong phu', 'HTX DONG PHU', 'Hợp tác xã Đồng Phú', 'hop tac xa dong phu', '  HTX   Đồng-Phú ']) {
    expect(search(q), q).toEqual(expected);
  }
  // "hop tac xa dong phu" shares no word with "HTX" but finds it, first.
  expect(matchesAllWords(unit('HTX Đồng Phú').searchWords, queryWords('hop tac xa dong phu'))).toBe(false);
  expect(search('hop tac xa dong phu')[0]).toBe('HTX Đồng Phú');
});

test('the kind word left out or typed as another kind: names of that rest rank next', () => {
  expect(search('dong phu').slice(0, 6)).toEqual([
    // 1: only a name without a kind word can start with "dong phu" itself
    'Đồng Phú Xanh',
    // 2: name without its kind word equals the query
    'HTX Đồng Phú',
    'Liên hiệp HTX Đồng Phú',
    'THT Đồng Phú',
    // 3
    'Hợp tác xã Đồng Phú Xuân',
    'HTX Đồng Phú Hưng',
  ]);
  expect(search('THT Đồng Phú').slice(0, 3)).toEqual(['THT Đồng Phú', 'Tổ hợp tác Đồng Phú 2', 'HTX Đồng Phú']);
  expect(search('to hop tac dong phu')[0]).toBe('THT Đồng Phú');
});

test('while typing, the unit being typed stays on top', () => {
  // Each keystroke of "HTX Đồng Phú" keeps it among the names starting with what is typed, above word matches.
  const typed = 'HTX Đồng Phú';
  for (let i = 'HTX Đồn'.length; i <= typed.length; i++) {
    const got = search(typed.slice(0, i));
    const q = nameQuery(typed.slice(0, i))!;
    const exact = UNITS.find((u) => u.name === typed)!;
    expect(nameRank(exact.nameKey, kindPrefixOf(exact.nameKey), q), typed.slice(0, i)).toBeLessThanOrEqual(1);
    expect(got.indexOf(typed)).toBeLessThan(got.indexOf('HTX dịch vụ nông nghiệp Đồng Phú'));
  }
  // Names starting with what is typed, in Vietnamese order ("Hợp" before "HTX": ơ sorts before t).
  expect(search('htx dong ph').slice(0, 4)).toEqual(['Hợp tác xã Đồng Phú Xuân', 'HTX Đồng Phú', 'HTX Đồng Phú Hưng', 'HTX Đông Phương']);
  // Only a kind word: units of that kind first (spelled either way), then other names holding the word.
  expect(search('htx')).toEqual([...nameList(UNITS.filter((u) => /^(HTX|Hợp tác xã) /.test(u.name))), 'Liên hiệp HTX Đồng Phú']);
  // The start of a kind word ranks names starting with it, whatever their spelling.
  expect(search('hop tac')).toEqual(['Hợp tác xã Đồng Phú Xuân', 'Tổ hợp tác Đồng Phú 2']);
});

test('word search still finds what it found: "duong lieu", tax codes, other filters', () => {
  expect(search('duong lieu')).toEqual(['HTX Dương Liễu', 'THT rau Dương Liễu']);
  expect(search('DUONG LI', { kind: 'htx' })).toEqual(['HTX Dương Liễu']);
  expect(search('0500423')).toEqual(['HTX Dương Liễu']);
  expect(search('HTX Đồng Phú', { kind: 'tht' })).toEqual(['THT Đồng Phú', 'Tổ hợp tác Đồng Phú 2']);
  expect(search('dong phu', { member: 1 })).toEqual(['HTX Đồng Phú']);
  expect(search('phu thang')).toEqual([]);
});

test('without a query the order given is kept', () => {
  expect(nameList(filterUnits(UNITS, {}))).toEqual(nameList(UNITS));
  expect(nameList(filterUnits(UNITS, { query: '  ' }))).toEqual(nameList(UNITS));
  expect(nameList(filterUnits(UNITS, { query: '-' }))).toEqual(nameList(UNITS));
  expect(nameList(filterUnits(UNITS, { kind: 'tht' }))).toEqual(nameList(UNITS.filter((u) => u.kind === 'tht')));
  expect(nameList(rankUnits(UNITS, ''))).toEqual(nameList(UNITS));
});

test('kind prefixes are whole words', () => {
  expect(kindPrefixOf('hop tac xa dong phu')).toEqual({ kind: 'htx', restAt: 11 });
  expect(kindPrefixOf('htx dong phu')).toEqual({ kind: 'htx', restAt: 4 });
  expect(kindPrefixOf('htx')).toEqual({ kind: 'htx', restAt: 3 });
  expect(kindPrefixOf('to hop tac rau')).toEqual({ kind: 'tht', restAt: 11 });
  expect(kindPrefixOf('lien hiep htx dong phu')).toEqual({ kind: 'lien_hiep', restAt: 14 });
  expect(kindPrefixOf('htxa dong')).toEqual({ kind: '', restAt: 0 });
  expect(kindPrefixOf('thtx')).toEqual({ kind: '', restAt: 0 });
  expect(kindPrefixOf('')).toEqual({ kind: '', restAt: 0 });
  expect(kindPrefixOf('9htx')).toEqual({ kind: '', restAt: 0 });
});

// ---------------------------------------------------------------- against a plain definition

/** Each kind and the ways it is written at the start of a name. */
const KIND_SPELLINGS: Array<[kind: string, spellings: string[]]> = [
  ['htx', ['htx', 'hop tac xa']],
  ['tht', ['tht', 'to hop tac']],
  ['lien_hiep', ['lien hiep hop tac xa', 'lien hiep htx', 'lhhtx']],
  ['qtdnd', ['qtdnd', 'quy tin dung nhan dan']],
];
function split(key: string): { kind: string; rest: string } {
  for (const [kind, spellings] of KIND_SPELLINGS) {
    const m = new RegExp(`^(${spellings.join('|')})( |$)`).exec(key);
    if (m) return { kind, rest: key.slice(m[0].length) };
  }
  return { kind: '', rest: key };
}
/** The ranking as written in the issue, with strings built per unit: slow, obviously right. */
function referenceRank(u: Unit, query: string): number {
  const qKey = queryWords(query).join(' ');
  const q = split(qKey);
  const n = split(u.nameKey);
  if (n.kind === q.kind && n.rest === q.rest) return 0;
  if (q.kind ? n.kind === q.kind && n.rest.startsWith(q.rest) : u.nameKey.startsWith(qKey)) return 1;
  if (q.rest && n.rest === q.rest) return 2;
  if (q.rest && n.rest.startsWith(q.rest)) return 3;
  // Today's rule, the query's kind word written any of its ways.
  const spellings = KIND_SPELLINGS.find(([kind]) => kind === q.kind)?.[1] ?? [''];
  return spellings.some((kindWords) => matchesAllWords(u.searchWords, queryWords(`${kindWords} ${q.rest}`))) ? WORD_RANK : -1;
}
function referenceSearch(units: readonly Unit[], query: string): string[] {
  return units
    .map((u, i) => ({ u, i, rank: referenceRank(u, query) }))
    .filter((x) => x.rank >= 0)
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((x) => x.u.name);
}

test('ranking agrees with the plain definition for every prefix of every name, and keeps every word match', () => {
  const units = [
    ...UNITS,
    unit('HTX'),
    unit('Quỹ tín dụng nhân dân Đồng Phú', 'qtdnd'),
    unit('QTDND Phú Đồng', 'qtdnd'),
    unit('LHHTX Hòa Cường', 'lien_hiep'),
    unit('Hoa Sen', 'khac'),
  ].sort((a, b) => compareVi(a.name, b.name));
  const queries = new Set<string>(['', 'h', 't', 'to', 'hop', 'lien hiep', 'quy tin', 'phu dong', 'dong', 'hoa', '05', 'xa dong']);
  for (const u of units) {
    for (let i = 1; i <= u.nameKey.length; i++) queries.add(u.nameKey.slice(0, i));
    for (let i = 1; i <= u.name.length; i++) queries.add(u.name.slice(0, i));
  }
  const names = buildNameIndex(units.map((u) => u.nameKey));
  for (const query of queries) {
    const got = nameList(filterUnits(units, { query }));
    if (!nameQuery(query)) {
      expect(got).toEqual(nameList(units));
      continue;
    }
    expect(got, query).toEqual(referenceSearch(units, query));
    // Ranking in a name index (all names in one string, names passed over on their initials) gives
    // what ranking each name alone gives.
    const q = nameQuery(query)!;
    const alone = units.map((u) => nameRank(u.nameKey, kindPrefixOf(u.nameKey), q));
    expect(
      units.map((_, i) => nameRankAt(names, i, q)),
      query,
    ).toEqual(alone);
    // Nothing today's rule finds is lost.
    const words = queryWords(query);
    const found = new Set(got);
    expect(
      units.filter((u) => matchesAllWords(u.searchWords, words) && !found.has(u.name)),
      query,
    ).toEqual([]);
  }
});

test('a name index ranks each name as the pickers and the list need it', () => {
  const q = nameQuery('HTX Đồng Phú')!;
  const index = buildNameIndex(UNITS.map((u) => u.nameKey));
  const ranks = UNITS.map((u, i) => [u.name, nameRankAt(index, i, q)]);
  expect(Object.fromEntries(ranks)).toMatchObject({
    'HTX Đồng Phú': 0,
    'HTX Đồng Phú Hưng': 1,
    'Hợp tác xã Đồng Phú Xuân': 1,
    'THT Đồng Phú': 2,
    'Tổ hợp tác Đồng Phú 2': 3,
    'HTX dịch vụ nông nghiệp Đồng Phú': WORD_RANK,
    'HTX Phú Đồng': WORD_RANK,
  });
  // The list keeps one index per array; an array grown after indexing is indexed again.
  const list = UNITS.slice(0, 3);
  expect(unitNameIndex(list)).toBe(unitNameIndex(list));
  list.push(unit('HTX Đồng Phú Mới'));
  expect(unitNameIndex(list).starts.length).toBe(5);
  expect(nameList(filterUnits(list, { query: 'HTX Đồng Phú Mới' }))).toEqual(['HTX Đồng Phú Mới']);
});
