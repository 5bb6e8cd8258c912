/**
 * The wizard's handle on the import worker: one worker per import session, request/response
 * with progress, cancel = terminate (an open transaction aborts, nothing is half-written).
 */
import type { ParsedWorkbookSummary } from '@/domain/import/types';
import { IMPORT_ERRORS } from '@/domain/import/labels';
import { UserError, deserializeError } from '@/domain/errors';
import type { ImportRequest, ImportResult, ProgressInfo, WorkerMessage } from '@/workers/import-protocol';

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void; onProgress?: (p: ProgressInfo) => void };

export class ImportSession {
  private worker: Worker | null;
  private nextId = 1;
  private pending = new Map<number, Pending>();

  constructor() {
    this.worker = new Worker(new URL('../../workers/import.worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
      const msg = e.data;
      const p = this.pending.get(msg.id);
      if (!p) return;
      if ('progress' in msg) {
        p.onProgress?.(msg.progress);
        return;
      }
      this.pending.delete(msg.id);
      if (msg.ok) p.resolve(msg.result);
      else p.reject(deserializeError(msg.error));
    };
    this.worker.onerror = (e) => {
      e.preventDefault();
      this.fail(IMPORT_ERRORS.workerCrashed);
    };
  }

  get alive(): boolean {
    return this.worker !== null;
  }

  request<K extends ImportRequest['type']>(
    request: Extract<ImportRequest, { type: K }>,
    onProgress?: (p: ProgressInfo) => void,
    transfer: Transferable[] = [],
  ): Promise<ImportResult[K]> {
    if (!this.worker) return Promise.reject(new UserError(IMPORT_ERRORS.cancelled));
    const id = this.nextId++;
    return new Promise<ImportResult[K]>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, onProgress });
      this.worker!.postMessage({ id, request }, transfer);
    });
  }

  /** Stop whatever runs and end the session; pending calls reject with "Đã hủy". */
  cancel(): void {
    this.fail(IMPORT_ERRORS.cancelled);
  }

  private fail(message: string) {
    this.worker?.terminate();
    this.worker = null;
    for (const p of this.pending.values()) p.reject(new UserError(message));
    this.pending.clear();
  }
}

/**
 * Parse a file in a fresh worker and return its summary (sheets, row counts, repairs).
 * Rejects with a UserError whose message is the Vietnamese explanation for a bad file.
 */
export async function parseSpreadsheet(name: string, data: Uint8Array, signal?: AbortSignal): Promise<ParsedWorkbookSummary> {
  if (signal?.aborted) throw new UserError(IMPORT_ERRORS.cancelled);
  const session = new ImportSession();
  const onAbort = () => session.cancel();
  signal?.addEventListener('abort', onAbort);
  try {
    const copy = data.slice().buffer;
    return await session.request({ type: 'parse', name, data: copy }, undefined, [copy]);
  } finally {
    signal?.removeEventListener('abort', onAbort);
    session.cancel();
  }
}
