/** Byte-level search and decoding over a part's XML bytes, for the fast .xlsx reader's scanner. */

export const LT = 60,
  GT = 62,
  SLASH = 47,
  QUOTE = 34,
  SPACE = 32,
  EQ = 61;

const utf8 = new TextDecoder('utf-8', { fatal: true });
/** A pattern's bytes (ASCII only). */
export const ascii = (s: string) => Array.from(s, (ch) => ch.charCodeAt(0));

export function isSpace(ch: number | undefined): boolean {
  return ch === 32 || ch === 9 || ch === 10 || ch === 13;
}

export function at(b: Uint8Array, i: number, pattern: number[]): boolean {
  for (let k = 0; k < pattern.length; k++) if (b[i + k] !== pattern[k]) return false;
  return true;
}

export function find(b: Uint8Array, pattern: number[], from: number, to = b.length): number {
  const first = pattern[0]!;
  for (let i = b.indexOf(first, from); i >= 0 && i < to; i = b.indexOf(first, i + 1)) if (at(b, i, pattern)) return i;
  return -1;
}

export function text(b: Uint8Array, from: number, to: number): string {
  return utf8.decode(b.subarray(from, to));
}
