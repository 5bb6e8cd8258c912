/**
 * Legacy Vietnamese 8-bit encodings (TCVN3/ABC and VNI) stored as Windows-1252 text.
 * Tables are derived here from the encodings' definitions (which byte carries which
 * letter + tone); no third-party table is copied.
 */

export type LegacyEncoding = 'tcvn3' | 'vni';

/** Tones in the order the TCVN3 table lists them per vowel: grave, hook, tilde, acute, dot below. */
const TONES = ['\u0300', '\u0309', '\u0303', '\u0301', '\u0323'] as const;

function compose(base: string, tone: string): string {
  return (base + tone).normalize('NFC');
}

// ---------------------------------------------------------------- TCVN3 (TCVN 5712:1993, VN3)

/** For each base vowel: its own byte (if not ASCII) and the five toned bytes (grave, hook, tilde, acute, dot). */
const TCVN3_VOWELS: Array<[base: string, plain: number | null, toned: [number, number, number, number, number]]> = [
  ['a', null, [0xb5, 0xb6, 0xb7, 0xb8, 0xb9]],
  ['ă', 0xa8, [0xbb, 0xbc, 0xbd, 0xbe, 0xc6]],
  ['â', 0xa9, [0xc7, 0xc8, 0xc9, 0xca, 0xcb]],
  ['e', null, [0xcc, 0xce, 0xcf, 0xd0, 0xd1]],
  ['ê', 0xaa, [0xd2, 0xd3, 0xd4, 0xd5, 0xd6]],
  ['i', null, [0xd7, 0xd8, 0xdc, 0xdd, 0xde]],
  ['o', null, [0xdf, 0xe1, 0xe2, 0xe3, 0xe4]],
  ['ô', 0xab, [0xe5, 0xe6, 0xe7, 0xe8, 0xe9]],
  ['ơ', 0xac, [0xea, 0xeb, 0xec, 0xed, 0xee]],
  ['u', null, [0xef, 0xf1, 0xf2, 0xf3, 0xf4]],
  ['ư', 0xad, [0xf5, 0xf6, 0xf7, 0xf8, 0xf9]],
  ['y', null, [0xfa, 0xfb, 0xfc, 0xfd, 0xfe]],
];

/** Char code (= byte, since Windows-1252 equals Latin-1 above 0xA0) -> Unicode letter. */
const TCVN3_MAP: Map<number, string> = (() => {
  const m = new Map<number, string>();
  for (const [base, plain, toned] of TCVN3_VOWELS) {
    if (plain !== null) m.set(plain, base);
    toned.forEach((byte, i) => m.set(byte, compose(base, TONES[i]!)));
  }
  m.set(0xae, 'đ');
  // Capitals without tone; toned capitals are written with the ".Vn…H" fonts instead.
  const capitals = ['Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ'];
  capitals.forEach((c, i) => m.set(0xa1 + i, c));
  return m;
})();

export function tcvn3ToUnicode(text: string): string {
  let out = '';
  for (const ch of text) {
    const mapped = TCVN3_MAP.get(ch.charCodeAt(0));
    out += mapped ?? ch;
  }
  return out.normalize('NFC');
}

// ---------------------------------------------------------------- VNI (VNI Windows)

/** VNI: a base letter followed by a mark character. Lower-case marks; capitals are 0x20 lower. */
const VNI_TONE_MARKS = new Map<number, string>([
  [0xf9, '\u0301'], // ù acute
  [0xf8, '\u0300'], // ø grave
  [0xfb, '\u0309'], // û hook
  [0xf5, '\u0303'], // õ tilde
  [0xef, '\u0323'], // ï dot below
]);
/** Circumflex + tone (for a, e, o): â plain, á acute, à grave, å hook, ã tilde, ä dot. */
const VNI_CIRCUMFLEX = new Map<number, string>([
  [0xe2, ''],
  [0xe1, '\u0301'],
  [0xe0, '\u0300'],
  [0xe5, '\u0309'],
  [0xe3, '\u0303'],
  [0xe4, '\u0323'],
]);
/** Breve + tone (for a): ê plain, é acute, è grave, ú hook, ü tilde, ë dot. */
const VNI_BREVE = new Map<number, string>([
  [0xea, ''],
  [0xe9, '\u0301'],
  [0xe8, '\u0300'],
  [0xfa, '\u0309'],
  [0xfc, '\u0303'],
  [0xeb, '\u0323'],
]);
/** Letters VNI writes as one character. */
const VNI_SINGLE = new Map<number, string>([
  [0xf1, 'đ'],
  [0xf4, 'ơ'],
  [0xf6, 'ư'],
  [0xe6, 'ỉ'],
  [0xf3, 'ĩ'],
  [0xf2, 'ị'],
  [0xee, 'ỵ'],
  [0xed, 'í'],
  [0xec, 'ì'],
]);

