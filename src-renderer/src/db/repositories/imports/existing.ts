/** What the matcher needs from stored records, read in one pass (inside the import worker). */
import type { ExistingIndex } from '@/domain/import/plan';
import { awardKey } from '@/domain/import/plan';
import type { ImportTarget } from '@/domain/import/fields';
import type { AppDatabase } from '../../database';

export async function loadExistingIndex(db: AppDatabase, target: ImportTarget): Promise<ExistingIndex> {
  const units: ExistingIndex['units'] = [];
  await db.units.each((u) => {
    units.push({ id: u.id, name: u.name, taxCode: u.taxCode, nameKey: u.nameKey, communeCode: u.communeCode });
  });
  const index: ExistingIndex = { units, people: [], awardKeys: [], unitYearIds: [] };
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
