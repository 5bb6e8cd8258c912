/** Import tables (schema v2, owned by the import feature). */
export const importStores = {
  importBatches: 'id, startedAt, status',
  /** Snapshot of records an import changed, for undo: one row per touched record. */
  importChanges: '++id, batchId, [batchId+table]',
  /** Remembered column mappings, keyed by a signature of the header row. */
  importMappings: 'signature, updatedAt',
} as const;
