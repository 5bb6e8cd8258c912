/**
 * The import plan's data shapes (rows, questions, what the matcher reads from stored records, the
 * plan itself) and how a row's place in the file is named to the user.
 */
import type { UnitKind } from '../registry/types';
import type { RecipientKind } from '../awards/types';
import type { CatalogRef } from '../awards/catalogMatch';
import type { ColumnMapping, ImportTarget } from './fields';
import type { HeaderLayout } from './header';
import type { RowKind } from './row-kinds';
import type { RawCell, RowIssue } from './types';

export type RowStatus = 'new' | 'update' | 'duplicate' | 'error' | 'skipped';

export const ROW_STATUS_LABEL: Record<RowStatus, string> = {
  new: 'Thêm mới',
  update: 'Cập nhật',
  duplicate: 'Trùng',
  error: 'Lỗi',
  skipped: 'Bỏ qua',
};

/** Cleaned values of one row, keyed by field key (fixed keys of fields.ts, never header text). */
export type RowValues = { [field: string]: string | number | undefined };

export interface PlannedRow {
  /** `${sheetIndex}:${row}` */
  key: string;
  sheetIndex: number;
  sheet: string;
  /** 0-based sheet row. */
  row: number;
  status: RowStatus;
  values: RowValues;
  issues: RowIssue[];
  /** Unit (or person) this row updates / refers to. */
  matchId?: string;
  /** How the match was made, shown to the user: tax code, name + locality, or the user's choice. */
  matchedBy?: 'taxCode' | 'name' | 'choice';
  /** Key of the earlier row this one duplicates. */
  duplicateOf?: string;
  /** Awards: recipient kind and resolved ids. */
  recipientKind?: RecipientKind;
  unitId?: string;
  personId?: string;
  /** Units: rows sharing one new unit (several years of it) point at the first row's key. */
  unitRef?: string;
  /** Units: the evidence could not tell whether this row is a unit met before; the user decides. */
  question?: IdentityQuestion;
  /** Units: where the row's place came from when not from its own province/commune columns. */
  place?: RowPlace;
  /** Units: neither a province column nor the address names a province, and no default was chosen. */
  provinceAsked?: boolean;
  /**
   * Nominations, people, ratings, initiatives: the row's person or unit is not stored yet and the
   * commit creates it (ids 'new:<row key>' in personId / unitId until then; rows of one new
   * recipient share the first row's id). The user confirms creation before the commit.
   */
  creates?: 'person' | 'unit';
}

/** How a row's locality was read from its address (or the default the user chose). */
export interface RowPlace {
  /** Province read from the address (its name, a former province, a place unique to one province) or the chosen default. */
  province?: 'name' | 'former' | 'place' | 'default';
  /** The former province the address names (merged on 01/07/2025). */
  formerProvince?: string;
  /** The former district (legacyDistrict) was taken from the address. */
  district?: boolean;
  /** The commune part of the address, as written. */
  commune?: string;
  /** That commune was found in today's list (else it stays only in the address). */
  communeFound?: boolean;
}

/**
 * A choice about a row's unit: 'new' (a unit of its own: keeps both), `row:<key>` (the same unit as
 * that earlier row of the file), `unit:<id>` (the stored unit, updated).
 */
export type IdentityChoice = 'new' | `row:${string}` | `unit:${string}`;

export interface IdentityQuestion {
  /** Why it is asked, in Vietnamese. */
  reason: string;
  options: Array<{ value: IdentityChoice; label: string }>;
  /** The choice in effect: the user's, else the default. */
  chosen: IdentityChoice;
  byUser: boolean;
  /**
   * 'unknown': the evidence could not decide (default keeps both). 'repeat': the evidence says it is
   * the same unit and year as an earlier row (default: the earlier row stands); the user may keep it.
   */
  kind: 'unknown' | 'repeat';
}

export interface DroppedRow {
  sheet: string;
  row: number;
  kind: Exclude<RowKind, 'data'>;
  text: string;
}

export interface ExistingUnitKey {
  id: string;
  name: string;
  taxCode?: string;
  nameKey: string;
  kind?: UnitKind;
  provinceCode?: string;
  communeCode?: string;
  legacyDistrict?: string;
  address?: string;
  foundedDate?: string;
}

export interface ExistingPersonKey {
  id: string;
  nameKey: string;
  unitId?: string;
  birthYear?: number;
  /** ISO yyyy-mm-dd when known. */
  birthDate?: string;
}

/** What the matcher needs from stored records. */
export interface ExistingIndex {
  units: ExistingUnitKey[];
  people: ExistingPersonKey[];
  /** `${recipientId}|${year}|${nameKey(awardName)}|${decisionNumber}` of stored awards. */
  awardKeys: string[];
  /** Nominations: `${recipientKind}:${recipientId}|${catalogCode}` of the chosen round's stored entries. */
  nominationKeys?: string[];
  /** Ratings: stored rating per id `${recipientKind}:${recipientId}:${year}`. */
  ratings?: Array<[string, string]>;
  /** Initiatives: `${personId ?? ''}|${nameKey(title)}` of stored initiatives. */
  initiativeKeys?: string[];
}

