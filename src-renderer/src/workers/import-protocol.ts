/** Messages between the import wizard and the import worker. */
import type { ImportBatch } from '@/domain/import/batch';
import type { ColumnMapping, ImportTarget } from '@/domain/import/fields';
import type { HeaderLayout } from '@/domain/import/header';
import type { RowPreview } from '@/domain/import/previewCells';
import type { ProvinceAsk } from '@/domain/import/planTypes';
import type { AwardNameMatch, DroppedRow, IdentityChoice, PlanCounts, PlannedRow, RowStatus, YearConflict } from '@/domain/import/planTypes';
import type { RecipientKind } from '@/domain/awards/types';
import type { ReportYear } from '@/domain/import/reportYear';
import type { CellRange, ParsedWorkbookSummary, RawCell, RowIssue } from '@/domain/import/types';
import type { SerializedError } from '@/domain/errors';

export interface SheetPreview {
  sheet: number;
  name: string;
  rows: RawCell[][];
  merges: CellRange[];
  columnCount: number;
  rowCount: number;
}

export interface LayoutResult {
  layout: HeaderLayout;
  target: ImportTarget;
  mapping: ColumnMapping;
  /** True when the mapping came from an earlier import of a file with the same headers. */
  remembered: boolean;
  signature: string;
  /** Sheets whose header differs from the first chosen sheet. */
  mismatched: string[];
  /** Sample values per column (first data rows), for the mapping step. */
  samples: string[][];
  /** The report year the title (or the period) names, proposed for indicators; a date line is only the signing date. */
  reportYear: ReportYear;
  /** Đồng per unit of each column as its header names it ("(triệu đồng)" -> 1,000,000), null when it names none. */
  columnScales: Array<number | null>;
  /** The unit of a "Đơn vị tính: …" line above the header, for money columns naming none. */
  titleScale: number | null;
  /** Rows under the header holding anything besides a running number (0: an empty template). */
  dataRows: number;
  /** Why the target was guessed from the headers (the user may change it). */
  guess: { target: ImportTarget; reason: string };
  /** Columns holding codes that another sheet of the workbook explains, resolved to names before cleaning. */
  codeColumns: CodeColumnInfo[];
}

export interface CodeColumnInfo {
  col: number;
  /** The lookup sheet and the name column's header ("DANHMUC", "Hình thức khen thưởng"). */
  sheet: string;
  title: string;
  matched: number;
  total: number;
  examples: Array<[string, string]>;
}

export interface PlanOptions {
  target: ImportTarget;
  sheets: number[];
  headerRow?: number;
  mapping: ColumnMapping;
  defaultYear?: number;
  /** The report year the title names, to compare with a year column. */
  titleYear?: number;
  defaultRecipientKind?: RecipientKind;
  edits: Array<[string, RawCell]>;
  skipped: string[];
  /** Đồng per unit of each money column, as confirmed at the mapping step. */
  moneyScales?: number[];
  /** Import the rows hidden in the file too. */
  includeHidden?: boolean;
  /** Awards: award names placed on the catalogue by the user (choice key -> code, '' = none). */
  awardChoices?: Array<[string, string]>;
  /** Units: the user's answers where the evidence could not tell which unit a row is (row key -> choice). */
  identityChoices?: Array<[string, IdentityChoice]>;
  /** Units: the answer for undecided rows not answered one by one. */
  identityDefault?: 'new' | 'same';
  /** Units: the province chosen for rows whose file names none ('' = leave empty); undefined = not chosen yet. */
  defaultProvinceCode?: string;
  /** Nominations: the round the rows go into. */
  roundId?: string;
  /** Nominations: catalogue code for rows whose award cell is empty, per recipient kind. */
  defaultAwardCodes?: { unit?: string; person?: string };
  /** Resolve code columns through the workbook's lookup sheets (on unless the user turned it off). */
  resolveCodes?: boolean;
}

export interface PlanSummary {
  counts: PlanCounts;
  dropped: DroppedRow[];
  notes: RowIssue[];
  notesCount: number;
  errors: RowIssue[];
  errorsCount: number;
  /** Awards: distinct award names and their catalogue entries. */
  awardNames: AwardNameMatch[];
  /** Units: the year column holds years other than the one the title names. */
  yearConflict?: YearConflict;
  /** Units: rows whose province the file does not give (the wizard asks for a default). */
  provinceAsk?: ProvinceAsk;
  /** People and units the commit creates (the user confirms first). */
  toCreate?: { people: number; units: number };
}

/** 'ask': rows whose unit the evidence could not decide. */
export type RowFilter = RowStatus | 'all' | 'ask';

/** A preview row: the plan's row, the file's cells and what will be stored (previewCells.ts). */
export type PreviewRowData = PlannedRow & { cells: RawCell[]; preview: RowPreview };

export interface RowsPage {
  total: number;
  rows: PreviewRowData[];
}

/** Sort of the preview rows: by file order, result, a mapped column (its stored value) or the locality. */
export interface RowSort {
  by: 'row' | 'status' | 'province' | 'commune' | number;
  order: 'ascend' | 'descend';
}

export interface RowsRequest {
  filter: RowFilter;
  offset: number;
  limit: number;
  sort?: RowSort;
  /** Field keys chosen to overwrite on stored units, for the old -> new of update rows. */
  overwrite?: string[];
}

export interface CommitOptions {
  overwrite: string[];
  signature: string;
  /** The user agreed to create the people and units the plan does not find (plan.toCreate). */
  createMissing?: boolean;
}

export type ImportRequest =
  | { type: 'parse'; name: string; data: ArrayBuffer }
  | { type: 'preview'; sheet: number; rows: number }
  | { type: 'layout'; sheets: number[]; headerRow?: number; target?: ImportTarget }
  | { type: 'plan'; options: PlanOptions }
  | ({ type: 'rows' } & RowsRequest)
  | { type: 'commit'; options: CommitOptions }
  | { type: 'floor'; name: string; data: ArrayBuffer };

export type ImportResult = {
  parse: ParsedWorkbookSummary;
  preview: SheetPreview;
  layout: LayoutResult;
  plan: PlanSummary;
  rows: RowsPage;
  commit: ImportBatch;
  floor: { readMs: number; jsonMs: number; writeMs: number; rows: number };
};

export interface ProgressInfo {
  phase: 'read' | 'plan' | 'commit';
  done: number;
  total: number;
}

export type WorkerMessage =
  | { id: number; ok: true; result: unknown }
  /** A UserError travels tagged and is rebuilt as one; anything else arrives as an unexpected error. */
  | { id: number; ok: false; error: SerializedError }
  | { id: number; progress: ProgressInfo };
