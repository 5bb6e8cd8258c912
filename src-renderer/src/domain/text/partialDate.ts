/**
 * Dates known only to the year: ISO 8601 reduced precision "yyyy" next to full "yyyy-mm-dd".
 * Spreadsheets often give just "Năm thành lập: 2005"; storing that as 2005-01-01 would state a
 * day nobody gave. Comparisons are made at the coarser precision of the two values, so a date
 * in 2005 is neither before nor after the year 2005.
 */

const YEAR_ONLY = /^\d{4}$/;
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "2005": a year without day and month. */
export function isYearOnly(value: string | null | undefined): boolean {
  return typeof value === 'string' && YEAR_ONLY.test(value);
}

/** "2005" or "2005-03-15" (shape only; the full date's calendar validity is the writer's job). */
export function isPartialDate(value: string | null | undefined): boolean {
  return typeof value === 'string' && (YEAR_ONLY.test(value) || FULL_DATE.test(value));
}

/** Year of "2005" or "2005-03-15" (also of a longer ISO timestamp), or undefined. */
export function yearOf(value: string | null | undefined): number | undefined {
  if (!value || value.length < 4) return undefined;
  const y = Number(value.slice(0, 4));
  return /^\d{4}$/.test(value.slice(0, 4)) && Number.isInteger(y) ? y : undefined;
}

/**
 * Compares two ISO dates of possibly different precision: -1, 0 or 1. When either is year-only
 * only the years count (2005-03-15 vs 2005 -> 0).
 */
export function comparePartialDates(a: string, b: string): -1 | 0 | 1 {
  const length = YEAR_ONLY.test(a) || YEAR_ONLY.test(b) ? 4 : 10;
  const x = a.slice(0, length);
  const y = b.slice(0, length);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** a is certainly before b (a date in 2005 is not before the year 2005). */
export function isBeforePartial(a: string, b: string): boolean {
  return comparePartialDates(a, b) < 0;
}

/** a is certainly after b, e.g. a founding year after today's date. */
export function isAfterPartial(a: string, b: string): boolean {
  return comparePartialDates(a, b) > 0;
}
