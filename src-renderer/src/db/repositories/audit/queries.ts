/**
 * Reads of the change log for people: one page at a time (the log grows without bound), filtered by
 * date range, table and the unit or person an entry is about, each entry turned into a readable row
 * (domain/audit/describe.ts) with names resolved from the live records or, once deleted, from what
 * the log itself stored.
 */
import type { Collection } from 'dexie';
import type { AuditEntry } from '@/domain/audit/types';
import type { RecipientKind } from '@/domain/awards/types';
import {
  actionLabel,
  describeChanges,
  formatChange,
  readableSummary,
  recordNameOf,
  subjectRefOf,
  tableLabel,
  type AuditNames,
  type AuditSubjectRef,
} from '@/domain/audit/describe';
import { queryWords, searchWords } from '@/domain/text/normalize';
import { compareVi } from '@/domain/text/collate';
import { getDb, type AppDatabase } from '../../database';
import { unitDirectory } from '../registry/unitDirectory';

export interface AuditFilter {
  /** Local dates yyyy-mm-dd, both included. */
  from?: string;
  to?: string;
  table?: string;
  /** Name of the unit or person (or of the record: a round, a movement), without diacritics is fine. */
  subject?: string;
}

export type AuditSortKey = 'at' | 'actor' | 'table' | 'action' | 'subject';
export interface AuditSort {
  key: AuditSortKey;
  desc: boolean;
}

/** One entry as shown: every text already in Vietnamese, no internal code or id. */
export interface AuditRow {
  id: number;
  /** ISO timestamp (UTC); shown in local time. */
  at: string;
  actor: string;
  action: string;
  actionLabel: string;
  table: string;
  tableLabel: string;
  /** The unit or person the entry is about, or the record's own name (a round, a movement); '' when none. */
  subject: string;
  subjectKind?: RecipientKind;
  content: string;
  /** "Label: before → after" for each field an edit changed. */
  changes: string[];
}

export interface AuditPage {
  rows: AuditRow[];
  total: number;
}

const NEWEST_FIRST: AuditSort = { key: 'at', desc: true };

/** Tables that have entries (for the filter), by Vietnamese name. */
export async function auditLogTables(db: AppDatabase = getDb()): Promise<Array<{ value: string; label: string }>> {
  const keys = (await db.auditLog.orderBy('table').uniqueKeys()) as string[];
  return keys.map((k) => ({ value: k, label: tableLabel(k) })).sort((a, b) => compareVi(a.label, b.label));
}

/** Local midnight of an ISO day as a UTC timestamp (the log stores `at` in UTC). */
function localDayStart(day: string, plusDays = 0): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d! + plusDays).toISOString();
}

type Predicate = (e: AuditEntry) => boolean;

/** The entries a filter keeps, in time order; `scanned` when a condition is checked entry by entry (no index answers it). */
async function matching(filter: AuditFilter, desc: boolean, db: AppDatabase): Promise<{ coll: Collection<AuditEntry, number>; scanned: boolean }> {
  const preds: Predicate[] = [];
  let coll: Collection<AuditEntry, number>;
  if (filter.from || filter.to) {
    const lo = filter.from ? localDayStart(filter.from) : '';
    const hi = filter.to ? localDayStart(filter.to, 1) : '\uffff';
    coll = db.auditLog.where('at').between(lo, hi, true, false);
    if (filter.table) preds.push((e) => e.table === filter.table);
  } else if (filter.table) coll = db.auditLog.where('table').equals(filter.table);
  else coll = db.auditLog.orderBy('at'); // time order, even for entries written out of order (a restored log)
  if (desc) coll = coll.reverse();
  const subject = filter.subject ? await subjectMatcher(filter.subject, db) : undefined;
  if (subject) preds.push(subject);
  return preds.length ? { coll: coll.filter((e) => preds.every((p) => p(e))), scanned: true } : { coll, scanned: false };
}

