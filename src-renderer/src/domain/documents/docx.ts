/**
 * Writes an AdminDoc as an editable Word file in the layout of Nghị định 30/2020/NĐ-CP, Phụ lục I:
 * A4 (portrait or landscape), margins top/bottom 20 mm, left 30 mm (landscape too), right 15 mm;
 * Times New Roman; the agency block and the national motto side by side in a borderless table,
 * with rules as long as the decree asks (1/3 of the agency name, the motto's full length) drawn as
 * paragraph borders narrowed by indents; table header rows repeated on every page; the page number
 * top centre from page 2 (different first page). Offices edit the file in Word before signing.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
  type ParagraphChild,
} from 'docx';
import type { AdminDoc, DocAlign, DocBlock, DocCell, DocSignature, DocTable } from './adminDoc';
import { textWidthPt } from './textWidth';

const FONT = 'Times New Roman';
const TWIPS_PER_MM = 1440 / 25.4;
const TWIPS_PER_PT = 20;
const mm = (v: number) => Math.round(v * TWIPS_PER_MM);

/** Page geometry in twips (the decree's margins; the left margin stays 30 mm in landscape). */
export const PAGE = {
  a4: { width: 11906, height: 16838 },
  margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) },
};

const textWidth = (o: AdminDoc['orientation']) => (o === 'landscape' ? PAGE.a4.height : PAGE.a4.width) - PAGE.margin.left - PAGE.margin.right;

/** Half-points, as Word stores font sizes. */
const hp = (pt: number) => pt * 2;

const ALIGN: Record<DocAlign, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const CELL_NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE };
const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
const CELL_MARGIN = { left: 60, right: 60, top: 20, bottom: 20 };

interface RunStyle {
  size: number;
  bold?: boolean;
  italic?: boolean;
  caps?: boolean;
}

function run(text: string, s: RunStyle): TextRun {
  return new TextRun({ text: s.caps ? text.toLocaleUpperCase('vi') : text, font: FONT, size: hp(s.size), bold: s.bold ?? false, italics: s.italic ?? false });
}

interface LineOptions extends RunStyle {
  align?: DocAlign;
  before?: number;
  after?: number;
  indentFirst?: boolean;
  keepNext?: boolean;
}

/** One paragraph; spacing in points, single line spacing unless a body paragraph. */
function line(children: ParagraphChild[] | string, o: LineOptions): Paragraph {
  return new Paragraph({
    children: typeof children === 'string' ? [run(children, o)] : children,
    alignment: ALIGN[o.align ?? 'center'],
    spacing: { before: (o.before ?? 0) * TWIPS_PER_PT, after: (o.after ?? 0) * TWIPS_PER_PT },
    ...(o.indentFirst ? { indent: { firstLine: mm(10) } } : {}),
    ...(o.keepNext ? { keepNext: true } : {}),
  });
}

/**
 * A horizontal rule `lengthTw` long, centred in a box `boxTw` wide: an empty paragraph of exact
 * small height whose bottom border is narrowed by equal indents (Word and LibreOffice both draw a
 * paragraph border across the paragraph's indented width, below its line).
 */
function rule(lengthTw: number, boxTw: number, after = 0): Paragraph {
  const side = Math.max(0, Math.round((boxTw - lengthTw) / 2));
  return new Paragraph({
    children: [],
    border: { bottom: LINE },
    indent: { left: side, right: side },
    spacing: { before: 0, after: after * TWIPS_PER_PT, line: 110, lineRule: LineRuleType.EXACT },
  });
}

/** Width in twips of the longest line a text takes in a box (a wrapped line is as wide as the box). */
const lineWidthTw = (text: string, sizePt: number, bold: boolean, boxTw: number) => Math.min(boxTw, Math.round(textWidthPt(text, sizePt, bold) * TWIPS_PER_PT));

function cell(children: Paragraph[], widthTw: number, extra: Partial<ConstructorParameters<typeof TableCell>[0]> = {}): TableCell {
  return new TableCell({ children, width: { size: widthTw, type: WidthType.DXA }, margins: CELL_MARGIN, ...extra });
}

