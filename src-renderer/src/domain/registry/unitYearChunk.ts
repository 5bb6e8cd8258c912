/**
 * The year-end figures the summary reads (members, workers, revenue, profit, average income), per
 * year, in the unit directory's chunks: chunk k of year Y holds the figures of every unit of
 * directory chunk k (unitListRow.ts directoryChunkOf) that has a row for Y, sorted by unit id,
 * stored by column. The summary of a year reads ≤128 records instead of every unit with all its
 * years; a unit's write rewrites the records of its chunk (db/repositories/registry/directoryStore.ts).
 */
import type { StoredUnitYear, Unit } from './types';
import { directoryChunkOf } from './unitListRow';

export interface UnitYearChunk {
  /** `${year}:${chunk}` */
  id: string;
  year: number;
  chunk: number;
  count: number;
  columns: Record<YearColumn, string>;
}

/** A unit's figures of one year, as the summary reads them. */
export interface UnitYearFigures {
  unitId: string;
  year: number;
  members?: number;
  workers?: number;
  revenue?: number;
  profit?: number;
  avgIncome?: number;
}

const FIGURES = ['members', 'workers', 'revenue', 'profit', 'avgIncome'] as const satisfies ReadonlyArray<keyof StoredUnitYear & keyof UnitYearFigures>;
type YearColumn = 'unitId' | (typeof FIGURES)[number];
const SEP = '\u001f';

export const yearChunkId = (year: number, chunk: number) => `${year}:${chunk}`;

/** A number as text that reads back exactly (shortest round-trip form); '' when absent. */
const num = (v: number | undefined) => (typeof v === 'number' && Number.isFinite(v) ? String(v) : '');

function figuresOf(unitId: string, y: StoredUnitYear): UnitYearFigures {
  const f: UnitYearFigures = { unitId, year: y.year };
  for (const k of FIGURES) if (typeof y[k] === 'number' && Number.isFinite(y[k])) f[k] = y[k];
  return f;
}

function encode(year: number, chunk: number, rows: readonly UnitYearFigures[]): UnitYearChunk {
  const columns = { unitId: rows.map((r) => r.unitId).join(SEP) } as Record<YearColumn, string>;
  for (const k of FIGURES) columns[k] = rows.map((r) => num(r[k])).join(SEP);
  return { id: yearChunkId(year, chunk), year, chunk, count: rows.length, columns };
}

/** A stored chunk's rows (absent figures read back as undefined, never 0). */
export function decodeYearChunk(c: UnitYearChunk): UnitYearFigures[] {
  if (c.count === 0) return [];
  const ids = c.columns.unitId.split(SEP);
  const cols = FIGURES.map((k) => [k, c.columns[k].split(SEP)] as const);
  const out = new Array<UnitYearFigures>(c.count);
  for (let i = 0; i < c.count; i++) {
    const f: UnitYearFigures = { unitId: ids[i]!, year: c.year };
    for (const [k, values] of cols) if (values[i] !== '') f[k] = Number(values[i]);
    out[i] = f;
  }
  return out;
}

const byUnitId = (a: UnitYearFigures, b: UnitYearFigures) => (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0);

/** Groups figures by (year, chunk) and encodes each group sorted by unit id. */
function encodeGroups(groups: Map<string, { year: number; chunk: number; rows: UnitYearFigures[] }>): UnitYearChunk[] {
  return [...groups.values()].map((g) => encode(g.year, g.chunk, g.rows.sort(byUnitId)));
}

/** Adds the unit's rows to their groups; `touched` collects the ids of those groups. */
function addRows(groups: Map<string, { year: number; chunk: number; rows: UnitYearFigures[] }>, u: Pick<Unit, 'id' | 'years'>, touched?: Set<string>): void {
  if (!Array.isArray(u.years)) return;
  const chunk = directoryChunkOf(u.id);
  for (const y of u.years) {
    if (typeof y?.year !== 'number') continue;
    const id = yearChunkId(y.year, chunk);
    touched?.add(id);
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { year: y.year, chunk, rows: [] }));
    g.rows.push(figuresOf(u.id, y));
  }
}

/** Every year chunk of a full rebuild (only chunks holding rows). */
export function buildYearChunks(units: Iterable<Pick<Unit, 'id' | 'years'>>): UnitYearChunk[] {
  const groups = new Map<string, { year: number; chunk: number; rows: UnitYearFigures[] }>();
  for (const u of units) addRows(groups, u);
  return encodeGroups(groups);
}

/**
 * The year chunks of some directory chunks after writes: `stored` are all stored year chunks of
 * those directory chunks; units in `puts` replace their rows (in every year), `deleted` ids lose
 * theirs. Returns the chunks to store and the ids of those left empty (to delete).
 */
export function applyToYearChunks(
  stored: readonly UnitYearChunk[],
  puts: readonly Pick<Unit, 'id' | 'years'>[],
  deleted: ReadonlySet<string>,
): { put: UnitYearChunk[]; remove: string[] } {
  const replaced = new Set(puts.map((u) => u.id));
  const groups = new Map<string, { year: number; chunk: number; rows: UnitYearFigures[] }>();
  // Only chunks that lose or gain rows are written again (a form edit touches its unit's years).
  const changed = new Set<string>();
  for (const c of stored) {
    const all = decodeYearChunk(c);
    const rows = all.filter((r) => !replaced.has(r.unitId) && !deleted.has(r.unitId));
    if (rows.length !== all.length) changed.add(c.id);
    groups.set(c.id, { year: c.year, chunk: c.chunk, rows });
  }
  for (const u of puts) addRows(groups, u, changed);
  const written = encodeGroups(new Map([...groups].filter(([id]) => changed.has(id))));
  return { put: written.filter((c) => c.count > 0), remove: written.filter((c) => c.count === 0).map((c) => c.id) };
}
