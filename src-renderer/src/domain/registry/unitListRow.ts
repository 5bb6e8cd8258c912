/**
 * The registry's compact copy of every unit: what the list, its filters, its export, the unit
 * pickers and the year-end summary need, without the yearly indicators (unitYearChunk.ts), notes
 * or contacts. Stored in a few large chunk
 * records maintained on every write (db/repositories/registry/directoryStore.ts), so a screen
 * opened after a change reads ~128 records instead of one per unit (IndexedDB charges per record).
 *
 * A unit's chunk is fixed by its id (a hash), and each chunk is kept sorted by (sortKey, id): the
 * chunks a full rebuild writes and the chunks the write path keeps up to date are the same bytes.
 */
import type { Unit } from './types';
import { runSteps, type Steps } from '../steps';

export type UnitListRow = Pick<
  Unit,
  | 'id'
  | 'kind'
  | 'name'
  | 'taxCode'
  | 'provinceCode'
  | 'communeCode'
  | 'legacyDistrict'
  | 'address'
  | 'sector'
  | 'status'
  | 'member'
  | 'memberSince'
  | 'statusDate'
  | 'foundedDate'
  | 'searchWords'
  | 'nameKey'
  | 'sortKey'
>;

/**
 * One stored chunk: its number and its rows in (sortKey, id) order, stored by column, each column
 * one string (values joined by U+001F): IndexedDB reads a few long strings far faster than
 * thousands of small objects (structured clone works per value).
 */
export interface DirectoryChunk {
  id: number;
  count: number;
  columns: Record<ListColumn, string>;
}

const COLUMNS = [
  'id',
  'kind',
  'name',
  'status',
  'member',
  'nameKey',
  'sortKey',
  'searchWords',
  'taxCode',
  'provinceCode',
  'communeCode',
  'legacyDistrict',
  'address',
  'sector',
  'memberSince',
  'statusDate',
  'foundedDate',
] as const satisfies ReadonlyArray<keyof UnitListRow>;
type ListColumn = (typeof COLUMNS)[number];

const SEP = '\u001f';
const SEP_ANYWHERE = /\u001f/g;

/** The text a value is stored as: never the separator (cleaned text never holds it; this is the guard). */
function cell(v: string | number | undefined): string {
  if (v === undefined) return '';
  const t = String(v);
  return t.includes(SEP) ? t.replace(SEP_ANYWHERE, ' ') : t;
}

/** Rows (already in order) into a stored chunk. */
export function encodeChunk(id: number, rows: readonly UnitListRow[]): DirectoryChunk {
  const columns = {} as Record<ListColumn, string>;
  for (const c of COLUMNS) {
    const parts = new Array<string>(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const v = rows[i]![c];
      parts[i] = c === 'searchWords' ? cell(Array.isArray(v) ? v.join(' ') : undefined) : cell(v as string | number | undefined);
    }
    columns[c] = parts.join(SEP);
  }
  return { id, count: rows.length, columns };
}

/**
 * A row read back from a chunk: every field set in the constructor (one object shape for all rows,
 * which V8 builds fastest) and the search words split only when asked for (most rows of a search are
 * decided by their name alone). 100,000 of them are built per directory load.
 */
class StoredListRow implements UnitListRow {
  id: string;
  kind: UnitListRow['kind'];
  name: string;
  status: UnitListRow['status'];
  member: UnitListRow['member'];
  nameKey: string;
  sortKey: string;
  taxCode: string | undefined;
  provinceCode: string | undefined;
  communeCode: string | undefined;
  legacyDistrict: string | undefined;
  address: string | undefined;
  sector: UnitListRow['sector'];
  memberSince: number | undefined;
  statusDate: string | undefined;
  foundedDate: string | undefined;
  /** The search words as stored: one string, separated by spaces. */
  readonly wordsText: string;
  private split: string[] | undefined;
  constructor(col: Record<ListColumn, string[]>, i: number) {
    this.id = col.id[i]!;
    this.kind = col.kind[i] as UnitListRow['kind'];
    this.name = col.name[i]!;
    this.status = col.status[i] as UnitListRow['status'];
    this.member = (col.member[i] === '1' ? 1 : 0) as UnitListRow['member'];
    this.nameKey = col.nameKey[i]!;
    this.sortKey = col.sortKey[i]!;
    this.taxCode = col.taxCode[i] || undefined;
    this.provinceCode = col.provinceCode[i] || undefined;
    this.communeCode = col.communeCode[i] || undefined;
    this.legacyDistrict = col.legacyDistrict[i] || undefined;
    this.address = col.address[i] || undefined;
    this.sector = (col.sector[i] || undefined) as UnitListRow['sector'];
    const since = col.memberSince[i];
    this.memberSince = since ? Number(since) : undefined;
    this.statusDate = col.statusDate[i] || undefined;
    this.foundedDate = col.foundedDate[i] || undefined;
    this.wordsText = col.searchWords[i]!;
    this.split = undefined;
  }
  get searchWords(): string[] {
    return (this.split ??= this.wordsText ? this.wordsText.split(' ') : []);
  }
}

/** A row's search words as one space-separated string (a directory row has it without splitting). */
export function searchWordsText(u: Pick<UnitListRow, 'searchWords'>): string {
  return u instanceof StoredListRow ? u.wordsText : u.searchWords.join(' ');
}

