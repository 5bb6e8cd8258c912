/**
 * Change notification: the one place that listens to Dexie's 'storagemutated' event (fired for
 * writes in this window and, through Dexie's cross-window channel, in every other window of the
 * app). Caches in repositories and screens that reload by hand subscribe here instead of parsing
 * Dexie's `idb://<database>/<table>/<index>` keys themselves.
 */
import Dexie, { type ObservabilitySet, type Table } from 'dexie';
import { DATABASE_NAME, type AppDatabase } from './database';

/** Names of the tables declared on AppDatabase. */
export type TableName = { [K in keyof AppDatabase]: AppDatabase[K] extends Table<any, any, any> ? K : never }[keyof AppDatabase];

/** Pass as `database` to hear writes to any database (the app's, a restore's staging copy, a test's). */
export const ANY_DATABASE = '*';

/** `idb://<database>/<table>/<index>` */
const PART = /^idb:\/\/([^/]+)\/([^/]+)\//;

/**
 * Calls `callback(databaseName)` after a write touches any of `tables`, once per database written.
 * Only writes to the app's database count unless `database` names another one or is ANY_DATABASE.
 * Returns the unsubscribe function.
 */
export function onTablesChanged(tables: readonly TableName[], callback: (databaseName: string) => void, database: string = DATABASE_NAME): () => void {
  const wanted = new Set<string>(tables);
  const listener = (parts: ObservabilitySet) => {
    const written = new Set<string>();
    for (const key of Object.keys(parts)) {
      const m = PART.exec(key);
      if (m && wanted.has(m[2]!) && (database === ANY_DATABASE || m[1] === database)) written.add(m[1]!);
    }
    for (const name of written) callback(name);
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on('storagemutated').unsubscribe(listener);
}
