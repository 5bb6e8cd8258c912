/**
 * Award history that is on no catalogue entry (imported before names were matched, or named in
 * a way no entry had then) is placed again: it only counts for eligibility once it has a code.
 */
import { CatalogMatcher, commendationTypeOf, placeAwardName } from '@/domain/awards/catalogMatch';
import type { AwardRecord } from '@/domain/awards/types';
import { getDb, type AppDatabase } from '../../database';
import { auditedWrite } from '../../audit';
import { nowIso } from '../../ids';
import { loadAwardChoices } from '../imports/batches';
import { loadCatalogRefs } from '../imports/existing';

export async function countUnplacedAwards(db: AppDatabase = getDb()): Promise<number> {
  return db.awards.where('catalogCode').equals('').count();
}

export interface PlacementResult {
  /** Awards that were on no entry. */
  unplaced: number;
  /** Of those, placed now. */
  placed: number;
}

/** Match every unplaced award name against the catalogue (and the names placed by hand on import). */
export async function placeUnplacedAwards(db: AppDatabase = getDb()): Promise<PlacementResult> {
  const [catalog, choices] = await Promise.all([loadCatalogRefs(db), loadAwardChoices(db)]);
  const matcher = new CatalogMatcher(catalog);
  const chosen = new Map(Object.entries(choices));
  return auditedWrite(db, [db.awards], async ({ audit }) => {
    const rows = await db.awards.where('catalogCode').equals('').toArray();
    const now = nowIso();
    let placed = 0;
    for (const before of rows) {
      const { entry } = placeAwardName(matcher, chosen, before.awardName, before.recipientKind, before.issuingBody);
      if (!entry) continue;
      const after: AwardRecord = {
        ...before,
        catalogCode: entry.code,
        commendationType: commendationTypeOf(before.awardName, entry),
        updatedAt: now,
      };
      await db.awards.put(after);
      await audit({
        action: 'update',
        table: 'awards',
        recordId: after.id,
        summary: `Xếp khen thưởng "${after.awardName}" năm ${after.year} vào mục "${entry.name}"`,
        before,
        after,
      });
      placed++;
    }
    return { unplaced: rows.length, placed };
  });
}