const key = (kind: RecipientKind, id: string) => `${kind}:${id}`;
const isRec = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Nominations (live, else as the log stored them at creation or deletion) -> their nominee. */
async function nominationRecipients(ids: string[] | undefined, db: AppDatabase): Promise<Map<string, AuditSubjectRef>> {
  const out = new Map<string, AuditSubjectRef>();
  const live = ids ? (await db.nominations.bulkGet(ids)).filter((n) => n !== undefined) : await db.nominations.toArray();
  for (const n of live) out.set(n.id, { kind: n.recipientKind, id: n.recipientId });
  const missing = ids?.filter((id) => !out.has(id));
  if (missing && missing.length === 0) return out;
  const logged = missing ? await db.auditLog.where('recordId').anyOf(missing).toArray() : await db.auditLog.where('table').equals('nominations').toArray();
  for (const e of logged) {
    if (e.table !== 'nominations' || out.has(e.recordId)) continue;
    const ref = subjectRefOf(e);
    if (ref) out.set(e.recordId, ref);
  }
  return out;
}

/**
 * Does an entry concern a unit or person (or record) whose name has every query word as a word prefix,
 * diacritics ignored? Live names come from the unit directory and the people table, deleted ones from the log.
 */
async function subjectMatcher(query: string, db: AppDatabase): Promise<Predicate | undefined> {
  const words = queryWords(query);
  if (!words.length) return undefined;
  const fits = (ws: readonly string[]) => words.every((w) => ws.some((s) => s.startsWith(w)));
  const nameFits = (name: string | undefined) => (name ? fits(searchWords(name)) : false);
  const [dir, people, deleted, nominations] = await Promise.all([
    unitDirectory(db),
    db.people.toArray(),
    db.auditLog
      .where('action')
      .equals('delete')
      .filter((e) => e.table === 'units' || e.table === 'people')
      .toArray(),
    nominationRecipients(undefined, db),
  ]);
  const hits = new Set<string>();
  for (const u of dir.entries) if (fits(u.searchWords)) hits.add(key('unit', u.id));
  for (const p of people) if (fits(p.searchWords)) hits.add(key('person', p.id));
  for (const e of deleted) {
    const ref = subjectRefOf(e);
    if (ref && nameFits(ref.name)) hits.add(key(ref.kind, ref.id));
  }
  const noCatalog = { catalog: () => undefined };
  return (e) => {
    const ref = subjectRefOf(e) ?? (e.table === 'nominations' ? nominations.get(e.recordId) : undefined);
    if (ref) return hits.has(key(ref.kind, ref.id)) || nameFits(ref.name);
    return nameFits(recordNameOf(e, noCatalog));
  };
}

interface Resolved {
  refs: Array<AuditSubjectRef | undefined>;
  names: AuditNames;
  subject: (i: number) => string;
}

/** Who each entry is about and the names it needs (units, people, catalogue), looked up once for all entries. */
async function resolve(entries: AuditEntry[], db: AppDatabase): Promise<Resolved> {
  const refs: Array<AuditSubjectRef | undefined> = entries.map((e) => subjectRefOf(e));
  const nomIds = [...new Set(entries.flatMap((e, i) => (!refs[i] && e.table === 'nominations' ? [e.recordId] : [])))];
  if (nomIds.length) {
    const byNom = await nominationRecipients(nomIds, db);
    entries.forEach((e, i) => {
      if (!refs[i] && e.table === 'nominations') refs[i] = byNom.get(e.recordId);
    });
  }
  const unitIds = new Set<string>();
  const personIds = new Set<string>();
  refs.forEach((r) => r && (r.kind === 'unit' ? unitIds : personIds).add(r.id));
  for (const e of entries)
    for (const side of [e.before, e.after]) if (isRec(side) && typeof side.unitId === 'string' && e.table === 'people') unitIds.add(side.unitId);
  const [units, people, catalog] = await Promise.all([db.units.bulkGet([...unitIds]), db.people.bulkGet([...personIds]), db.catalog.toArray()]);
  const unitName = new Map(units.flatMap((u) => (u ? [[u.id, u.name] as const] : [])));
  const personName = new Map(people.flatMap((p) => (p ? [[p.id, p.fullName] as const] : [])));
  // Deleted records: the name the log stored when they were created, edited or deleted.
  const gone = [...[...unitIds].filter((id) => !unitName.has(id)), ...[...personIds].filter((id) => !personName.has(id))];
  if (gone.length) {
    for (const e of await db.auditLog.where('recordId').anyOf(gone).toArray()) {
      const ref = subjectRefOf(e);
      if (!ref?.name || (e.table !== 'units' && e.table !== 'people')) continue;
      (ref.kind === 'unit' ? unitName : personName).set(ref.id, ref.name);
    }
  }
  const catalogName = new Map(catalog.map((c) => [c.code, c.name]));
  const names: AuditNames = { catalog: (c) => catalogName.get(c), unit: (id) => unitName.get(id), person: (id) => personName.get(id) };
  const subject = (i: number) => {
    const ref = refs[i];
    if (!ref) return recordNameOf(entries[i]!, names) ?? '';
    return (ref.kind === 'unit' ? unitName.get(ref.id) : personName.get(ref.id)) ?? ref.name ?? (ref.kind === 'unit' ? '(đơn vị đã xóa)' : '(cá nhân đã xóa)');
  };
  return { refs, names, subject };
}

