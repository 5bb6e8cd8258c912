import type { BackupReason, BackupRequestMessage, BackupResponseMessage } from '../shared/ipc-channels';

/**
 * Asks the renderer for a backup (it owns the database) and waits until it has written one,
 * said it cannot, or the time is up. Electron-free: index.ts supplies `send`.
 */

export type BackupRequestOutcome = 'written' | 'done' | 'no-handler' | 'failed' | 'timeout' | 'no-window';

interface Pending {
  resolve(outcome: BackupRequestOutcome): void;
}

export class BackupRequester {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  /** send returns false when there is no renderer to ask. */
  constructor(private readonly send: (msg: BackupRequestMessage) => boolean) {}

  request(reason: BackupReason, timeoutMs: number): Promise<BackupRequestOutcome> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => finish('timeout'), timeoutMs);
      const finish = (outcome: BackupRequestOutcome): void => {
        clearTimeout(timer);
        if (this.pending.delete(id)) resolve(outcome);
      };
      this.pending.set(id, { resolve: finish });
      if (!this.send({ id, reason })) finish('no-window');
    });
  }

  /** A backup was written through writeAutoBackup: every open request is satisfied. */
  backupWritten(): void {
    for (const p of [...this.pending.values()]) p.resolve('written');
  }

  /** The renderer's handlers finished (message already validated by the caller). */
  response(msg: BackupResponseMessage): void {
    const p = this.pending.get(msg.id);
    if (!p) return;
    p.resolve(msg.handlers === 0 ? 'no-handler' : msg.ok ? 'done' : 'failed');
  }

  get waiting(): number {
    return this.pending.size;
  }
}

export function parseBackupResponse(v: unknown): BackupResponseMessage | null {
  if (typeof v !== 'object' || v === null) return null;
  const o = v as Record<string, unknown>;
  if (!Number.isSafeInteger(o.id) || typeof o.ok !== 'boolean' || !Number.isSafeInteger(o.handlers)) return null;
  const msg: BackupResponseMessage = { id: o.id as number, ok: o.ok, handlers: o.handlers as number };
  if (typeof o.error === 'string') msg.error = o.error.slice(0, 2000);
  return msg;
}