/** Agency block (left) and national motto (right): a borderless two-column table. */
function letterhead(doc: AdminDoc, widthTw: number): Table {
  const landscape = doc.orientation === 'landscape';
  const mottoSize = 13;
  const mottoState = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
  const dateSize = 13;
  // The state line and the date line ("Thành phố Hồ Chí Minh, ngày ...") stay on one line each:
  // the right column is at least as wide as the longer of them plus the cell margins.
  const needed = Math.max(lineWidthTw(mottoState, mottoSize, true, widthTw), lineWidthTw(doc.dateLine, dateSize, false, widthTw));
  const rightTw = Math.min(Math.round(widthTw * 0.7), Math.max(Math.round(widthTw * (landscape ? 0.5 : 0.6)), needed + 2 * CELL_MARGIN.left + 80));
  const leftTw = widthTw - rightTw;
  const leftBox = leftTw - 2 * CELL_MARGIN.left;
  const rightBox = rightTw - 2 * CELL_MARGIN.left;
  const agencySize = 13;
  const agency: Paragraph[] = [];
  if (doc.parentBody) agency.push(line(doc.parentBody, { size: agencySize, caps: true }));
  agency.push(line(doc.agencyName, { size: agencySize, bold: true, caps: true }));
  // Nghị định 30/2020, Phụ lục I, mục II.3: a rule of 1/3 to 1/2 of the agency name's line.
  agency.push(rule(Math.round(lineWidthTw(doc.agencyName.toLocaleUpperCase('vi'), agencySize, true, leftBox) * 0.4), leftBox, 4));
  if (doc.numberLine) agency.push(line(doc.numberLine, { size: 13 }));
  const motto = 'Độc lập - Tự do - Hạnh phúc';
  const right = [
    line(mottoState, { size: mottoSize, bold: true }),
    line(motto, { size: 14, bold: true }),
    // The rule under the motto is as long as the motto line (mục II.2).
    rule(lineWidthTw(motto, 14, true, rightBox), rightBox, 6),
    line(doc.dateLine, { size: dateSize, italic: true }),
  ];
  return new Table({
    rows: [new TableRow({ children: [cell(agency, leftTw, { borders: CELL_NO_BORDERS }), cell(right, rightTw, { borders: CELL_NO_BORDERS })] })],
    width: { size: widthTw, type: WidthType.DXA },
    columnWidths: [leftTw, rightTw],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
  });
}

function titleBlock(doc: AdminDoc, widthTw: number): Paragraph[] {
  const out: Paragraph[] = [];
  if (doc.title) out.push(line(doc.title, { size: 14, bold: true, caps: true, before: 18, keepNext: true }));
  if (doc.subtitle) {
    out.push(line(doc.subtitle, { size: 14, bold: true, keepNext: true }));
    // The abstract has a short rule under it (Phụ lục I, mục II.5).
    out.push(rule(Math.round(lineWidthTw(doc.subtitle, 14, true, widthTw) / 3), widthTw, 4));
  }
  if (doc.subtitleNote) out.push(line(doc.subtitleNote, { size: 13, italic: true, after: 6 }));
  return out;
}

function bodyBlock(b: DocBlock, widthTw: number): Array<Paragraph | Table> {
  switch (b.kind) {
    case 'heading':
      return [line(b.text, { size: 14, bold: true, align: 'justify', before: 6, after: 3, keepNext: true })];
    case 'paragraph':
      return [
        line(
          b.runs.map((r) => run(r.text, { size: 14, ...(r.bold ? { bold: true } : {}), ...(r.italic ? { italic: true } : {}) })),
          { size: 14, align: b.align ?? 'justify', after: 6, indentFirst: b.indent ?? false },
        ),
      ];
    case 'table':
      return [table(b, widthTw), line('', { size: 6 })];
  }
}

