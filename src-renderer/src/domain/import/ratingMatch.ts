/**
 * Yearly ratings of people and collectives: each row's recipient (stored or created), its rating
 * read from the office's words, and the stored rating of that year (same = repeat, different =
 * update, which the commit snapshots for undo).
 */
import { RATING_LABEL } from '../awards/labels';
import type { RecipientKind } from '../awards/types';
import type { LocalityIndex } from './localityIndex';
import type { PlanInput, PlannedRow } from './planTypes';
import { onLeave, RATING_ACCEPTED, ratingFromText } from './ratingValues';
import { isOpen, markRepeat, readRowPerson, recipientKindOf, RecipientResolver, rowIssue } from './recipientMatch';

/** Stored rating id, the same as the ratings table's. */
export function ratingKey(kind: RecipientKind, recipientId: string, year: number): string {
  return `${kind}:${recipientId}:${year}`;
}

export function matchRatings(rows: PlannedRow[], input: PlanInput, localities: LocalityIndex): void {
  const resolver = new RecipientResolver(input, localities);
  const stored = new Map(input.existing.ratings ?? []);
  const seen = new Map<string, PlannedRow>();
  for (const row of rows) {
    const v = row.values;
    readRowPerson(input, row);
    if (typeof v.rating === 'string') {
      const rating = ratingFromText(v.rating);
      if (rating) v.rating = rating;
      else {
        row.issues.push(rowIssue(input, row, `Không rõ kết quả "${v.rating}": cần một trong ${RATING_ACCEPTED}`, 'error', 'rating'));
      }
    }
    v.year ??= input.defaultYear;
    if (v.year === undefined && !row.issues.some((i) => i.field === 'year')) {
      row.issues.push(rowIssue(input, row, 'Thiếu năm đánh giá: thêm cột năm hoặc nhập năm chung cho cả tệp', 'error', 'year'));
    }
    if (v.leave !== undefined) {
      if (onLeave(v.leave)) v.leave = 'thai_san';
      else delete v.leave;
    }
    if (!isOpen(row)) continue;
    const rowKind = recipientKindOf(v, input.defaultRecipientKind);
    const kind: RecipientKind = rowKind === 'person' ? 'person' : 'unit';
    row.recipientKind = kind;
    const recipientId = kind === 'unit' ? resolver.unit(row, rowKind === 'household' ? 'household' : 'unit', true) : resolver.person(row, true).id;
    if (!recipientId) continue;
    const key = ratingKey(kind, recipientId, Number(v.year));
    const first = seen.get(key);
    if (first) {
      if (first.values.rating === v.rating) markRepeat(row, first, 'cùng đối tượng, cùng năm');
      else {
        row.issues.push(
          rowIssue(
            input,
            row,
            `Dòng ${first.row + 1} đã ghi kết quả năm ${v.year} khác cho cùng đối tượng ("${RATING_LABEL[first.values.rating as keyof typeof RATING_LABEL]}"): giữ một dòng`,
            'error',
            'rating',
          ),
        );
      }
      continue;
    }
    seen.set(key, row);
    const before = stored.get(key);
    if (before === undefined) row.status = 'new';
    else if (before === v.rating) {
      row.status = 'duplicate';
      row.issues.push(rowIssue(input, row, `Đã có kết quả năm ${v.year} giống hệt trong dữ liệu`, 'warning'));
    } else {
      row.status = 'update';
      row.issues.push(
        rowIssue(input, row, `Thay kết quả năm ${v.year} đã lưu ("${RATING_LABEL[before as keyof typeof RATING_LABEL] ?? before}")`, 'warning', 'rating'),
      );
    }
  }
}
