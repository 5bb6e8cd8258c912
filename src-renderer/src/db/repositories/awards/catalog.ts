import { UserError } from '@/domain/errors';
import type { CatalogEntry, EligibilityRule } from '@/domain/awards/types';
import { CATALOG_SEED, EARLIER_CATALOG_STAMPS } from '@/domain/awards/catalogSeed';
import { RULE_SEED, SEED_RULES_UPDATED_AT } from '@/domain/awards/ruleSeed';
import { validateRule } from '@/domain/awards/ruleTree';
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

/** Stamps of earlier shipped rules: a seeded rule still carrying one was never edited by the office. */
const EARLIER_RULE_STAMPS: readonly string[] = ['2025-07-01T00:00:00.000Z'];
/** Seeded rules the last update replaced or added (shown as "Đã cập nhật theo văn bản"). */
export const CHANGED_SEED_RULES_KEY = 'awards.changedSeedRules';
/** Seeded rules the office had edited: kept as they are, listed for the office to review. */
export const KEPT_EDITED_RULES_KEY = 'awards.keptEditedSeedRules';

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Adds the shipped catalogue and rules that are not there yet, and brings seeded records the office
 * never edited up to the shipped version (a new legal reading, a new period). Never overwrites an
 * edit: an entry or rule the user changed (or deleted on purpose, remembered in settings) stays,
 * and edited rules the update would have replaced are listed for review.
 */
export async function seedCatalogAndRules(db: AppDatabase = getDb()): Promise<{ catalog: number; rules: number; replaced: number }> {
  const t = awardTables(db);
  return auditedWrite(db, [t.catalog, t.rules, db.settings], async ({ audit }) => {
    const deleted = ((await db.settings.get('awards.deletedSeedRules'))?.value as string[] | undefined) ?? [];
    const storedEntries = await t.catalog.toArray();
    const byCode = new Map(storedEntries.map((e) => [e.code, e]));
    const newEntries = CATALOG_SEED.filter((c) => !byCode.has(c.code));
    const updatedEntries = CATALOG_SEED.filter((c) => {
      const old = byCode.get(c.code);
      return old && old.origin === 'seed' && EARLIER_CATALOG_STAMPS.includes(old.updatedAt) && !sameJson({ ...old, updatedAt: '' }, { ...c, updatedAt: '' });
    });
    const seedIds = new Set(RULE_SEED.map((r) => r.id));
    const storedRules = await t.rules.toArray();
    const stale = storedRules.filter(
      (r) => r.origin === 'seed' && r.updatedAt !== SEED_RULES_UPDATED_AT && (!seedIds.has(r.id) || EARLIER_RULE_STAMPS.includes(r.updatedAt)),
    );
    const replaced = stale.filter((r) => EARLIER_RULE_STAMPS.includes(r.updatedAt));
    const keptEdited = stale.filter((r) => !EARLIER_RULE_STAMPS.includes(r.updatedAt) && !seedIds.has(r.id));
    const have = new Set(storedRules.filter((r) => !replaced.includes(r)).map((r) => r.id));
    const newRules = RULE_SEED.filter((r) => !have.has(r.id) && !deleted.includes(r.id));
    if (newEntries.length) await t.catalog.bulkAdd(newEntries);
    if (updatedEntries.length) await t.catalog.bulkPut(updatedEntries);
    if (replaced.length) await t.rules.bulkDelete(replaced.map((r) => r.id));
    if (newRules.length) await t.rules.bulkPut(newRules);
    if (replaced.length) {
      const replacedCodes = new Set(replaced.map((r) => r.catalogCode));
      const changed = newRules.filter((r) => replacedCodes.has(r.catalogCode)).map((r) => r.id);
      await db.settings.put({ key: CHANGED_SEED_RULES_KEY, value: changed });
    }
    if (keptEdited.length) {
      const row = await db.settings.get(KEPT_EDITED_RULES_KEY);
      await db.settings.put({ key: KEPT_EDITED_RULES_KEY, value: [...new Set([...((row?.value as string[]) ?? []), ...keptEdited.map((r) => r.id)])] });
    }
    if (newEntries.length || updatedEntries.length || newRules.length || replaced.length) {
      const parts = [
        newEntries.length ? `${newEntries.length} danh hiệu/hình thức mới` : '',
        updatedEntries.length ? `${updatedEntries.length} danh hiệu/hình thức cập nhật (ngưỡng biểu quyết, tên)` : '',
        newRules.length ? `${newRules.length} điều kiện` : '',
        replaced.length ? `thay ${replaced.length} điều kiện cũ theo văn bản` : '',
        keptEdited.length ? `giữ nguyên ${keptEdited.length} điều kiện cơ quan đã sửa (cần xem lại)` : '',
      ].filter(Boolean);
      await audit({
        action: 'seed',
        table: 'catalog',
        recordId: 'seed',
        summary: `Nạp danh mục khen thưởng: ${parts.join('; ')}`,
        ...(replaced.length || updatedEntries.length
          ? { before: { rules: replaced.map((r) => r.id), catalog: updatedEntries.map((e) => byCode.get(e.code)) } }
          : {}),
      });
    }
    return { catalog: newEntries.length + updatedEntries.length, rules: newRules.length, replaced: replaced.length };
  });
}

