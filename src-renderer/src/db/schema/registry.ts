/** Registry tables (schema v1). Index strings follow Dexie syntax; `*` = multiEntry, `[a+b]` = compound. */
export const registryStores = {
  units: 'id, kind, status, provinceCode, communeCode, sector, member, memberSince, taxCode, nameKey, *searchWords, importBatchId, origin',
  unitYears: 'id, unitId, year, [unitId+year], importBatchId',
  localities: 'code, kind, provinceCode',
  settings: 'key',
  auditLog: '++id, at, table, recordId, action',
} as const;

/**
 * v2: units gain a Vietnamese sort key (indexed with id for stable paging) and drop indexes no
 * query uses (filters run in memory over the streamed list): each index costs every write, and
 * a 100,000-row import writes them all.
 */
export const registryStoresV2 = {
  units: 'id, kind, taxCode, *searchWords, importBatchId, origin, [sortKey+id]',
  // The id `${unitId}:${year}` already identifies a unit's year; the compound index was unused.
  unitYears: 'id, unitId, year, importBatchId',
} as const;
