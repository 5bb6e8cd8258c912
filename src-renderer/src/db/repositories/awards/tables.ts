import type { AppDatabase } from '../../database';

/**
 * The award tables (schema: db/schema/awards.ts) under the short names the award repositories use;
 * each is the typed property declared on AppDatabase. Repositories only: features read through the
 * repositories' queries (ESLint forbids this module there).
 */
export const awardTables = (db: AppDatabase) => ({
  awards: db.awards,
  people: db.people,
  ratings: db.ratings,
  initiatives: db.initiatives,
  catalog: db.catalog,
  rules: db.eligibilityRules,
  disciplines: db.disciplineRecords,
  rounds: db.rounds,
  nominations: db.nominations,
  files: db.nominationFiles,
  votes: db.councilVotes,
});
