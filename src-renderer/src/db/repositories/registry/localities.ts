import { PROVINCES, COMMUNES } from '@/domain/registry/localities-data';
import type { Commune, Province } from '@/domain/registry/types';
import { compareVi } from '@/domain/text/collate';
import { getDb, type AppDatabase, type LocalityRow } from '../../database';

/**
 * Reference data shipped with the app, copied into the `localities` table at start-up when the
 * shipped set changed (a new app version). Not audited: it is not user data.
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

export function listProvinces(): Province[] {
  return [...PROVINCES].sort((a, b) => compareVi(a.name, b.name));
}

export function listCommunes(provinceCode: string | undefined): Commune[] {
  if (!provinceCode) return [];
  return COMMUNES.filter((c) => c.provinceCode === provinceCode).sort((a, b) => compareVi(a.name, b.name));
}

const provinceNames = new Map<string, string>();
const communeNames = new Map<string, string>();

export function provinceName(code: string | undefined): string {
  if (!code) return '';
  if (!provinceNames.size) for (const p of PROVINCES) provinceNames.set(p.code, p.name);
  return provinceNames.get(code) ?? code;
}

export function communeName(code: string | undefined): string {
  if (!code) return '';
  if (!communeNames.size) for (const c of COMMUNES) communeNames.set(c.code, c.name);
  return communeNames.get(code) ?? code;
}
