/**
 * The year a report's figures belong to, read from the lines above its table.
 *
 * A report for 2015 is signed in January 2016: "Hải Phòng, ngày 15 tháng 01 năm 2016" is the signing
 * date, never the report year, wherever it stands (above or below the title). The year is the one the
 * title names ("DANH SÁCH … NĂM 2015"), or the end of the period the figures cover ("Số liệu tính đến
 * ngày 31/12/2015"). Dates that are not a period end (signing, "kèm theo … ngày 15/01/2016") are
 * set aside before the title is read.
 */
import { foldText } from '../text/normalize';

export interface ReportYear {
  /** The report year, when the title or the period names one. */
  year?: number;
  /** How it was found, for the mapping step ("tiêu đề", "kỳ số liệu"). */
  source?: 'title' | 'period';
  /** The line it came from, as written. */
  line?: string;
  /** Year of a date line (signing date) seen above the table; shown, never proposed. */
  signedYear?: number;
}

const YEAR = '(19[5-9]\\d|20\\d\\d)';
/** "ngày 15 tháng 01 năm 2016", "ngày 15/01/2016", "15-01-2016" (folded text). */
const DATE = new RegExp(`(?:ngay\\s*)?(?:\\d{1,2}\\s*thang\\s*\\d{1,2}\\s*nam\\s*${YEAR}|\\d{1,2}\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*${YEAR})`, 'g');
/** A period end just before a date: "đến", "tính đến", "đến hết". */
const PERIOD_END = /(den|den het|tinh den|tai)\s*(ngay\s*)?$/;
/** A whole line that is a place-and-date line ("Hà Nội, ngày … tháng … năm …"). */
const DATE_LINE = new RegExp(`^[^,]{0,60},?\\s*ngay\\s*[\\d.…_ ]*\\s*thang\\s*[\\d.…_ ]*\\s*nam\\s*${YEAR}\\s*$`);
const TITLE_YEAR = new RegExp(`\\bnam\\s*${YEAR}\\b`);
/** A year standing alone in a title ("DANH SÁCH HTX 2015"), not inside a number like "Số: 12/2016/QĐ". */
const BARE_YEAR = new RegExp(`(?:^|[\\s(])${YEAR}(?:$|[\\s),.])`);
const NUMBER_LINE = /^(so|so hieu)\s*:/;

export function reportYearOf(lines: readonly string[]): ReportYear {
  const out: ReportYear = {};
  let found: Pick<ReportYear, 'year' | 'source' | 'line'> | undefined;
  let bare: { year: number; line: string } | undefined;
  for (const line of lines) {
    const f = foldText(line).replace(/\s+/g, ' ').trim();
    if (!f) continue;
    if (DATE_LINE.test(f)) {
      const m = new RegExp(YEAR + '\\s*$').exec(f);
      if (m && out.signedYear === undefined) out.signedYear = Number(m[1]);
      continue;
    }
    // After the title only date lines are read (the signing date is shown beside the proposal).
    if (found || NUMBER_LINE.test(f)) continue;
    // Dates inside the line: a period end names the report year; any other date is set aside.
    let rest = '';
    let last = 0;
    let period: number | undefined;
    for (const m of f.matchAll(DATE)) {
      const before = f.slice(0, m.index);
      const year = Number(m[1] ?? m[2]);
      if (PERIOD_END.test(before) && period === undefined) period = year;
      rest += f.slice(last, m.index) + ' ';
      last = m.index! + m[0].length;
    }
    rest += f.slice(last);
    const titled = TITLE_YEAR.exec(rest);
    if (titled) found = { year: Number(titled[1]), source: 'title', line };
    else if (period !== undefined) found = { year: period, source: 'period', line };
    else {
      const b = BARE_YEAR.exec(rest);
      if (b && !bare) bare = { year: Number(b[1]), line };
    }
  }
  if (found) return { ...out, ...found };
  return bare ? { ...out, year: bare.year, source: 'title', line: bare.line } : out;
}
