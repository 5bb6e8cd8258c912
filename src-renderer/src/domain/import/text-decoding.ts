/**
 * Decoding CSV/text files whose encoding nobody wrote down: BOMs first, then strict UTF-8,
 * UTF-16 without BOM (many zero bytes), and finally Windows-1258 vs Windows-1252 by which
 * one reads as Vietnamese.
 */
import { detectLegacyEncoding, isVietnameseSyllable } from './legacy-encoding';

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'windows-1252';

export const TEXT_ENCODING_LABELS: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 (có BOM)',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1258': 'Windows-1258 (tiếng Việt)',
  'windows-1252': 'Windows-1252',
};

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

function decode(bytes: Uint8Array, label: string, fatal = false): string {
  return new TextDecoder(label, { fatal, ignoreBOM: false }).decode(bytes);
}

/** Share of words in a sample that read as Vietnamese syllables with diacritics. */
function diacriticSyllables(text: string): number {
  let n = 0;
  for (const w of text.normalize('NFC').split(/[^\p{L}]+/u)) {
    if (w && /[^\x00-\x7f]/.test(w) && isVietnameseSyllable(w)) n++;
  }
  return n;
}

export function decodeTextBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decode(bytes.subarray(3), 'utf-8'), encoding: 'utf-8-bom' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: decode(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: decode(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  }
  // UTF-16 without BOM: ASCII text leaves every other byte zero.
  const sample = bytes.subarray(0, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  if (oddZeros > sample.length / 4 && evenZeros < oddZeros / 8) return { text: decode(bytes, 'utf-16le'), encoding: 'utf-16le' };
  if (evenZeros > sample.length / 4 && oddZeros < evenZeros / 8) return { text: decode(bytes, 'utf-16be'), encoding: 'utf-16be' };
  try {
    return { text: decode(bytes, 'utf-8', true), encoding: 'utf-8' };
  } catch {
    // not UTF-8: a Windows code page
  }
  const cp1258 = decode(bytes, 'windows-1258').normalize('NFC');
  const cp1252 = decode(bytes, 'windows-1252');
  const probe = 200_000;
  const score1258 = diacriticSyllables(cp1258.slice(0, probe));
  // Windows-1252 bytes are usually TCVN3/VNI typed text; credit it with what repair would make of it.
  const sample1252 = cp1252.slice(0, probe);
  const legacy = detectLegacyEncoding(sample1252);
  const score1252 = legacy ? Number.POSITIVE_INFINITY : diacriticSyllables(sample1252);
  return score1258 > score1252 ? { text: cp1258, encoding: 'windows-1258' } : { text: cp1252, encoding: 'windows-1252' };
}
