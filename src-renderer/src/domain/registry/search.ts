import { foldText, queryWords, searchWords } from '../text/normalize';
import type { Unit } from './types';

/** Words indexed for a unit: name, short name and tax code (with and without the branch part). */
export function unitSearchWords(u: Pick<Unit, 'name' | 'shortName' | 'taxCode'>): string[] {
  // searchWords gives each word once; only the tax code's parts can repeat one.
  const words = searchWords(u.name, u.shortName);
  if (!u.taxCode) return words;
  for (const part of u.taxCode.split('-')) if (part) words.push(part);
  words.push(u.taxCode.replace('-', ''));
  return [...new Set(words)];
}

/** True when every query word is a prefix of some record word ("duong li" matches "duong lieu"). */
export function matchesAllWords(recordWords: readonly string[], query: readonly string[]): boolean {
  // Plain loops: this runs for every unit on every keystroke, and closures cost more than the test.
  outer: for (let i = 0; i < query.length; i++) {
    const q = query[i]!;
    for (let j = 0; j < recordWords.length; j++) if (recordWords[j]!.startsWith(q)) continue outer;
    return false;
  }
  return true;
}

// ---------------------------------------------------------------- ranking by name

/**
 * Kind words a name may start with (folded, as in Unit.nameKey) and the kind they name. People
 * write "HTX" or "Hợp tác xã", "THT" or "Tổ hợp tác" for the same unit, and often leave the kind
 * out, so names are ranked on both the kind and the rest of the name.
 */
const KIND_PREFIXES: ReadonlyArray<readonly [words: string, kind: string]> = [
  ['htx', 'htx'],
  ['hop tac xa', 'htx'],
  ['tht', 'tht'],
  ['to hop tac', 'tht'],
  ['lien hiep hop tac xa', 'lien_hiep'],
  ['lien hiep htx', 'lien_hiep'],
  ['lhhtx', 'lien_hiep'],
  ['qtdnd', 'qtdnd'],
  ['quy tin dung nhan dan', 'qtdnd'],
];

/** The kind prefix a name key starts with: its kind and where the rest of the name starts. */
export interface KindPrefix {
  /** '' when the name starts with no kind word. */
  kind: string;
  restAt: number;
}

const NO_PREFIX: KindPrefix = { kind: '', restAt: 0 };
/** One object per prefix, so the list filter allocates nothing per unit. */
const PREFIXES: ReadonlyArray<{ words: string; prefix: KindPrefix; whole: KindPrefix }> = KIND_PREFIXES.map(([words, kind]) => ({
  words,
  prefix: { kind, restAt: words.length + 1 },
  whole: { kind, restAt: words.length },
}));
/** a-z: the prefixes starting with that letter (most names start with none of h, l, q, t). */
const PREFIXES_BY_LETTER: ReadonlyArray<typeof PREFIXES> = Array.from({ length: 26 }, (_, i) => PREFIXES.filter((p) => p.words.charCodeAt(0) === 0x61 + i));

/** Kind prefix of a folded name key ("hop tac xa dong phu" -> htx, rest at 11). */
export function kindPrefixOf(key: string): KindPrefix {
  const candidates = PREFIXES_BY_LETTER[key.charCodeAt(0) - 0x61];
  if (candidates) {
    for (const p of candidates) {
      if (!key.startsWith(p.words)) continue;
      if (key.length === p.words.length) return p.whole;
      if (key.charCodeAt(p.words.length) === 0x20) return p.prefix;
    }
  }
  return NO_PREFIX;
}

