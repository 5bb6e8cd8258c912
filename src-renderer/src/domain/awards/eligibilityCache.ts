/**
 * Which judged entries of a round are still right after some writes. A round's judged entries are
 * kept with the position of the fact log they were judged at (db/factLog.ts); the log since then
 * names the recipients whose facts changed. Pure: the caller reads the cache and the log.
 */
import type { EligibilityResult } from './eligibilityTypes';
import type { Nomination } from './types';

/** Every nominee's facts may have changed (rules, catalogue names, a bulk write, a damaged entry). */
export const ALL_FACTS = '*';
/** Every collective nominee's facts may have changed (cluster scores and votes, big unit writes). */
export const ALL_UNIT_FACTS = 'unit:*';

/** `person:<id>` / `unit:<id>`: the recipient whose own facts (or whose members) changed. */
export const recipientKey = (kind: string, id: string) => `${kind}:${id}`;
/** A council vote changed: the entry it is about (and so its recipient's round-mates). */
export const nominationKey = (id: string) => `nomination:${id}`;

export interface CachedJudgment {
  nominationId: string;
  /** What the judgment was made from on the nomination's side (nominationStamp). */
  stamp: string;
  /** A collective's members at judging time: a change to any of them re-judges it. */
  memberIds?: string[];
  result: EligibilityResult;
}

export interface RoundEligibilityCache {
  roundId: string;
  /** Fact log position the judgments include (every entry up to it, maybe some after). */
  seq: number;
  year: number;
  judgments: CachedJudgment[];
}

/** The nomination's own inputs to its judgment, and the judging date (rules in force, dated facts). */
export function nominationStamp(n: Nomination, date: string): string {
  return JSON.stringify([
    n.updatedAt,
    n.status,
    n.catalogCode,
    n.commendationType ?? null,
    n.recipientKind,
    n.recipientId,
    date,
    n.attachments.map((a) => a.docType),
    n.overrides,
    n.confirmations ?? null,
    n.initiativeId ?? null,
    n.awardId ?? null,
  ]);
}

/**
 * The ids of `noms` to judge again: not cached, or their stamp changed, or a key in `changed` is
 * theirs, their round-mates' (same recipient), or, for a collective, one of its members'. `changed`
 * holds the log's keys since `cache.seq`; `nomination:<id>` keys count as that entry's recipient.
 */
export function staleNominations(
  cache: RoundEligibilityCache | undefined,
  noms: readonly Nomination[],
  year: number,
  dateOf: (n: Nomination) => string,
  changed: ReadonlySet<string>,
): Set<string> {
  const all = new Set(noms.map((n) => n.id));
  if (!cache || cache.year !== year || changed.has(ALL_FACTS)) return all;
  const keys = new Set(changed);
  for (const n of noms) if (changed.has(nominationKey(n.id))) keys.add(recipientKey(n.recipientKind, n.recipientId));
  const cached = new Map(cache.judgments.map((j) => [j.nominationId, j]));
  const stale = new Set<string>();
  for (const n of noms) {
    const j = cached.get(n.id);
    const own = recipientKey(n.recipientKind, n.recipientId);
    if (
      !j ||
      j.stamp !== nominationStamp(n, dateOf(n)) ||
      keys.has(own) ||
      (n.recipientKind === 'unit' && (keys.has(ALL_UNIT_FACTS) || (j.memberIds ?? []).some((m) => keys.has(recipientKey('person', m)))))
    )
      stale.add(n.id);
  }
  return stale;
}
