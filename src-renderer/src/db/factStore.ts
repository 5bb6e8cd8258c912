/**
 * The fact store (domain/awards/factChunks.ts) in IndexedDB. A Dexie middleware keeps it in the
 * writer's own transaction, like the fact log, so no write path can forget it: a small write
 * rewrites the one or few chunks of its recipients. A write too large to apply that way (restore,
 * big imports, clear(), schema upgrades) marks the store incomplete instead, and the next reader rebuilds it
 * from the tables (`rebuildFactStore`). A test checks that the kept chunks equal a rebuild's.
 */
import Dexie, { type DBCoreMutateRequest, type DBCoreTable, type DBCoreTransaction } from 'dexie';
import { derivedTableCore } from './derivedTableCore';
import {
  FACT_STORE_BUILT,
  FACT_TABLES,
  applyFactWrite,
  buildFactChunks,
  bucketsOfWrite,
  emptyFactRows,
  type FactChunk,
  type FactTable,
} from '@/domain/awards/factChunks';

export const FACT_STORE_TABLE = 'factChunks';

/** Records in one write above which the store is emptied rather than kept record by record. */
const KEPT_WRITE = 1_000;

type Row = Record<string, unknown>;
const factTables = new Set<string>(FACT_TABLES);

const isEmpty = (c: FactChunk) => FACT_TABLES.every((t) => c.rows[t].length === 0);
const builtMarker = (): FactChunk => ({ bucket: FACT_STORE_BUILT, rows: emptyFactRows() });

async function keepStore(store: DBCoreTable, table: DBCoreTable, name: FactTable, req: DBCoreMutateRequest, trans: DBCoreTransaction) {
  // Dropping the marker is enough: the next reader rebuilds every chunk.
  const unbuild = () => store.mutate({ type: 'delete', trans, keys: [FACT_STORE_BUILT] });
  const built = (await store.get({ trans, key: FACT_STORE_BUILT })) !== undefined;
  if (!built) return table.mutate(req);
  // The records a put or delete replaces: their old owner's chunk loses them.
  let ids: unknown[] = [];
  if (req.type === 'delete') ids = req.keys;
  else if (req.type === 'put') ids = req.keys ?? req.values.map((v) => (v as Row)[table.schema.primaryKey.keyPath as string]);
  // Too large to keep record by record, or records whose keys are not known yet: rebuilt later.
  if (req.type === 'deleteRange' || (req.type === 'delete' ? req.keys : req.values).length > KEPT_WRITE || ids.some((k) => k === undefined)) {
    const result = await table.mutate(req);
    await unbuild();
    return result;
  }
  const old = ids.length ? await table.getMany({ trans, keys: ids }) : [];
  const result = await table.mutate(req);
  // A record the write refused (bulkAdd of an existing id…) is neither removed nor added.
  const failed = new Set(Object.keys(result.failures ?? {}).map(Number));
  const before = old.filter((r, i): r is Row => !!r && !failed.has(i));
  const after = req.type === 'delete' ? [] : (req.values as Row[]).filter((_, i) => !failed.has(i));
  const write = { table: name, before, after };
  const buckets = bucketsOfWrite(write);
  if (!buckets.length) return result;
  const stored = await store.getMany({ trans, keys: buckets });
  const chunks = new Map<number, FactChunk>();
  stored.forEach((c) => c && chunks.set((c as FactChunk).bucket, c as FactChunk));
  const next = applyFactWrite(chunks, write);
  const filled = next.filter((c) => !isEmpty(c));
  const emptied = next.filter(isEmpty).map((c) => c.bucket);
  if (filled.length) await store.mutate({ type: 'put', trans, values: filled });
  if (emptied.length) await store.mutate({ type: 'delete', trans, keys: emptied });
  return result;
}

const factStoreCore = derivedTableCore(FACT_STORE_TABLE, factTables, {
  onWrite: (store, table, name, req) => keepStore(store, table, name as FactTable, req, req.trans),
  // Schema upgrades: the store exists from v8 on and is rebuilt after an upgrade that changes facts.
  onUpgrade: (store, trans) => store.mutate({ type: 'delete', trans, keys: [FACT_STORE_BUILT] }),
});

/** Installs the fact store's keeper on a database whose schema has the store (v8 and later). */
export function installFactStore(db: Dexie): void {
  // Beside the fact log, right above IndexedDB (below Dexie's own hook, cache and observability levels).
  db.use({ stack: 'dbcore', name: 'factStore', level: -1, create: factStoreCore });
}

interface FactStoreDb extends Dexie {
  factChunks: Dexie.Table<FactChunk, number>;
}

/** Whether the store is complete (else readers rebuild it or read the tables). */
export async function factStoreBuilt(db: FactStoreDb): Promise<boolean> {
  return (await db.factChunks.get(FACT_STORE_BUILT)) !== undefined;
}

/** Records per read while rebuilding: each page is one short task, not one long one per table. */
const REBUILD_PAGE = 5_000;

async function readPaged(table: Dexie.Table<Row, string>): Promise<Row[]> {
  const out: Row[] = [];
  for (;;) {
    const last = out.length ? (out[out.length - 1]!.id as string) : undefined;
    const page = await (last === undefined ? table.orderBy(':id') : table.where(':id').above(last)).limit(REBUILD_PAGE).toArray();
    out.push(...page);
    if (page.length < REBUILD_PAGE) return out;
  }
}

/**
 * Builds the store from the tables: read in one transaction with the fact log's position, written in
 * another only if no fact was written in between (the log did not move); else left for the next
 * reader. Returns whether the store is complete now.
 */
export async function rebuildFactStore(db: FactStoreDb & { factLog: Dexie.Table<unknown, number> }): Promise<boolean> {
  const tables = FACT_TABLES.map((t) => db.table<Row, string>(t));
  const { rows, seq } = await db.transaction('r', [...tables, db.factLog], async () => {
    const rows = emptyFactRows();
    const seq = await db.factLog.orderBy(':id').lastKey();
    for (const [i, t] of FACT_TABLES.entries()) rows[t] = await readPaged(tables[i]!);
    return { rows, seq };
  });
  const chunks = buildFactChunks(rows);
  return db.transaction('rw', [db.factChunks, db.factLog], async () => {
    if ((await db.factLog.orderBy(':id').lastKey()) !== seq) return false;
    await db.factChunks.clear();
    await db.factChunks.bulkPut([...chunks, builtMarker()]);
    return true;
  });
}

/** After a write that left the store incomplete (import, restore): rebuilt now, if it is not complete. */
export async function completeFactStore(db: FactStoreDb & { factLog: Dexie.Table<unknown, number> }): Promise<boolean> {
  return (await factStoreBuilt(db)) || rebuildFactStore(db);
}

/** The stored chunks of some buckets (inside the caller's transaction, which includes the store). */
export async function readFactChunks(db: FactStoreDb, buckets: readonly number[]): Promise<Array<FactChunk | undefined>> {
  return db.factChunks.bulkGet([...buckets]);
}
