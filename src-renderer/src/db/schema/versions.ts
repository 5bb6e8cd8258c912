import type { Transaction } from 'dexie';
import { registryStores, registryStoresV2, registryStoresV3, registryStoresV4, registryStoresV6, registryStoresV7 } from './registry';
import { buildChunks, type UnitListRow } from '@/domain/registry/unitListRow';
import { buildYearChunks } from '@/domain/registry/unitYearChunk';
import type { Unit } from '@/domain/registry/types';
import type { StoredUnitYear } from '@/domain/registry/types';
import { viSortKey } from '@/domain/text/sortKey';
import { importStores } from './imports';
import { awardStores, awardStoresV7, awardStoresV8 } from './awards';
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
      await tx
        .table('units')
        .toCollection()
        .modify((u: { origin?: string; sortKey?: string; name: string }) => {
          if (!u.origin) u.origin = 'manual';
          u.sortKey = viSortKey(u.name);
        });
    },
  },
  {
    version: 3,
    stores: { ...registryStoresV3 },
    // Each unit takes its year rows in; the rows stay in unitYears until v4 drops the table.
    upgrade: async (tx) => {
      const byUnit = new Map<string, StoredUnitYear[]>();
      await tx.table('unitYears').each((row: StoredUnitYear & { id: string; unitId: string }) => {
        const { id: _id, unitId, ...year } = row;
        const list = byUnit.get(unitId);
        if (list) list.push(year);
        else byUnit.set(unitId, [year]);
      });
      if (!byUnit.size) return;
      await tx
        .table('units')
        .toCollection()
        .modify((u: { id: string; years?: StoredUnitYear[] }) => {
          const years = byUnit.get(u.id);
          if (years) u.years = years.sort((a, b) => a.year - b.year);
        });
    },
  },
  { version: 4, stores: { ...registryStoresV4 } },
  {
    version: 5,
    stores: {},
    // Every nomination now carries its commendation type (Luật Thi đua, khen thưởng 2022 Điều 8): the
    // standard it is judged by. Stored ones were judged as thường xuyên. Seeded rules become trees on
    // the next start (catalog.ts seedCatalogAndRules), keeping the office's own edits.
    upgrade: async (tx) => {
      await tx
        .table('nominations')
        .toCollection()
        .modify((n: { commendationType?: string }) => {
          if (!n.commendationType) n.commendationType = 'thuong_xuyen';
        });
    },
  },
  {
    version: 6,
    stores: { ...registryStoresV6 },
    // The directory starts as a full build from the units (later kept current by every write).
    upgrade: async (tx) => {
      const rows: UnitListRow[] = [];
      await tx.table('units').each((u: UnitListRow) => {
        rows.push(u);
      });
      await tx.table('unitDirectory').bulkPut(buildChunks(rows));
    },
  },
  {
    version: 7,
    // Eligibility's change log and judged-rounds cache start empty (a round is judged in full once).
    stores: { ...registryStoresV7, ...awardStoresV7 },
    // The directory gains the status and founding dates; the summary's year figures join it.
    upgrade: async (tx) => {
      const units: Unit[] = [];
      await tx.table('units').each((u: Unit) => {
        units.push(u);
      });
      await tx.table('unitDirectory').clear();
      await tx.table('unitDirectory').bulkPut(buildChunks(units));
      await tx.table('unitYearChunks').bulkPut(buildYearChunks(units));
    },
  },
  // Eligibility's fact store: built by the first judgment after the upgrade.
  { version: 8, stores: { ...awardStoresV8 } },
];

/**
 * Tables that only cache what other tables already say (rebuilt on demand). They are not user
 * data: backups, restore checks, checksums and the Excel archive leave them out.
 */
export const CACHE_TABLES: readonly string[] = ['unitDirectory', 'unitYearChunks', 'factLog', 'eligibilityCache', 'factChunks'];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
