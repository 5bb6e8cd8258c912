/** One audit entry: every write to the database records who, when and what, in the same transaction. */
export interface AuditEntry {
  id?: number;
  at: string;
  actor: string;
  /** e.g. 'create', 'update', 'delete', 'dissolve', 'import', 'undo-import', 'override-eligibility' */
  action: string;
  table: string;
  recordId: string;
  /** Vietnamese one-line description shown in the log screen. */
  summary: string;
  before?: unknown;
  after?: unknown;
}
