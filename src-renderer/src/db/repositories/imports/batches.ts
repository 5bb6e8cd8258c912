/** Import history and remembered column mappings. */
import type { ImportBatch, RememberedMapping } from '@/domain/import/batch';
import type { ImportTarget } from '@/domain/import/fields';
import { getDb, type AppDatabase } from '../../database';
import { nowIso } from '../../ids';
import { getSetting, putSetting } from '../registry/settings';

export async function listImportBatches(db: AppDatabase = getDb()): Promise<ImportBatch[]> {
  return db.importBatches.orderBy('startedAt').reverse().toArray();
}

export async function getImportBatch(id: string, db: AppDatabase = getDb()): Promise<ImportBatch | undefined> {
  return db.importBatches.get(id);
}

export async function findRememberedMapping(signature: string, db: AppDatabase = getDb()): Promise<RememberedMapping | undefined> {
  return db.importMappings.get(signature);
}

/** Remember a mapping for files with the same header row (not user data, so not audited). */
export async function rememberMapping(signature: string, target: ImportTarget, mapping: string[], db: AppDatabase = getDb()): Promise<void> {
  await db.importMappings.put({ signature, target, mapping, updatedAt: nowIso() });
}

const AWARD_CHOICES_KEY = 'import.awardNameChoices';

/** Award names the user placed on the catalogue by hand in earlier imports (choice key -> code, '' = none). */
export async function loadAwardChoices(db: AppDatabase = getDb()): Promise<Record<string, string>> {
  return getSetting<Record<string, string>>(AWARD_CHOICES_KEY, {}, db);
}

/** Remember hand-made placements so the next file naming an award the same way is placed alike. */
export async function rememberAwardChoices(choices: ReadonlyArray<[string, string]>, db: AppDatabase = getDb()): Promise<void> {
  if (!choices.length) return;
  const stored = await loadAwardChoices(db);
  const next = { ...stored, ...Object.fromEntries(choices) };
  if (choices.every(([k, code]) => stored[k] === code)) return;
  await putSetting(AWARD_CHOICES_KEY, next, `Ghi nhớ ${choices.length} cách xếp danh hiệu khi nhập tệp`, db);
}
