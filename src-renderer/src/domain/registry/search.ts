import { foldText, queryWords, searchWords } from '../text/normalize';
import type { Unit } from './types';

/** Words indexed for a unit: name, short name and tax code (with and without the branch part). */
export function unitSearchWords(u: Pick<Unit, 'name' | 'shortName' | 'taxCode'>): string[] {
  const words = searchWords(u.name, u.shortName);
  if (u.taxCode) words.push(...u.taxCode.split('-').filter(Boolean), u.taxCode.replace('-', ''));
  return [...new Set(words)];
}

/** True when every query word is a prefix of some record word ("duong li" matches "duong lieu"). */
export function matchesAllWords(recordWords: readonly string[], query: readonly string[]): boolean {
  return query.every((q) => recordWords.some((w) => w.startsWith(q)));
}

/** The query word to look up in the index: the longest is the most selective. */
export function mostSelectiveWord(words: readonly string[]): string | undefined {
  return [...words].sort((a, b) => b.length - a.length)[0];
}

export { queryWords, foldText };
