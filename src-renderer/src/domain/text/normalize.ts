/**
 * Text normalisation shared by search, matching and import.
 * Stored text is NFC; search keys are folded (no diacritics, đ -> d, lower case).
 * An import runs these on every cell of 100,000 rows, so the common cases take shortcuts that
 * give exactly what the full definition gives (tests/unit/import-pinned.test.ts checks it).
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;
/**
 * Control characters (C0 except whitespace, DEL, C1) and bidirectional overrides/isolates:
 * invisible in a cell, they would make names look equal but not match, or display reversed.
 */
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/**
 * Text that may change under NFC: anything outside Latin (U+0000..U+02FF) and the Vietnamese letters
 * (U+1E00..U+1EFF). Those ranges hold no decomposed letter and nothing that composes with the letter
 * before it, so text made only of them is NFC as it is.
 */
const MAY_NEED_NFC = /[^\u0000-\u02ff\u1e00-\u1eff]/;
/** text.normalize('NFC'), skipping the call when the text cannot change. */
export function toNfc(text: string): string {
  return MAY_NEED_NFC.test(text) ? text.normalize('NFC') : text;
}

/** Printable ASCII with single inner spaces: already clean (most codes, numbers, plain names). */
const CLEAN_ASCII = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;
/**
 * Characters cleanText changes besides NFC: Ð/ð, invisible characters, any whitespace but the plain
 * space (all of \s, SPACES and INVISIBLE above). Plain spaces need work only when doubled or at an end.
 */
const ODD_CHARACTERS = /[\u00d0\u00f0\u0000-\u001f\u007f-\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f\u2066-\u2069\u3000\ufeff]/;

/** NFC, Ð (U+00D0, Icelandic eth) -> Đ (U+0110), NBSP and runs of spaces -> one space, trimmed. */
export function cleanText(input: string): string {
  if (CLEAN_ASCII.test(input)) return input;
  const nfc = toNfc(input);
  if (!ODD_CHARACTERS.test(nfc) && !nfc.includes('  ') && nfc[0] !== ' ' && nfc[nfc.length - 1] !== ' ') return nfc;
  return nfc
    .replace(/\u00d0/g, '\u0110')
    .replace(/\u00f0/g, '\u0111')
    .replace(INVISIBLE, '')
    .replace(SPACES, ' ')
    .trim();
}

/** The definition of folding, applied to text already cleaned. */
function foldCleaned(clean: string): string {
  return clean.toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').normalize('NFC');
}

/**
 * Folded form of each Latin letter (U+0080..U+024F) and Vietnamese letter (U+1E00..U+1EFF), and of the
 * combining marks (to ''), filled on first use. Folding these is per character (no letter's lower case
 * depends on its neighbours, and nothing left after removing the marks composes), so a cleaned text made
 * only of ASCII and these folds character by character, without four passes of Unicode normalisation.
 */
const FOLDED_CHAR: Array<string | undefined> = [];
const ASCII_ONLY = /^[\x00-\x7f]*$/;

function foldedChar(code: number): string | undefined {
  if (!((code >= 0x80 && code < 0x250) || (code >= 0x300 && code < 0x370) || (code >= 0x1e00 && code < 0x1f00))) return undefined;
  let f = FOLDED_CHAR[code];
  if (f === undefined) FOLDED_CHAR[code] = f = foldCleaned(String.fromCharCode(code));
  return f;
}

/** The last text folded and its fold: a unit's name is folded for its kind, then for its key. */
let lastFoldInput = '';
let lastFoldOutput = '';

/** Lower case, no diacritics, đ -> d: "Dương Liễu" -> "duong lieu". */
export function foldText(input: string): string {
  if (input === lastFoldInput) return lastFoldOutput;
  const clean = cleanText(input);
  const lower = clean.toLowerCase();
  let out = lower;
  if (!ASCII_ONLY.test(lower)) {
    out = '';
    for (let i = 0; i < lower.length; i++) {
      const code = lower.charCodeAt(i);
      if (code < 0x80) {
        out += lower[i];
        continue;
      }
      const f = foldedChar(code);
      if (f === undefined) {
        out = foldCleaned(clean);
        break;
      }
      out += f;
    }
  }
  lastFoldInput = input;
  lastFoldOutput = out;
  return out;
}

/** Runs of a-z0-9 in a folded text: what split(/[^a-z0-9]+/) keeps, without the empty ends. */
function wordsOfFolded(folded: string, into: string[] = []): string[] {
  let start = -1;
  for (let i = 0; i <= folded.length; i++) {
    const c = i < folded.length ? folded.charCodeAt(i) : 0;
    const word = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      into.push(folded.slice(start, i));
      start = -1;
    }
  }
  return into;
}

/** Words of a folded text, punctuation removed; used for multiEntry prefix indexes. */
export function searchWords(...parts: Array<string | undefined | null>): string[] {
  const words: string[] = [];
  for (const part of parts) if (part) wordsOfFolded(foldText(part), words);
  // Most names repeat no word: the list is returned as it is unless a word repeats.
  const unique = new Set(words);
  return unique.size === words.length ? words : [...unique];
}

/** Query words for prefix search, folded the same way as stored words. */
export function queryWords(query: string): string[] {
  return wordsOfFolded(foldText(query));
}

/** Key for matching names across files: folded, single spaces, no punctuation (the query words joined by spaces). */
export function nameKey(name: string): string {
  return wordsOfFolded(foldText(name)).join(' ');
}