function rowOf(e: AuditEntry, i: number, r: Resolved): AuditRow {
  const ref = r.refs[i];
  const row: AuditRow = {
    id: e.id!,
    at: e.at,
    actor: e.actor,
    action: e.action,
    actionLabel: actionLabel(e.action),
    table: e.table,
    tableLabel: tableLabel(e.table),
    subject: r.subject(i),
    content: readableSummary(e.summary, r.names),
    changes: describeChanges(e, r.names).map(formatChange),
  };
  if (ref) row.subjectKind = ref.kind;
  return row;
}

/** Readable rows for entries: names of units, people and catalogue entries looked up once for all. */
export async function auditRows(entries: AuditEntry[], db: AppDatabase = getDb()): Promise<AuditRow[]> {
  const r = await resolve(entries, db);
  return entries.map((e, i) => rowOf(e, i, r));
}

/**
 * Entries sorted as asked, then described: only the page's `slice` becomes rows (describing every
 * field of a large log is what costs); sorting by subject resolves names for all of them first.
 */
async function sortedRows(entries: AuditEntry[], sort: AuditSort, db: AppDatabase, slice?: [number, number]): Promise<AuditRow[]> {
  const dir = sort.desc ? -1 : 1;
  let order = entries.map((_, i) => i);
  let resolved: Resolved | undefined;
  if (sort.key === 'at') order.sort((a, b) => dir * (entries[a]!.at.localeCompare(entries[b]!.at) || entries[a]!.id! - entries[b]!.id!));
  else {
    if (sort.key === 'subject') resolved = await resolve(entries, db);
    const keyOf =
      sort.key === 'actor'
        ? (i: number) => entries[i]!.actor
        : sort.key === 'table'
          ? (i: number) => tableLabel(entries[i]!.table)
          : sort.key === 'action'
            ? (i: number) => actionLabel(entries[i]!.action)
            : (i: number) => resolved!.subject(i);
    const keys = order.map(keyOf);
    order.sort((a, b) => dir * compareVi(keys[a], keys[b]) || entries[b]!.id! - entries[a]!.id!);
  }
  if (slice) order = order.slice(slice[0], slice[1]);
  const picked = order.map((i) => entries[i]!);
  return auditRows(picked, db);
}

