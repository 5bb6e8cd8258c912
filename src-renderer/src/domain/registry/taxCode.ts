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

// Weights of the check digit (the 10th) of a Vietnamese tax code: N10 = 10 − (Σ wᵢ·Nᵢ mod 11).
const CHECK_WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3];

/** The expected 10th digit of a tax code from its first nine, or null when no digit fits (remainder 0 gives 10). */
export function taxCodeCheckDigit(firstNine: string): number | null {
  let total = 0;
  for (let i = 0; i < 9; i++) total += CHECK_WEIGHTS[i]! * Number(firstNine[i]);
  const digit = 10 - (total % 11);
  return digit === 10 ? null : digit;
}

/**
 * A warning (never an error: codes issued before the check digit rule, and typing slips of the
 * office's own records, still exist) when a well-formed code's 10th digit does not match.
 * Returns null for empty, malformed or consistent codes.
 */
export function taxCodeCheckWarning(code: string): string | null {
  const m = /^(\d{10})(?:-\d{3})?$/.exec(code);
  if (!m) return null;
  const ten = m[1]!;
  const expected = taxCodeCheckDigit(ten.slice(0, 9));
  if (expected !== null && Number(ten[9]) === expected) return null;
  return expected === null
    ? `Mã số thuế ${code}: chữ số kiểm tra không hợp lệ với 9 chữ số đầu — kiểm tra lại (mã cũ vẫn được lưu).`
    : `Mã số thuế ${code}: chữ số thứ 10 theo 9 chữ số đầu phải là ${expected} — kiểm tra lại (mã cũ vẫn được lưu).`;
}
