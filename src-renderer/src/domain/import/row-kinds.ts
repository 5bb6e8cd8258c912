/**
 * Rows that are not records: empty rows, group rows (I, II / "Huyện Gia Lâm"), subtotals
 * ("Cộng", "Tổng cộng"), repeated headers or column numbers, and the signature block.
 */
import { foldText } from '../text/normalize';
import { isNumberingRow } from './header';
import { isSignatureText } from './signatureText';
import type { RawCell } from './types';
import { cellText } from './values';

export type RowKind = 'data' | 'empty' | 'group' | 'subtotal' | 'signature' | 'numbering' | 'header';

export const ROW_KIND_LABEL: Record<RowKind, string> = {
  data: 'Dữ liệu',
  empty: 'Dòng trống',
  group: 'Dòng nhóm',
  subtotal: 'Dòng cộng/tổng cộng',
  signature: 'Phần ký tên',
  numbering: 'Dòng số thứ tự cột',
  header: 'Dòng tiêu đề lặp lại',
};

const ROMAN = /^(?=[ivxlc]+$)c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/i;
const SUBTOTAL = /^(tong cong|cong|tong so|tong|cong toan|tong cong toan)( |$|:)/;
/** Names that fold to the same letters as "Cộng"/"Tổng": Công ty, Công đoàn, Cộng đồng, Tổng công ty … */
const NOT_SUBTOTAL =
  /^(tong cong ty|tong doi|tong cuc|tong hoi|tong lien doan|tong hop|cong (ty|doan|dong|hoa|nghe|nghiep|an|thuong|trinh|ich|nhan|chanh|vien|binh|thanh|son|tac|ly))\b/;

function nonEmpty(row: readonly RawCell[]): string[] {
  const out: string[] = [];
  for (const c of row) {
    if (c === null || c === undefined) continue;
    if (typeof c === 'string') {
      if (c.trim() !== '') out.push(c);
    } else out.push(String(c));
  }
  return out;
}

/** Cheap pre-check before folding: subtotal words start with t/c (tổng, cộng). */
const MAYBE_SUBTOTAL = /^\s*[tTcC]/;

function isSubtotalText(t: string): boolean {
  if (!MAYBE_SUBTOTAL.test(t)) return false;
  const lower = t.normalize('NFC').trim().toLowerCase();
  // With diacritics, "Cộng" (a sum) and "Công" (Công ty, Công đoàn) differ: trust them.
  if (/^(công|tông)( |$|:)/.test(lower)) return false;
  const f = foldText(t).replace(/[.:]+$/, '');
  return SUBTOTAL.test(f) && !NOT_SUBTOTAL.test(f);
}

export interface RowKindContext {
  /** Header names, to recognise a header repeated on every printed page. */
  headerNames: readonly string[];
  /** Column of the STT field, if mapped. */
  sttCol: number;
  /** Column of the name field, if mapped. */
  nameCol: number;
  /** Already inside the signature block (everything after it is dropped). */
  inSignature: boolean;
}

const NOT_SPACE = /\S/;

export function classifyRow(row: readonly RawCell[], ctx: RowKindContext): RowKind {
  // One pass without building the list of cell texts (this runs on every row): how many cells
  // are not empty, the first one as text, and whether all are short enough to be column numbers.
  let count = 0;
  let first: string | undefined;
  let allShort = true;
  for (const c of row) {
    if (c === null || c === undefined || (typeof c === 'string' && !NOT_SPACE.test(c))) continue;
    count++;
    if (first === undefined || allShort) {
      const text = typeof c === 'string' ? c : String(c);
      first ??= text;
      if (text.length > 6) allShort = false;
    }
  }
  if (count === 0) return 'empty';
  // A template's pre-numbered blank lines: a running number alone is not a record.
  if (count === 1 && /^\d{1,6}\.?$/.test(first!.trim())) return 'empty';
  if (ctx.inSignature && count <= 3) return 'signature';
  const nameCell = ctx.nameCol >= 0 ? row[ctx.nameCol] : null;
  const nameText = typeof nameCell === 'string' ? nameCell : '';
  if (isSubtotalText(first!) || (nameText !== '' && isSubtotalText(nameText))) return 'subtotal';
  if (count <= 3 && nonEmpty(row).some(isSignatureText)) return 'signature';
  // Three or more cells, all short enough to be a column number "(12)" or a letter.
  if (count >= 3 && allShort && isNumberingRow(row)) return 'numbering';
  let same = 0;
  let named = 0;
  for (let i = 0; i < ctx.headerNames.length; i++) {
    const h = ctx.headerNames[i];
    if (!h) continue;
    named++;
    const c = row[i];
    if (typeof c === 'string' && c.length >= h.length && (c === h || cellText(c) === h)) same++;
  }
  if (named >= 2 && same >= Math.min(3, named)) return 'header';
  const sttCell = ctx.sttCol >= 0 ? row[ctx.sttCol] : first;
  const stt = typeof sttCell === 'string' ? sttCell.trim() : '';
  // "I | Huyện Gia Lâm" or "A | Nông nghiệp": a group label, not a record.
  if (stt && count <= 3 && (ROMAN.test(stt) || (count <= 2 && /^[A-Z]$/.test(stt)))) return 'group';
  return 'data';
}