/** Entries about the units and people a name search finds, through the recordId index; undefined when the search is too broad for it. */
async function subjectEntries(query: string, db: AppDatabase): Promise<AuditEntry[] | undefined> {
  const words = queryWords(query);
  const fits = (ws: readonly string[]) => words.every((w) => ws.some((s) => s.startsWith(w)));
  const nameFits = (name: string | undefined) => (name ? fits(searchWords(name)) : false);
  const [dir, people, deleted, rounds] = await Promise.all([
    unitDirectory(db),
    db.people.toArray(),
    db.auditLog.where('action').equals('delete').toArray(),
    db.rounds.toArray(),
  ]);
  const unitIds = new Set<string>();
  const personIds = new Set<string>();
  for (const u of dir.entries) if (fits(u.searchWords)) unitIds.add(u.id);
  for (const p of people) if (fits(p.searchWords)) personIds.add(p.id);
  for (const e of deleted) {
    const ref = e.table === 'units' || e.table === 'people' ? subjectRefOf(e) : undefined;
    if (ref && nameFits(ref.name)) (ref.kind === 'unit' ? unitIds : personIds).add(ref.id);
  }
  if (unitIds.size + personIds.size > 2000) return undefined;
  const ids = [...unitIds, ...personIds];
  const recordIds = new Set(ids);
  for (const r of rounds) if (nameFits(r.name)) recordIds.add(r.id);
  // Records about them: live ones by their indexes, deleted ones from the deletions the log kept.
  const [awards, nominations, disciplines, initiatives, registrations] = await Promise.all([
    db.awards.where('recipientId').anyOf(ids).primaryKeys(),
    db.nominations.where('recipientId').anyOf(ids).primaryKeys(),
    db.disciplineRecords.where('recipientId').anyOf(ids).primaryKeys(),
    db.initiatives
      .where('personId')
      .anyOf([...personIds])
      .primaryKeys(),
    db.movementRegistrations
      .where('unitId')
      .anyOf([...unitIds])
      .primaryKeys(),
  ]);
  for (const list of [awards, nominations, disciplines, initiatives, registrations]) for (const id of list) recordIds.add(id);
  for (const e of deleted) {
    const ref = subjectRefOf(e);
    if (ref && (ref.kind === 'unit' ? unitIds : personIds).has(ref.id)) recordIds.add(e.recordId);
  }
  // Unit years (`unitId:year`) and ratings (`kind:id:year`) are named after their subject.
  const prefixes = [...[...unitIds].flatMap((id) => [`${id}:`, `unit:${id}:`]), ...[...personIds].map((id) => `person:${id}:`)];
  const [byId, byPrefix] = await Promise.all([
    recordIds.size
      ? db.auditLog
          .where('recordId')
          .anyOf([...recordIds])
          .toArray()
      : Promise.resolve([]),
    prefixes.length ? db.auditLog.where('recordId').startsWithAnyOf(prefixes).toArray() : Promise.resolve([]),
  ]);
  const seen = new Set<number>();
  return [...byId, ...byPrefix].filter((e) => !seen.has(e.id!) && seen.add(e.id!));
}

/** Date and table conditions on entries already read. */
function inRange(filter: AuditFilter): (e: AuditEntry) => boolean {
  const lo = filter.from ? localDayStart(filter.from) : '';
  const hi = filter.to ? localDayStart(filter.to, 1) : '\uffff';
  return (e) => e.at >= lo && e.at < hi && (!filter.table || e.table === filter.table);
}

/** The matching entries, unsorted when `sort` is not by time: a name search through the indexes when it can, else a scan. */
async function matchingEntries(filter: AuditFilter, sort: AuditSort, db: AppDatabase): Promise<AuditEntry[]> {
  if (filter.subject && queryWords(filter.subject).length) {
    const found = await subjectEntries(filter.subject, db);
    if (found) return found.filter(inRange(filter));
  }
  const { coll } = await matching(filter, sort.key === 'at' ? sort.desc : true, db);
  return coll.toArray();
}

/**
 * One page of the log. Newest first (the default) without a name search reads only the page through
 * the time or table index; otherwise the matching entries are read, sorted, and only the page is described.
 */
export async function queryAuditLog(
  filter: AuditFilter,
  offset: number,
  limit: number,
  sort: AuditSort = NEWEST_FIRST,
  db: AppDatabase = getDb(),
): Promise<AuditPage> {
  const searching = !!filter.subject && queryWords(filter.subject).length > 0;
  if (sort.key === 'at' && !searching) {
    const { coll, scanned } = await matching(filter, sort.desc, db);
    if (!scanned) {
      const [total, entries] = await Promise.all([coll.clone().count(), coll.clone().offset(offset).limit(limit).toArray()]);
      return { rows: await auditRows(entries, db), total };
    }
  }
  const entries = await matchingEntries(filter, sort, db);
  return { rows: await sortedRows(entries, sort, db, [offset, offset + limit]), total: entries.length };
}

/** Every matching entry, in the order shown, for the Excel export. */
export async function allAuditRows(filter: AuditFilter, sort: AuditSort = NEWEST_FIRST, db: AppDatabase = getDb()): Promise<AuditRow[]> {
  return sortedRows(await matchingEntries(filter, sort, db), sort, db);
}
