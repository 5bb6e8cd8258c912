/** Record ids are random UUIDs so records from different offices and backups never collide. */
export function newId(): string {
  return crypto.randomUUID();
}

export function nowIso(): string {
  return new Date().toISOString();
}