/** A stored chunk's rows (fields absent from the unit read back as undefined). */
export function decodeChunk(chunk: DirectoryChunk): UnitListRow[] {
  const n = chunk.count;
  if (n === 0) return [];
  const col = {} as Record<ListColumn, string[]>;
  for (const c of COLUMNS) col[c] = chunk.columns[c].split(SEP);
  const rows = new Array<UnitListRow>(n);
  for (let i = 0; i < n; i++) rows[i] = new StoredListRow(col, i);
  return rows;
}

/**
 * 128 chunks: ~780 rows each at 100,000 units (a one-unit edit rewrites ~150 KB), ~8 at 1,000;
 * reading all of them costs about what reading 128 units does.
 */
export const DIRECTORY_CHUNKS = 128;

/** FNV-1a of the id: spreads UUIDs and "u123"-style ids evenly over the chunks. */
export function directoryChunkOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % DIRECTORY_CHUNKS;
}

/** The row of a unit, fields always in the same order (the stored bytes depend on it). */
export function toListRow(u: UnitListRow): UnitListRow {
  const row: UnitListRow = {
    id: u.id,
    kind: u.kind,
    name: u.name,
    status: u.status,
    member: u.member,
    searchWords: u.searchWords,
    nameKey: u.nameKey,
    sortKey: u.sortKey,
  };
  if (u.taxCode !== undefined) row.taxCode = u.taxCode;
  if (u.provinceCode !== undefined) row.provinceCode = u.provinceCode;
  if (u.communeCode !== undefined) row.communeCode = u.communeCode;
  if (u.legacyDistrict !== undefined) row.legacyDistrict = u.legacyDistrict;
  if (u.address !== undefined) row.address = u.address;
  if (u.sector !== undefined) row.sector = u.sector;
  if (u.memberSince !== undefined) row.memberSince = u.memberSince;
  if (u.statusDate !== undefined) row.statusDate = u.statusDate;
  if (u.foundedDate !== undefined) row.foundedDate = u.foundedDate;
  return row;
}

export function compareListRows(a: Pick<UnitListRow, 'sortKey' | 'id'>, b: Pick<UnitListRow, 'sortKey' | 'id'>): number {
  return a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Every chunk of a full rebuild; only chunks holding rows are stored (the write path deletes emptied ones). */
export function buildChunks(units: Iterable<UnitListRow>): DirectoryChunk[] {
  const groups: UnitListRow[][] = Array.from({ length: DIRECTORY_CHUNKS }, () => []);
  for (const u of units) groups[directoryChunkOf(u.id)]!.push(toListRow(u));
  const out: DirectoryChunk[] = [];
  groups.forEach((rows, id) => {
    if (rows.length) out.push(encodeChunk(id, rows.sort(compareListRows)));
  });
  return out;
}

/** A chunk after some of its units were written (`puts`) or deleted (`deleted` ids). */
export function applyToChunk(chunk: DirectoryChunk, puts: readonly UnitListRow[], deleted: ReadonlySet<string>): DirectoryChunk {
  const replaced = new Set(puts.map((u) => u.id));
  const rows = decodeChunk(chunk).filter((r) => !replaced.has(r.id) && !deleted.has(r.id));
  if (puts.length <= 8) {
    // One form edit: binary insertion keeps the chunk sorted without sorting it again.
    for (const u of puts) {
      const row = toListRow(u);
      let lo = 0;
      let hi = rows.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (compareListRows(rows[mid]!, row) < 0) lo = mid + 1;
        else hi = mid;
      }
      rows.splice(lo, 0, row);
    }
  } else {
    for (const u of puts) rows.push(toListRow(u));
    rows.sort(compareListRows);
  }
  return encodeChunk(chunk.id, rows);
}

/** A chunk with no rows (a unit not stored yet starts from it). */
export function emptyChunk(id: number): DirectoryChunk {
  return encodeChunk(id, []);
}

/**
 * All rows in Vietnamese order from the chunks: a k-way merge of the sorted chunks (a binary heap
 * of chunk heads), ~7 comparisons per row at 128 chunks instead of sorting 100,000 rows again.
 */
export function mergeChunks(chunks: readonly DirectoryChunk[]): UnitListRow[] {
  return runSteps(mergeChunksSteps(chunks));
}

/** Rows merged per step of mergeChunksSteps (a few milliseconds). */
const MERGE_STEP = 8192;

/** mergeChunks in steps (one chunk decoded, or MERGE_STEP rows merged, per step), for db/slices.ts. */
export function* mergeChunksSteps(chunks: readonly DirectoryChunk[]): Steps<UnitListRow[]> {
  const lists: UnitListRow[][] = [];
  for (const chunk of chunks) {
    if (chunk.count) lists.push(decodeChunk(chunk));
    yield;
  }
  const out: UnitListRow[] = [];
  const heap: number[] = [];
  const pos = new Int32Array(lists.length);
  const head = (k: number) => lists[k]![pos[k]!]!;
  const less = (a: number, b: number) => compareListRows(head(a), head(b)) < 0;
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && less(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && less(heap[r]!, heap[m]!)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  };
  for (let k = 0; k < lists.length; k++) heap.push(k);
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) down(i);
  while (heap.length) {
    const k = heap[0]!;
    out.push(head(k));
    pos[k] = pos[k]! + 1;
    if (pos[k]! >= lists[k]!.length) {
      heap[0] = heap[heap.length - 1]!;
      heap.pop();
    }
    if (heap.length) down(0);
    if (out.length % MERGE_STEP === 0) yield;
  }
  return out;
}
