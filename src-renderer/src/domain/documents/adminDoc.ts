/**
 * An administrative document (Nghị định 30/2020/NĐ-CP) as plain data: the letterhead, title, body
 * blocks and closing. The print view (features/print/AdminDocView) and the Word writer (docx.ts)
 * render the same value, so the printed page and the editable .docx say the same thing.
 */
import type { OfficeProfile } from '../registry/types';
import { cleanText } from '../text/normalize';

export type DocAlign = 'left' | 'center' | 'right' | 'justify';

export interface DocRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export interface DocCell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
  align?: DocAlign;
  bold?: boolean;
  italic?: boolean;
}

export type DocBlock =
  /** A body paragraph; `indent` = first line indented 1 cm (the decree's usual body paragraph). */
  | { kind: 'paragraph'; runs: DocRun[]; align?: DocAlign; indent?: boolean }
  /** A section heading such as "I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH": bold, not indented. */
  | { kind: 'heading'; text: string }
  | DocTable;

export interface DocTable {
  kind: 'table';
  /** Column widths in percent of the text width. */
  columns: number[];
  /** Header rows, repeated on every page. */
  header: DocCell[][];
  rows: DocCell[][];
  /** Rows drawn as group rows (bold), by index in `rows`. */
  groupRows?: number[];
  compact?: boolean;
}

export interface DocSignature {
  /** "KT. CHỦ TỊCH"; empty when the head signs in person. */
  authority?: string;
  title: string;
  name?: string;
}

export interface AdminDoc {
  orientation: 'portrait' | 'landscape';
  /** Superior body above the agency name (capitals); empty for a body without one. */
  parentBody: string;
  agencyName: string;
  /** "Số: 05/TTr-LMHTX". */
  numberLine?: string;
  dateLine: string;
  title?: string;
  /** Trích yếu under the title ("Về việc ..."), with a short rule under it. */
  subtitle?: string;
  /** Italic line under the abstract, e.g. "(Kèm theo Tờ trình số ...)". */
  subtitleNote?: string;
  body: DocBlock[];
  /** "Nơi nhận:" lines without the closing "Lưu" line. */
  recipients?: string[];
  /** The closing "Lưu: VT, VP, 03." line (filingLine). */
  filing?: string;
  /** Left signature; replaces "Nơi nhận" (e.g. the minutes' secretary). */
  leftSignature?: DocSignature;
  signature?: DocSignature;
}

/**
 * "Lưu: VT, VP, 03.": the archive (VT), the drafting unit's abbreviation and the number of copies
 * issued (Nghị định 30/2020, Phụ lục I). The copies counted are one per recipient line plus the
 * two kept (VT and the drafting unit); an office without a drafting unit set gets a gap to fill.
 */
export function filingLine(profile: Pick<OfficeProfile, 'draftingUnit'>, recipientLines: number): string {
  const unit = cleanText(profile.draftingUnit ?? '') || '\u2003\u2003';
  const copies = recipientLines + 2;
  return `Lưu: VT, ${unit}, ${copies < 10 ? `0${copies}` : copies}.`;
}

/** The office's signer, as stored in its profile. */
export function profileSignature(profile: OfficeProfile): DocSignature {
  return { authority: profile.signAuthority, title: profile.leaderTitle, name: profile.leaderName };
}

export const para = (text: string, opts: { indent?: boolean; align?: DocAlign; bold?: boolean; italic?: boolean } = {}): DocBlock => ({
  kind: 'paragraph',
  runs: [{ text, ...(opts.bold ? { bold: true } : {}), ...(opts.italic ? { italic: true } : {}) }],
  indent: opts.indent ?? true,
  ...(opts.align ? { align: opts.align } : {}),
});
