import type {
  Attachment, Cluster, ClusterVote, ClusterYear, Criterion, EmulationEvent, Movement, MovementRegistration, Programme, Score,
} from '@/domain/emulation/types';
import type { StoredSummaryPackage } from '@/domain/summary/types';
import type { AppDatabase } from '../../database';

/** The emulation tables with their record types (schema: db/schema/emulation.ts). */
export function emulationTables(db: AppDatabase) {
  return {
    movements: db.typedTable<Movement>('movements'),
    registrations: db.typedTable<MovementRegistration>('movementRegistrations'),
    programmes: db.typedTable<Programme>('programmes'),
    events: db.typedTable<EmulationEvent>('events'),
    attachments: db.typedTable<Attachment>('attachments'),
    clusters: db.typedTable<Cluster>('clusters'),
    clusterYears: db.typedTable<ClusterYear>('clusterYears'),
    criteria: db.typedTable<Criterion>('criteria'),
    scores: db.typedTable<Score>('scores'),
    votes: db.typedTable<ClusterVote>('clusterVotes'),
    packages: db.typedTable<StoredSummaryPackage>('summaryPackages'),
  };
}

/** Thrown for input the user must correct; the message is shown as is. */
export class EmulationInputError extends Error {}
