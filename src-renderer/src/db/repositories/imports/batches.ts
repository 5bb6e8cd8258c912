/** Import history and remembered column mappings. */
import type { ImportBatch, RememberedMapping } from '@/domain/import/batch';
import type { ImportTarget } from '@/domain/import/fields';
import { getDb, type AppDatabase } from '../../database';
import { nowIso } from '../../ids';

export async function listImportBatches(db: AppDatabase = getDb()): Promise<ImportBatch[]> {
  return db.typedTable<ImportBatch>('importBatches').orderBy('startedAt').reverse().toArray();
}

export async function getImportBatch(id: string, db: AppDatabase = getDb()): Promise<ImportBatch | undefined> {
  return db.typedTable<ImportBatch>('importBatches').get(id);
}

export async function findRememberedMapping(signature: string, db: AppDatabase = getDb()): Promise<RememberedMapping | undefined> {
  return db.typedTable<RememberedMapping>('importMappings').get(signature);
}

/** Remember a mapping for files with the same header row (not user data, so not audited). */
export async function rememberMapping(signature: string, target: ImportTarget, mapping: string[], db: AppDatabase = getDb()): Promise<void> {
  await db.typedTable<RememberedMapping>('importMappings').put({ signature, target, mapping, updatedAt: nowIso() });
}