function markOf(table: Map<number, string>, ch: string | undefined): string | undefined {
  if (!ch) return undefined;
  const code = ch.charCodeAt(0);
  return table.get(code) ?? (code >= 0xc0 && code < 0xe0 ? table.get(code + 0x20) : undefined);
}

const TONE_BEARING = new Set(['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y']);

export function vniToUnicode(text: string): string {
  const chars = [...text];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const code = ch.charCodeAt(0);
    let letter = ch;
    const lowerSingle = VNI_SINGLE.get(code) ?? (code >= 0xc0 && code < 0xe0 ? VNI_SINGLE.get(code + 0x20) : undefined);
    const upper = lowerSingle !== undefined && !VNI_SINGLE.has(code);
    if (lowerSingle !== undefined) letter = upper ? lowerSingle.toUpperCase() : lowerSingle;
    const lower = letter.toLowerCase();
    const next = chars[i + 1];
    if ((lower === 'a' || lower === 'e' || lower === 'o') && markOf(VNI_CIRCUMFLEX, next) !== undefined) {
      out += compose(letter + '\u0302', markOf(VNI_CIRCUMFLEX, next)!);
      i++;
    } else if (lower === 'a' && markOf(VNI_BREVE, next) !== undefined) {
      out += compose(letter + '\u0306', markOf(VNI_BREVE, next)!);
      i++;
    } else if (TONE_BEARING.has(lower) && markOf(VNI_TONE_MARKS, next) !== undefined) {
      out += compose(letter, markOf(VNI_TONE_MARKS, next)!);
      i++;
    } else {
      out += letter;
    }
  }
  return out.normalize('NFC');
}

// ---------------------------------------------------------------- detection

/** Encoding implied by a font name: ".VnTime"/".VnArialH" -> TCVN3, "VNI-Times" -> VNI; `upper` for the ".Vn…H" capitals fonts. */
export function encodingOfFont(fontName: string | undefined | null): { encoding: LegacyEncoding; upper: boolean } | null {
  if (!fontName) return null;
  const f = fontName.trim().toLowerCase();
  if (/^vni[-_ ]/.test(f)) return { encoding: 'vni', upper: false };
  if (/^\.vn/.test(f)) return { encoding: 'tcvn3', upper: /h$/.test(f) };
  return null;
}

/** Letters outside Latin-1 that only Unicode Vietnamese text contains (ă đ ĩ ũ ơ ư, Latin Extended Additional, combining tones). */
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]|[\u0300-\u0303\u0309\u0323]/u;
const HIGH_LATIN1 = /[\u00a0-\u00ff]/;

const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?';
const RHYMES = [
  'a',
  'ai',
  'ao',
  'au',
  'ay',
  'ac',
  'ach',
  'am',
  'an',
  'ang',
  'anh',
  'ap',
  'at',
  'ăc',
  'ăm',
  'ăn',
  'ăng',
  'ăp',
  'ăt',
  'âc',
  'âm',
  'ân',
  'âng',
  'âp',
  'ât',
  'âu',
  'ây',
  'e',
  'eo',
  'ec',
  'em',
  'en',
  'eng',
  'ep',
  'et',
  'ê',
  'êch',
  'êm',
  'ên',
  'ênh',
  'êp',
  'êt',
  'êu',
  'i',
  'ia',
  'ich',
  'im',
  'in',
  'inh',
  'ip',
  'it',
  'iu',
  'iêc',
  'iêm',
  'iên',
  'iêng',
  'iêp',
  'iêt',
  'iêu',
  'o',
  'oa',
  'oac',
  'oach',
  'oai',
  'oam',
  'oan',
  'oang',
  'oanh',
  'oao',
  'oap',
  'oat',
  'oay',
  'oc',
  'oe',
  'oen',
  'oet',
  'oeo',
  'oi',
  'om',
  'on',
  'ong',
  'op',
  'ot',
  'oăc',
  'oăm',
  'oăn',
  'oăng',
  'oăt',
  'ô',
  'ôc',
  'ôi',
  'ôm',
  'ôn',
  'ông',
  'ôp',
  'ôt',
  'ơ',
  'ơi',
  'ơm',
  'ơn',
  'ơp',
  'ơt',
  'u',
  'ua',
  'uân',
  'uâng',
  'uât',
  'uây',
  'uc',
  'ue',
  'uê',
  'uênh',
  'uêch',
  'uêt',
  'uêu',
  'ui',
  'um',
  'un',
  'ung',
  'uôc',
  'uôi',
  'uôm',
  'uôn',
  'uông',
  'uôt',
  'up',
  'ut',
  'uy',
  'uya',
  'uych',
  'uyên',
  'uyêt',
  'uynh',
  'uyt',
  'uyu',
  'uơ',
  'ư',
  'ưa',
  'ưc',
  'ưi',
  'ưng',
  'ưt',
  'ưu',
  'ươc',
  'ươi',
  'ươm',
  'ươn',
  'ương',
  'ươp',
  'ươt',
  'ươu',
  'ưm',
  'ưn',
  'y',
  'yêm',
  'yên',
  'yêt',
  'yêu',
];
const SYLLABLE = new RegExp(`^${ONSET}(?:${RHYMES.sort((a, b) => b.length - a.length).join('|')})$`);
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** Whether a word (any case, NFC) is a well-formed Vietnamese syllable with at most one tone. */
export function isVietnameseSyllable(word: string): boolean {
  const d = word.toLowerCase().normalize('NFD');
  const tones = d.match(TONE_MARK)?.length ?? 0;
  if (tones > 1) return false;
  const bare = d.replace(TONE_MARK, '').normalize('NFC');
  return SYLLABLE.test(bare);
}

