/**
 * The shape shared by the middlewares that keep a derived table in the writer's own transaction
 * (the fact log, the fact store): the derived table joins every read-write transaction over its
 * source tables, and each write to a source goes through `onWrite`; a schema upgrade's write goes
 * through `onUpgrade` once the derived table exists in that version.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction } from 'dexie';

export interface DerivedTableKeeper {
  /** The write to source table `name`, done by calling `table.mutate(req)` once, and the derived table kept. */
  onWrite(derived: DBCoreTable, table: DBCoreTable, name: string, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse>;
  /** After a source write inside a schema upgrade. */
  onUpgrade(derived: DBCoreTable, trans: DBCoreTransaction): Promise<unknown>;
}

export function derivedTableCore(derivedName: string, sources: ReadonlySet<string>, keeper: DerivedTableKeeper): (down: DBCore) => DBCore {
  return (down) => {
    if (!down.schema.tables.some((t) => t.name === derivedName)) return down;
    const derived = down.table(derivedName);
    return {
      ...down,
      transaction(stores, mode, options) {
        const join = mode === 'readwrite' && stores.some((s) => sources.has(s)) && !stores.includes(derivedName);
        return down.transaction(join ? [...stores, derivedName] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (!sources.has(name)) return table;
        return {
          ...table,
          async mutate(req) {
            const trans = req.trans as DBCoreTransaction & IDBTransaction;
            if (trans.mode !== 'versionchange') return keeper.onWrite(derived, table, name, req);
            const result = await table.mutate(req);
            if (trans.objectStoreNames.contains(derivedName)) await keeper.onUpgrade(derived, req.trans);
            return result;
          },
        };
      },
    };
  };
}
