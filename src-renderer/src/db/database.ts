import Dexie, { type Table } from 'dexie';
import type { Unit } from '@/domain/registry/types';
import type { AuditEntry } from '@/domain/audit/types';
import type { AwardRecord, Person } from '@/domain/awards/types';
import { SCHEMA_VERSIONS, type SchemaVersion } from './schema/versions';

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
 * The app's IndexedDB database. Tables of later features are declared loosely here
 * (`Table<any>` is avoided: each feature's repository narrows with its own type via `typedTable`).
 */
export class AppDatabase extends Dexie {
  units!: Table<Unit, string>;
  localities!: Table<LocalityRow, string>;
  settings!: Table<SettingRow, string>;
  auditLog!: Table<AuditEntry, number>;
  awards!: Table<AwardRecord, string>;
  people!: Table<Person, string>;

  constructor(name = DATABASE_NAME, versions: SchemaVersion[] = SCHEMA_VERSIONS) {
    super(name);
    for (const v of versions) {
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }

  /** A feature's table with its record type, e.g. `db.typedTable<Movement>('movements')`. */
  typedTable<T, K = string>(name: string): Table<T, K> {
    return this.table(name) as Table<T, K>;
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
