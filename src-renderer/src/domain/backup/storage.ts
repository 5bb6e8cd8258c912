/** Storage status shown in settings: how full the browser engine's quota is. */
export interface StorageStatus {
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

/** Warn when this share of the quota is used. */
export const STORAGE_WARN_RATIO = 0.8;

export function storageLevel(s: StorageStatus): 'ok' | 'warn' | 'unknown' {
  if (s.usage == null || !s.quota) return 'unknown';
  return s.usage / s.quota >= STORAGE_WARN_RATIO ? 'warn' : 'ok';
}

/** "12,3 MB" style sizes (Vietnamese decimal comma). */
export function formatBytes(n: number): string {
  const units = ['byte', 'KB', 'MB', 'GB', 'TB'];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  const text = u === 0 ? String(Math.round(v)) : v.toLocaleString('vi-VN', { maximumFractionDigits: 1 });
  return `${text} ${units[u]}`;
}
