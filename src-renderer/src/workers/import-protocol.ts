/** Messages between the import wizard and the import worker. */
import type { ImportBatch } from '@/domain/import/batch';
import type { ColumnMapping, ImportTarget } from '@/domain/import/fields';
import type { HeaderLayout } from '@/domain/import/header';
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
}

/** 'ask': rows whose unit the evidence could not decide. */
export type RowFilter = RowStatus | 'all' | 'ask';

export interface RowsPage {
  total: number;
  rows: Array<PlannedRow & { cells: RawCell[] }>;
}

export interface CommitOptions {
  overwrite: string[];
  signature: string;
}

export type ImportRequest =
  | { type: 'parse'; name: string; data: ArrayBuffer }
  | { type: 'preview'; sheet: number; rows: number }
  | { type: 'layout'; sheets: number[]; headerRow?: number; target?: ImportTarget }
  | { type: 'plan'; options: PlanOptions }
  | { type: 'rows'; filter: RowFilter; offset: number; limit: number }
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