/** A search query prepared once per keystroke. */
export interface NameQuery {
  /** Query words for the word-prefix rule (matchesAllWords). */
  words: string[];
  /**
   * When the query starts with a kind word: the words after it, and each spelling of that kind as
   * words ("htx" or "hop tac xa"), any of which may match the unit's words instead of the one typed.
   */
  restWords: string[];
  kindSpellings: string[][];
  /** The words joined by single spaces, as names are in Unit.nameKey. */
  key: string;
  /** Kind of the kind word the query starts with ('' when none, or when it is still being typed). */
  kind: string;
  /** The query after its kind words. */
  rest: string;
  /** The query could be a kind word being typed ("ht", "hop tac"): compare it with whole names too. */
  partialKind: boolean;
  /** First two letters of `rest` and of `key` as in nameInitials, and the bits they fill: for mayRankByName. */
  restBits: number;
  restMask: number;
  keyBits: number;
  keyMask: number;
}

export function nameQuery(query: string): NameQuery | undefined {
  const words = queryWords(query);
  if (!words.length) return undefined;
  const key = words.join(' ');
  const { kind, restAt } = kindPrefixOf(key);
  const rest = key.slice(restAt);
  return {
    words,
    restWords: kind ? queryWords(rest) : words,
    kindSpellings: kind ? KIND_PREFIXES.filter(([, k]) => k === kind).map(([w]) => w.split(' ')) : [],
    key,
    kind,
    rest,
    partialKind: !kind && KIND_PREFIXES.some(([w]) => w.startsWith(key)),
    restBits: twoLetters(rest, 0) & lettersMask(rest),
    restMask: lettersMask(rest),
    keyBits: (twoLetters(key, 0) << 14) & (lettersMask(key) << 14),
    keyMask: lettersMask(key) << 14,
  };
}

/** The bits of twoLetters that a query part fills: none when empty, the first letter's when one long. */
function lettersMask(text: string): number {
  return text.length >= 2 ? 0x3fff : text.length === 1 ? 0x3f80 : 0;
}

/** The two letters from `at`, 7 bits each (keys hold a-z, 0-9 and spaces; NaN past the end | 0 is 0). */
function twoLetters(text: string, at: number): number {
  return ((text.charCodeAt(at) & 0x7f) << 7) | (text.charCodeAt(at + 1) & 0x7f);
}

/** Today's word-prefix rule, the query's kind word spelled any way ("hop tac xa dong" finds "HTX dịch vụ Đồng …"). */
export function matchesQueryWords(recordWords: readonly string[], q: NameQuery): boolean {
  if (!q.kind) return matchesAllWords(recordWords, q.words);
  if (!matchesAllWords(recordWords, q.restWords)) return false;
  for (const spelling of q.kindSpellings) if (matchesAllWords(recordWords, spelling)) return true;
  return false;
}

/** Rank of a unit that only matches word by word (today's rule); lower ranks come first. */
export const WORD_RANK = 4;
/** Number of ranks: ranked lists are built in this many buckets. */
export const RANKS = WORD_RANK + 1;

/**
 * How well a name (folded key, with its kind prefix) matches the query:
 * 0 the whole name equals the query ("Hợp tác xã" and "HTX" count as the same words),
 * 1 the whole name starts with the query,
 * 2 the name without its kind word equals the query without its kind word,
 * 3 the name without its kind word starts with the query without its kind word,
 * WORD_RANK otherwise (the caller decides by the words whether it matches at all).
 * The name is text[start, end): a key alone, or one name of a NameIndex.
 */
export function rankName(text: string, start: number, end: number, prefix: KindPrefix, q: NameQuery): number {
  // "ht" typed, the start of a kind word: the whole name, kind word included, starts with it.
  // (Query keys hold no '\n', so no match runs on into the next name of an index.)
  const startsWhole = q.partialKind && prefix.restAt > 0 && text.startsWith(q.key, start);
  const restAt = start + prefix.restAt;
  if (!text.startsWith(q.rest, restAt)) return startsWhole ? 1 : WORD_RANK;
  const restEqual = end - restAt === q.rest.length;
  if (prefix.kind === q.kind) return restEqual ? 0 : 1;
  if (startsWhole) return 1;
  if (!q.rest) return WORD_RANK; // only a kind word typed, and this name is of another kind
  return restEqual ? 2 : 3;
}

