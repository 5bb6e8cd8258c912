import type { CatalogEntry, EligibilityRule } from '@/domain/awards/types';
import { CATALOG_SEED } from '@/domain/awards/catalogSeed';
import { RULE_SEED } from '@/domain/awards/ruleSeed';
import { cleanText } from '@/domain/text/normalize';
import { compareVi } from '@/domain/text/collate';
import { getDb, type AppDatabase } from '../../database';
import { auditedWrite } from '../../audit';
import { newId, nowIso } from '../../ids';
import { awardTables } from './tables';

/** Catalogue entries in display order (sortOrder, then name). */
export async function listCatalog(db: AppDatabase = getDb()): Promise<CatalogEntry[]> {
  const rows = await awardTables(db).catalog.toArray();
  return rows.sort((a, b) => a.sortOrder - b.sortOrder || compareVi(a.name, b.name));
}

export async function getCatalogEntry(code: string, db: AppDatabase = getDb()): Promise<CatalogEntry | undefined> {
  return awardTables(db).catalog.get(code);
}

/**
 * Adds the shipped catalogue and rules that are not there yet. Idempotent and never overwrites:
 * an entry or rule the user edited (or deleted on purpose, remembered in settings) stays as is.
 */
export async function seedCatalogAndRules(db: AppDatabase = getDb()): Promise<{ catalog: number; rules: number }> {
  const t = awardTables(db);
  return auditedWrite(db, [t.catalog, t.rules, db.settings], async ({ audit }) => {
    const deleted = ((await db.settings.get('awards.deletedSeedRules'))?.value as string[] | undefined) ?? [];
    const haveCodes = new Set(await t.catalog.toCollection().primaryKeys());
    const newEntries = CATALOG_SEED.filter((c) => !haveCodes.has(c.code));
    const haveRules = new Set(await t.rules.toCollection().primaryKeys());
    const newRules = RULE_SEED.filter((r) => !haveRules.has(r.id) && !deleted.includes(r.id));
    if (newEntries.length) await t.catalog.bulkAdd(newEntries);
    if (newRules.length) await t.rules.bulkAdd(newRules);
    if (newEntries.length || newRules.length) {
      await audit({
        action: 'seed', table: 'catalog', recordId: 'seed',
        summary: `Nạp danh mục khen thưởng: ${newEntries.length} danh hiệu/hình thức, ${newRules.length} điều kiện`,
      });
    }
    return { catalog: newEntries.length, rules: newRules.length };
  });
}

export type CatalogInput = Omit<CatalogEntry, 'updatedAt' | 'origin'> & { origin?: CatalogEntry['origin'] };

export async function saveCatalogEntry(input: CatalogInput, db: AppDatabase = getDb()): Promise<CatalogEntry> {
  const code = cleanText(input.code).toUpperCase();
  const name = cleanText(input.name);
  if (!/^[A-Z0-9_]{2,30}$/.test(code)) throw new Error('Mã chỉ gồm chữ in hoa không dấu, số và dấu gạch dưới (2-30 ký tự).');
  if (!name) throw new Error('Tên danh hiệu, hình thức là bắt buộc.');
  if (input.council && (input.council.percent <= 0 || input.council.percent > 100)) throw new Error('Ngưỡng biểu quyết phải từ 1 đến 100%.');
  if (input.effectiveFrom && input.effectiveTo && input.effectiveTo < input.effectiveFrom) throw new Error('Ngày hết hiệu lực phải sau ngày có hiệu lực.');
  const t = awardTables(db);
  return auditedWrite(db, [t.catalog], async ({ audit }) => {
    const before = await t.catalog.get(code);
    const entry: CatalogEntry = { ...input, code, name, authority: cleanText(input.authority), origin: before?.origin ?? input.origin ?? 'manual', updatedAt: nowIso() };
    await t.catalog.put(entry);
    await audit({ action: before ? 'update' : 'create', table: 'catalog', recordId: code, summary: `${before ? 'Sửa' : 'Thêm'} danh mục "${name}"`, before, after: entry });
    return entry;
  });
}

export async function listRules(catalogCode?: string, db: AppDatabase = getDb()): Promise<EligibilityRule[]> {
  const t = awardTables(db);
  const rows = catalogCode ? await t.rules.where('catalogCode').equals(catalogCode).toArray() : await t.rules.toArray();
  return rows.sort((a, b) => a.catalogCode.localeCompare(b.catalogCode) || a.effectiveFrom.localeCompare(b.effectiveFrom) || a.id.localeCompare(b.id, undefined, { numeric: true }));
}

export type RuleInput = Omit<EligibilityRule, 'id' | 'updatedAt' | 'origin'> & { id?: string };

export async function saveRule(input: RuleInput, db: AppDatabase = getDb()): Promise<EligibilityRule> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.effectiveFrom)) throw new Error('Ngày có hiệu lực là bắt buộc.');
  if (input.effectiveTo && input.effectiveTo < input.effectiveFrom) throw new Error('Ngày hết hiệu lực phải sau ngày có hiệu lực.');
  const t = awardTables(db);
  return auditedWrite(db, [t.rules], async ({ audit }) => {
    const before = input.id ? await t.rules.get(input.id) : undefined;
    const rule: EligibilityRule = {
      ...input, id: input.id ?? newId(), legalBasis: cleanText(input.legalBasis), origin: before?.origin ?? 'manual', updatedAt: nowIso(),
    };
    await t.rules.put(rule);
    await audit({ action: before ? 'update' : 'create', table: 'eligibilityRules', recordId: rule.id, summary: `${before ? 'Sửa' : 'Thêm'} điều kiện của ${rule.catalogCode}`, before, after: rule });
    return rule;
  });
}

export async function deleteRule(id: string, db: AppDatabase = getDb()): Promise<void> {
  const t = awardTables(db);
  await auditedWrite(db, [t.rules, db.settings], async ({ audit }) => {
    const before = await t.rules.get(id);
    if (!before) return;
    await t.rules.delete(id);
    if (before.origin === 'seed') {
      // Remember it so the next start does not seed it back.
      const row = await db.settings.get('awards.deletedSeedRules');
      await db.settings.put({ key: 'awards.deletedSeedRules', value: [...((row?.value as string[]) ?? []), id] });
    }
    await audit({ action: 'delete', table: 'eligibilityRules', recordId: id, summary: `Xóa điều kiện của ${before.catalogCode}`, before });
  });
}
