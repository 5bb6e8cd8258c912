import Dexie from 'dexie';
import type {
  AwardRecord,
  DisciplineLevel,
  DisciplineRecord,
  Initiative,
  Nomination,
  NominationRound,
  Person,
  RecipientKind,
  YearRating,
} from '@/domain/awards/types';
import { DISCIPLINE_LEVELS } from '@/domain/awards/types';
import { evaluateEligibility, type EligibilityResult, type MemberFacts, type NomineeFacts } from '@/domain/awards/eligibility';
import { checkQuotas, type QuotaCheck, type QuotaHolder } from '@/domain/awards/quota';
import { ruleLeaves } from '@/domain/awards/ruleTree';
import { unitYearsOf } from '@/domain/registry/unitYears';
import { loadClusterStandings } from './clusterStandings';
import { getOfficeQuotas } from './officeQuotas';
import { todayIso } from '@/domain/text/format';
import { recipientKey } from '@/domain/awards/eligibilityCache';
import { factBucket, factsOf } from '@/domain/awards/factChunks';
import { getDb, type AppDatabase } from '../../database';
import { factStoreBuilt, readFactChunks, rebuildFactStore } from '../../factStore';
import { awardTables } from './tables';

/** Judging date: the submission date once submitted, else today. */
export function judgingDate(n: Pick<Nomination, 'submittedAt'>): string {
  return n.submittedAt ? n.submittedAt.slice(0, 10) : todayIso();
}

export async function codeNames(db: AppDatabase = getDb()): Promise<(code: string) => string> {
  const entries = await awardTables(db).catalog.toArray();
  const map = new Map(entries.map((e) => [e.code, e.name]));
  return (code) => map.get(code) ?? code;
}

/** Live eligibility of one nomination (rules in force on its judging date), with its round's other entries. */
export async function evaluateNomination(
  n: Nomination,
  round: Pick<NominationRound, 'year'>,
  date = judgingDate(n),
  db: AppDatabase = getDb(),
): Promise<EligibilityResult> {
  const others = (await awardTables(db).nominations.where('roundId').equals(n.roundId).toArray()).filter((x) => x.id !== n.id);
  const results = await evaluateMany([n, ...others], round.year, (x) => (x.id === n.id ? date : judgingDate(x)), n.id, db);
  return results.get(n.id)!;
}

/** Quota caps of a round (live nominations, i.e. not rejected), checked on `date` (default today). */
export async function roundQuotaChecks(roundId: string, date = todayIso(), db: AppDatabase = getDb()): Promise<QuotaCheck[]> {
  const t = awardTables(db);
  const round = await t.rounds.get(roundId);
  if (!round) return [];
  const noms = (await t.nominations.where('roundId').equals(roundId).toArray()).filter((n) => n.status !== 'rejected');
  if (noms.length === 0) return [];
  const [rules, officeQuotas] = await Promise.all([t.rules.toArray(), getOfficeQuotas(db)]);
  const caps = [
    ...rules.flatMap((r) => ruleLeaves(r.condition).flatMap((l) => (l.kind === 'quota' ? [{ catalogCode: r.catalogCode, ofCodes: l.ofCodes }] : []))),
    ...officeQuotas,
  ];
  const cappedCodes = new Set(caps.map((c) => c.catalogCode));
  const baseCodes = new Set(caps.flatMap((c) => c.ofCodes));
  const yearAwards = await db.awards.where('year').equals(round.year).toArray();
  const relevant = yearAwards.filter((a) => cappedCodes.has(a.catalogCode) || baseCodes.has(a.catalogCode));
  const personIds = [...new Set([...noms, ...relevant].filter((x) => x.recipientKind === 'person').map((x) => x.recipientId))];
  const people = await db.people.bulkGet(personIds);
  const unitOf = new Map(people.filter((p) => p !== undefined).map((p) => [p.id, p.unitId]));
  const groupOf = (kind: RecipientKind, id: string) => (kind === 'person' ? unitOf.get(id) : id);
  const holder = (x: { catalogCode: string; recipientKind: RecipientKind; recipientId: string }): QuotaHolder => {
    const g = groupOf(x.recipientKind, x.recipientId);
    return { catalogCode: x.catalogCode, recipientId: x.recipientId, ...(g ? { groupId: g } : {}) };
  };
  const roundIds = new Set(noms.map((n) => n.id));
  // An award typed in by hand or imported (no nomination link) for a nominee's title this year is that nomination's result.
  const nominated = new Set(noms.map((n) => `${n.recipientKind}:${n.recipientId}:${n.catalogCode}`));
  const fromRound = (a: { nominationEntryId?: string; recipientKind: RecipientKind; recipientId: string; catalogCode: string }) =>
    a.nominationEntryId ? roundIds.has(a.nominationEntryId) : nominated.has(`${a.recipientKind}:${a.recipientId}:${a.catalogCode}`);
  const unitIds = [...new Set([...unitOf.values()].filter((v): v is string => !!v))];
  const units = await db.units.bulkGet(unitIds);
  const unitName = new Map(units.filter((u) => u !== undefined).map((u) => [u.id, u.name]));
  const names = await codeNames(db);
  return checkQuotas(
    {
      date,
      nominees: noms.map((n) => ({ nominationId: n.id, ...holder(n) })),
      baseHolders: [
        ...relevant.filter((a) => baseCodes.has(a.catalogCode) && !fromRound(a)).map(holder),
        ...noms.filter((n) => baseCodes.has(n.catalogCode)).map(holder),
      ],
      alreadyAwarded: relevant.filter((a) => cappedCodes.has(a.catalogCode) && !fromRound(a)).map(holder),
      groupName: (id) => unitName.get(id) ?? id,
    },
    rules,
    names,
    officeQuotas,
  );
}

