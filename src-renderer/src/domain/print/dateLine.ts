/**
 * The place-and-date line of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I):
 * "Hà Nội, ngày 05 tháng 01 năm 2025". The decree pads days below 10 and the months 1 and 2
 * ("tháng 01", "tháng 02", but "tháng 3") so "tháng 1" cannot be altered into "tháng 11/12".
 * `padAllMonths` pads every month below 10, for offices that follow that house style.
 */
import { UserError } from '@/domain/errors';

export interface DateLineOptions {
  padAllMonths?: boolean;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function formatDateLine(place: string, isoDate: string, options: DateLineOptions = {}): string {
  const m = ISO.exec(isoDate);
  if (!m) throw new UserError(`Ngày không hợp lệ: "${isoDate}" (cần dạng yyyy-mm-dd)`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const dd = day < 10 ? `0${day}` : String(day);
  const padMonth = options.padAllMonths ? month < 10 : month <= 2;
  const mm = padMonth ? `0${month}` : String(month);
  const prefix = place.trim() ? `${place.trim()}, ` : '';
  return `${prefix}ngày ${dd} tháng ${mm} năm ${year}`;
}

/** An undated line to fill by hand: "Hà Nội, ngày      tháng      năm 2025". */
export function blankDateLine(place: string, year: number): string {
  const prefix = place.trim() ? `${place.trim()}, ` : '';
  return `${prefix}ngày\u2003\u2003 tháng\u2003\u2003 năm ${year}`;
}

/** "Số: 05/TTr-LMHTX"; an empty number leaves room to write it in: "Số:      /TTr-LMHTX". */
export function formatDocumentNumber(number: string | undefined, docType: string, agencyCode: string): string {
  const n = (number ?? '').trim();
  const suffix = `${docType}${agencyCode ? `-${agencyCode}` : ''}`;
  if (!n) return `Số:\u2003\u2003 /${suffix}`;
  if (n.includes('/')) return `Số: ${n}`;
  return `Số: ${/^\d$/.test(n) ? `0${n}` : n}/${suffix}`;
}
