/**
 * Spreadsheet formula-injection guard: a text cell starting with = + - @ (or a tab/CR that
 * Excel strips) would run as a formula when opened; prefix it with an apostrophe-like quote.
 * Numbers are left alone: a negative number is data, not a formula.
 */
const DANGEROUS_START = /^[=+\-@\t\r]/;

export function neutraliseCell<T>(value: T): T | string {
  if (typeof value !== 'string') return value;
  return DANGEROUS_START.test(value) ? `'${value}` : value;
}
