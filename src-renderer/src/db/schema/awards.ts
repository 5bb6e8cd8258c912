/** Award history, people and the award catalogue (schema v2, owned by the nominations feature). */
export const awardStores = {
  awards: 'id, year, [recipientKind+recipientId], recipientId, catalogCode, importBatchId, nominationEntryId',
  people: 'id, unitId, nameKey, *searchWords, importBatchId, origin',
  /** Yearly ratings of people and units; id = `${recipientKind}:${recipientId}:${year}`. */
  ratings: 'id, [recipientKind+recipientId], recipientId, year',
  initiatives: 'id, personId, year, usedByAwardId',
  catalog: 'code, recipient, level, active, kind',
  eligibilityRules: 'id, catalogCode, effectiveFrom',
  disciplineRecords: 'id, [recipientKind+recipientId], recipientId',
  rounds: 'id, year, status',
  nominations: 'id, roundId, [roundId+status], recipientId, catalogCode, status',
  /** Attached files of nominations, apart from the rows so lists stay light. */
  nominationFiles: 'id, nominationId',
  councilVotes: 'id, roundId, nominationId',
} as const;

/**
 * v7: derived data of eligibility (both cache tables, never backed up). `factLog` gets one entry
 * per write to a table eligibility reads (db/factLog.ts); `eligibilityCache` keeps each round's
 * judged entries with the log position they were judged at (repositories/awards/roundEligibility.ts).
 */
export const awardStoresV7 = {
  factLog: '++seq',
  eligibilityCache: 'roundId',
} as const;

/**
 * v8: the fact store (db/factStore.ts), a cache like v7's tables: the records eligibility reads,
 * grouped by recipient into a few hundred chunks. It starts incomplete and is built on first use.
 */
export const awardStoresV8 = {
  factChunks: 'bucket',
} as const;
