/** Yearly ratings (xếp loại mức độ hoàn thành nhiệm vụ) and maternity leave as offices write them. */
import { foldText } from '../text/normalize';
import type { Rating } from '../awards/types';

/** Folded words, worst level first: "không hoàn thành" contains "hoàn thành". */
const RATING_WORDS: Array<[RegExp, Rating]> = [
  [/^(khong hoan thanh|khtnv|khong ht)\b/, 'khong_hoan_thanh'],
  [/^(hoan thanh xuat sac|htxsnv|htxs|xuat sac)\b/, 'xuat_sac'],
  [/^(hoan thanh tot|httnv|htt|tot)\b/, 'tot'],
  [/^(hoan thanh|htnv|ht)\b/, 'hoan_thanh'],
];

export const RATING_ACCEPTED =
  'Hoàn thành xuất sắc nhiệm vụ (HTXSNV), Hoàn thành tốt nhiệm vụ (HTTNV), Hoàn thành nhiệm vụ (HTNV), Không hoàn thành nhiệm vụ (KHTNV)';

/**
 * "Hoàn thành xuất sắc nhiệm vụ", "HTXSNV", "Xuất sắc", "Hoàn thành tốt nhiệm vụ", "HTTNV", "Tốt",
 * "Hoàn thành nhiệm vụ", "HTNV", "Không hoàn thành nhiệm vụ", "KHTNV" -> the rating; else undefined.
 * Letter grades ("Loại A") are not read: their meaning differs from office to office.
 */
export function ratingFromText(text: string): Rating | undefined {
  const f = foldText(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^(muc|xep loai|danh gia|ket qua)\s+/, '');
  for (const [re, rating] of RATING_WORDS) if (re.test(f)) return rating;
  return undefined;
}

/** A maternity-leave cell: "x", "có", a date range or any note means on leave; "không", "0", "-" mean not. */
export function onLeave(text: string | number | undefined): boolean {
  if (text === undefined) return false;
  const f = foldText(String(text)).trim();
  return !!f && !/^(khong|k|0|-|no|false)$/.test(f);
}
