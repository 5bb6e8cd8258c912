import type { Unit, UnitYear, UnitYearNumberField } from './types';
import { UNIT_YEAR_NUMBER_FIELDS } from './types';
import { isValidTaxCode, normaliseTaxCode } from './taxCode';
import { UNIT_YEAR_LABEL } from './labels';
import { isAfterPartial, isBeforePartial, isPartialDate, yearOf } from '../text/partialDate';

/** Field -> Vietnamese message; empty when valid. */
export type FieldErrors<T> = Partial<Record<keyof T, string>>;

export type UnitInput = Pick<Unit, 'kind' | 'name' | 'status' | 'member'> &
  Partial<Omit<Unit, 'id' | 'searchWords' | 'nameKey' | 'sortKey' | 'createdAt' | 'updatedAt'>>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateUnit(input: UnitInput, today: string): FieldErrors<Unit> {
  const errors: FieldErrors<Unit> = {};
  if (!input.name?.trim()) errors.name = 'Tên đơn vị là bắt buộc.';
  const tax = normaliseTaxCode(input.taxCode);
  if (tax && !isValidTaxCode(tax)) {
    errors.taxCode = 'Mã số thuế phải có 10 chữ số, hoặc dạng chi nhánh 0123456789-001.';
  }
  if (input.foundedDate && !isPartialDate(input.foundedDate)) errors.foundedDate = 'Ngày thành lập phải là ngày dd/mm/yyyy hoặc một năm.';
  else if (input.foundedDate && isAfterPartial(input.foundedDate, today)) errors.foundedDate = 'Ngày thành lập không được ở tương lai.';
  if (input.statusDate && input.statusDate > today) errors.statusDate = 'Ngày chuyển trạng thái không được ở tương lai.';
  // A year-only founding date compares by year: a status date in 2005 is not before "2005".
  if (input.foundedDate && input.statusDate && input.status !== 'active' && isBeforePartial(input.statusDate, input.foundedDate)) {
    errors.statusDate = 'Ngày giải thể/tạm ngừng không được trước ngày thành lập.';
  }
  const thisYear = Number(today.slice(0, 4));
  if (input.memberSince !== undefined && input.memberSince !== null) {
    if (!Number.isInteger(input.memberSince) || input.memberSince < 1945 || input.memberSince > thisYear) {
      errors.memberSince = `Năm kết nạp phải là năm từ 1945 đến ${thisYear}.`;
    } else if (input.foundedDate && input.memberSince < (yearOf(input.foundedDate) ?? -Infinity)) {
      errors.memberSince = 'Năm kết nạp không được trước năm thành lập.';
    }
  }
  if (input.member === 1 && input.memberSince === undefined) {
    errors.memberSince = 'Thành viên liên minh cần có năm kết nạp.';
  }
  if (input.email && !EMAIL.test(input.email.trim())) errors.email = 'Email không hợp lệ.';
  if (input.phone && !/^[+\d][\d\s.()-]{5,}$/.test(input.phone.trim())) errors.phone = 'Số điện thoại không hợp lệ.';
  return errors;
}

/** Indicators are non-negative, except profit (a loss is a real figure). */
export function validateUnitYear(values: Partial<UnitYear>, today: string): FieldErrors<UnitYear> {
  const errors: FieldErrors<UnitYear> = {};
  const thisYear = Number(today.slice(0, 4));
  if (!values.year || !Number.isInteger(values.year) || values.year < 1945 || values.year > thisYear) {
    errors.year = `Năm phải từ 1945 đến ${thisYear}.`;
  }
  for (const field of UNIT_YEAR_NUMBER_FIELDS) {
    const v = values[field as UnitYearNumberField];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'number' || !Number.isFinite(v)) errors[field] = `${UNIT_YEAR_LABEL[field]}: phải là số.`;
    else if (field !== 'profit' && v < 0) errors[field] = `${UNIT_YEAR_LABEL[field]}: không được âm.`;
    else if ((field === 'members' || field === 'workers') && !Number.isInteger(v)) {
      errors[field] = `${UNIT_YEAR_LABEL[field]}: phải là số nguyên.`;
    }
  }
  return errors;
}

export function hasErrors(errors: object): boolean {
  return Object.keys(errors).length > 0;
}
