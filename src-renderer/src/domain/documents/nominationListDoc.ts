/**
 * Danh sách đề nghị khen thưởng as an AdminDoc: A4 landscape, one group per award form (Roman
 * numeral rows), the header rows (with the column-number row) repeated on every page. One list per
 * deciding authority: it goes with that authority's tờ trình.
 */
import type { CatalogEntry } from '../awards/types';
import { LIST_COLUMNS, LIST_COLUMN_PERCENT, buildNominationList, type ListNominee } from '../awards/nominationList';
import type { OfficeProfile } from '../registry/types';
import { formatDateLine, formatDocumentNumber } from '../print/dateLine';
import { formatDate } from '../text/format';
import { profileSignature, type AdminDoc, type DocCell } from './adminDoc';
import { awardNameInText, officeNames } from './officeText';
import { authorityGroups, groupCodes, type RoundDocInput } from './roundDocInput';

const LEFT = new Set<string>(['name', 'positionUnit', 'summary', 'awardName', 'note']);

export interface ListOptions {
  /** Only this deciding authority's awards (as written by authorityGroups). */
  authority?: string;
  /** Only this catalogue entry. */
  code?: string;
  today: string;
}

/** The catalogue with names as the documents write them ("Bằng khen của Chủ tịch Ủy ban nhân dân thành phố Hà Nội"). */
export function catalogInText(catalog: CatalogEntry[], profile: OfficeProfile): CatalogEntry[] {
  const names = officeNames(profile);
  return catalog.map((c) => ({ ...c, name: awardNameInText(c.name, names) }));
}

export function buildNominationListDoc(input: RoundDocInput, nominees: ListNominee[], profile: OfficeProfile, options: ListOptions): AdminDoc {
  const names = officeNames(profile);
  const round = input.round;
  // Grouped over the entries the list shows (all but rejected), drafts included as in the list.
  const groups = authorityGroups(
    input.views.filter((v) => v.nomination.status !== 'rejected'),
    input.catalog,
    names,
  );
  const group = options.authority ? groups.find((g) => g.authority === options.authority) : undefined;
  const codes = group ? groupCodes(group) : undefined;
  const shown = nominees.filter((n) => (!codes || codes.has(n.catalogCode)) && (!options.code || n.catalogCode === options.code));
  const list = buildNominationList(shown, catalogInText(input.catalog, profile));

  const header: DocCell[][] = [
    [
      { text: 'STT', rowSpan: 2 },
      { text: 'Họ và tên / Tên tập thể', rowSpan: 2 },
      { text: 'Năm sinh', colSpan: 2 },
      { text: 'Dân tộc', rowSpan: 2 },
      { text: 'Chức vụ - đơn vị', rowSpan: 2 },
      { text: 'Tóm tắt thành tích', rowSpan: 2 },
      { text: 'Hình thức đề nghị', rowSpan: 2 },
      { text: 'Ghi chú', rowSpan: 2 },
    ],
    [{ text: 'Nam' }, { text: 'Nữ' }],
    LIST_COLUMNS.map((_, i) => ({ text: `(${i + 1})`, italic: true, align: 'center' as const })),
  ];
  const rows: DocCell[][] = [];
  const groupRows: number[] = [];
  if (list.length === 0) rows.push([{ text: 'Chưa có đề nghị', colSpan: LIST_COLUMNS.length, align: 'center' }]);
  for (const g of list) {
    groupRows.push(rows.length);
    rows.push([
      { text: g.roman, align: 'center' },
      { text: g.title, colSpan: LIST_COLUMNS.length - 1 },
    ]);
    for (const r of g.rows) rows.push(LIST_COLUMNS.map((c) => ({ text: r[c.key], align: LEFT.has(c.key) ? 'left' : 'center' })));
  }

  // The list goes with one tờ trình: the round's letter number only when the round has a single letter.
  const only = group ?? (groups.length === 1 ? groups[0] : undefined);
  const number =
    groups.length <= 1 && round.letterNumber ? ` ${formatDocumentNumber(round.letterNumber, 'TTr', profile.documentPrefix).replace(/^Số: /, 'số ')}` : '';
  const dated = round.letterDate ? ` ngày ${formatDate(round.letterDate)}` : '';
  const note = only ? `(Kèm theo Tờ trình${number}${dated} của ${names.agencyInText} trình ${only.authority})` : undefined;
  const doc: AdminDoc = {
    orientation: 'landscape',
    parentBody: profile.parentBody,
    agencyName: profile.allianceName,
    dateLine: formatDateLine(names.place, round.letterDate ?? options.today),
    title: 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG',
    subtitle: round.name,
    body: [{ kind: 'table', columns: LIST_COLUMN_PERCENT, header, rows, groupRows, compact: true }],
    signature: profileSignature(profile),
  };
  if (note) doc.subtitleNote = note;
  return doc;
}
