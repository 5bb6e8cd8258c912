import ExcelJS from 'exceljs';
import type { OfficeProfile } from '@/domain/registry/types';
import { LIST_COLUMNS, type ListGroup } from '@/domain/awards/nominationList';
import { neutraliseCell } from '@/domain/export/neutralise';

/**
 * The nomination list as a styled .xlsx matching the printed layout: agency and motto headers,
 * merged title, two header rows (Năm sinh split Nam | Nữ), column numbers, Roman group rows,
 * borders, widths, A4 landscape with the header rows repeated on every printed page.
 * exceljs writes it because SheetJS community edition writes no cell styles.
 */
export interface ListHeading {
  numberLine: string;
  dateLine: string;
  title: string;
  subtitle: string;
  note?: string;
}

const FONT = 'Times New Roman';
const thin = { style: 'thin' as const };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };
const LAST_COL = LIST_COLUMNS.length; // I

export const HEADER_FIRST_ROW = 9;

export async function buildNominationWorkbook(profile: OfficeProfile, heading: ListHeading, groups: ListGroup[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Thi đua HTX';
  const ws = wb.addWorksheet('Danh sách', {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.98, right: 0.59, top: 0.79, bottom: 0.79, header: 0.3, footer: 0.3 },
      printTitlesRow: `${HEADER_FIRST_ROW}:${HEADER_FIRST_ROW + 2}`,
      horizontalCentered: true,
    },
    headerFooter: { oddHeader: '&C&P', differentFirst: true, firstHeader: '' },
    views: [{ state: 'frozen', ySplit: HEADER_FIRST_ROW + 2 }],
  });
  ws.columns = LIST_COLUMNS.map((c) => ({ key: c.key, width: c.width }));
  const font = (extra: Partial<ExcelJS.Font> = {}) => ({ name: FONT, size: 12, ...extra });
  const put = (row: number, col: number, value: string, style: Partial<ExcelJS.Style> = {}, mergeTo?: number) => {
    const cell = ws.getCell(row, col);
    cell.value = neutraliseCell(value) as string;
    cell.font = style.font ?? font();
    cell.alignment = style.alignment ?? { horizontal: 'center', vertical: 'middle', wrapText: true };
    if (mergeTo && mergeTo > col) ws.mergeCells(row, col, row, mergeTo);
  };
  // Agency block (left, A-C) and national motto (right, E-I).
  put(1, 1, profile.parentBody.toUpperCase(), { font: font() }, 3);
  put(2, 1, profile.allianceName.toUpperCase(), { font: font({ bold: true }) }, 3);
  put(3, 1, heading.numberLine, {}, 3);
  put(1, 5, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { font: font({ bold: true }) }, LAST_COL);
  put(2, 5, 'Độc lập - Tự do - Hạnh phúc', { font: font({ bold: true, size: 13 }) }, LAST_COL);
  put(3, 5, heading.dateLine, { font: font({ italic: true }) }, LAST_COL);
  ws.getRow(2).height = 30;
  put(5, 1, heading.title, { font: font({ bold: true, size: 14 }) }, LAST_COL);
  put(6, 1, heading.subtitle, { font: font({ bold: true }) }, LAST_COL);
  if (heading.note) put(7, 1, heading.note, { font: font({ italic: true }) }, LAST_COL);

  // Two header rows: "Năm sinh" spans Nam | Nữ, the others span both rows.
  const h1 = HEADER_FIRST_ROW;
  const h2 = h1 + 1;
  const headStyle = { font: font({ bold: true }) };
  LIST_COLUMNS.forEach((c, i) => {
    const col = i + 1;
    if (c.key === 'birthMale') {
      put(h1, col, 'Năm sinh', headStyle, col + 1);
      put(h2, col, 'Nam', headStyle);
    } else if (c.key === 'birthFemale') {
      put(h2, col, 'Nữ', headStyle);
    } else {
      put(h1, col, c.header, headStyle);
      ws.mergeCells(h1, col, h2, col);
    }
    put(h2 + 1, col, `(${col})`, { font: font({ italic: true, size: 10 }) });
  });
  ws.getRow(h1).height = 22;
  ws.getRow(h2).height = 22;

  let r = h2 + 2;
  for (const g of groups) {
    put(r, 1, g.roman, { font: font({ bold: true }) });
    put(r, 2, g.title, { font: font({ bold: true }), alignment: { horizontal: 'left', vertical: 'middle', wrapText: true } }, LAST_COL);
    r++;
    for (const row of g.rows) {
      LIST_COLUMNS.forEach((c, i) => {
        const left = c.key === 'name' || c.key === 'positionUnit' || c.key === 'summary' || c.key === 'note' || c.key === 'awardName';
        put(r, i + 1, row[c.key], { alignment: { horizontal: left ? 'left' : 'center', vertical: 'top', wrapText: true } });
      });
      r++;
    }
  }
  for (let row = h1; row < r; row++) for (let col = 1; col <= LAST_COL; col++) ws.getCell(row, col).border = BORDER;

  // Signature block from the office profile.
  const s = r + 1;
  put(s, 6, profile.signAuthority, { font: font({ bold: true }) }, LAST_COL);
  put(s + 1, 6, profile.leaderTitle, { font: font({ bold: true }) }, LAST_COL);
  put(s + 5, 6, profile.leaderName, { font: font({ bold: true }) }, LAST_COL);

  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
