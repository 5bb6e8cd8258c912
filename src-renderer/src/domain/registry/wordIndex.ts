import { runSteps, type Steps } from '../steps';

/**
 * An inverted index of the units' search words, in typed arrays: for each distinct word, the
 * positions of the units holding it. Why: testing every unit's words on every keystroke costs
 * ~30 ms at 100,000 units (one string array per unit, spread over the heap); looking up the words
 * that start with the query and marking their units costs a millisecond or two.
 *
 * Words are folded (a-z, 0-9, as normalize.ts makes them). Distinct words are grouped by their
 * first two characters, so a query word of two or more characters reads one group.
 */

export interface WordIndex {
  /** Units indexed (positions 0..size-1 in the list the index was built for). */
  size: number;
  /** Distinct words, in order of first appearance. */
  words: string[];
  /** Word ids grouped by their first two characters: group g is groupWords[groupStarts[g] .. groupStarts[g + 1]). */
  groupStarts: Uint32Array;
  groupWords: Uint32Array;
  /** Unit positions of word w, ascending: postings[postStarts[w] .. postStarts[w + 1]). */
  postStarts: Uint32Array;
  postings: Uint32Array;
}

/** 0 for none, 1-10 for 0-9, 11-36 for a-z. */
function charSlot(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x2f;
  if (code >= 0x61 && code <= 0x7a) return code - 0x56;
  return 0;
}
const SLOTS = 37;

function groupOf(word: string): number {
  return charSlot(word.charCodeAt(0)) * SLOTS + (word.length > 1 ? charSlot(word.charCodeAt(1)) : 0);
}

/**
 * The index of `size` units whose words `wordsAt(i)` gives as one string, separated by single
 * spaces (the directory stores them that way, so no array is built per unit).
 */
export function buildWordIndex(size: number, wordsAt: (i: number) => string): WordIndex {
  return runSteps(wordIndexSteps(size, wordsAt));
}

/** Units read per step of wordIndexSteps (~5 ms at 100,000 units). */
const UNITS_PER_STEP = 4096;

/** buildWordIndex in steps, so a caller can spread the build over several tasks (db/slices.ts). */
export function* wordIndexSteps(size: number, wordsAt: (i: number) => string): Steps<WordIndex> {
  const ids = new Map<string, number>();
  const words: string[] = [];
  // Per occurrence of a word: its word id and its unit.
  let wordOf: Uint32Array = new Uint32Array(Math.max(16, size * 6));
  let unitOf: Uint32Array = new Uint32Array(wordOf.length);
  let n = 0;
  for (let i = 0; i < size; i++) {
    const text = wordsAt(i);
    let start = 0;
    while (start < text.length) {
      let end = text.indexOf(' ', start);
      if (end < 0) end = text.length;
      if (end > start) {
        const word = text.slice(start, end);
        let id = ids.get(word);
        if (id === undefined) {
          id = words.length;
          ids.set(word, id);
          words.push(word);
        }
        if (n === wordOf.length) {
          wordOf = grown(wordOf);
          unitOf = grown(unitOf);
        }
        wordOf[n] = id;
        unitOf[n++] = i;
      }
      start = end + 1;
    }
    if (i % UNITS_PER_STEP === UNITS_PER_STEP - 1) yield;
  }
  yield;
  // A unit's words are distinct (unitSearchWords), so each posting list holds a unit once, in order.
  const byWord = groupBy(wordOf.subarray(0, n), words.length);
  const postings = byWord.items;
  for (let j = 0; j < n; j++) postings[j] = unitOf[postings[j]!]!;
  const byGroup = groupBy(Uint32Array.from(words, groupOf), SLOTS * SLOTS);
  return { size, words, groupStarts: byGroup.starts, groupWords: byGroup.items, postStarts: byWord.starts, postings };
}

function grown(a: Uint32Array): Uint32Array {
  const b = new Uint32Array(a.length * 2);
  b.set(a);
  return b;
}

/**
 * Counting sort: the positions 0..keys.length-1 grouped by their key, ascending within a group;
 * group g is items[starts[g] .. starts[g + 1]).
 */
function groupBy(keys: Uint32Array, groups: number): { starts: Uint32Array; items: Uint32Array } {
  const starts = new Uint32Array(groups + 1);
  for (let j = 0; j < keys.length; j++) starts[keys[j]! + 1] = starts[keys[j]! + 1]! + 1;
  for (let g = 0; g < groups; g++) starts[g + 1] = starts[g + 1]! + starts[g]!;
  const next = starts.slice(0, groups);
  const items = new Uint32Array(keys.length);
  for (let j = 0; j < keys.length; j++) {
    const g = keys[j]!;
    items[next[g]!] = j;
    next[g] = next[g]! + 1;
  }
  return { starts, items };
}

/** Calls `each` with every word id starting with `prefix`. */
function wordsStartingWith(index: WordIndex, prefix: string, each: (w: number) => void): void {
  const first = charSlot(prefix.charCodeAt(0));
  if (!first) return;
  // One character: every group it starts; two or more: the one group of the first two.
  const from = prefix.length > 1 ? groupOf(prefix) : first * SLOTS;
  const to = prefix.length > 1 ? from + 1 : from + SLOTS;
  if (prefix.length > 1 && !charSlot(prefix.charCodeAt(1))) return;
  const { groupStarts, groupWords, words } = index;
  for (let j = groupStarts[from]!, end = groupStarts[to]!; j < end; j++) {
    const w = groupWords[j]!;
    if (words[w]!.startsWith(prefix)) each(w);
  }
}

/**
 * Units holding, for every query word, a word starting with it (search.ts matchesAllWords):
 * 1 at their positions, 0 elsewhere; undefined when the query has no words (all units match).
 * Words beyond the 250th are not counted (a byte per unit counts them); nobody types that many.
 */
export function unitsWithAllWords(index: WordIndex, query: readonly string[]): Uint8Array | undefined {
  if (!query.length) return undefined;
  const marks = new Uint8Array(index.size);
  const { postStarts, postings } = index;
  const counted = Math.min(query.length, 250);
  for (let k = 0; k < counted; k++) {
    // A unit counts for word k once, even when several of its words start with it: only units at k move to k + 1.
    wordsStartingWith(index, query[k]!, (w) => {
      for (let p = postStarts[w]!, end = postStarts[w + 1]!; p < end; p++) {
        const i = postings[p]!;
        if (marks[i] === k) marks[i] = k + 1;
      }
    });
  }
  for (let i = 0; i < marks.length; i++) marks[i] = marks[i] === counted ? 1 : 0;
  return marks;
}