/** Another entry counts as the recipient's title for the round's year once the council passed it or it was approved/decided. */
function isVoted(n: Nomination, passedVotes: Set<string>): boolean {
  return n.status === 'approved' || n.status === 'decided' || (n.status === 'reviewed' && passedVotes.has(n.id));
}

/**
 * Live eligibility of many nominations at once: every table is read once with bulk key look-ups
 * (a round with thousands of entries must not issue thousands of queries), then judged in memory.
 * The nominations given are also each other's "same round" (a title voted there counts as held).
 * `only`: judge just that nomination (the others still count as its round).
 */
export async function evaluateMany(
  noms: Nomination[],
  year: number,
  dateOf: (n: Nomination) => string = judgingDate,
  only?: string,
  db: AppDatabase = getDb(),
): Promise<Map<string, EligibilityResult>> {
  const judged = await judgeNominations(noms, year, dateOf, only === undefined ? undefined : new Set([only]), db);
  return new Map([...judged].map(([id, j]) => [id, j.result]));
}

/** A judged entry, with the members a collective was judged with (a change to one re-judges it). */
export interface Judgment {
  result: EligibilityResult;
  memberIds?: string[];
}

/** Nominees below which an incomplete fact store is not built first: their records are read one by one. */
const SMALL_ROUND = 50;

/** The facts of some recipients (`kind:id`) and of collectives' members. */
interface NomineeRows {
  members: Person[];
  awards: AwardRecord[];
  ratings: YearRating[];
  disciplines: DisciplineRecord[];
  initiatives: Initiative[];
}

/** From the fact store: the recipients' chunks, then the chunks of collectives' members. */
export async function factsFromStore(db: AppDatabase, keys: ReadonlyArray<[RecipientKind, string]>): Promise<NomineeRows> {
  return db.transaction('r', [db.factChunks], async () => {
    const owners = new Set(keys.map(([k, id]) => recipientKey(k, id)));
    const buckets = new Set([...owners].map(factBucket));
    const chunks = await readFactChunks(db, [...buckets]);
    const members = factsOf(chunks, owners).people as unknown as Person[];
    for (const p of members) owners.add(recipientKey('person', p.id));
    const more = [...new Set([...owners].map(factBucket))].filter((b) => !buckets.has(b));
    if (more.length) chunks.push(...(await readFactChunks(db, more)));
    const rows = factsOf(chunks, owners);
    return {
      members,
      awards: rows.awards as unknown as AwardRecord[],
      ratings: rows.ratings as unknown as YearRating[],
      disciplines: rows.disciplineRecords as unknown as DisciplineRecord[],
      initiatives: rows.initiatives as unknown as Initiative[],
    };
  });
}

