import { getDb, type AppDatabase } from '../../database';
import { CHANGED_SEED_RULES_KEY, KEPT_EDITED_RULES_KEY } from './catalog';

/** Which seeded rules the last catalogue update touched, for the catalogue screen's tags. */
export interface RuleChanges {
  /** Seeded rules replaced or added by the last update to follow the texts ("Đã cập nhật theo văn bản"). */
  changed: string[];
  /** Seeded rules the office had edited: kept as they are, to be compared with the new texts. */
  keptEdited: string[];
}

const ids = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** Reads settings 'awards.changedSeedRules' and 'awards.keptEditedSeedRules' (absent = none). */
export async function getRuleChanges(db: AppDatabase = getDb()): Promise<RuleChanges> {
  const [changed, kept] = await Promise.all([db.settings.get(CHANGED_SEED_RULES_KEY), db.settings.get(KEPT_EDITED_RULES_KEY)]);
  return { changed: ids(changed?.value), keptEdited: ids(kept?.value) };
}

/** Ids of seeded rules changed by the last update (setting 'awards.changedSeedRules'). */
export async function getChangedSeedRules(db: AppDatabase = getDb()): Promise<string[]> {
  return (await getRuleChanges(db)).changed;
}
