import type { CatalogEntry, CouncilVote, Nomination, NominationRound, Person } from '@/domain/awards/types';
import type { Unit } from '@/domain/registry/types';
import type { ListNominee } from '@/domain/awards/nominationList';
import { compareVi } from '@/domain/text/collate';
import { getDb, type AppDatabase } from '../../database';
import { awardTables } from './tables';
import { listCatalog } from './catalog';

/** A nomination with the names the screens and printed documents show. */
export interface NominationView {
  nomination: Nomination;
  name: string;
  person?: Person;
  unit?: Unit;
  /** The person's unit. */
  personUnit?: Unit;
  vote?: CouncilVote;
}

export interface RoundReport {
  round: NominationRound;
  catalog: CatalogEntry[];
  views: NominationView[];
}

/** Everything the round screen, the printed documents and the Excel list need, in one read. */
export async function loadRoundReport(roundId: string, db: AppDatabase = getDb()): Promise<RoundReport | null> {
  const t = awardTables(db);
  const round = await t.rounds.get(roundId);
  if (!round) return null;
  const [noms, votes, catalog] = await Promise.all([
    t.nominations.where('roundId').equals(roundId).toArray(),
    t.votes.where('roundId').equals(roundId).toArray(),
    listCatalog(db),
  ]);
  const personIds = noms.filter((n) => n.recipientKind === 'person').map((n) => n.recipientId);
  const people = new Map((await db.people.bulkGet(personIds)).filter((p) => p !== undefined).map((p) => [p.id, p]));
  const unitIds = new Set(noms.filter((n) => n.recipientKind === 'unit').map((n) => n.recipientId));
  for (const p of people.values()) if (p.unitId) unitIds.add(p.unitId);
  const units = new Map((await db.units.bulkGet([...unitIds])).filter((u) => u !== undefined).map((u) => [u.id, u]));
  const voteOf = new Map(votes.map((v) => [v.nominationId, v]));
  const views = noms.map((n): NominationView => {
    const person = n.recipientKind === 'person' ? people.get(n.recipientId) : undefined;
    const unit = n.recipientKind === 'unit' ? units.get(n.recipientId) : undefined;
    const personUnit = person?.unitId ? units.get(person.unitId) : undefined;
    const v: NominationView = { nomination: n, name: person?.fullName ?? unit?.name ?? '(đã xóa)' };
    if (person) v.person = person;
    if (unit) v.unit = unit;
    if (personUnit) v.personUnit = personUnit;
    const vote = voteOf.get(n.id);
    if (vote) v.vote = vote;
    return v;
  });
  views.sort((a, b) => compareVi(a.name, b.name));
  return { round, catalog, views };
}

/** Rows of the printed/exported nomination list: every entry not rejected, optionally one form only. */
export function listNominees(report: RoundReport, catalogCode?: string): ListNominee[] {
  return report.views
    .filter((v) => v.nomination.status !== 'rejected' && (!catalogCode || v.nomination.catalogCode === catalogCode))
    .map((v) => {
      const n: ListNominee = { catalogCode: v.nomination.catalogCode, recipientKind: v.nomination.recipientKind, name: v.name, summary: v.nomination.summary };
      if (v.person) {
        n.gender = v.person.gender;
        if (v.person.birthYear) n.birthYear = v.person.birthYear;
        if (v.person.ethnicity) n.ethnicity = v.person.ethnicity;
        if (v.person.position) n.position = v.person.position;
      }
      const unitName = v.personUnit?.name;
      if (unitName) n.unitName = unitName;
      if (v.nomination.note) n.note = v.nomination.note;
      return n;
    });
}
