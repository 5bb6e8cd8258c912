/**
 * Reading cell values the way Vietnamese offices type them: "1.250.000" and "1.250,5",
 * "-" for zero, dd/mm/yyyy text, Excel serial dates, codes with leading zeros.
 */
import { isoFromParts } from '../text/format';
import { cleanText } from '../text/normalize';
import type { RawCell } from './types';

export type Parsed<T> = { ok: true; value: T | undefined; note?: string } | { ok: false; message: string };

const ok = <T>(value: T | undefined, note?: string): Parsed<T> => (note ? { ok: true, value, note } : { ok: true, value });
const fail = <T>(message: string): Parsed<T> => ({ ok: false, message });

const BLANK = /^[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]*$/;
/** Plain ASCII text with single inner spaces needs no normalisation (most codes and numbers). */
const CLEAN_ASCII = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;

export function isBlank(cell: RawCell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && BLANK.test(cell));
}

/** Cell as display text: NFC, single spaces, Alt+Enter line breaks become spaces. */
export function cellText(cell: RawCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isInteger(cell) ? String(cell) : String(cell).replace('.', ',');
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return CLEAN_ASCII.test(cell) ? cell : cleanText(cell);
}

const DASHES = /^[-–—]+$/;

/** Numbers: dots as thousands, comma as decimals ("1.250.000,5"), "-" as zero, "(1.000)" negative, units stripped. */
export function parseNumber(cell: RawCell | undefined): Parsed<number> {
  if (cell === null || cell === undefined) return ok(undefined);
  if (typeof cell === 'number') return Number.isFinite(cell) ? ok(cell) : fail('Giá trị số không hợp lệ');
  if (typeof cell === 'boolean') return fail('Cần một con số, ô đang là TRUE/FALSE');
  let t = cellText(cell);
  if (t === '') return ok(undefined);
  if (DASHES.test(t)) return ok(0, 'Dấu "-" được hiểu là 0');
  let negative = false;
  if (/^\(.*\)$/.test(t)) {
    negative = true;
    t = t.slice(1, -1);
  }
  t = t.replace(/\s*(vnđ|vnd|đồng|đ|người|tv|%)\s*$/i, '').replace(/[\s\u00a0]/g, '');
  if (t.startsWith('-')) {
    negative = !negative;
    t = t.slice(1);
  }
  let normalised: string;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) normalised = t.replace(/\./g, '').replace(',', '.');
  else if (/^\d{1,3}(,\d{3}){2,}(\.\d+)?$/.test(t))
    normalised = t.replace(/,/g, ''); // 1,250,000 (US style)
  else if (/^\d+,\d+$/.test(t)) normalised = t.replace(',', '.');
  else if (/^\d+(\.\d+)?$/.test(t)) normalised = t;
  else if (/^\d+(\.\d+)?e[+-]?\d+$/i.test(t)) normalised = t;
  else return fail(`"${cleanText(cell)}" không phải là số`);
  const n = Number(normalised);
  if (!Number.isFinite(n)) return fail(`"${cleanText(cell)}" không phải là số`);
  return ok(negative ? -n : n);
}

/** Whole numbers (members, workers): a fraction is an error. */
export function parseInteger(cell: RawCell | undefined): Parsed<number> {
  const r = parseNumber(cell);
  if (!r.ok || r.value === undefined) return r;
  if (!Number.isInteger(r.value)) return fail(`Cần số nguyên, ô đang là ${cellText(cell)}`);
  if (r.value < 0) return fail('Không được là số âm');
  return r;
}

/** Excel serial (1900 system, with Lotus' phantom 29/02/1900) -> ISO date. */
export function isoFromExcelSerial(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial) || serial < 1) return null;
  const days = Math.floor(serial) + (date1904 ? 1462 : 0);
  const epoch = Date.UTC(1899, 11, 30);
  const adjusted = days < 60 && !date1904 ? days + 1 : days;
  const d = new Date(epoch + adjusted * 86_400_000);
  return isoFromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

const DMY = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2}|\d{4})$/;
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/;
const WORDS = /ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})/i;

function fullYear(y: string): number {
  const n = Number(y);
  if (y.length === 4) return n;
  return n + (n < 50 ? 2000 : 1900);
}

