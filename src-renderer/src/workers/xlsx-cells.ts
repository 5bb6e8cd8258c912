/**
 * What one cell's bytes become in the fast .xlsx reader: its type attribute, its number (shown as
 * SheetJS's cellNF path would: plain, date, zero-padded), its text value.
 */
import type { RawCell } from '@/domain/import/types';
import { isoFromExcelSerial } from '@/domain/import/values';
import { ascii, at, text } from './xlsx-bytes';
import { refuse } from './xlsx-zip';

/** How a number is shown, per cell style: 0 plain, 1 date, n>1 zero-padded text of n digits. */
export type NumberKind = number;

/** Cell types (the `t` attribute): n, s, str, inlineStr, b, e. */
export const T_N = 0,
  T_S = 1,
  T_STR = 2,
  T_INLINE = 3,
  T_B = 4,
  T_E = 5;
const STR = ascii('str');
const INLINE_STR = ascii('inlineStr');

const codes: number[] = [];

/**
 * A cell's text: short values are decoded here (a TextDecoder call per cell costs more than the
 * decoding: measured in Chromium, the 600,000 str values of the 100,000-row bench file take
 * 0.10-0.31 s here vs 0.44-1.1 s with a TextDecoder call each); 4-byte sequences and anything
 * malformed go to the strict TextDecoder.
 */
export function valueText(b: Uint8Array, from: number, to: number): string {
  if (to - from > 96) return text(b, from, to);
  let n = 0;
  for (let k = from; k < to;) {
    const c = b[k]!;
    if (c < 0x80) {
      codes[n++] = c;
      k++;
    } else if (c >= 0xc2 && c <= 0xdf) {
      const c1 = b[k + 1]!;
      if (k + 1 >= to || (c1 & 0xc0) !== 0x80) return text(b, from, to);
      codes[n++] = ((c & 0x1f) << 6) | (c1 & 0x3f);
      k += 2;
    } else if (c >= 0xe0 && c <= 0xef) {
      const c1 = b[k + 1]!;
      const c2 = b[k + 2]!;
      if (k + 2 >= to || (c1 & 0xc0) !== 0x80 || (c2 & 0xc0) !== 0x80) return text(b, from, to);
      const cp = ((c & 0x0f) << 12) | ((c1 & 0x3f) << 6) | (c2 & 0x3f);
      if (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff)) return text(b, from, to);
      codes[n++] = cp;
      k += 3;
    } else {
      return text(b, from, to);
    }
  }
  codes.length = n;
  return String.fromCharCode.apply(null, codes);
}

/** A number cell's value by its style's NumberKind, as the SheetJS path's cellValue gives it. */
export function numberValue(v: number, kind: NumberKind, date1904: boolean): RawCell {
  if (kind === 0) return v;
  if (kind === 1) return isoFromExcelSerial(v, date1904) ?? v;
  return Number.isInteger(v) ? String(v).padStart(kind, '0') : v;
}

/**
 * A plain integer of up to 15 digits (exact as a double, so equal to parseFloat); NaN for anything else.
 * Measured in Chromium, the 600,000 numbers of the 100,000-row bench file: 9-22 ms here vs
 * 0.27-0.74 s for parseFloat of the decoded text.
 */
export function plainNumber(b: Uint8Array, from: number, to: number): number {
  let k = from;
  let sign = 1;
  if (b[k] === 45 /* - */) {
    sign = -1;
    k++;
  }
  if (k === to || to - k > 15) return NaN;
  let n = 0;
  for (; k < to; k++) {
    const d = b[k]! - 48;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return sign * n;
}

/** The `t` attribute's bytes -> T_*; "d" (ISO dates) and anything unknown are refused. */
export function cellType(b: Uint8Array, from: number, to: number): number {
  const len = to - from;
  const c = b[from];
  if (len === 1) {
    if (c === 110 /* n */) return T_N;
    if (c === 115 /* s */) return T_S;
    if (c === 98 /* b */) return T_B;
    if (c === 101 /* e */) return T_E;
  } else if (len === 3 && at(b, from, STR)) return T_STR;
  else if (len === 9 && at(b, from, INLINE_STR)) return T_INLINE;
  refuse('cell type'); // "d" (ISO dates) and anything unknown
}

/** A `_xHHHH_` escape above ASCII: SheetJS would decode it before its UTF-8 pass. */
export function nonAsciiCode(v: string): boolean {
  if (v.indexOf('_') === -1) return false;
  for (const m of v.matchAll(/_x([\da-fA-F]{4})_/g)) if (parseInt(m[1]!, 16) >= 0x80) return true;
  return false;
}
