/**
 * Money columns of office reports are rarely in đồng: "Doanh thu (triệu đồng)", "Vốn (Tr.đ)",
 * or one "Đơn vị tính: triệu đồng" line above the table. The app stores đồng, so the unit is
 * read from the column's header, else from the title rows, and every value is scaled.
 */
import { foldText } from '../text/normalize';

export const MONEY_SCALES = [1, 1_000, 1_000_000, 1_000_000_000] as const;
export type MoneyScale = (typeof MONEY_SCALES)[number];

export const MONEY_SCALE_LABEL: Record<MoneyScale, string> = {
  1: 'đồng',
  1_000: 'nghìn đồng',
  1_000_000: 'triệu đồng',
  1_000_000_000: 'tỷ đồng',
};

// Folded text (no diacritics, đ -> d). Order matters: "nghìn tỷ" is not a unit we meet.
const PATTERNS: Array<[RegExp, MoneyScale]> = [
  [/(^|[^a-z])ty (dong|vnd|d)([^a-z]|$)|\(\s*ty\s*\)/, 1_000_000_000],
  [/(^|[^a-z])trieu( dong| vnd| d)?([^a-z]|$)|(^|[^a-z])tr\s?\.?\s?d(ong)?([^a-z]|$)|(^|[^a-z])trd([^a-z]|$)|\(\s*tr\s*\)/, 1_000_000],
  [/(^|[^a-z])(nghin|ngan)( dong| vnd| d)?([^a-z]|$)|(^|[^0-9])1[.,]?000\s?(dong|vnd|d)([^a-z]|$)|\(\s*1[.,]?000\s*\)/, 1_000],
  [/\(\s*(dong|vnd|d)\s*\)|(don vi tinh|dvt)\s*:?\s*(dong|vnd)([^a-z]|$)|(^|[^a-z])(dong|vnd)\s*$/, 1],
];

/** The money unit a header or a title line names, if any. */
export function moneyScaleIn(text: string): MoneyScale | undefined {
  const f = foldText(text);
  if (!f) return undefined;
  for (const [re, scale] of PATTERNS) if (re.test(f)) return scale;
  return undefined;
}

/** "Đơn vị tính: triệu đồng" / "ĐVT: Tr.đ" in the title rows above the header. */
export function moneyScaleOfTitle(lines: readonly string[]): MoneyScale | undefined {
  for (const line of lines) {
    const f = foldText(line);
    const at = f.search(/don vi tinh|dvt/);
    if (at < 0) continue;
    const scale = moneyScaleIn(line.slice(at));
    if (scale !== undefined) return scale;
  }
  return undefined;
}