export type CatalogInput = Omit<CatalogEntry, 'updatedAt' | 'origin'> & { origin?: CatalogEntry['origin'] };

export async function saveCatalogEntry(input: CatalogInput, db: AppDatabase = getDb()): Promise<CatalogEntry> {
  const code = cleanText(input.code).toUpperCase();
  const name = cleanText(input.name);
  if (!/^[A-Z0-9_]{2,30}$/.test(code)) throw new UserError('Mã chỉ gồm chữ in hoa không dấu, số và dấu gạch dưới (2-30 ký tự).');
  if (!name) throw new UserError('Tên danh hiệu, hình thức là bắt buộc.');
  if (input.council && (input.council.percent <= 0 || input.council.percent > 100)) throw new UserError('Ngưỡng biểu quyết phải từ 1 đến 100%.');
  if (input.effectiveFrom && input.effectiveTo && input.effectiveTo < input.effectiveFrom) throw new UserError('Ngày hết hiệu lực phải sau ngày có hiệu lực.');
  const t = awardTables(db);
  return auditedWrite(db, [t.catalog], async ({ audit }) => {
    const before = await t.catalog.get(code);
    const entry: CatalogEntry = {
      ...input,
      code,
      name,
      authority: cleanText(input.authority),
      origin: before?.origin ?? input.origin ?? 'manual',
      updatedAt: nowIso(),
    };
    await t.catalog.put(entry);
    await audit({
      action: before ? 'update' : 'create',
      table: 'catalog',
      recordId: code,
      summary: `${before ? 'Sửa' : 'Thêm'} danh mục "${name}"`,
      before,
      after: entry,
    });
    return entry;
  });
}

export async function listRules(catalogCode?: string, db: AppDatabase = getDb()): Promise<EligibilityRule[]> {
  const t = awardTables(db);
  const rows = catalogCode ? await t.rules.where('catalogCode').equals(catalogCode).toArray() : await t.rules.toArray();
  return rows.sort(
    (a, b) =>
      a.catalogCode.localeCompare(b.catalogCode) || a.effectiveFrom.localeCompare(b.effectiveFrom) || a.id.localeCompare(b.id, undefined, { numeric: true }),
  );
}

export type RuleInput = Omit<EligibilityRule, 'id' | 'updatedAt' | 'origin'> & { id?: string };

/** Saves a rule; a tree the engine could not judge (empty one-of, unknown title, overlapping period) is refused. */
export async function saveRule(input: RuleInput, db: AppDatabase = getDb()): Promise<EligibilityRule> {
  const t = awardTables(db);
  return auditedWrite(db, [t.rules, t.catalog], async ({ audit }) => {
    const [catalog, others] = await Promise.all([t.catalog.toArray(), t.rules.where('catalogCode').equals(input.catalogCode).toArray()]);
    const errors = validateRule({ ...input, id: input.id ?? '' }, catalog, others);
    if (errors.length) throw new UserError(errors.join(' '));
    const before = input.id ? await t.rules.get(input.id) : undefined;
    const rule: EligibilityRule = {
      ...input,
      id: input.id ?? newId(),
      legalBasis: cleanText(input.legalBasis),
      origin: before?.origin ?? 'manual',
      updatedAt: nowIso(),
    };
    await t.rules.put(rule);
    await audit({
      action: before ? 'update' : 'create',
      table: 'eligibilityRules',
      recordId: rule.id,
      summary: `${before ? 'Sửa' : 'Thêm'} điều kiện của ${rule.catalogCode}`,
      before,
      after: rule,
    });
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
