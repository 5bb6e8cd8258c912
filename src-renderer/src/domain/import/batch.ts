/** An import as recorded for the history screen and undo. */
import type { ImportTarget } from './fields';
import type { PlanCounts } from './planTypes';

export type ImportBatchStatus = 'committed' | 'undone';

export interface ImportBatch {
  id: string;
  fileName: string;
  sheets: string[];
  target: ImportTarget;
  startedAt: string;
  finishedAt: string;
  status: ImportBatchStatus;
  undoneAt?: string;
  actor?: string;
  /** Rows by outcome as previewed, plus records written per table. */
  counts: PlanCounts;
  written: { created: Record<string, number>; updated: Record<string, number> };
  /** Column -> field as used, for the record and to remember mappings. */
  /** `scale`: đồng per unit of a money column read in another unit (e.g. 1,000,000 for triệu đồng). */
  mapping: Array<{ col: number; header: string; field: string; scale?: number }>;
  /** Fields where an update overwrote existing values (others only filled blanks). */
  overwrite: string[];
  /** Nominations: the round the rows went into. */
  roundId?: string;
  /** Nominations: eligibility judged right after the commit (entries eligible / judged). */
  judged?: { total: number; eligible: number; ms: number };
}

/** Snapshot of one record an import updated, so undo can put it back. Created records are found by importBatchId. */
export interface ImportChange {
  id?: number;
  batchId: string;
  table: 'units' | 'unitYears' | 'people' | 'awards' | 'ratings' | 'initiatives' | 'nominations';
  recordId: string;
  before: unknown;
  /** updatedAt the import wrote; a different value at undo time means someone edited the record since. */
  afterUpdatedAt: string;
}

export interface RememberedMapping {
  signature: string;
  target: ImportTarget;
  mapping: string[];
  updatedAt: string;
}
