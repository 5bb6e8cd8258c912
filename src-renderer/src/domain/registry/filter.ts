import type { Sector, Unit, UnitKind, UnitStatus } from './types';
import { UNIT_KINDS } from './types';
import { buildNameIndex, joinBuckets, mayRankByName, nameQuery, nameRankAt, rankUnits, RANKS, WORD_RANK, type NameIndex, type NameQuery } from './search';
import { buildWordIndex, unitsWithAllWords, type WordIndex } from './wordIndex';
import { searchWordsText } from './unitListRow';

/** Registry list filters; undefined means "any". */
export interface UnitFilter {
  query?: string;
  kind?: UnitKind;
  provinceCode?: string;
  communeCode?: string;
  sector?: Sector;
  status?: UnitStatus;
  member?: 0 | 1;
  admittedYear?: number;
}

/** What a list is searched through: its folded names (ranking) and its words (matching: built in the background by the registry list, or on request by unitWordIndex). */
export interface UnitSearchIndex {
  names: NameIndex;
  words?: WordIndex;
}

/**
 * Search indexes of unit lists, by list: the registry list keeps one array until units change (then
 * React state holds a new one), so the index is built once per list, not once per keystroke.
 */
const searchIndexes = new WeakMap<readonly FilterableUnit[], UnitSearchIndex>();

/** What the filters read of a unit (a stored unit or its directory row). */
export type FilterableUnit = Pick<Unit, 'kind' | 'provinceCode' | 'communeCode' | 'sector' | 'status' | 'member' | 'memberSince' | 'searchWords' | 'nameKey'>;

/** Registers the name index already built for a list (the unit directory builds it once for list and pickers). */
export function primeNameIndex(units: readonly FilterableUnit[], names: NameIndex): void {
  if (searchIndexes.get(units)?.names !== names) searchIndexes.set(units, { names });
}

function indexOf(units: readonly FilterableUnit[]): UnitSearchIndex {
  let index = searchIndexes.get(units);
  // The length check guards a list grown in place after it was indexed.
  if (!index || index.names.prefixes.length !== units.length) {
    index = { names: buildNameIndex(units.map((u) => u.nameKey)) };
    searchIndexes.set(units, index);
  }
  return index;
}

export function unitNameIndex(units: readonly FilterableUnit[]): NameIndex {
  return indexOf(units).names;
}

/** The word index of a list of units, built now if it was not built before. */
export function unitWordIndex(units: readonly FilterableUnit[]): WordIndex {
  const index = indexOf(units);
  return (index.words ??= buildWordIndex(units.length, (i) => searchWordsText(units[i]!)));
}

/** Registers a word index built ahead for a list (prepareListSearch builds it in slices when the list shows). */
export function primeWordIndex(units: readonly FilterableUnit[], words: WordIndex): void {
  if (words.size === units.length) indexOf(units).words = words;
}

/**
 * 1 where unit i holds every query word as a word prefix (search.ts matchesQueryWords), found
 * through the word index; undefined when every unit does (no words to test).
 */
function wordMatches(words: WordIndex, q: NameQuery): Uint8Array | undefined {
  if (!q.kind) return unitsWithAllWords(words, q.words);
  // The words after the kind word, and the kind spelled any way ("htx" or "hop tac xa").
  const rest = unitsWithAllWords(words, q.restWords);
  const spellings = q.kindSpellings.map((s) => unitsWithAllWords(words, s)!);
  const out = new Uint8Array(words.size);
  for (let i = 0; i < out.length; i++) {
    if (rest && !rest[i]) continue;
    for (const m of spellings) if (m[i]) out[i] = 1;
  }
  return out;
}

/**
 * The units passing the filters. With a search query the best name matches come first (exact
 * name, then names starting with the query, then word matches: search.ts rankName), each group in
 * the order given; without one the order given is kept.
 */
export function filterUnits<T extends FilterableUnit>(units: readonly T[], f: UnitFilter): T[] {
  const q = f.query ? nameQuery(f.query) : undefined;
  const passes = unitPasses<T>(f);
  if (!q) return passes ? units.filter(passes) : [...units];
  const names = unitNameIndex(units);
  const words = searchIndexes.get(units)?.words;
  // Until the word index is built (in the background, ~0.2 s after the list loads), every unit's words are tested.
  if (!words) return passes ? rankUnits(units, q, names).filter(passes) : rankUnits(units, q, names);
  const matches = wordMatches(words, q);
  // A kind word typed ("tht dong phu") also finds names ranked by name whose words differ
  // ("HTX Đồng Phú", rank 2); without one, only units holding every word can rank (search.ts rankName).
  const byName = q.kind !== '' || q.partialKind;
  // One pass into a bucket per rank: the list comes in Vietnamese order, so each bucket stays in it.
  const buckets: T[][] = Array.from({ length: RANKS }, () => []);
  for (let i = 0; i < units.length; i++) {
    const found = !matches || matches[i] === 1;
    if (!found && !(byName && mayRankByName(names.initials[i]!, q))) continue;
    const rank = nameRankAt(names, i, q);
    if (!found && rank === WORD_RANK) continue;
    const u = units[i]!;
    if (!passes || passes(u)) buckets[rank]!.push(u);
  }
  return joinBuckets(buckets);
}

/** The test of the filters set (undefined when none is): one field read per filter set, not seven per unit. */
function unitPasses<T extends FilterableUnit>(f: UnitFilter): ((u: T) => boolean) | undefined {
  const checks: Array<(u: T) => boolean> = [];
  const { kind, provinceCode, communeCode, sector, status, member, admittedYear } = f;
  if (kind !== undefined) checks.push((u) => u.kind === kind);
  if (provinceCode !== undefined) checks.push((u) => u.provinceCode === provinceCode);
  if (communeCode !== undefined) checks.push((u) => u.communeCode === communeCode);
  if (sector !== undefined) checks.push((u) => u.sector === sector);
  if (status !== undefined) checks.push((u) => u.status === status);
  if (member !== undefined) checks.push((u) => u.member === member);
  if (admittedYear !== undefined) checks.push((u) => u.memberSince === admittedYear);
  if (checks.length <= 1) return checks[0];
  return (u) => checks.every((c) => c(u));
}

export type KindCounts = Record<UnitKind, number>;

export function countByKind(units: readonly Pick<Unit, 'kind'>[]): KindCounts {
  const counts = Object.fromEntries(UNIT_KINDS.map((k) => [k, 0])) as KindCounts;
  for (const u of units) counts[u.kind] += 1;
  return counts;
}
