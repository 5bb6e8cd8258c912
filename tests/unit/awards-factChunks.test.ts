import { test, expect } from '@playwright/test';
import {
  FACT_TABLES,
  applyFactWrite,
  buildFactChunks,
  emptyFactRows,
  factBucket,
  factOwner,
  factsOf,
  type FactChunk,
  type FactRows,
  type FactTable,
} from '../../src-renderer/src/domain/awards/factChunks';

type Row = Record<string, unknown>;

test('records are filed under their recipient; people under their unit; no owner, not filed', () => {
  expect(factOwner('awards', { recipientKind: 'person', recipientId: 'p1' })).toBe('person:p1');
  expect(factOwner('ratings', { recipientKind: 'unit', recipientId: 'u1' })).toBe('unit:u1');
  expect(factOwner('initiatives', { personId: 'p2' })).toBe('person:p2');
  expect(factOwner('initiatives', {})).toBeUndefined();
  expect(factOwner('people', { id: 'p1', unitId: 'u3' })).toBe('unit:u3');
  expect(factOwner('people', { id: 'p1' })).toBeUndefined();
  // A stable spread: the same key always lands in the same bucket, keys spread over many buckets.
  expect(factBucket('person:p1')).toBe(factBucket('person:p1'));
  expect(new Set(Array.from({ length: 1000 }, (_, i) => factBucket(`person:p${i}`))).size).toBeGreaterThan(200);
});

test('chunks kept write by write equal a full build of the final tables, after random writes', () => {
  let s = 11;
  const rnd = (n: number) => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return (s >>> 8) % n;
  };
  const tables: Record<FactTable, Map<string, Row>> = {
    awards: new Map(),
    ratings: new Map(),
    disciplineRecords: new Map(),
    initiatives: new Map(),
    people: new Map(),
  };
  const record = (table: FactTable, id: string): Row => {
    if (table === 'people') return { id, fullName: `Người ${id}`, ...(rnd(5) ? { unitId: `u${rnd(6)}` } : {}) };
    if (table === 'initiatives') return { id, title: id, ...(rnd(5) ? { personId: `p${rnd(30)}` } : {}) };
    return { id, recipientKind: rnd(4) ? 'person' : 'unit', recipientId: rnd(2) ? `p${rnd(30)}` : `u${rnd(6)}`, year: 2015 + rnd(10) };
  };
  let chunks = new Map<number, FactChunk>();
  for (let i = 0; i < 3000; i++) {
    const table = FACT_TABLES[rnd(FACT_TABLES.length)]!;
    const stored = tables[table];
    const existing = [...stored.keys()];
    // The records as they were before the write (what the store's keeper reads first).
    const original = new Map(stored);
    const before: Row[] = [];
    const saw = (id: string) => {
      if (original.has(id) && !before.some((r) => r.id === id)) before.push(original.get(id)!);
    };
    const after: Row[] = [];
    const op = rnd(3);
    const count = 1 + rnd(4);
    for (let k = 0; k < count; k++) {
      if (op === 2 && existing.length) {
        const id = existing[rnd(existing.length)]!;
        saw(id);
        stored.delete(id);
      } else {
        // A new id or a replaced record (moving it to another recipient or year).
        const id = op === 1 && existing.length ? existing[rnd(existing.length)]! : `${table[0]}${i}-${k}`;
        saw(id);
        const r = record(table, id);
        stored.set(id, r);
        after.push(r);
      }
    }
    const next = applyFactWrite(chunks, { table, before, after });
    chunks = new Map(chunks);
    for (const c of next) {
      if (FACT_TABLES.every((t) => c.rows[t].length === 0)) chunks.delete(c.bucket);
      else chunks.set(c.bucket, c);
    }
  }
  const full: FactRows = emptyFactRows();
  for (const t of FACT_TABLES) full[t] = [...tables[t].values()].sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));
  const kept = [...chunks.values()].sort((a, b) => a.bucket - b.bucket);
  expect(kept.length).toBeGreaterThan(20);
  expect(JSON.stringify(kept)).toBe(JSON.stringify(buildFactChunks(full)));

  // Reading back: one recipient's records, and a collective's members (people filed under it).
  const p7 = factsOf(kept, new Set(['person:p7']));
  expect(p7.awards.map((a) => a.id).sort()).toEqual(
    full.awards
      .filter((a) => a.recipientKind === 'person' && a.recipientId === 'p7')
      .map((a) => a.id)
      .sort(),
  );
  const u2 = factsOf(kept, new Set(['unit:u2']));
  expect(u2.people.map((p) => p.id).sort()).toEqual(
    full.people
      .filter((p) => p.unitId === 'u2')
      .map((p) => p.id)
      .sort(),
  );
  expect(u2.people.length).toBeGreaterThan(0);
});
