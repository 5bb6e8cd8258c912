/**
 * Mã số thuế / mã số HTX: 10 digits, or a branch form "0123456789-001".
 * Excel drops leading zeros and may show 13-digit codes without the dash; we normalise both.
 */
const TEN = /^\d{10}$/;
const BRANCH = /^(\d{10})-(\d{3})$/;

/** Strip spaces and dots, restore the branch dash; returns '' for empty input. */
export function normaliseTaxCode(input: string | number | null | undefined): string {
  if (input === null || input === undefined) return '';
  const raw = String(input)
    .replace(/[\s.\u00a0]/g, '')
    .replace(/[–—_]/g, '-');
  if (/^\d{13}$/.test(raw)) return `${raw.slice(0, 10)}-${raw.slice(10)}`;
  return raw;
}

export function isValidTaxCode(code: string): boolean {
  return TEN.test(code) || BRANCH.test(code);
}