/** Dates: dd/mm/yyyy text (also with . or -), "ngày 05 tháng 01 năm 2025", ISO, Excel serials. */
export function parseDate(cell: RawCell | undefined): Parsed<string> {
  if (cell === null || cell === undefined) return ok(undefined);
  if (typeof cell === 'number') {
    if (cell >= 1900 && cell <= 2100 && Number.isInteger(cell)) return fail(`Chỉ có năm ${cell}, cần ngày đầy đủ dd/mm/yyyy`);
    const iso = isoFromExcelSerial(cell);
    return iso ? ok(iso) : fail('Giá trị ngày không hợp lệ');
  }
  if (typeof cell === 'boolean') return fail('Cần một ngày dd/mm/yyyy');
  const t = cellText(cell);
  if (t === '') return ok(undefined);
  let m = YMD.exec(t);
  if (m) {
    const iso = isoFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
    return iso ? ok(iso) : fail(`Ngày "${t}" không tồn tại`);
  }
  m = DMY.exec(t) ?? WORDS.exec(t);
  if (m) {
    const day = Number(m[1]);
    const month = Number(m[2]);
    const year = fullYear(m[3]!);
    const iso = isoFromParts(year, month, day);
    if (iso) return ok(iso);
    // Excel with a US locale turns 25/12/2020 into 12/25/2020: day and month swapped.
    const swapped = isoFromParts(year, day, month);
    if (swapped && month > 12)
      return ok(swapped, `Ngày "${t}" có vẻ ghi theo kiểu tháng/ngày; đã đọc là ${String(month).padStart(2, '0')}/${String(day).padStart(2, '0')}/${year}`);
    return fail(`Ngày "${t}" không tồn tại`);
  }
  if (/^\d+(\.\d+)?$/.test(t) && Number(t) > 20000 && Number(t) < 80000) {
    const iso = isoFromExcelSerial(Number(t));
    if (iso) return ok(iso);
  }
  return fail(`"${t}" không phải là ngày (cần dạng dd/mm/yyyy)`);
}

/** Earliest year accepted where a cell may hold only a year (no cooperative is older). */
const FIRST_YEAR = 1900;
const YEAR_TEXT = /^(?:năm|nam)?\s*:?\s*(\d{4})$/i;
/** The note of a year-only date, per year: a registry repeats a few dozen years over its rows. */
const yearOnlyNotes = new Map<number, string>();

function yearOnlyNote(year: number): string {
  let note = yearOnlyNotes.get(year);
  if (note === undefined) yearOnlyNotes.set(year, (note = `Chỉ có năm ${year}: lưu là năm ${year}, không tự thêm ngày, tháng`));
  return note;
}

/**
 * A date that may be known only to the year (founding dates: "Năm thành lập"): 2005, "2005",
 * "năm 2005" -> "2005" (ISO reduced precision, with a note); anything else is read by parseDate,
 * so dd/mm/yyyy text, Excel serials (38353 = 01/01/2005) and real date cells stay yyyy-mm-dd.
 * A whole number of four digits is a year, never a serial: serials of 1000..2100 fall in 1902-1905.
 * `thisYear` comes from the caller's clock (the plan's `today`).
 */
export function parseDateOrYear(cell: RawCell | undefined, thisYear: number): Parsed<string> {
  let year: number | undefined;
  if (typeof cell === 'number' && Number.isInteger(cell) && cell >= 1000 && cell <= 2100) year = cell;
  else if (typeof cell === 'string') {
    const m = YEAR_TEXT.exec(cellText(cell));
    if (m) year = Number(m[1]);
  }
  if (year === undefined) return parseDate(cell);
  if (year < FIRST_YEAR) return fail(`Năm ${year} không hợp lệ: cần từ ${FIRST_YEAR} đến ${thisYear}`);
  if (year > thisYear) return fail(`Năm ${year} ở tương lai (năm nay là ${thisYear})`);
  return ok(String(year), yearOnlyNote(year));
}

/** A year: 2015, "2015", "Năm 2015", or the year of a date. */
export function parseYear(cell: RawCell | undefined): Parsed<number> {
  if (cell === null || cell === undefined) return ok(undefined);
  if (typeof cell === 'number') {
    if (Number.isInteger(cell) && cell >= 1900 && cell <= 2100) return ok(cell);
    const iso = isoFromExcelSerial(cell);
    if (iso && cell > 2100) return ok(Number(iso.slice(0, 4)));
    return fail(`Năm "${cell}" không hợp lệ`);
  }
  const t = cellText(String(cell));
  if (t === '') return ok(undefined);
  const m = /^(?:năm\s*)?(\d{4})$/i.exec(t);
  if (m && Number(m[1]) >= 1900 && Number(m[1]) <= 2100) return ok(Number(m[1]));
  const d = parseDate(t);
  if (d.ok && d.value) return ok(Number(d.value.slice(0, 4)));
  return fail(`"${t}" không phải là năm`);
}

