import Dexie, { type Table } from 'dexie';
import type { Unit } from '@/domain/registry/types';
import type { DirectoryChunk } from '@/domain/registry/unitListRow';
import type { UnitYearChunk } from '@/domain/registry/unitYearChunk';
import type { AuditEntry } from '@/domain/audit/types';
import type {
  AwardRecord,
  CatalogEntry,
  CouncilVote,
  DisciplineRecord,
  EligibilityRule,
  Initiative,
  Nomination,
  NominationFile,
  NominationRound,
  Person,
  YearRating,
} from '@/domain/awards/types';
import type {
  Attachment,
  Cluster,
  ClusterVote,
  ClusterYear,
  Criterion,
  EmulationEvent,
  Movement,
  MovementRegistration,
  Programme,
  Score,
} from '@/domain/emulation/types';
import type { StoredSummaryPackage } from '@/domain/summary/types';
import type { ImportBatch, ImportChange, RememberedMapping } from '@/domain/import/batch';
import { SCHEMA_VERSIONS, type SchemaVersion } from './schema/versions';
import { installFactLog, type FactLogEntry } from './factLog';
import { installFactStore } from './factStore';
import type { FactChunk } from '@/domain/awards/factChunks';
import type { RoundEligibilityCache } from '@/domain/awards/eligibilityCache';

export const DATABASE_NAME = 'thi-dua-htx';

export interface LocalityRow {
  code: string;
  kind: 'province' | 'commune';
  provinceCode?: string;
  name: string;
  type?: string;
  formerNames?: string[];
}

export interface SettingRow<T = unknown> {
  key: string;
  value: T;
}

/**
 * The app's IndexedDB database. Every table of the current schema (db/schema/*.ts) is a typed
 * property named after the table: Dexie sets it when the schema is declared. Repositories use these
 * properties, never `db.table('name')`; only upgrade functions in schema/versions.ts (which see an
 * older shape) use `tx.table('name')`.
 */
export class AppDatabase extends Dexie {
  // registry (schema/registry.ts)
  units!: Table<Unit, string>;
  localities!: Table<LocalityRow, string>;
  settings!: Table<SettingRow, string>;
  auditLog!: Table<AuditEntry, number>;
  unitDirectory!: Table<DirectoryChunk, number>;
  unitYearChunks!: Table<UnitYearChunk, string>;
  // imports (schema/imports.ts)
  importBatches!: Table<ImportBatch, string>;
  importChanges!: Table<ImportChange, number>;
  importMappings!: Table<RememberedMapping, string>;
  // awards (schema/awards.ts)
  awards!: Table<AwardRecord, string>;
  people!: Table<Person, string>;
  ratings!: Table<YearRating, string>;
  initiatives!: Table<Initiative, string>;
  catalog!: Table<CatalogEntry, string>;
  eligibilityRules!: Table<EligibilityRule, string>;
  disciplineRecords!: Table<DisciplineRecord, string>;
  rounds!: Table<NominationRound, string>;
  nominations!: Table<Nomination, string>;
  nominationFiles!: Table<NominationFile, string>;
  councilVotes!: Table<CouncilVote, string>;
  factLog!: Table<FactLogEntry, number>;
  eligibilityCache!: Table<RoundEligibilityCache, string>;
  factChunks!: Table<FactChunk, number>;
  // emulation (schema/emulation.ts)
  movements!: Table<Movement, string>;
  movementRegistrations!: Table<MovementRegistration, string>;
  programmes!: Table<Programme, string>;
  events!: Table<EmulationEvent, string>;
  attachments!: Table<Attachment, string>;
  clusters!: Table<Cluster, string>;
  clusterYears!: Table<ClusterYear, string>;
  criteria!: Table<Criterion, string>;
  scores!: Table<Score, string>;
  clusterVotes!: Table<ClusterVote, string>;
  summaryPackages!: Table<StoredSummaryPackage, string>;

  constructor(name = DATABASE_NAME, versions: SchemaVersion[] = SCHEMA_VERSIONS) {
    super(name);
    for (const v of versions) {
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
    installFactLog(this);
    installFactStore(this);
  }
}

let instance: AppDatabase | null = null;

/** The shared database of the running app. */
export function getDb(): AppDatabase {
  if (!instance) {
    instance = new AppDatabase();
    // Another window/tab opened a newer schema: close cleanly and let the UI ask for a reload.
    instance.on('versionchange', () => {
      instance?.close();
      instance = null;
      window.dispatchEvent(new CustomEvent('thidua:db-versionchange'));
      return false;
    });
  }
  return instance;
}
