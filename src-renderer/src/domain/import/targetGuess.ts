/**
 * Which kind of list a sheet holds, guessed from its header row and the title above it, with the
 * reason in Vietnamese naming the columns that decided. The user can always change the guess.
 */
import { foldText } from '../text/normalize';
// Type only: fields.ts calls back into this module, so nothing of it may run while this one loads.
import type { ImportTarget } from './fields';

export interface TargetGuess {
  target: ImportTarget;
  reason: string;
}

/** Folded header text (same as headerKey in fields.ts; kept here to avoid a load-time cycle). */
function keyOf(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const NAME = /^(ho va ten|ho ten|ten|ten (ca nhan|tap the|don vi|htx|hop tac xa|doanh nghiep|thanh vien|can bo)\b.*|don vi ca nhan|tap the ca nhan)$/;
const PERSON_NAME = /^(ho va ten|ho ten|ten ca nhan|ho va ten (thanh vien|can bo)|ho ten (thanh vien|can bo))\b/;
const PERSON_DETAIL = /^(gioi tinh|nam nu|ngay sinh|nam sinh|ngay thang nam sinh|chuc vu|chuc danh|dan toc|que quan|so cccd|so cmnd)\b/;
const INITIATIVE_STRONG = /^(ten )?(de tai|sang kien|giai phap)\b/;
const AUTHOR = /\btac gia\b/;
/** Who/what kind the row is about: a proposal list column, never an award history one. */
const PROPOSAL_KIND = /\bphan loai (khen thuong|doi tuong|loai tuong|can bo|tap the)\b/;
const AWARD = /\b(hinh thuc|danh hieu|khen thuong)\b/;
const DECISION =
  /\b(so quyet dinh|so qd|quyet dinh so|qd so|ngay quyet dinh|ngay qd|so ngay quyet dinh|nam khen|nam khen thuong|nam duoc khen|co quan ban hanh|cap khen|co quan khen|ngay ky)\b/;
const YEAR = /^(nam|nam dat)$/;
const PROPOSED = /\bde nghi\b/;
const RATING = /^(ket qua (phan loai|danh gia|xep loai)|xep loai|muc do hoan thanh|phan loai (danh gia|chat luong|muc do)|danh gia xep loai|ket qua)\b/;
const RATING_TITLE = /\b(ket qua (phan loai|danh gia|xep loai)|phan loai (danh gia|chat luong)|danh gia xep loai|muc do hoan thanh)\b/;
const RATING_VALUE = /\bhoan thanh (xuat sac |tot )?nhiem vu\b|^khong hoan thanh\b/;
const UNIT_INDICATOR = /\b(doanh thu|loi nhuan|von dieu le|tong tai san|so thanh vien|so lao dong|thu nhap binh quan|nop ngan sach|ma so thue|mst)\b/;
const INITIATIVE_TITLE = /\b(de tai|sang kien)\b/;

function quote(headers: string[]): string {
  return headers.map((h) => `"${h.replace(/\s+/g, ' ').trim()}"`).join(' và ');
}

/**
 * Rules in order: initiatives, ratings, proposal lists (nominations), award history, people, units.
 * A proposal list names the award to give but has no decision yet; an award history has one.
 */
export function guessImportTarget(headers: readonly string[], context: { title?: string; samples?: string[][] } = {}): TargetGuess {
  const cols = headers.map((h, i) => ({ text: h, key: keyOf(h), i })).filter((c) => c.key !== '');
  const title = keyOf(context.title ?? '');
  const find = (re: RegExp, not?: RegExp) => cols.filter((c) => re.test(c.key) && !(not && not.test(c.key))).map((c) => c.text);

  const award = find(AWARD, PROPOSAL_KIND);
  const proposalKind = find(PROPOSAL_KIND);
  const decision = find(DECISION);
  const year = find(YEAR);
  const names = find(NAME);
  const proposed = find(PROPOSED);
  const titleProposed = PROPOSED.test(title);
  // A column whose first values read "Hoàn thành tốt nhiệm vụ" holds ratings whatever its header says.
  const ratingBySample = cols.filter((c) => (context.samples?.[c.i] ?? []).some((s) => RATING_VALUE.test(keyOf(s)))).map((c) => c.text);
  const rating = [...new Set([...find(RATING, PROPOSAL_KIND), ...ratingBySample])];
  const unitIndicators = find(UNIT_INDICATOR);

  const initiativeStrong = find(INITIATIVE_STRONG);
  const authors = find(AUTHOR);
  if (initiativeStrong.length || ((authors.length || INITIATIVE_TITLE.test(title)) && !award.length)) {
    const decided = initiativeStrong.length ? initiativeStrong : authors;
    const why = decided.length ? `có cột ${quote(decided.slice(0, 2))}` : 'tiêu đề nói về đề tài, sáng kiến';
    return { target: 'initiatives', reason: `Đoán: danh sách sáng kiến, đề tài, vì ${why}.` };
  }

  if (rating.length && (names.length || cols.length >= 2) && !award.length && !unitIndicators.length && !titleProposed) {
    return {
      target: 'ratings',
      reason: `Đoán: kết quả phân loại, đánh giá, vì có cột ${quote(rating.slice(0, 1))}${names.length ? ` và ${quote(names.slice(0, 1))}` : ''} mà không có cột khen thưởng hay chỉ tiêu.`,
    };
  }
  if (RATING_TITLE.test(title) && names.length && !award.length && !unitIndicators.length) {
    return { target: 'ratings', reason: `Đoán: kết quả phân loại, đánh giá, vì tiêu đề là kết quả phân loại và có cột ${quote(names.slice(0, 1))}.` };
  }

  if ((award.length || names.length) && (proposed.length || (titleProposed && (award.length || proposalKind.length)))) {
    const why = proposed.length
      ? `có cột ${quote(proposed.slice(0, 1))}`
      : `tiêu đề là danh sách đề nghị khen thưởng và có cột ${quote([...award, ...proposalKind].slice(0, 2))}`;
    return { target: 'nominations', reason: `Đoán: danh sách đề nghị khen thưởng, vì ${why}.` };
  }

  if (award.length && (decision.length || year.length)) {
    return { target: 'awards', reason: `Đoán: lịch sử khen thưởng, vì có cột ${quote([award[0]!, (decision[0] ?? year[0])!])}.` };
  }
  if (award.length) {
    const with_ = proposalKind.length ? ` và ${quote(proposalKind.slice(0, 1))}` : '';
    return {
      target: 'nominations',
      reason: `Đoán: danh sách đề nghị khen thưởng, vì có cột ${quote(award.slice(0, 1))}${with_} nhưng không có số quyết định.`,
    };
  }

  const personNames = find(PERSON_NAME);
  const personDetails = find(PERSON_DETAIL);
  if (personNames.length && personDetails.length && !unitIndicators.length) {
    return { target: 'people', reason: `Đoán: danh sách cá nhân, vì có cột ${quote([personNames[0]!, personDetails[0]!])} mà không có cột khen thưởng.` };
  }

  const unitHints = [...names, ...unitIndicators].slice(0, 2);
  return {
    target: 'units',
    reason: unitHints.length
      ? `Đoán: danh sách đơn vị và chỉ tiêu năm, vì có cột ${quote(unitHints)}.`
      : 'Đoán: danh sách đơn vị và chỉ tiêu năm (không thấy cột nào chỉ ra loại khác).',
  };
}
