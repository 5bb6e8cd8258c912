import { UserError } from '@/domain/errors';
import type { AppDatabase } from '../../database';

/**
 * The emulation tables (schema: db/schema/emulation.ts) under the short names the emulation
 * repositories use; each is the typed property declared on AppDatabase. Repositories only: features
 * read through the repositories' queries (ESLint forbids this module there).
 */
export function emulationTables(db: AppDatabase) {
  return {
    movements: db.movements,
    registrations: db.movementRegistrations,
    programmes: db.programmes,
    events: db.events,
    attachments: db.attachments,
    clusters: db.clusters,
    clusterYears: db.clusterYears,
    criteria: db.criteria,
    scores: db.scores,
    votes: db.clusterVotes,
    packages: db.summaryPackages,
  };
}

/** Thrown for input the user must correct; the message is shown as is. */
export class EmulationInputError extends UserError {}