const WORD_SPLIT = /[\s\d.,;:!?()[\]{}"'/\\\-–+*=<>|_]+/;
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Per word: is it Vietnamese read as it is, as TCVN3, as VNI (1 / -1 each). Words repeat a lot, so they are cached. */
const wordVerdicts = new Map<string, [number, number, number]>();
const WORD_CACHE_LIMIT = 100_000;

function verdictOf(word: string): [number, number, number] {
  let v = wordVerdicts.get(word);
  if (!v) {
    const score = (w: string) => (isVietnameseSyllable(w) ? 1 : -1);
    v = [score(word), score(tcvn3ToUnicode(word)), score(vniToUnicode(word))];
    if (wordVerdicts.size >= WORD_CACHE_LIMIT) wordVerdicts.clear();
    wordVerdicts.set(word, v);
  }
  return v;
}

/**
 * Guess whether text typed with a legacy encoding (no font information, e.g. CSV): null means
 * leave it as it is. Converts only when the converted text reads as Vietnamese clearly better.
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  if (!HIGH_LATIN1.test(text) || UNICODE_VIETNAMESE.test(text)) return null;
  let asIs = 0;
  let tcvn3 = 0;
  let vni = 0;
  for (const word of text.split(WORD_SPLIT)) {
    if (!word || ASCII_ONLY.test(word)) continue;
    const v = verdictOf(word);
    asIs += v[0];
    tcvn3 += v[1];
    vni += v[2];
  }
  const best = Math.max(tcvn3, vni);
  if (best <= asIs || best <= 0) return null;
  return tcvn3 >= vni ? 'tcvn3' : 'vni';
}

export function convertLegacy(text: string, encoding: LegacyEncoding, upper = false): string {
  const converted = encoding === 'tcvn3' ? tcvn3ToUnicode(text) : vniToUnicode(text);
  return upper ? converted.toUpperCase() : converted;
}

export interface RepairResult {
  text: string;
  /** The encoding converted from, or null when the text was kept. */
  from: LegacyEncoding | null;
}

/**
 * Repair one text value: by its font when the file carries one (a legacy font with Unicode
 * Vietnamese text inside is left alone), by byte statistics otherwise.
 */
export function repairLegacyText(text: string, fontName?: string | null): RepairResult {
  if (!HIGH_LATIN1.test(text)) {
    const font = encodingOfFont(fontName);
    // ".VnTimeH" renders ASCII letters as capitals too.
    if (font?.upper && /[a-z]/.test(text)) return { text: text.toUpperCase(), from: font.encoding };
    return { text, from: null };
  }
  if (UNICODE_VIETNAMESE.test(text)) return { text, from: null };
  const font = encodingOfFont(fontName);
  if (font) return { text: convertLegacy(text, font.encoding, font.upper), from: font.encoding };
  const detected = detectLegacyEncoding(text);
  if (!detected) return { text, from: null };
  return { text: convertLegacy(text, detected), from: detected };
}

/** Rich-text runs (each with its own font) repaired run by run, then joined. */
export function repairRuns(runs: Array<{ text: string; font?: string | null }>, cellFont?: string | null): RepairResult {
  let from: LegacyEncoding | null = null;
  let text = '';
  for (const run of runs) {
    const r = repairLegacyText(run.text, run.font ?? cellFont);
    if (r.from) from = r.from;
    text += r.text;
  }
  return { text, from };
}
