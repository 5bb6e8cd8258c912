import { UserError } from '@/domain/errors';
import type { OfficeQuota } from '@/domain/awards/quota';
import { getDb, type AppDatabase } from '../../database';
import { auditedWrite } from '../../audit';

/** Caps the office sets for itself (none by default: the law sets no percentage cap since 01/01/2024). */
const KEY = 'awards.officeQuotas';

export async function getOfficeQuotas(db: AppDatabase = getDb()): Promise<OfficeQuota[]> {
  return ((await db.settings.get(KEY))?.value as OfficeQuota[] | undefined) ?? [];
}

export async function saveOfficeQuotas(quotas: OfficeQuota[], db: AppDatabase = getDb()): Promise<void> {
  for (const q of quotas) {
    if (!q.catalogCode) throw new UserError('Chọn danh hiệu, hình thức được khống chế tỷ lệ.');
    if (!(q.percent > 0 && q.percent <= 100)) throw new UserError('Tỷ lệ khống chế phải từ 1 đến 100%.');
    if (!q.ofCodes.length) throw new UserError('Chọn danh hiệu làm cơ sở tính tỷ lệ.');
  }
  await auditedWrite(db, [db.settings], async ({ audit }) => {
    const before = await getOfficeQuotas(db);
    await db.settings.put({ key: KEY, value: quotas });
    await audit({ action: 'update', table: 'settings', recordId: KEY, summary: `Tỷ lệ khống chế của cơ quan: ${quotas.length} mục`, before, after: quotas });
  });
}
