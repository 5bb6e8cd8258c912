/**
 * Nomination lists (danh sách đề nghị khen thưởng) into a round: each row's recipient (stored, or
 * created by the commit), the award proposed placed on the catalogue, and repeats of entries
 * already in the round or of earlier rows.
 */
import type { RecipientKind } from '../awards/types';
import { awardNameChoiceKey, CatalogMatcher, commendationTypeOf, placeAwardName, type CatalogRef } from '../awards/catalogMatch';
import type { LocalityIndex } from './localityIndex';
import type { AwardNameMatch, PlanInput, PlannedRow } from './planTypes';
import { HOUSEHOLD, isOpen, markRepeat, readRowPerson, recipientKindOf, RecipientResolver, rowIssue } from './recipientMatch';

export const NO_AWARD_MESSAGE = 'Dòng không ghi danh hiệu/hình thức đề nghị: chọn danh hiệu cho các dòng để trống ở bước ghép cột';

/** Nomination identity within a round, as loadExistingIndex writes it for stored entries. */
export function nominationKey(kind: RecipientKind, recipientId: string, catalogCode: string): string {
  return `${kind}:${recipientId}|${catalogCode}`;
}

export function matchNominations(rows: PlannedRow[], input: PlanInput, awardNames: AwardNameMatch[], localities: LocalityIndex): void {
  const matcher = new CatalogMatcher(input.catalog ?? []);
  const resolver = new RecipientResolver(input, localities);
  const names = new Map<string, AwardNameMatch>();
  const stored = new Set(input.existing.nominationKeys ?? []);
  const seen = new Map<string, PlannedRow>();

  /** The catalogue entry of a written award name (the user's choice first), listing the distinct names. */
  const place = (row: PlannedRow, awardName: string, kind: RecipientKind): CatalogRef | undefined => {
    const key = awardNameChoiceKey(kind, awardName);
    let match = names.get(key);
    if (!match) {
      const { entry, by } = placeAwardName(matcher, input.awardChoices ?? new Map(), awardName, kind);
      match = { key, awardName, recipientKind: kind, rows: 0, by, ...(entry ? { code: entry.code } : {}) };
      names.set(key, match);
    }
    match.rows++;
    const entry = match.code ? matcher.entry(match.code) : undefined;
    if (!entry) {
      row.issues.push(
        rowIssue(
          input,
          row,
          `"${awardName}" chưa khớp mục nào của danh mục khen thưởng: chọn mục cho tên này ở bảng danh hiệu (đề nghị phải thuộc danh mục)`,
          'error',
          typeof row.values.awardName === 'string' ? 'awardName' : 'titleName',
        ),
      );
    }
    return entry;
  };

  for (const row of rows) {
    const v = row.values;
    readRowPerson(input, row);
    if (!input.round) {
      row.issues.push(rowIssue(input, row, 'Chưa chọn đợt xét: chọn đợt xét khen thưởng mà danh sách được đưa vào', 'error'));
      continue;
    }
    v.year ??= input.round.year;
    if (!isOpen(row)) continue;
    const rowKind = recipientKindOf(v, input.defaultRecipientKind);
    const kind: RecipientKind = rowKind === 'person' ? 'person' : 'unit';
    row.recipientKind = kind;
    if (rowKind === 'household' && typeof v.category !== 'string') v.category = HOUSEHOLD;

    // The award: the form column, else the title column, else the wizard's default for the kind.
    const written = typeof v.awardName === 'string' ? v.awardName : typeof v.titleName === 'string' ? v.titleName : undefined;
    let entry: CatalogRef | undefined;
    let awardName: string;
    if (written) {
      awardName = written;
      entry = place(row, written, kind);
    } else {
      const code = input.defaultAwardCodes?.[kind];
      entry = code ? matcher.entry(code) : undefined;
      if (!entry) {
        row.issues.push(rowIssue(input, row, NO_AWARD_MESSAGE, 'error', 'awardName'));
        continue;
      }
      awardName = entry.name;
      v.defaultAwardName = entry.name;
    }
    if (!entry) continue;
    if (entry.recipient !== kind) {
      row.issues.push(
        rowIssue(
          input,
          row,
          `"${entry.name}" dành cho ${entry.recipient === 'unit' ? 'tập thể' : 'cá nhân'}, còn dòng này là ${kind === 'unit' ? 'tập thể' : 'cá nhân'}`,
          'error',
        ),
      );
      continue;
    }
    v.catalogCode = entry.code;
    v.commendationType = commendationTypeOf(awardName, entry);

    const recipientId = kind === 'unit' ? resolver.unit(row, rowKind === 'household' ? 'household' : 'unit', true) : resolver.person(row, true).id;
    if (!recipientId) continue;
    const key = nominationKey(kind, recipientId, entry.code);
    if (stored.has(key)) {
      row.status = 'duplicate';
      row.issues.push(rowIssue(input, row, `Đợt xét đã có đề nghị "${entry.name}" cho đối tượng này`, 'warning'));
      continue;
    }
    const first = seen.get(key);
    if (first) {
      markRepeat(row, first, `cùng đối tượng và cùng "${entry.name}"`);
      continue;
    }
    seen.set(key, row);
    row.status = 'new';
  }
  awardNames.push(...names.values());
}
