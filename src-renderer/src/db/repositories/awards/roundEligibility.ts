/**
 * A round's judged entries, kept between openings (eligibilityCache) and re-judged only where the
 * fact log (db/factLog.ts) says facts changed since. Opening a judged round reads one record and the
 * log's tail instead of every nominee's history; the judgments equal a full evaluateMany (a test
 * checks it after random write sequences).
 */
import Dexie from 'dexie';
import type { EligibilityResult } from '@/domain/awards/eligibility';
import { ALL_FACTS, nominationStamp, staleNominations, type CachedJudgment, type RoundEligibilityCache } from '@/domain/awards/eligibilityCache';
import type { Nomination } from '@/domain/awards/types';
import { getDb, type AppDatabase } from '../../database';
import { judgeNominations, judgingDate } from './eligibilityFacts';

/** Log entries kept: older ones are dropped, and a round judged before them is judged in full again. */
const LOG_KEPT = 5_000;

export interface RoundJudgment {
  results: Map<string, EligibilityResult>;
  /** Entries judged now (the rest came from the kept judgments). */
  judged: number;
}

/**
 * Judges every entry of a round (`noms`: all of its entries). `persist`: 'later' from a live query
 * (which may not write: the kept judgments are written once it returns), 'now' elsewhere.
 */
export async function judgeRound(
  roundId: string,
  noms: readonly Nomination[],
  year: number,
  persist: 'now' | 'later' = 'now',
  db: AppDatabase = getDb(),
): Promise<RoundJudgment> {
  // The log position is read before the facts: writes in between are judged again next time.
  const { cache, first, last, tail } = await db.transaction('r', [db.eligibilityCache, db.factLog], async () => {
    const cache = await db.eligibilityCache.get(roundId);
    const [first, last] = await Promise.all([db.factLog.orderBy(':id').first(), db.factLog.orderBy(':id').last()]);
    const tail = cache ? await db.factLog.where(':id').above(cache.seq).toArray() : [];
    return { cache, first, last, tail };
  });
  const changed = new Set<string>();
  // A log pruned past the judgments, or an entry that is not a list of keys: judge everything.
  if (cache && first?.seq !== undefined && cache.seq < first.seq - 1) changed.add(ALL_FACTS);
  for (const e of tail) {
    if (Array.isArray(e.keys)) for (const k of e.keys) changed.add(String(k));
    else changed.add(ALL_FACTS);
  }
  const stale = staleNominations(cache, noms, year, judgingDate, changed);
  const fresh = stale.size ? await judgeNominations(noms, year, judgingDate, stale, db, persist) : new Map();
  const kept = new Map(cache?.judgments.map((j) => [j.nominationId, j]));
  const judgments: CachedJudgment[] = noms.map((n) => {
    const f = fresh.get(n.id);
    if (!f) return kept.get(n.id)!;
    return { nominationId: n.id, stamp: nominationStamp(n, judgingDate(n)), ...(f.memberIds ? { memberIds: f.memberIds } : {}), result: f.result };
  });
  const results = new Map(judgments.map((j) => [j.nominationId, j.result]));
  // Unrelated writes only move the log on: the record is rewritten once their tail grows long.
  const current = cache && !stale.size && cache.judgments.length === noms.length && tail.length < 200;
  if (!current) {
    const record: RoundEligibilityCache = { roundId, seq: last?.seq ?? 0, year, judgments };
    const write = () => keep(db, record).catch((err: unknown) => console.error('Lưu kết quả xét điều kiện lỗi', err));
    if (persist === 'now') await write();
    // Out of the live query's zone: a timer callback runs outside Dexie's transaction context.
    else Dexie.ignoreTransaction(() => setTimeout(() => void write(), 0));
  }
  return { results, judged: stale.size };
}

async function keep(db: AppDatabase, record: RoundEligibilityCache): Promise<void> {
  await db.transaction('rw', [db.eligibilityCache, db.factLog], async () => {
    await db.eligibilityCache.put(record);
    const last = await db.factLog.orderBy(':id').lastKey();
    if (typeof last === 'number' && (await db.factLog.count()) > 2 * LOG_KEPT)
      await db.factLog
        .where(':id')
        .below(last - LOG_KEPT)
        .delete();
  });
}
