import { test, expect } from '@playwright/test';
import { openHarness } from '../support/ui';

/**
 * A round's kept judgments (db/repositories/awards/roundEligibility.ts) are re-judged only where
 * the fact log (db/factLog.ts) names changed facts. After random sequences of writes to every table
 * eligibility reads (awards moved, deleted, ratings, disciplines, initiatives, people changing unit,
 * council votes, entries added, edited, removed, rules and cluster scores), the kept path gives
 * exactly what judging the whole round from scratch gives, and a one-person change re-judges only
 * the entries it touches. The fact store (db/factStore.ts) kept by those writes reads the same facts
 * as the tables, and equals a rebuild byte for byte.
 */
test('kept judgments equal a full judgment after random write sequences; a one-person change re-judges only its entries', async ({ page }) => {
  test.setTimeout(240_000);
  await openHarness(page);
  const outcome = await page.evaluate(async () => {
    const h = window.harness;
    const { getDb } = await h.module('db/database');
    const { seedCatalogAndRules } = await h.module('db/repositories/awards/catalog');
    const { evaluateMany } = await h.module('db/repositories/awards/eligibilityFacts');
    const { judgeRound } = await h.module('db/repositories/awards/roundEligibility');
    const { factsFromStore, factsFromTables } = await h.module('db/repositories/awards/eligibilityFacts');
    const { rebuildFactStore, factStoreBuilt } = await h.module('db/factStore');
    await seedCatalogAndRules();
    const db = getDb();
    const now = () => new Date().toISOString();
    let s = 7;
    const rnd = (n: number) => {
      s = (s * 1103515245 + 12345) & 0x7fffffff;
      return (s >>> 8) % n;
    };
    // One award of the history and one entry of round 'r' (as the repositories store them).
    const award = (id: string, year: number, recipientKind: string, recipientId: string, catalogCode: string, extra: object = {}) =>
      ({
        id,
        year,
        recipientKind,
        recipientId,
        catalogCode,
        awardName: catalogCode,
        commendationType: 'thuong_xuyen',
        source: 'import',
        createdAt: now(),
        updatedAt: now(),
        ...extra,
      }) as never;
    const entry = (id: string, recipientKind: string, recipientId: string, catalogCode: string) =>
      ({
        id,
        roundId: 'r',
        recipientKind,
        recipientId,
        catalogCode,
        summary: '',
        attachments: [],
        overrides: [],
        status: 'draft',
        commendationType: 'thuong_xuyen',
        createdAt: now(),
        updatedAt: now(),
      }) as never;
    const units = ['u0', 'u1', 'u2', 'u3'];
    const people = Array.from({ length: 24 }, (_, i) => `p${i}`);
    await db.transaction('rw', [db.units, db.people, db.awards, db.ratings, db.initiatives, db.rounds, db.nominations], async () => {
      for (const id of units)
        await db.units.add({
          id,
          kind: 'htx',
          name: `HTX ${id}`,
          status: 'active',
          member: 1,
          origin: 'manual',
          sortKey: id,
          nameKey: id,
          searchWords: [id],
        } as never);
      for (const [i, id] of people.entries()) {
        await db.people.add({ id, fullName: `Người ${i}`, unitId: units[i % 4], origin: 'manual', createdAt: now(), updatedAt: now() } as never);
        for (let y = 2019; y <= 2025; y++) {
          if ((i + y) % 3) await db.awards.add(award(`a-${id}-${y}`, y, 'person', id, 'LDTT'));
          if ((i + y) % 4) await db.awards.add(award(`c-${id}-${y}`, y, 'person', id, 'CSTDCS'));
          await db.ratings.put({
            id: `person:${id}:${y}`,
            recipientKind: 'person',
            recipientId: id,
            year: y,
            rating: (i + y) % 5 ? 'tot' : 'xuat_sac',
            updatedAt: now(),
          } as never);
        }
        if (i % 3 === 0)
          await db.initiatives.add({ id: `s-${id}`, personId: id, title: `Sáng kiến ${i}`, year: 2024, level: 'co_so', updatedAt: now() } as never);
      }
      for (const [i, id] of units.entries())
        for (let y = 2020; y <= 2025; y++) await db.awards.add(award(`t-${id}-${y}`, y, 'unit', id, i % 2 ? 'TTLDTT' : 'TTLDXS'));
      await db.rounds.add({ id: 'r', name: 'Đợt 2025', year: 2025, type: 'nam', status: 'open', createdAt: now(), updatedAt: now() } as never);
      const codes = ['CSTDCS', 'LDTT', 'CSTD_TINH', 'BK_TINH_CN'];
      for (const [i, id] of people.slice(0, 16).entries()) await db.nominations.add(entry(`n-${id}`, 'person', id, codes[i % 4]!));
      for (const [i, id] of units.entries()) await db.nominations.add(entry(`n-${id}`, 'unit', id, i % 2 ? 'TTLDXS' : 'BK_TINH_TT'));
    });
    const noms = () => db.nominations.where('roundId').equals('r').toArray();
    // The round is small: the fact store is built here, then kept by every write below.
    const builtAtStart = await rebuildFactStore(db);
    const everyone = [...people.map((id) => ['person', id]), ...units.map((id) => ['unit', id])];
    const sorted = (rows: Record<string, Array<{ id: string }>>) =>
      JSON.stringify(
        Object.keys(rows)
          .sort()
          .map((k) => [k, [...rows[k]!].sort((a, b) => (a.id < b.id ? -1 : 1))]),
      );
    const compare = async (label: string) => {
      const sameFacts = sorted(await factsFromStore(db, everyone)) === sorted(await factsFromTables(db, everyone));
      const list = await noms();
      const kept = await judgeRound('r', list, 2025);
      const full = await evaluateMany(list, 2025);
      const a = JSON.stringify(list.map((n: { id: string }) => [n.id, kept.results.get(n.id)]));
      const b = JSON.stringify(list.map((n: { id: string }) => [n.id, full.get(n.id)]));
      return {
        label,
        same: a === b && sameFacts,
        judged: kept.judged,
        entries: list.length,
        passing: [...full.values()].filter((r: { status: string }) => r.status === 'pass').length,
      };
    };
    const steps = [await compare('first judgment')];
    steps.push(await compare('opened again, nothing changed'));
    // One person's new award: only that person's entries and the collective they belong to.
    await db.awards.add(award('x-new', 2025, 'person', 'p5', 'BK_TINH_CN', { source: 'manual' }));
    steps.push(await compare('one award for p5'));
    let nextId = 0;
    const ops: Array<[string, () => Promise<unknown>]> = [
      [
        'award added',
        () =>
          db.awards.add(
            award(
              `x${nextId++}`,
              2021 + rnd(5),
              rnd(4) ? 'person' : 'unit',
              rnd(4) ? people[rnd(24)]! : units[rnd(4)]!,
              ['LDTT', 'CSTDCS', 'BK_TINH_CN', 'TTLDXS'][rnd(4)]!,
              {
                commendationType: rnd(5) ? 'thuong_xuyen' : 'dot_xuat',
                source: 'manual',
              },
            ),
          ),
      ],
      ['award deleted', async () => db.awards.delete((await db.awards.toCollection().primaryKeys())[rnd(50)])],
      [
        'award moved to another person',
        async () => db.awards.update((await db.awards.toCollection().primaryKeys())[rnd(50)], { recipientId: people[rnd(24)] }),
      ],
      [
        'rating changed',
        () => db.ratings.update(`person:${people[rnd(24)]}:${2020 + rnd(6)}`, { rating: ['xuat_sac', 'tot', 'hoan_thanh', 'khong_hoan_thanh'][rnd(4)] }),
      ],
      [
        'discipline',
        () =>
          db.disciplineRecords.put({
            id: `d${rnd(6)}`,
            recipientKind: 'person',
            recipientId: people[rnd(24)],
            kind: 'ky_luat',
            level: 'khien_trach',
            from: '2025-03-01',
            to: rnd(2) ? '2025-09-01' : undefined,
            updatedAt: now(),
          } as never),
      ],
      ['initiative deleted', async () => db.initiatives.delete((await db.initiatives.toCollection().primaryKeys())[0] ?? 'none')],
      ['person changes unit', () => db.people.update(people[rnd(24)], { unitId: units[rnd(4)] })],
      [
        'council vote',
        async () =>
          db.councilVotes.put({ id: `v${rnd(5)}`, roundId: 'r', nominationId: (await noms())[rnd(16)]!.id, passed: rnd(2), createdAt: now() } as never),
      ],
      [
        'entry status changed',
        async () => db.nominations.update((await noms())[rnd(20)]!.id, { status: ['draft', 'reviewed', 'approved', 'rejected'][rnd(4)], updatedAt: now() }),
      ],
      ['entry added', () => db.nominations.add(entry(`nx${nextId++}`, 'person', people[16 + rnd(8)]!, ['LDTT', 'CSTDCS'][rnd(2)]!))],
      ['entry removed', async () => db.nominations.delete((await noms()).at(-1)!.id)],
      ['catalogue renamed', () => db.catalog.update('LDTT', { name: `Lao động tiên tiến ${rnd(9)}` })],
      ['cluster score', () => db.scores.put({ id: `sc${rnd(3)}`, clusterYearId: 'cy', unitId: units[rnd(4)], criterionId: 'c', value: rnd(100) } as never)],
    ];
    for (let i = 0; i < 60; i++) {
      const [label, op] = ops[rnd(ops.length)]!;
      await op();
      if (i % 3 === 2) steps.push(await compare(`${i}: ${label}`));
    }
    const log = await db.factLog.count();
    const builtAtEnd = await factStoreBuilt(db);
    const kept = JSON.stringify(await db.factChunks.toArray());
    const rebuilt = (await rebuildFactStore(db)) ? JSON.stringify(await db.factChunks.toArray()) : '';
    return { steps, log, builtAtStart, builtAtEnd, storeSameAsRebuild: kept === rebuilt, chunks: await db.factChunks.count() };
  });
  const wrong = outcome.steps.filter((s) => !s.same).map((s) => s.label);
  expect(wrong).toEqual([]);
  const [first, again, one] = outcome.steps;
  expect(first!.judged).toBe(first!.entries);
  expect(first!.passing).toBeGreaterThan(0);
  expect(first!.passing).toBeLessThan(first!.entries);
  expect(again!.judged).toBe(0);
  // p5's own entry and the collective of its unit (u1), nothing else.
  expect(one!.judged).toBe(2);
  expect(outcome.steps.length).toBeGreaterThan(20);
  expect(outcome.log).toBeGreaterThan(0);
  // The fact store kept write by write is, byte for byte, what a rebuild from the tables gives.
  expect(outcome.builtAtStart).toBe(true);
  expect(outcome.builtAtEnd).toBe(true);
  expect(outcome.storeSameAsRebuild).toBe(true);
  expect(outcome.chunks).toBeGreaterThan(20);
});
