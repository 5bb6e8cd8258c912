/** Emulation tables (schema v2, owned by the emulation feature). */
export const emulationStores = {
  movements: 'id, status, periodFrom, periodTo',
  movementRegistrations: 'id, movementId, unitId, [movementId+unitId]',
  programmes: 'id, periodFrom',
  events: 'id, date, movementId',
  attachments: 'id, ownerId, ownerTable',
  clusters: 'id',
  clusterYears: 'id, clusterId, year, [clusterId+year]',
  criteria: 'id, clusterYearId',
  scores: 'id, clusterYearId, [clusterYearId+memberId], criterionId',
  clusterVotes: 'id, clusterYearId',
  summaryPackages: 'id, [scopeId+year+memberKey], year',
  /** Derived, rebuildable cache of what the year-end summary reads (columns, not user data). */
  summarySnapshots: 'key',
} as const;
