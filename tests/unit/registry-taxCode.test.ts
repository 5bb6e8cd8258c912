import { expect, test } from '@playwright/test';
import { taxCodeCheckDigit, taxCodeCheckWarning } from '@/domain/registry/taxCode';

test('the check digit of real tax codes matches (weights 31 29 23 19 17 13 7 5 3, mod 11)', () => {
  for (const code of ['0100233488', '0314409058', '0100112437', '0312687878']) {
    expect(taxCodeCheckDigit(code.slice(0, 9))).toBe(Number(code[9]));
    expect(taxCodeCheckWarning(code)).toBeNull();
  }
  expect(taxCodeCheckWarning('0314409058-002')).toBeNull();
});

test('a wrong 10th digit gives a warning naming the expected digit; malformed or empty codes are left to validation', () => {
  expect(taxCodeCheckWarning('0100233480')).toContain('phải là 8');
  expect(taxCodeCheckWarning('0100233480-001')).toContain('0100233480-001');
  expect(taxCodeCheckWarning('')).toBeNull();
  expect(taxCodeCheckWarning('12345')).toBeNull();
});