export function nameRank(key: string, prefix: KindPrefix, q: NameQuery): number {
  return rankName(key, 0, key.length, prefix, q);
}

/**
 * First two letters of a name key and of its rest after the kind word, packed in one number, so a
 * scan passes over most names without reading them.
 */
export function nameInitials(key: string, prefix: KindPrefix): number {
  return (twoLetters(key, 0) << 14) | twoLetters(key, prefix.restAt);
}

/**
 * False when a name with these initials cannot rank above WORD_RANK (rankName would say WORD_RANK):
 * ranks 0-3 need the rest to start with the query's rest, or (a kind word being typed) the key with the query.
 */
export function mayRankByName(initials: number, q: NameQuery): boolean {
  return (initials & q.restMask) === q.restBits || (q.partialKind && (initials & q.keyMask) === q.keyBits);
}

/**
 * The folded names of a list of units, in one string, with their kind prefixes and initials found
 * once. Why: reading 100,000 separate name strings on each keystroke costs more than the word test
 * (they lie all over the heap); one string read in order costs little.
 */
export interface NameIndex {
  /** The keys joined by '\n'. */
  text: string;
  /** Where name i starts in text; starts[i + 1] - 1 is where it ends. */
  starts: Uint32Array;
  prefixes: KindPrefix[];
  initials: Uint32Array;
}

export function buildNameIndex(keys: readonly string[]): NameIndex {
  const starts = new Uint32Array(keys.length + 1);
  const prefixes: KindPrefix[] = new Array<KindPrefix>(keys.length);
  const initials = new Uint32Array(keys.length);
  let at = 0;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    starts[i] = at;
    const prefix = (prefixes[i] = kindPrefixOf(key));
    initials[i] = nameInitials(key, prefix);
    at += key.length + 1;
  }
  starts[keys.length] = at;
  return { text: keys.join('\n'), starts, prefixes, initials };
}

export function nameRankAt(names: NameIndex, i: number, q: NameQuery): number {
  if (!mayRankByName(names.initials[i]!, q)) return WORD_RANK;
  return rankName(names.text, names.starts[i]!, names.starts[i + 1]! - 1, names.prefixes[i]!, q);
}

/** Rank of unit i (its words, its name in `names`), or -1 when it does not match: ranked by name, else found word by word. */
export function unitRankAt(searchWords: readonly string[], names: NameIndex, i: number, q: NameQuery): number {
  if (q.kind || q.partialKind) {
    // "tht dong phu" finds "HTX Đồng Phú" (rank 2), whose words it does not all share.
    const rank = nameRankAt(names, i, q);
    return rank < WORD_RANK || matchesQueryWords(searchWords, q) ? rank : -1;
  }
  // Without kind words, a name ranked above WORD_RANK shares every query word: test words first.
  return matchesAllWords(searchWords, q.words) ? nameRankAt(names, i, q) : -1;
}

/** Concatenates ranked buckets (Array.prototype.flat is several times slower at 100,000 items). */
export function joinBuckets<T>(buckets: readonly T[][]): T[] {
  return ([] as T[]).concat(...buckets);
}

/**
 * The units matching the query, best first (ranks above), each rank in the order given: callers
 * pass units in Vietnamese order (compareVi, as the sort-key index returns them), so no sort is needed.
 */
export function rankUnits<T extends Pick<Unit, 'nameKey' | 'searchWords'>>(
  units: readonly T[],
  query: string | NameQuery,
  names: NameIndex = buildNameIndex(units.map((u) => u.nameKey)),
): T[] {
  const q = typeof query === 'string' ? nameQuery(query) : query;
  if (!q) return [...units];
  const buckets: T[][] = Array.from({ length: RANKS }, () => []);
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    const rank = unitRankAt(u.searchWords, names, i, q);
    if (rank >= 0) buckets[rank]!.push(u);
  }
  return joinBuckets(buckets);
}

export { queryWords, foldText };