/** From the tables, with bulk look-ups (the store is incomplete and the round small). */
export async function factsFromTables(db: AppDatabase, keys: ReadonlyArray<[RecipientKind, string]>): Promise<NomineeRows> {
  const t = awardTables(db);
  const personIds = keys.filter(([k]) => k === 'person').map(([, id]) => id);
  const unitIds = keys.filter(([k]) => k === 'unit').map(([, id]) => id);
  // anyOf on a single-field index walks one cursor: about 3x faster than per-key or compound look-ups.
  return db.transaction('r', [db.people, db.awards, t.ratings, t.disciplines, t.initiatives], async () => {
    const members = unitIds.length ? await db.people.where('unitId').anyOf(unitIds).toArray() : [];
    const wanted = new Set([...keys.map(([k, id]) => recipientKey(k, id)), ...members.map((p) => recipientKey('person', p.id))]);
    const ids = [...new Set([...keys.map(([, id]) => id), ...members.map((p) => p.id)])];
    const own = <T extends { recipientKind: RecipientKind; recipientId: string }>(rows: T[]) =>
      rows.filter((r) => wanted.has(recipientKey(r.recipientKind, r.recipientId)));
    // One table after another: parallel cursors in one transaction were twice as slow.
    const awards = own(await db.awards.where('recipientId').anyOf(ids).toArray());
    const ratings = own(await t.ratings.where('recipientId').anyOf(ids).toArray());
    const disciplines = own(await t.disciplines.where('recipientId').anyOf(ids).toArray());
    const initiatives = personIds.length ? await t.initiatives.where('personId').anyOf(personIds).toArray() : [];
    return { members, awards, ratings, disciplines, initiatives };
  });
}

