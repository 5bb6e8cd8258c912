/**
 * The wizard's handle on the import worker: one worker per import session, request/response
 * with progress, cancel = terminate (an open transaction aborts, nothing is half-written).
 * Requests on the file's content carry a time budget (the watchdog): past it the worker is
 * terminated and the caller gets the budget's message, so a damaged file never freezes the wizard.
 */
import type { ParsedWorkbookSummary } from '@/domain/import/types';
import { IMPORT_ERRORS } from '@/domain/import/labels';
import { LIMIT_MESSAGES, readBudgetMs } from '@/domain/import/limits';
import { declaredInflatedSize } from '@/workers/xlsx-zip';
import { UserError, deserializeError } from '@/domain/errors';
import type { ImportRequest, ImportResult, ProgressInfo, WorkerMessage } from '@/workers/import-protocol';

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void; onProgress?: (p: ProgressInfo) => void };

/** A watchdog for one request: after `ms` the session ends with `message`. */
export interface Budget {
  ms: number;
  message: string;
}

export class ImportSession {
  private worker: Worker | null;
  private nextId = 1;
  private pending = new Map<number, Pending>();

  /** `fileName` names the file in the message shown if the worker crashes. */
  constructor(private readonly fileName = '') {
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
      this.fail(IMPORT_ERRORS.workerCrashed(this.fileName));
    };
  }

  get alive(): boolean {
    return this.worker !== null;
  }

  request<K extends ImportRequest['type']>(
    request: Extract<ImportRequest, { type: K }>,
    onProgress?: (p: ProgressInfo) => void,
    transfer: Transferable[] = [],
    budget?: Budget,
  ): Promise<ImportResult[K]> {
    if (!this.worker) return Promise.reject(new UserError(IMPORT_ERRORS.cancelled));
    const id = this.nextId++;
    const answer = new Promise<ImportResult[K]>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, onProgress });
      this.worker!.postMessage({ id, request }, transfer);
    });
    if (!budget) return answer;
    const watchdog = setTimeout(() => this.fail(budget.message), budget.ms);
    return answer.finally(() => clearTimeout(watchdog));
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
  const session = new ImportSession(name);
  const onAbort = () => session.cancel();
  signal?.addEventListener('abort', onAbort);
  try {
    const copy = data.slice().buffer;
    return await session.request({ type: 'parse', name, data: copy }, undefined, [copy], readBudget(name, data));
  } finally {
    signal?.removeEventListener('abort', onAbort);
    session.cancel();
  }
}

/** The watchdog of the requests that work on a file's content (reading it, its sheets). */
export function readBudget(name: string, bytes: Uint8Array): Budget {
  const ms = readBudgetMs(bytes.length, declaredInflatedSize(bytes));
  return { ms, message: LIMIT_MESSAGES.readTimeout(name, ms) };
}
