import type { CatalogEntry, Gender, RecipientKind } from './types';
import { toRoman } from '../print/roman';
import { compareVi } from '../text/collate';

/**
 * The nomination list (danh sách đề nghị khen thưởng) as rows, shared by the print view and the
 * Excel writer so both show the same thing: one group per award form (Roman-numeral group row),
 * then the nominees numbered 1, 2, 3 inside it.
 */
export const LIST_COLUMNS = [
  { key: 'stt', header: 'STT', width: 6 },
  { key: 'name', header: 'Họ và tên / Tên tập thể', width: 26 },
  { key: 'birthMale', header: 'Nam', width: 7 },
  { key: 'birthFemale', header: 'Nữ', width: 7 },
  { key: 'ethnicity', header: 'Dân tộc', width: 9 },
  { key: 'positionUnit', header: 'Chức vụ - đơn vị', width: 26 },
  { key: 'summary', header: 'Tóm tắt thành tích', width: 46 },
  { key: 'awardName', header: 'Hình thức đề nghị', width: 22 },
  { key: 'note', header: 'Ghi chú', width: 10 },
] as const;

/** Share of the table width per column (print view), from the Excel widths. */
export const LIST_COLUMN_PERCENT: number[] = (() => {
  const total = LIST_COLUMNS.reduce((s, c) => s + c.width, 0);
  return LIST_COLUMNS.map((c) => Math.round((c.width * 1000) / total) / 10);
})();

export type ListColumnKey = (typeof LIST_COLUMNS)[number]['key'];
export type ListRowCells = Record<ListColumnKey, string>;

export interface ListNominee {
  catalogCode: string;
  recipientKind: RecipientKind;
  name: string;
  gender?: Gender;
  birthYear?: number;
  ethnicity?: string;
  position?: string;
  unitName?: string;
  summary: string;
  note?: string;
}

export interface ListGroup {
  roman: string;
  title: string;
  catalogCode: string;
  rows: ListRowCells[];
}

export function buildNominationList(nominees: ListNominee[], catalog: CatalogEntry[]): ListGroup[] {
  const byCode = new Map(catalog.map((c) => [c.code, c]));
  const codes = [...new Set(nominees.map((n) => n.catalogCode))].sort((a, b) => {
    const ea = byCode.get(a);
    const eb = byCode.get(b);
    return (ea?.sortOrder ?? 1e9) - (eb?.sortOrder ?? 1e9) || compareVi(a, b);
  });
  return codes.map((code, gi) => {
    const entry = byCode.get(code);
    const title = entry?.name ?? code;
    const rows = nominees
      .filter((n) => n.catalogCode === code)
      .sort((a, b) => compareVi(a.name, b.name))
      .map((n, i) => {
        const isPerson = n.recipientKind === 'person';
        const birth = isPerson && n.birthYear ? String(n.birthYear) : '';
        const positionUnit = [n.position, n.unitName].filter(Boolean).join(' - ');
        return {
          stt: String(i + 1),
          name: n.name,
          birthMale: n.gender === 'nam' ? birth : '',
          birthFemale: n.gender === 'nu' ? birth : '',
          ethnicity: isPerson ? (n.ethnicity ?? '') : '',
          positionUnit,
          summary: n.summary,
          awardName: title,
          note: n.note ?? '',
        };
      });
    return { roman: toRoman(gi + 1), title: `${title} (${rows.length} ${entry?.recipient === 'unit' ? 'tập thể' : 'cá nhân'})`, catalogCode: code, rows };
  });
}