export interface LocalityLookup {
  provinces: Array<{ code: string; name: string; formerNames?: string[] }>;
  communes: Array<{ code: string; provinceCode: string; name: string }>;
}

export interface PlanSheet {
  index: number;
  name: string;
  rows: RawCell[][];
  layout: HeaderLayout;
  /** Rows hidden in the file (0-based). */
  hiddenRows?: ReadonlySet<number>;
}

export interface PlanInput {
  target: ImportTarget;
  sheets: PlanSheet[];
  mapping: ColumnMapping;
  /** Year of the indicators when no year column is mapped. */
  defaultYear?: number;
  /** The report year the file's title names (reportYear.ts), compared with a year column. */
  titleYear?: number;
  /**
   * Province for rows whose file names none. With `askProvince`, only the user's choice is passed
   * ('' = leave the province empty); undefined then blocks such rows until the user chooses.
   */
  defaultProvinceCode?: string;
  /** Units: ask for the default province instead of assuming one (the wizard). */
  askProvince?: boolean;
  /** Awards: who a row is about when the file does not say. */
  defaultRecipientKind?: RecipientKind;
  /** Cells corrected inline: key `${sheetIndex}:${row}:${col}`. */
  edits?: Map<string, RawCell>;
  /**
   * Row keys whose skip state the user flipped: a visible row in it is skipped, a hidden row
   * in it is imported after all.
   */
  skippedRows?: Set<string>;
  /**
   * Import rows hidden in the file too. Off by default: a hidden row is most often one filtered
   * out or kept for reference, and Excel itself leaves hidden rows out when copying a filtered list.
   */
  includeHidden?: boolean;
  /** Today (ISO), for date checks. */
  today: string;
  existing: ExistingIndex;
  localities: LocalityLookup;
  /** Đồng per unit of each money column (from "(triệu đồng)" headers or "Đơn vị tính" lines); 1 when absent. */
  moneyScales?: number[];
  /** Awards: the award catalogue names are matched against. */
  catalog?: CatalogRef[];
  /** Awards: the user's choice per award name (key of awardNameChoiceKey -> code, '' = none of the catalogue). */
  awardChoices?: Map<string, string>;
  /** Units: the user's answer per row key where the evidence could not decide. */
  identityChoices?: Map<string, IdentityChoice>;
  /**
   * Units: the answer for undecided rows the user has not answered one by one: 'new' (default,
   * keep both) or 'same' (the first candidate).
   */
  identityDefault?: 'new' | 'same';
  /** Nominations: the round the rows go into (its year is every row's year when the file has none). */
  round?: { id: string; year: number };
  /** Nominations: catalogue code proposed for rows whose award cell is empty, per recipient kind. */
  defaultAwardCodes?: { unit?: string; person?: string };
  /**
   * Code columns resolved through a lookup sheet of the workbook (lookupSheets.ts): column -> code -> name.
   * Applied to the cells before they are cleaned.
   */
  codeLookups?: Map<number, Map<string, string>>;
}

/** One distinct award name of the file and the catalogue entry it was placed on. */
export interface AwardNameMatch {
  /** awardNameChoiceKey of the name. */
  key: string;
  /** The name as first written in the file. */
  awardName: string;
  recipientKind: RecipientKind;
  rows: number;
  /** Catalogue code, absent when the name matched no entry. */
  code?: string;
  by: 'auto' | 'user' | 'none';
}

export interface PlanCounts {
  total: number;
  new: number;
  update: number;
  duplicate: number;
  error: number;
  skipped: number;
  dropped: number;
  /** Data rows hidden in the file (skipped unless included). */
  hidden: number;
  /** Units: rows whose unit the evidence could not decide (a question for the user). */
  ask: number;
}

export interface ImportPlan {
  target: ImportTarget;
  rows: PlannedRow[];
  dropped: DroppedRow[];
  counts: PlanCounts;
  /** Cleaned values that differ from the cell as typed (numbers, dates, codes), for the clean-up step. */
  notes: RowIssue[];
  /** Awards: each distinct award name and its catalogue entry (empty for units). */
  awardNames: AwardNameMatch[];
  /** Units: the year column holds years other than the one the title names: the user is asked. */
  yearConflict?: YearConflict;
  /** Units (askProvince): rows whose province the file does not give: still waiting for a default, or given the chosen one. */
  provinceAsk?: ProvinceAsk;
  /** People and units the commit will create (rows with `creates`), distinct recipients; the user confirms first. */
  toCreate?: { people: number; units: number };
}

export interface ProvinceAsk {
  /** Rows blocked until a default province is chosen. */
  asked: number;
  /** Rows that took the chosen default. */
  defaulted: number;
}

export interface YearConflict {
  titleYear: number;
  /** Years of the year column that differ from the title's, with their row counts. */
  years: Array<{ year: number; rows: number }>;
}

export function columnLetter(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "Trang tính X, dòng 12, cột D (Mã số thuế): …" */
export function describeIssue(issue: RowIssue): string {
  const where = [`Trang tính "${issue.sheet}"`, `dòng ${issue.row + 1}`];
  if (issue.col !== undefined) where.push(`cột ${columnLetter(issue.col)}${issue.column ? ` (${issue.column})` : ''}`);
  return `${where.join(', ')}: ${issue.message}`;
}