function table(t: DocTable, widthTw: number): Table {
  const size = t.compact ? 11 : 12;
  const widths = t.columns.map((p) => Math.round((p / 100) * widthTw));
  const spanWidth = (start: number, span: number) => widths.slice(start, start + span).reduce((s, w) => s + w, 0);
  const groups = new Set(t.groupRows ?? []);
  // A row-spanning header cell occupies its columns in the rows below it.
  const toRow = (cells: DocCell[], header: boolean, group: boolean, taken: Set<number>) => {
    let col = 0;
    const children = cells.map((c) => {
      while (taken.has(col)) col++;
      const span = c.colSpan ?? 1;
      const p = line(c.text, {
        size: header && !c.italic ? size : c.italic ? size - 1 : size,
        bold: header ? !c.italic : (c.bold ?? group),
        italic: c.italic ?? false,
        align: c.align ?? (header ? 'center' : 'left'),
      });
      const out = cell([p], spanWidth(col, span), {
        ...(span > 1 ? { columnSpan: span } : {}),
        ...(c.rowSpan && c.rowSpan > 1 ? { rowSpan: c.rowSpan } : {}),
        verticalAlign: header ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
      });
      col += span;
      return out;
    });
    return new TableRow({ children, cantSplit: true, ...(header ? { tableHeader: true } : {}) });
  };
  const rows: TableRow[] = [];
  let below = new Map<number, number>(); // column -> rows still covered by a row span
  t.header.forEach((cells) => {
    const taken = new Set([...below.entries()].filter(([, n]) => n > 0).map(([c]) => c));
    rows.push(toRow(cells, true, false, taken));
    const next = new Map<number, number>();
    for (const [c, n] of below) if (n > 1) next.set(c, n - 1);
    let col = 0;
    for (const c of cells) {
      while (taken.has(col)) col++;
      for (let i = 0; i < (c.colSpan ?? 1); i++) if ((c.rowSpan ?? 1) > 1) next.set(col + i, (c.rowSpan ?? 1) - 1);
      col += c.colSpan ?? 1;
    }
    below = next;
  });
  t.rows.forEach((cells, i) => rows.push(toRow(cells, false, groups.has(i), new Set())));
  return new Table({
    rows,
    width: { size: widthTw, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: GRID,
  });
}

function signatureLines(s: DocSignature): Paragraph[] {
  const out: Paragraph[] = [];
  if (s.authority) out.push(line(s.authority, { size: 14, bold: true, caps: true }));
  if (s.title) out.push(line(s.title, { size: 14, bold: true, caps: true }));
  // Room for the signature and the seal.
  out.push(line('', { size: 14, after: 60 }));
  out.push(line(s.name ?? '', { size: 14, bold: true }));
  return out;
}

function closing(doc: AdminDoc, widthTw: number): Table | undefined {
  if (!doc.signature && !doc.leftSignature && !doc.recipients) return undefined;
  const half = Math.round(widthTw / 2);
  let left: Paragraph[];
  if (doc.leftSignature) left = signatureLines(doc.leftSignature);
  else if (doc.recipients) {
    left = [line('Nơi nhận:', { size: 12, bold: true, italic: true, align: 'left' })];
    for (const r of doc.recipients) left.push(line(`- ${r};`, { size: 11, align: 'left' }));
    if (doc.filing) left.push(line(`- ${doc.filing}`, { size: 11, align: 'left' }));
  } else left = [line('', { size: 11 })];
  const right = doc.signature ? signatureLines(doc.signature) : [line('', { size: 11 })];
  return new Table({
    rows: [
      new TableRow({ children: [cell(left, half, { borders: CELL_NO_BORDERS }), cell(right, widthTw - half, { borders: CELL_NO_BORDERS })], cantSplit: true }),
    ],
    width: { size: widthTw, type: WidthType.DXA },
    columnWidths: [half, widthTw - half],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
  });
}

/** The Word document for an AdminDoc. */
export function adminDocToDocx(doc: AdminDoc): Document {
  const widthTw = textWidth(doc.orientation);
  const children: Array<Paragraph | Table> = [letterhead(doc, widthTw), ...titleBlock(doc, widthTw)];
  for (const b of doc.body) children.push(...bodyBlock(b, widthTw));
  const end = closing(doc, widthTw);
  if (end) children.push(line('', { size: 6, before: 6 }), end);
  const pageNumber = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: hp(13) })],
  });
  return new Document({
    creator: 'Thi đua HTX',
    title: [doc.title, doc.subtitle].filter(Boolean).join(' - '),
    styles: { default: { document: { run: { font: FONT, size: hp(14) }, paragraph: { spacing: { before: 0, after: 0 } } } } },
    sections: [
      {
        properties: {
          page: {
            size: { ...PAGE.a4, orientation: doc.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: PAGE.margin,
          },
          // Different first page: the number prints from page 2 (Phụ lục I, mục I.6).
          titlePage: true,
        },
        headers: { default: new Header({ children: [pageNumber] }), first: new Header({ children: [new Paragraph({ children: [] })] }) },
        children,
      },
    ],
  });
}

/** The .docx bytes of an AdminDoc. */
export async function adminDocToDocxBytes(doc: AdminDoc): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(adminDocToDocx(doc)));
}
