import type { Transaction } from 'dexie';
import { registryStores, registryStoresV2 } from './registry';
import { viSortKey } from '@/domain/text/sortKey';
import { importStores } from './imports';
import { awardStores } from './awards';
import { emulationStores } from './emulation';

/**
 * Schema history. Migration policy (see ARCHITECTURE.md):
 * - a released version is never edited; a change is a new entry with the next number;
 * - an entry lists only the tables it adds or changes (null deletes a table);
 * - data transformations go in `upgrade`, which runs inside Dexie's upgrade transaction;
 * - every new entry gets a test that opens a database written by the previous version.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const SCHEMA_VERSIONS: SchemaVersion[] = [
  { version: 1, stores: { ...registryStores } },
  {
    version: 2,
    stores: { ...registryStoresV2, ...importStores, ...awardStores, ...emulationStores },
    // v1 units had no `origin` and no `sortKey`; v2 code relies on both.
    upgrade: async (tx) => {
      await tx.table('units').toCollection().modify((u: { origin?: string; sortKey?: string; name: string }) => {
        if (!u.origin) u.origin = 'manual';
        u.sortKey = viSortKey(u.name);
      });
    },
  },
];

/**
 * Tables that only cache what other tables already say (rebuilt on demand). They are not user
 * data: backups, restore checks, checksums and the Excel archive leave them out.
 */
export const CACHE_TABLES: readonly string[] = ['summarySnapshots'];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
