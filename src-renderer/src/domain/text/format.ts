/** Vietnamese display formats: numbers 1.234.567, dates dd/mm/yyyy. */
import { isYearOnly } from './partialDate';

const integerFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const decimalFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

export function formatNumber(value: number | null | undefined, decimals = false): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '';
  return (decimals ? decimalFormat : integerFormat).format(value);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** ISO date (yyyy-mm-dd, possibly with time) -> dd/mm/yyyy; a year-only date "2005" stays "2005". */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  if (isYearOnly(iso)) return iso;
  const m = ISO_DATE.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
}

/** ISO timestamp -> dd/mm/yyyy HH:mm in local time. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** dd/mm/yyyy (also d/m/yyyy, with - or .) -> ISO yyyy-mm-dd, or null if not a real date. */
export function parseViDate(text: string): string | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!m) return null;
  return isoFromParts(Number(m[3]), Number(m[2]), Number(m[1]));
}

export function isoFromParts(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1800 || year > 2200) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Today's date as ISO yyyy-mm-dd in local time. */
export function todayIso(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
