/**
 * Award reads for the screens (queries) that belong to no single write module; the other reads
 * sit beside their writes (listAwardsFor in awardHistory.ts, listRounds in rounds.ts…).
 */
import type { AwardRecord } from '@/domain/awards/types';
import { getDb, type AppDatabase } from '../../database';

/** The stored awards among `ids`, in the order given (ids no longer stored are left out). */
export async function getAwardsByIds(ids: readonly string[], db: AppDatabase = getDb()): Promise<AwardRecord[]> {
  return (await db.awards.bulkGet([...ids])).filter((a): a is AwardRecord => a !== undefined);
}