/** A tax code or phone number as text with nothing to tidy: every check below would keep it as it is. */
const TAX_CODE_DIGITS = /^\d{10}$/;
const PHONE_DIGITS = /^0\d{8,10}$/;

/** Largest integer Excel stores exactly (15 significant digits). */
const EXACT_DIGITS = 15;

/**
 * Codes kept as text (tax code, phone, mã số): numbers lose leading zeros and may be shown in
 * scientific notation. A number is recovered when it still holds every digit; "1,23E+11" typed
 * as text cannot be recovered and is an error.
 */
export function parseCode(cell: RawCell | undefined, kind: 'taxCode' | 'phone' | 'code'): Parsed<string> {
  if (cell === null || cell === undefined) return ok(undefined);
  let text: string;
  let note: string | undefined;
  if (typeof cell === 'number') {
    if (!Number.isInteger(cell) || String(Math.trunc(cell)).replace('-', '').length > EXACT_DIGITS) {
      return fail('Mã đã bị Excel đổi sang dạng số khoa học và mất chữ số; hãy định dạng cột là Văn bản (Text) rồi nhập lại mã');
    }
    text = cell.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 0 });
  } else if (typeof cell === 'boolean') {
    return fail('Mã không hợp lệ');
  } else {
    text = cellText(cell);
    if (text === '') return ok(undefined);
    // Already in shape (the usual case): "0101234567" or "0912345678" typed as text.
    if ((kind === 'taxCode' ? TAX_CODE_DIGITS : kind === 'phone' ? PHONE_DIGITS : null)?.test(text)) return ok(text);
    if (/^\d+([.,]\d+)?e\+?\d+$/i.test(text.replace(/\s/g, ''))) {
      return fail(`Mã "${text}" đã bị Excel đổi sang dạng số khoa học và mất chữ số; hãy nhập lại mã đầy đủ`);
    }
  }
  if (kind === 'taxCode') {
    let code = text.replace(/[\s.\u00a0]/g, '').replace(/[–—_]/g, '-');
    if (/^\d{13}$/.test(code)) code = `${code.slice(0, 10)}-${code.slice(10)}`;
    // Excel dropped the leading 0 of codes like 0101234567.
    if (/^\d{9}(-\d{3})?$/.test(code) && typeof cell === 'number') {
      code = '0' + code;
      note = `Mã số thuế mất số 0 ở đầu, đã khôi phục thành ${code}`;
    }
    if (!/^\d{10}(-\d{3})?$/.test(code)) return fail(`Mã số thuế "${text}" không hợp lệ: cần 10 chữ số, hoặc 13 chữ số dạng 0123456789-001`);
    return ok(code, note);
  }
  if (kind === 'phone') {
    let phone = text.replace(/[\s.\-()\u00a0]/g, '');
    if (/^[1-9]\d{8,9}$/.test(phone) && typeof cell === 'number') {
      phone = '0' + phone;
      note = `Số điện thoại mất số 0 ở đầu, đã khôi phục thành ${phone}`;
    }
    if (!/^(\+?84|0)\d{8,10}$/.test(phone)) return ok(text, `Số điện thoại "${text}" có dạng lạ, giữ nguyên`);
    return ok(phone, note);
  }
  return ok(text);
}

/** Yes/no flags: "x", "có", "1", "TV" ... */
export function parseFlag(cell: RawCell | undefined): Parsed<0 | 1> {
  if (cell === null || cell === undefined) return ok(undefined);
  if (typeof cell === 'boolean') return ok(cell ? 1 : 0);
  if (typeof cell === 'number') return cell === 1 ? ok(1) : cell === 0 ? ok(0) : fail(`"${cell}" không phải có/không`);
  const t = cellText(cell).toLowerCase();
  if (t === '') return ok(undefined);
  if (['x', 'có', 'co', '1', 'yes', 'y', 'true', 'tv', 'đã kết nạp', 'da ket nap', 'thành viên', 'là thành viên', 'rồi'].includes(t)) return ok(1);
  if (['không', 'khong', '0', 'no', 'n', 'false', 'chưa', 'chua', 'chưa kết nạp', '-'].includes(t)) return ok(0);
  return fail(`"${cleanText(cell)}" không phải có/không (ghi "x" hoặc "Có")`);
}

export function parseText(cell: RawCell | undefined, maxLength: number): Parsed<string> {
  const t = cellText(cell);
  if (t === '') return ok(undefined);
  if (t.length > maxLength) return fail(`Nội dung dài ${t.length} ký tự, quá giới hạn ${maxLength}`);
  return ok(t);
}
