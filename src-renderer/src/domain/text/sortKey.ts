/**
 * A string whose plain code-unit order follows Vietnamese collation (as Intl.Collator('vi',
 * { numeric: true })): a < ă < â < b … d < đ … o < ô < ơ … u < ư; spaces and punctuation before
 * digits before letters; digit runs compared as numbers; tones, then case, break ties only.
 * Stored and indexed, so IndexedDB returns units already in Vietnamese order (no 100,000-row sort).
 */

import { toNfc } from './normalize';

const ALPHABET = 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz';
const LETTER_WEIGHT = new Map<string, string>([...ALPHABET].map((ch, i) => [ch, String.fromCharCode(0x100 + i)]));

/** Tone marks in ICU's Vietnamese order: ngang, huyền, hỏi, ngã, sắc, nặng. */
const TONE_WEIGHT: Record<string, string> = { '\u0300': '1', '\u0309': '2', '\u0303': '3', '\u0301': '4', '\u0323': '5' };
/** Marks that make a separate letter rather than a tone. */
const LETTER_MARKS: Record<string, Record<string, string>> = {
  '\u0306': { a: 'ă' },
  '\u0302': { a: 'â', e: 'ê', o: 'ô' },
  '\u031b': { o: 'ơ', u: 'ư' },
};

/** Splits a (lower-case) character with its marks into the Vietnamese letter and its tone. */
function letterAndTone(ch: string): { letter: string; tone: string } {
  if (ch === 'đ' || ch === '\u00f0') return { letter: 'đ', tone: '0' };
  const [base = '', ...marks] = [...ch.normalize('NFD')];
  let letter = base;
  let tone = '0';
  for (const m of marks) {
    const modified = LETTER_MARKS[m]?.[letter];
    if (modified) letter = modified;
    else if (TONE_WEIGHT[m]) tone = TONE_WEIGHT[m]!;
  }
  return { letter, tone };
}

/** Weights of one character (code point): primary, tone and case parts; '' when it has none. */
type CharWeights = readonly [primary: string, tone: string, caseMark: string];

function charWeights(ch: string): CharWeights {
  const lower = ch.toLowerCase();
  const { letter, tone } = letterAndTone(lower);
  const weight = LETTER_WEIGHT.get(letter);
  if (weight) return [weight, tone, ch === lower ? '0' : '1'];
  // Spaces and ASCII punctuation sort before digits and letters.
  if (letter.charCodeAt(0) < 0x80) return [letter === ' ' ? '\u0020' : String.fromCharCode(0x21 + (letter.charCodeAt(0) % 0x1f)), '', ''];
  return [String.fromCharCode(0x1000 + letter.charCodeAt(0)), '', ''];
}

/**
 * Weights per character, computed once: a character's weights never depend on its neighbours
 * (only digit runs do, handled apart), and 100,000 imported names share a few dozen letters.
 */
const WEIGHTS_BY_CODE: Array<CharWeights | undefined> = [];
/** Characters outside the Basic Multilingual Plane (surrogate pairs), by their text. */
const WEIGHTS_BY_TEXT = new Map<string, CharWeights>();

function weightsOfCode(code: number): CharWeights {
  return (WEIGHTS_BY_CODE[code] ??= charWeights(String.fromCharCode(code)));
}

function weightsOfPair(pair: string): CharWeights {
  let w = WEIGHTS_BY_TEXT.get(pair);
  if (!w) {
    if (WEIGHTS_BY_TEXT.size >= 10_000) WEIGHTS_BY_TEXT.clear();
    WEIGHTS_BY_TEXT.set(pair, (w = charWeights(pair)));
  }
  return w;
}

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/** Whitespace other than the plain space (all of \s), or two spaces in a row. */
const ODD_SPACE = /[\t-\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;

export function viSortKey(text: string): string {
  const nfc = toNfc(text);
  // trim + single spaces, skipped for the usual name that has nothing to change.
  const src = ODD_SPACE.test(nfc) || nfc[0] === ' ' || nfc[nfc.length - 1] === ' ' ? nfc.trim().replace(/\s+/g, ' ') : nfc;
  let primary = '';
  let tones = '';
  let cases = '';
  for (let i = 0; i < src.length;) {
    const code = src.charCodeAt(i);
    if (isDigit(code)) {
      let j = i;
      while (j < src.length && isDigit(src.charCodeAt(j))) j++;
      const digits = src.slice(i, j).replace(/^0+(?=\d)/, '');
      // Length first, so 9 < 10 < 100, like numeric collation.
      primary += String.fromCharCode(0x40 + Math.min(digits.length, 0xbf)) + digits;
      i = j;
      continue;
    }
    // One code point: a surrogate pair is one character, as in [...src].
    const size = code >= 0xd800 && code <= 0xdbff && i + 1 < src.length && (src.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    const w = size === 1 ? weightsOfCode(code) : weightsOfPair(src.slice(i, i + 2));
    primary += w[0];
    tones += w[1];
    cases += w[2];
    i += size;
  }
  return `${primary}\u0001${tones}\u0001${cases}`;
}
