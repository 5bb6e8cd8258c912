import type {
  CatalogEntry, CouncilVote, DisciplineRecord, EligibilityRule, Initiative, Nomination, NominationFile, NominationRound, YearRating,
} from '@/domain/awards/types';
import type { AppDatabase } from '../../database';

/** Typed access to the award tables declared in db/schema/awards.ts. */
export const awardTables = (db: AppDatabase) => ({
  awards: db.awards,
  people: db.people,
  ratings: db.typedTable<YearRating>('ratings'),
  initiatives: db.typedTable<Initiative>('initiatives'),
  catalog: db.typedTable<CatalogEntry>('catalog'),
  rules: db.typedTable<EligibilityRule>('eligibilityRules'),
  disciplines: db.typedTable<DisciplineRecord>('disciplineRecords'),
  rounds: db.typedTable<NominationRound>('rounds'),
  nominations: db.typedTable<Nomination>('nominations'),
  files: db.typedTable<NominationFile>('nominationFiles'),
  votes: db.typedTable<CouncilVote>('councilVotes'),
});
