import { PROVINCES, COMMUNES } from '@/domain/registry/localities-data';
import { getDb, type AppDatabase, type LocalityRow } from '../../database';

/**
 * Reference data shipped with the app, copied into the `localities` table at start-up when the
 * shipped set changed (a new app version), so backups and archives carry it. Look-ups read the
 * shipped data directly (domain/registry/localities.ts). Not audited: it is not user data.
 */
export async function ensureLocalitiesSeeded(db: AppDatabase = getDb()): Promise<void> {
  const expected = PROVINCES.length + COMMUNES.length;
  if ((await db.localities.count()) === expected) return;
  const rows: LocalityRow[] = [
    ...PROVINCES.map((p) => ({ code: p.code, kind: 'province' as const, name: p.name, formerNames: p.formerNames })),
    ...COMMUNES.map((c) => ({ code: c.code, kind: 'commune' as const, provinceCode: c.provinceCode, name: c.name, type: c.type })),
  ];
  await db.transaction('rw', db.localities, async () => {
    await db.localities.clear();
    await db.localities.bulkPut(rows);
  });
}
