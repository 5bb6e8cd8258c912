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

const MAX_LISTED_KEYS = 1000;

/**
 * Calls `callback(databaseName, keys)` after a write changes records of `table` whose primary keys
 * are integers (the unit directory's chunk numbers): the keys written, or 'all' when Dexie reports a
 * range it cannot list (a clear, or a bulk write of 50 records or more).
 */
export function onKeysChanged(
  table: TableName,
  callback: (databaseName: string, keys: number[] | 'all') => void,
  database: string = DATABASE_NAME,
): () => void {
  const listener = (parts: ObservabilitySet) => {
    for (const [part, tree] of Object.entries(parts)) {
      const m = PART.exec(part);
      // The primary key's part ends right after the table name: "idb://db/table/".
      if (!m || m[2] !== table || part.length !== m[0].length || (database !== ANY_DATABASE && m[1] !== database)) continue;
      callback(m[1]!, keysOf(tree));
    }
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on('storagemutated').unsubscribe(listener);
}

/** The integer keys of an interval tree (a RangeSet, or its plain copy from another window). */
function keysOf(tree: unknown): number[] | 'all' {
  const keys: number[] = [];
  const stack: unknown[] = [tree];
  while (stack.length) {
    const node = stack.pop() as { from?: unknown; to?: unknown; l?: unknown; r?: unknown } | null | undefined;
    if (!node || node.from === undefined) continue;
    const { from, to } = node;
    if (typeof from !== 'number' || typeof to !== 'number' || !Number.isInteger(from) || to - from > MAX_LISTED_KEYS) return 'all';
    for (let k = from; k <= to; k++) keys.push(k);
    if (keys.length > MAX_LISTED_KEYS) return 'all';
    stack.push(node.l, node.r);
  }
  return keys;
}
