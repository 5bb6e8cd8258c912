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
  return query.every((q) => recordWords.some((w) => w.startsWith(q)));
}

export { queryWords, foldText };
