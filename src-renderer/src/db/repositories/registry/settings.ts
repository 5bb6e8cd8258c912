import { UserError } from '@/domain/errors';
import type { OfficeProfile } from '@/domain/registry/types';
import { cleanText } from '@/domain/text/normalize';
import { getDb, type AppDatabase } from '../../database';
import { auditedWrite, setAuditActor } from '../../audit';

const OFFICE_PROFILE_KEY = 'officeProfile';

export const DEFAULT_OFFICE_PROFILE: OfficeProfile = {
  allianceName: 'LIÊN MINH HỢP TÁC XÃ THÀNH PHỐ HÀ NỘI',
  parentBody: 'UBND THÀNH PHỐ HÀ NỘI',
  provinceCode: '01',
  placeName: 'Hà Nội',
  leaderName: '',
  leaderTitle: 'PHÓ CHỦ TỊCH',
  signAuthority: 'KT. CHỦ TỊCH',
  documentPrefix: 'LMHTX',
  userName: 'Người dùng',
};

export async function getOfficeProfile(db: AppDatabase = getDb()): Promise<OfficeProfile> {
  const row = await db.settings.get(OFFICE_PROFILE_KEY);
  return { ...DEFAULT_OFFICE_PROFILE, ...((row?.value as Partial<OfficeProfile>) ?? {}) };
}

/**
 * Where the first-start setup stands: 'done' once a profile was saved (documents may print),
 * 'skipped' when the user chose to look around first, 'new' before either.
 */
export type OfficeSetupState = 'done' | 'skipped' | 'new';

const OFFICE_SETUP_SKIPPED_KEY = 'officeSetupSkipped';

export async function getOfficeSetupState(db: AppDatabase = getDb()): Promise<OfficeSetupState> {
  const [profile, skipped] = await Promise.all([db.settings.get(OFFICE_PROFILE_KEY), db.settings.get(OFFICE_SETUP_SKIPPED_KEY)]);
  return profile ? 'done' : skipped?.value ? 'skipped' : 'new';
}

/** The user looks around first; documents still ask for the setup before printing. */
export async function skipOfficeSetup(db: AppDatabase = getDb()): Promise<void> {
  await putSetting(OFFICE_SETUP_SKIPPED_KEY, true, 'Để sau thiết lập thông tin cơ quan', db);
}

export async function saveOfficeProfile(profile: OfficeProfile, db: AppDatabase = getDb()): Promise<OfficeProfile> {
  const cleaned = Object.fromEntries(Object.entries(profile).map(([k, v]) => [k, typeof v === 'string' ? cleanText(v) : v])) as unknown as OfficeProfile;
  if (!cleaned.allianceName) throw new UserError('Tên cơ quan là bắt buộc.');
  await auditedWrite(db, [db.settings], async ({ audit }) => {
    const before = await db.settings.get(OFFICE_PROFILE_KEY);
    await db.settings.put({ key: OFFICE_PROFILE_KEY, value: cleaned });
    await audit({
      action: 'update',
      table: 'settings',
      recordId: OFFICE_PROFILE_KEY,
      summary: 'Cập nhật thông tin cơ quan',
      before: before?.value,
      after: cleaned,
    });
  });
  setAuditActor(cleaned.userName);
  return cleaned;
}

/** Generic key/value settings for features (e.g. auto-backup preferences). */
export async function getSetting<T>(key: string, fallback: T, db: AppDatabase = getDb()): Promise<T> {
  const row = await db.settings.get(key);
  return (row?.value as T | undefined) ?? fallback;
}

export async function putSetting<T>(key: string, value: T, summary: string, db: AppDatabase = getDb()): Promise<void> {
  await auditedWrite(db, [db.settings], async ({ audit }) => {
    const before = await db.settings.get(key);
    await db.settings.put({ key, value });
    await audit({ action: 'update', table: 'settings', recordId: key, summary, before: before?.value, after: value });
  });
}
