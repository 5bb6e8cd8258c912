/** What the matcher needs from stored records, read in one pass (inside the import worker). */
import type { ExistingIndex } from '@/domain/import/planTypes';
import { awardKey } from '@/domain/import/awardMatch';
import { nominationKey } from '@/domain/import/nominationMatch';
import { initiativeKey } from '@/domain/import/initiativeMatch';
import type { ImportTarget } from '@/domain/import/fields';
import { getDb, type AppDatabase } from '../../database';
import type { CatalogRef } from '@/domain/awards/catalogMatch';
import { CATALOG_SEED } from '@/domain/awards/catalogSeed';
import { awardTables } from '../awards/tables';

/**
 * Stored records the plan of a target compares against, one pass per table: units always; people
 * for every target naming people; awards, the round's nominations, ratings or initiatives as the
 * target needs.
 */
export async function loadExistingIndex(target: ImportTarget, db: AppDatabase = getDb(), options: { roundId?: string } = {}): Promise<ExistingIndex> {
  const units: ExistingIndex['units'] = [];
  await db.units.each((u) => {
    units.push({
      id: u.id,
      name: u.name,
      taxCode: u.taxCode,
      nameKey: u.nameKey,
      kind: u.kind,
      provinceCode: u.provinceCode,
      communeCode: u.communeCode,
      legacyDistrict: u.legacyDistrict,
      address: u.address,
      foundedDate: u.foundedDate,
    });
  });
  const index: ExistingIndex = { units, people: [], awardKeys: [] };
  if (target === 'units') return index;
  await db.people.each((p) => {
    index.people.push({ id: p.id, nameKey: p.nameKey, unitId: p.unitId, birthYear: p.birthYear, ...(p.birthDate ? { birthDate: p.birthDate } : {}) });
  });
  const t = awardTables(db);
  if (target === 'awards') {
    await db.awards.each((a) => {
      index.awardKeys.push(awardKey(a.recipientId, a.year, a.awardName, a.decisionNumber));
    });
  } else if (target === 'nominations') {
    const keys: string[] = [];
    if (options.roundId) {
      await t.nominations
        .where('roundId')
        .equals(options.roundId)
        .each((n) => {
          keys.push(nominationKey(n.recipientKind, n.recipientId, n.catalogCode));
        });
    }
    index.nominationKeys = keys;
  } else if (target === 'ratings') {
    const ratings: Array<[string, string]> = [];
    await t.ratings.each((r) => {
      ratings.push([r.id, r.rating]);
    });
    index.ratings = ratings;
  } else if (target === 'initiatives') {
    const keys: string[] = [];
    await t.initiatives.each((i) => {
      keys.push(initiativeKey(i.personId, i.title));
    });
    index.initiativeKeys = keys;
  }
  return index;
}

/** The award catalogue to match names against; the shipped one when the catalogue was never opened. */
export async function loadCatalogRefs(db: AppDatabase = getDb()): Promise<CatalogRef[]> {
  const rows = await awardTables(db).catalog.toArray();
  return (rows.length ? rows : CATALOG_SEED).map(({ code, name, recipient, commendationType, active }) => ({
    code,
    name,
    recipient,
    commendationType,
    active,
  }));
}
