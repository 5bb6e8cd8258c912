/**
 * The fact store's shape: copies of the records eligibility reads, grouped by whose facts they are
 * (`person:<id>` / `unit:<id>`, recipientKey) into FACT_BUCKETS large records. IndexedDB costs tens
 * of microseconds per record however small, so a round of thousands of nominees reads a few hundred
 * chunks instead of one record per award and rating. Pure: db/factStore.ts keeps the chunks on
 * every write and reads them.
 */
import { recipientKey } from './eligibilityCache';

/** Tables copied into the store, with the key of the recipient a record belongs to. */
export const FACT_TABLES = ['awards', 'ratings', 'disciplineRecords', 'initiatives', 'people'] as const;
export type FactTable = (typeof FACT_TABLES)[number];

type Row = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * Whose facts a record is; undefined = not needed by eligibility (an initiative with no author,
 * a person with no unit). People are filed under their unit: a collective's members are its facts.
 */
export function factOwner(table: FactTable, r: Row): string | undefined {
  switch (table) {
    case 'initiatives':
      return r.personId ? recipientKey('person', str(r.personId)) : undefined;
    case 'people':
      return r.unitId ? recipientKey('unit', str(r.unitId)) : undefined;
    default:
      return recipientKey(str(r.recipientKind), str(r.recipientId));
  }
}

export const FACT_BUCKETS = 256;
/** Key of the record that says the store is complete (absent: it must be rebuilt before use). */
export const FACT_STORE_BUILT = -1;

/** FNV-1a: a stable spread of owner keys over the buckets. */
export function factBucket(owner: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < owner.length; i++) h = Math.imul(h ^ owner.charCodeAt(i), 0x01000193);
  return (h >>> 0) % FACT_BUCKETS;
}

export type FactRows = { [T in FactTable]: Row[] };

export interface FactChunk {
  bucket: number;
  /** Each table's records of the bucket, ordered by id (as IndexedDB orders string keys). */
  rows: FactRows;
}

export const emptyFactRows = (): FactRows => ({ awards: [], ratings: [], disciplineRecords: [], initiatives: [], people: [] });

const idOf = (r: Row) => str(r.id);

/** The chunks of a full read of every fact table (each table's records in id order, as getAll gives them). */
export function buildFactChunks(tables: FactRows): FactChunk[] {
  const chunks = new Map<number, FactChunk>();
  for (const table of FACT_TABLES) {
    for (const r of tables[table]) {
      const owner = factOwner(table, r);
      if (owner === undefined) continue;
      const b = factBucket(owner);
      let c = chunks.get(b);
      if (!c) chunks.set(b, (c = { bucket: b, rows: emptyFactRows() }));
      c.rows[table].push(r);
    }
  }
  return [...chunks.values()].sort((a, b) => a.bucket - b.bucket);
}

/** One write to a fact table: the records it replaced or deleted, and the records it stored. */
export interface FactWrite {
  table: FactTable;
  before: Row[];
  after: Row[];
}

/** The buckets a write touches (where the old records were and where the new ones go). */
export function bucketsOfWrite(w: FactWrite): number[] {
  const out = new Set<number>();
  for (const r of [...w.before, ...w.after]) {
    const owner = factOwner(w.table, r);
    if (owner !== undefined) out.add(factBucket(owner));
  }
  return [...out];
}

/**
 * Applies a write to the chunks it touches (`chunks`: by bucket, missing = empty) and returns the
 * chunks to store; an emptied chunk is returned with no rows. Records stay in id order, so a chunk
 * kept this way equals the one a full build gives.
 */
export function applyFactWrite(chunks: Map<number, FactChunk>, w: FactWrite): FactChunk[] {
  const touched = new Map<number, FactChunk>();
  const chunk = (b: number) => {
    let c = touched.get(b);
    if (!c) {
      const old = chunks.get(b);
      c = { bucket: b, rows: old ? { ...old.rows, [w.table]: [...old.rows[w.table]] } : emptyFactRows() };
      touched.set(b, c);
    }
    return c.rows[w.table];
  };
  // One write may name an id twice (bulkPut): the last value is the one stored.
  const after = [...new Map(w.after.map((r) => [idOf(r), r])).values()];
  for (const r of w.before) {
    const owner = factOwner(w.table, r);
    if (owner === undefined) continue;
    const list = chunk(factBucket(owner));
    const at = findId(list, idOf(r));
    if (at.found) list.splice(at.index, 1);
  }
  for (const r of after) {
    const owner = factOwner(w.table, r);
    if (owner === undefined) continue;
    const list = chunk(factBucket(owner));
    const at = findId(list, idOf(r));
    list.splice(at.index, at.found ? 1 : 0, r);
  }
  return [...touched.values()];
}

/** Binary search by id (code-unit order, as IndexedDB compares string keys). */
function findId(list: Row[], id: string): { index: number; found: boolean } {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (idOf(list[mid]!) < id) lo = mid + 1;
    else hi = mid;
  }
  return { index: lo, found: lo < list.length && idOf(list[lo]!) === id };
}

/** The records of the given owners, from the chunks of their buckets. */
export function factsOf(chunks: Iterable<FactChunk | undefined>, owners: ReadonlySet<string>): FactRows {
  const out = emptyFactRows();
  for (const c of chunks) {
    if (!c) continue;
    for (const table of FACT_TABLES) for (const r of c.rows[table]) if (owners.has(factOwner(table, r)!)) out[table].push(r);
  }
  return out;
}
