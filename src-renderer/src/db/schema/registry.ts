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

/**
 * v3: a unit's yearly indicators move into the unit's record (Unit.years) and units keep only the
 * indexes lookups need (tax code, Vietnamese order). IndexedDB in Chromium charges ~50 µs per
 * record and ~7 µs per index entry whatever their size, so a 100,000-row import went from two
 * records and ~14 index entries per row to one record and two entries. Search, kind, origin and
 * batch filters run over the loaded list; undo and demo removal scan (rare).
 */
export const registryStoresV3 = {
  units: 'id, taxCode, [sortKey+id]',
} as const;

/** v4: the emptied unitYears table goes (a separate step: v3's upgrade still reads it). */
export const registryStoresV4 = {
  unitYears: null,
} as const;

/**
 * v6: the unit directory, a derived copy of every unit's list fields in 128 chunk records
 * (domain/registry/unitListRow.ts), kept current by every write to units: the registry list and
 * the pickers read ~128 records instead of one per unit.
 */
export const registryStoresV6 = {
  unitDirectory: 'id',
} as const;

/**
 * v7: the year figures of the summary in the directory's chunks (unitYearChunk.ts), one record per
 * year and chunk; they replace the summary's column copy that any unit write made stale.
 */
export const registryStoresV7 = {
  unitYearChunks: 'id, year, chunk',
  summarySnapshots: null,
} as const;
