/** What the matcher needs from stored records, read in one pass (inside the import worker). */
import type { ExistingIndex } from '@/domain/import/planTypes';
import { awardKey } from '@/domain/import/awardMatch';
import type { ImportTarget } from '@/domain/import/fields';
import { getDb, type AppDatabase } from '../../database';
import type { CatalogRef } from '@/domain/awards/catalogMatch';
import { CATALOG_SEED } from '@/domain/awards/catalogSeed';
import { awardTables } from '../awards/tables';

export async function loadExistingIndex(target: ImportTarget, db: AppDatabase = getDb()): Promise<ExistingIndex> {
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
  if (target === 'awards') {
    await db.people.each((p) => {
      index.people.push({ id: p.id, nameKey: p.nameKey, unitId: p.unitId, birthYear: p.birthYear });
    });
    await db.awards.each((a) => {
      index.awardKeys.push(awardKey(a.recipientId, a.year, a.awardName, a.decisionNumber));
    });
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
