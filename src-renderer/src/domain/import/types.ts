/** Data shapes of the spreadsheet importer, shared by the worker, the domain steps and the wizard. */

/** A cell as read from the file: cached values only (formulas are never evaluated). Date cells arrive as ISO text. */
export type RawCell = string | number | boolean | null;

export interface CellRange {
  s: { r: number; c: number };
  e: { r: number; c: number };
}

export interface SheetGrid {
  name: string;
  rows: RawCell[][];
  merges: CellRange[];
  columnCount: number;
  /** 0-based rows hidden in the file (hidden by hand or filtered out), when the format says so. */
  hiddenRows?: number[];
}

/** What the clean-up changed in one cell, shown in the clean-up step. */
export interface CellRepair {
  sheet: string;
  /** 0-based row and column in the sheet. */
  row: number;
  col: number;
  kind: 'tcvn3' | 'vni' | 'unicode';
  before: string;
  after: string;
}

export interface SheetSummary {
  index: number;
  name: string;
  rowCount: number;
  columnCount: number;
}

export type FileFormat = 'xlsx' | 'xlsm' | 'xlsb' | 'xls' | 'ods' | 'csv';

export interface ParsedWorkbookSummary {
  fileName: string;
  format: FileFormat;
  /** Text encoding of CSV files. */
  encoding?: string;
  sheets: SheetSummary[];
  /** The sheet that holds the list (lookup and instruction sheets often come first) and why. */
  chosenSheet?: { index: number; reason: string };
  /** Number of cells converted from TCVN3/VNI, and the first examples. */
  repairCount: number;
  repairs: CellRepair[];
}

/** A problem found in a cell or row; row/col are 0-based sheet positions, messages in Vietnamese. */
export interface RowIssue {
  sheet: string;
  row: number;
  col?: number;
  column?: string;
  field?: string;
  severity: 'error' | 'warning';
  message: string;
}