/** evaluateMany for the entries in `only` (all when absent), the others counting as their round. */
export async function judgeNominations(
  noms: readonly Nomination[],
  year: number,
  dateOf: (n: Nomination) => string = judgingDate,
  only?: ReadonlySet<string>,
  db: AppDatabase = getDb(),
  build: 'now' | 'later' = 'now',
): Promise<Map<string, Judgment>> {
  const t = awardTables(db);
  const out = new Map<string, Judgment>();
  if (noms.length === 0) return out;
  const judged = only ? noms.filter((n) => only.has(n.id)) : noms;
  if (judged.length === 0) return out;
  const keys = [...new Map(judged.map((n) => [`${n.recipientKind}:${n.recipientId}`, [n.recipientKind, n.recipientId] as [RecipientKind, string]])).values()];
  const unitIds = keys.filter(([k]) => k === 'unit').map(([, id]) => id);
  const roundIds = [...new Set(noms.map((n) => n.roundId))];
  const read = await db.transaction('r', [db.factChunks, db.units, t.rules, t.catalog, t.votes], async () => {
    const [rules, names, units, votes] = await Promise.all([
      t.rules.toArray(),
      codeNames(db),
      unitIds.length ? db.units.bulkGet(unitIds) : Promise.resolve([]),
      t.votes.where('roundId').anyOf(roundIds).toArray(),
    ]);
    return { rules, names, units, votes, built: await factStoreBuilt(db) };
  });
  const { rules, names, units, votes } = read;
  let built = read.built;
  // A big round builds the store once (two table reads) rather than looking up every nominee.
  if (!built && keys.length > SMALL_ROUND) {
    if (build === 'now') built = await rebuildFactStore(db);
    else Dexie.ignoreTransaction(() => setTimeout(() => void rebuildFactStore(db).catch((err: unknown) => console.error('Dựng kho dữ kiện lỗi', err)), 0));
  }
  const { members, awards, ratings, disciplines, initiatives } = built ? await factsFromStore(db, keys) : await factsFromTables(db, keys);
  const standings = await loadClusterStandings(unitIds, year, db);
  const group = <T extends { recipientKind: RecipientKind; recipientId: string }>(rows: T[]) => {
    const m = new Map<string, T[]>();
    for (const r of rows) {
      const k = `${r.recipientKind}:${r.recipientId}`;
      const list = m.get(k);
      if (list) list.push(r);
      else m.set(k, [r]);
    }
    return m;
  };
  const awardsBy = group(awards);
  const ratingsBy = group(ratings);
  const discBy = group(disciplines);
  const passedVotes = new Set(votes.filter((v) => v.passed === 1).map((v) => v.nominationId));
  // Entries of the same round, per recipient, for titles "voted in the same round" (live ones only).
  const roundBy = new Map<string, Array<Nomination>>();
  for (const n of noms) {
    if (n.status === 'rejected') continue;
    const k = `${n.roundId}|${n.recipientKind}:${n.recipientId}`;
    roundBy.set(k, [...(roundBy.get(k) ?? []), n]);
  }
  const initBy = new Map<string, typeof initiatives>();
  for (const i of initiatives) if (i.personId) initBy.set(i.personId, [...(initBy.get(i.personId) ?? []), i]);
  const unitById = new Map(units.flatMap((u) => (u ? [[u.id, u] as const] : [])));
  const membersOf = new Map<string, Array<{ personId: string; facts: MemberFacts }>>();
  for (const p of members) {
    const k = `person:${p.id}`;
    let worst: DisciplineLevel | undefined;
    for (const d of discBy.get(k) ?? []) {
      if (d.kind !== 'ky_luat' || !d.from.startsWith(String(year))) continue;
      const level = d.level ?? 'khien_trach';
      if (!worst || DISCIPLINE_LEVELS.indexOf(level) > DISCIPLINE_LEVELS.indexOf(worst)) worst = level;
    }
    const m: MemberFacts = { codes: (awardsBy.get(k) ?? []).filter((a) => a.year === year).map((a) => a.catalogCode) };
    const rating = (ratingsBy.get(k) ?? []).find((r) => r.year === year);
    if (rating) m.rating = rating.rating;
    if (worst) m.disciplineLevel = worst;
    membersOf.set(p.unitId!, [...(membersOf.get(p.unitId!) ?? []), { personId: p.id, facts: m }]);
  }
  for (const n of judged) {
    const k = `${n.recipientKind}:${n.recipientId}`;
    const sameRound = (roundBy.get(`${n.roundId}|${k}`) ?? [])
      .filter((x) => x.id !== n.id)
      .map((x) => ({ code: x.catalogCode, year, voted: isVoted(x, passedVotes) }));
    const facts: NomineeFacts = {
      recipientKind: n.recipientKind,
      recipientId: n.recipientId,
      awards: awardsBy.get(k) ?? [],
      ratings: ratingsBy.get(k) ?? [],
      disciplines: discBy.get(k) ?? [],
      initiatives: n.recipientKind === 'person' ? (initBy.get(n.recipientId) ?? []) : [],
      sameRound,
    };
    let memberIds: string[] | undefined;
    if (n.recipientKind === 'unit') {
      // Members' titles voted in this round count for the collective's shares (TTLĐXS: a member at CSTĐCS standard).
      const members = membersOf.get(n.recipientId) ?? [];
      facts.members = members.map(({ personId, facts: m }) => {
        const voted = (roundBy.get(`${n.roundId}|person:${personId}`) ?? []).filter((x) => isVoted(x, passedVotes)).map((x) => x.catalogCode);
        return voted.length ? { ...m, codes: [...m.codes, ...voted] } : m;
      });
      memberIds = members.map((m) => m.personId);
      const unit = unitById.get(n.recipientId);
      if (unit) {
        facts.unitYears = unitYearsOf(unit).map((u) => ({ year: u.year, revenue: u.revenue, profit: u.profit, avgIncome: u.avgIncome }));
        if (unit.sector) facts.sector = unit.sector;
      }
      facts.clusterStandings = standings.get(n.recipientId) ?? [];
    }
    const result = evaluateEligibility(
      {
        catalogCode: n.catalogCode,
        year,
        date: dateOf(n),
        facts,
        commendationType: n.commendationType ?? 'thuong_xuyen',
        documents: n.attachments.map((a) => a.docType),
        ownNominationId: n.id,
        ...(n.confirmations ? { confirmations: n.confirmations } : {}),
        overrides: n.overrides,
        ...(n.initiativeId ? { initiativeId: n.initiativeId } : {}),
        ...(n.awardId ? { ownAwardId: n.awardId } : {}),
      },
      rules,
      names,
    );
    out.set(n.id, memberIds ? { result, memberIds } : { result });
  }
  return out;
}
