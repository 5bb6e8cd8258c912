import type { NominationStatus } from './types';

/**
 * Nomination workflow: draft -> submitted -> reviewed (council vote) -> approved | rejected;
 * approved -> decided (decision number, date, authority; writes the award into history).
 * A rejected or submitted entry can go back to draft to be corrected.
 */
export const NEXT_STATUSES: Record<NominationStatus, NominationStatus[]> = {
  draft: ['submitted'],
  submitted: ['reviewed', 'draft'],
  reviewed: ['approved', 'rejected'],
  approved: ['decided', 'rejected'],
  rejected: ['draft'],
  decided: [],
};

export function canMove(from: NominationStatus, to: NominationStatus): boolean {
  return NEXT_STATUSES[from].includes(to);
}

export type StatusCounts = Record<NominationStatus, number> & { total: number };

export function countStatuses(items: Array<{ status: NominationStatus }>): StatusCounts {
  const counts: StatusCounts = { draft: 0, submitted: 0, reviewed: 0, approved: 0, rejected: 0, decided: 0, total: 0 };
  for (const i of items) {
    counts[i.status]++;
    counts.total++;
  }
  return counts;
}
