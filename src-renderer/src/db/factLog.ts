/**
 * The fact log: one entry per write to a table that eligibility reads, naming whose facts changed
 * (`person:<id>`, `unit:<id>`, `nomination:<id>`, or everyone). It is written by a Dexie middleware
 * in the writer's own transaction, so no write path (form, import, undo, restore, a future one) can
 * forget it; a judged round (repositories/awards/roundEligibility.ts) re-judges only the entries
 * the log names since it was judged.
 */
import Dexie, { type DBCoreMutateRequest, type DBCoreTable } from 'dexie';
import { derivedTableCore } from './derivedTableCore';
import { ALL_FACTS, ALL_UNIT_FACTS, nominationKey, recipientKey } from '@/domain/awards/eligibilityCache';

export const FACT_LOG_TABLE = 'factLog';

export interface FactLogEntry {
  seq?: number;
  /** Whose facts changed; ALL_FACTS when the write was too large or not a list of records. */
  keys: string[];
}

type Row = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : '');
const recipient = (r: Row) => [recipientKey(str(r.recipientKind), str(r.recipientId))];

/** For each table eligibility reads: whose facts a record of it belongs to. */
const FACT_KEYS: Record<string, (r: Row) => string[]> = {
  awards: recipient,
  ratings: recipient,
  disciplineRecords: recipient,
  nominations: recipient,
  initiatives: (r) => (r.personId ? [recipientKey('person', str(r.personId))] : []),
  people: (r) => [recipientKey('person', str(r.id)), ...(r.unitId ? [recipientKey('unit', str(r.unitId))] : [])],
  units: (r) => [recipientKey('unit', str(r.id))],
  councilVotes: (r) => [nominationKey(str(r.nominationId))],
  eligibilityRules: () => [ALL_FACTS],
  catalog: () => [ALL_FACTS],
  // Cluster standings feed collectives' rules (Điều 26, 27): any change re-judges collectives.
  clusters: () => [ALL_UNIT_FACTS],
  clusterYears: () => [ALL_UNIT_FACTS],
  criteria: () => [ALL_UNIT_FACTS],
  scores: () => [ALL_UNIT_FACTS],
  clusterVotes: () => [ALL_UNIT_FACTS],
};

/** Above this many records in one edit or delete the old records are not read: the entry says "everyone". */
const READ_BEFORE_WRITE = 2_000;
/** Above this many records in one add the entry says "everyone" rather than list them. */
const LISTED_RECORDS = 20_000;

async function keysOfWrite(table: DBCoreTable, req: DBCoreMutateRequest, keysOf: (r: Row) => string[]): Promise<string[]> {
  if (req.type === 'deleteRange') return [ALL_FACTS];
  const count = req.type === 'delete' ? req.keys.length : req.values.length;
  if (count > (req.type === 'add' ? LISTED_RECORDS : READ_BEFORE_WRITE)) return [ALL_FACTS];
  const keys = new Set<string>();
  const add = (r: unknown) => {
    if (r && typeof r === 'object') for (const k of keysOf(r as Row)) keys.add(k);
  };
  if (req.type !== 'add') {
    // An edit or delete also changes the facts of the record's previous owner.
    const ids = req.type === 'delete' ? req.keys : (req.keys ?? req.values.map((v) => (v as Row)[table.schema.primaryKey.keyPath as string]));
    if (ids.every((k) => k !== undefined)) (await table.getMany({ trans: req.trans, keys: ids })).forEach(add);
    else return [ALL_FACTS];
  }
  if (req.type !== 'delete') req.values.forEach(add);
  return [...keys];
}

/** Adds the log table to read-write transactions over fact tables, and an entry to each write. */
const factLogCore = derivedTableCore(FACT_LOG_TABLE, new Set(Object.keys(FACT_KEYS)), {
  async onWrite(log, table, name, req) {
    const keys = await keysOfWrite(table, req, FACT_KEYS[name]!);
    const result = await table.mutate(req);
    if (keys.length) await log.mutate({ type: 'add', trans: req.trans, values: [{ keys } satisfies FactLogEntry] });
    return result;
  },
  // Schema upgrades: the log exists from v7 on; an upgrade that changes facts re-judges every round.
  onUpgrade: (log, trans) => log.mutate({ type: 'add', trans, values: [{ keys: [ALL_FACTS] }] }),
});

/** Installs the fact log on a database whose schema has the log table (v7 and later). */
export function installFactLog(db: Dexie): void {
  // Right above IndexedDB, below Dexie's own middlewares (hooks, cache, observability: levels 0-2),
  // which read Dexie's zone that the awaits here would lose.
  db.use({ stack: 'dbcore', name: 'factLog', level: -1, create: factLogCore });
}
