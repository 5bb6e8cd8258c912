/**
 * Text normalisation shared by search, matching and import.
 * Stored text is NFC; search keys are folded (no diacritics, đ -> d, lower case).
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;
/**
 * Control characters (C0 except whitespace, DEL, C1) and bidirectional overrides/isolates:
 * invisible in a cell, they would make names look equal but not match, or display reversed.
 */
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** NFC, Ð (U+00D0, Icelandic eth) -> Đ (U+0110), NBSP and runs of spaces -> one space, trimmed. */
export function cleanText(input: string): string {
  return input
    .normalize('NFC')
    .replace(/\u00d0/g, '\u0110')
    .replace(/\u00f0/g, '\u0111')
    .replace(INVISIBLE, '')
    .replace(SPACES, ' ')
    .trim();
}

/** Lower case, no diacritics, đ -> d: "Dương Liễu" -> "duong lieu". */
export function foldText(input: string): string {
  return cleanText(input)
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/g, 'd')
    .normalize('NFC');
}

/** Words of a folded text, punctuation removed; used for multiEntry prefix indexes. */
export function searchWords(...parts: Array<string | undefined | null>): string[] {
  const words = new Set<string>();
  for (const part of parts) {
    if (!part) continue;
    for (const w of foldText(part).split(/[^a-z0-9]+/)) if (w) words.add(w);
  }
  return [...words];
}

/** Query words for prefix search, folded the same way as stored words. */
export function queryWords(query: string): string[] {
  return foldText(query).split(/[^a-z0-9]+/).filter(Boolean);
}

/** Key for matching names across files: folded, single spaces, no punctuation. */
export function nameKey(name: string): string {
  return queryWords(name).join(' ');
}
