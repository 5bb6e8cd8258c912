/**
 * A string whose plain code-unit order follows Vietnamese collation (as Intl.Collator('vi',
 * { numeric: true })): a < ă < â < b … d < đ … o < ô < ơ … u < ư; spaces and punctuation before
 * digits before letters; digit runs compared as numbers; tones, then case, break ties only.
 * Stored and indexed, so IndexedDB returns units already in Vietnamese order (no 100,000-row sort).
 */

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

export function viSortKey(text: string): string {
  const src = text.normalize('NFC').trim().replace(/\s+/g, ' ');
  let primary = '';
  let tones = '';
  let cases = '';
  const chars = [...src];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch >= '0' && ch <= '9') {
      let j = i;
      while (j < chars.length && chars[j]! >= '0' && chars[j]! <= '9') j++;
      const digits = chars.slice(i, j).join('').replace(/^0+(?=\d)/, '');
      // Length first, so 9 < 10 < 100, like numeric collation.
      primary += String.fromCharCode(0x40 + Math.min(digits.length, 0xbf)) + digits;
      i = j - 1;
      continue;
    }
    const lower = ch.toLowerCase();
    const { letter, tone } = letterAndTone(lower);
    const weight = LETTER_WEIGHT.get(letter);
    if (weight) {
      primary += weight;
      tones += tone;
      cases += ch === lower ? '0' : '1';
    } else if (letter.charCodeAt(0) < 0x80) {
      // Spaces and ASCII punctuation sort before digits and letters.
      primary += letter === ' ' ? '\u0020' : String.fromCharCode(0x21 + (letter.charCodeAt(0) % 0x1f));
    } else {
      primary += String.fromCharCode(0x1000 + letter.charCodeAt(0));
    }
  }
  return `${primary}\u0001${tones}\u0001${cases}`;
}
