/**
 * Which sheet of a workbook holds the list: templates put code tables (DANHMUC, HTKT…), instructions
 * ("Hướng dẫn", with example rows) and empty sheets beside it, sometimes before it.
 */
import { foldText } from '../text/normalize';
import { IMPORT_TARGETS, suggestMapping } from './fields';
import { detectHeader } from './header';
import { findLookupTables } from './lookupSheets';
import type { SheetGrid } from './types';
import { cellText } from './values';

export interface SheetChoice {
  index: number;
  reason: string;
}

type SheetLike = Pick<SheetGrid, 'name' | 'rows' | 'merges' | 'columnCount'>;

type Skip = 'empty' | 'nearEmpty' | 'instructions' | 'lookup';

const SKIP_LABEL: Record<Skip, string> = {
  empty: 'trống',
  nearEmpty: 'gần như trống',
  instructions: 'trang hướng dẫn',
  lookup: 'bảng mã tra cứu',
};

export interface SheetAssessment {
  skip?: Skip;
  /** Known header words (any target) of the detected header row, as written. */
  known: string[];
  /** The header names a name/title column. */
  hasName: boolean;
  dataRows: number;
  score: number;
}

const INSTRUCTION_NAME = /^(huong dan|hd|instructions?|readme|help|guide|ghi chu)\b/;
const LOOKUP_NAME = /^(danh muc|dm|htkt|pldt|lvhd|phan loai kt|bang ma|ma|tra cuu|lookup|codes?)\b/;
const NAME_FIELDS = new Set(['name', 'recipientName', 'title']);
/** A name column proper: "Đơn vị" alone is as often the unit of measure (statistics, ledgers) as a unit's name. */
const NAME_HEADER = /\b(ten|ho va ten|ho ten|htx|hop tac xa|ca nhan|tap the|de tai|sang kien)\b/;
const MEASURE_HEADER = /\b(don vi tinh|dvt)\b/;

function folded(name: string): string {
  return foldText(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** How much a sheet looks like the list to import; `skip` when it is not a candidate at all. */
export function assessSheet(sheet: SheetLike): SheetAssessment {
  const none: SheetAssessment = { known: [], hasName: false, dataRows: 0, score: 0 };
  let nonEmpty = 0;
  let texts = 0;
  for (const row of sheet.rows) {
    let used = false;
    for (const c of row) {
      const t = cellText(c ?? null);
      if (t === '') continue;
      used = true;
      if (typeof c === 'string') texts++;
    }
    if (used) nonEmpty++;
  }
  if (nonEmpty === 0) return { ...none, skip: 'empty' };
  // One stray cell (GSO bulletins start with such a sheet) is not a list; a lone header row is.
  if (texts < 2 && nonEmpty < 3) return { ...none, skip: 'nearEmpty' };
  const name = folded(sheet.name);
  if (INSTRUCTION_NAME.test(name)) return { ...none, skip: 'instructions' };

  const columnCount = Math.max(sheet.columnCount, 0);
  const layout = detectHeader(sheet.rows, sheet.merges, columnCount);
  let known: string[] = [];
  let hasName = false;
  let sttCols = new Set<number>();
  for (const target of IMPORT_TARGETS) {
    const mapping = suggestMapping(layout.names, target);
    const cols = mapping.map((f, c) => (f && f !== 'stt' ? c : -1)).filter((c) => c >= 0);
    if (cols.length > known.length) {
      known = cols.map((c) => layout.names[c]!.replace(/\s+/g, ' ').trim());
      hasName = mapping.some((f, c) => NAME_FIELDS.has(f) && NAME_HEADER.test(folded(layout.names[c]!)) && !MEASURE_HEADER.test(folded(layout.names[c]!)));
      sttCols = new Set(mapping.map((f, c) => (f === 'stt' ? c : -1)).filter((c) => c >= 0));
    }
  }
  let dataRows = 0;
  for (let r = layout.dataStart; r < sheet.rows.length; r++) {
    // A running number alone (templates pre-number 100 rows) is not a data row.
    if (sheet.rows[r]?.some((c, col) => !sttCols.has(col) && cellText(c ?? null) !== '')) dataRows++;
  }

  // Code tables are short; a long sheet is not one (and scanning it pair by pair would cost time).
  const tables = nonEmpty <= 5000 ? findLookupTables([sheet]) : [];
  const entries = tables.reduce((n, t) => n + t.entries.size, 0);
  const strongList = hasName && known.length >= 3;
  // Mostly code -> name pairs, or named like one and no real list header.
  if ((entries > 0 && entries >= (nonEmpty - tables.length) * 0.6) || (LOOKUP_NAME.test(name) && !strongList)) {
    return { ...none, known, dataRows, skip: 'lookup' };
  }
  const score = (hasName && known.length >= 2 ? 1000 : 0) + known.length * 20 + (dataRows > 0 ? 10 : 0);
  return { known, hasName, dataRows, score };
}

function listOf(known: string[]): string {
  return known.length > 3 ? `${known.slice(0, 3).join(', ')}, …` : known.join(', ');
}

/**
 * The sheet that holds the list. A later sheet must be clearly better (a list with a name column where
 * the earlier has none, or two more known columns) to win over an earlier one: the list usually comes first.
 */
export function chooseSheet(sheets: ReadonlyArray<SheetLike>): SheetChoice {
  if (!sheets.length) return { index: 0, reason: 'Tệp không có trang tính nào.' };
  const assessed = sheets.map(assessSheet);
  let best = -1;
  assessed.forEach((a, i) => {
    if (a.skip) return;
    if (best < 0) best = i;
    else {
      const b = assessed[best]!;
      // Only a list (a name column) can displace an earlier sheet: statistics and ledger sheets
      // pick up stray header words, and then the first one is as good a guess as any.
      const gainsName = a.score >= 1000 && b.score < 1000;
      if (gainsName || (b.score >= 1000 && a.score >= b.score + 40)) best = i;
    }
  });
  const fallback = best < 0;
  if (fallback) {
    // Nothing looks like a list: the first sheet that has anything in it (instructions before lookups).
    const order: Array<Skip | undefined> = ['instructions', 'nearEmpty', 'lookup'];
    for (const kind of order) {
      best = assessed.findIndex((a) => a.skip === kind);
      if (best >= 0) break;
    }
    if (best < 0) best = 0;
  }
  const chosen = assessed[best]!;
  const name = sheets[best]!.name.trim();
  let reason: string;
  if (fallback) reason = `Chọn trang "${name}": không trang nào có dòng tiêu đề danh sách rõ ràng.`;
  else if (chosen.hasName && chosen.known.length) {
    const rows = chosen.dataRows ? `${chosen.dataRows} dòng dữ liệu` : 'chưa có dòng dữ liệu nào';
    reason = `Chọn trang "${name}": có dòng tiêu đề danh sách (${listOf(chosen.known)}) và ${rows}`;
  } else reason = `Chọn trang "${name}": không trang nào có cột tên rõ ràng, lấy trang đầu tiên có nội dung`;
  const skipped = assessed.map((a, i) => (i !== best && a.skip ? `"${sheets[i]!.name.trim()}" (${SKIP_LABEL[a.skip]})` : '')).filter(Boolean);
  if (!fallback && skipped.length) reason += `; bỏ qua ${skipped.slice(0, 6).join(', ')}${skipped.length > 6 ? ', …' : ''}`;
  if (!fallback) reason += '.';
  return { index: best, reason };
}
