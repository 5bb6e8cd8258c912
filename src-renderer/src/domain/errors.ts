/**
 * The one error path. A `UserError` carries a Vietnamese message meant for the user (shown as
 * is); anything else thrown is unexpected (a bug, a browser or storage failure) and is shown as
 * UNEXPECTED_ERROR plus its details. Decided by type, never by looking at the message text.
 * Across postMessage (the import worker) errors travel as `SerializedError` plain objects.
 */

/** Where in a file the problem is. `row` is the row number as the spreadsheet shows it (1-based);
 * `column` is a letter or a header name, or a 0-based index shown as its letter (0 -> A). */
export interface ErrorLocation {
  file?: string;
  sheet?: string;
  row?: number;
  column?: string | number;
}

export const UNEXPECTED_ERROR = 'Đã xảy ra lỗi không mong đợi';

/** 0 -> A, 25 -> Z, 26 -> AA (spreadsheet column letters). */
export function columnLetter(index: number): string {
  let n = Math.floor(index) + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** `Tệp "a.xlsx", trang "Sheet1", dòng 5, cột C` — the parts that are known, in that order. */
export function formatLocation(location: ErrorLocation): string {
  const parts: string[] = [];
  if (location.file !== undefined) parts.push(`Tệp "${location.file}"`);
  if (location.sheet !== undefined) parts.push(`${parts.length ? 'trang' : 'Trang'} "${location.sheet}"`);
  if (location.row !== undefined) parts.push(`${parts.length ? 'dòng' : 'Dòng'} ${location.row}`);
  if (location.column !== undefined) {
    const col = typeof location.column === 'number' ? columnLetter(location.column) : location.column;
    parts.push(`${parts.length ? 'cột' : 'Cột'} ${col}`);
  }
  return parts.join(', ');
}

function hasLocation(location: ErrorLocation | undefined): location is ErrorLocation {
  return !!location && (location.file !== undefined || location.sheet !== undefined || location.row !== undefined || location.column !== undefined);
}

/** An error whose (Vietnamese) message is meant for the user; with a location, the message starts with it. */
export class UserError extends Error {
  /** The message without the location. */
  readonly text: string;
  readonly location?: ErrorLocation;

  constructor(text: string, location?: ErrorLocation) {
    super(hasLocation(location) ? `${formatLocation(location)}: ${text}` : text);
    this.name = 'UserError';
    this.text = text;
    if (hasLocation(location)) this.location = { ...location };
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}

/** The error's own text (message, or the value as text), for details and logs. */
export function errorDetail(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}

/** What the user is shown: a UserError's message, otherwise "Đã xảy ra lỗi không mong đợi: <details>". */
export function errorMessage(error: unknown): string {
  if (isUserError(error)) return error.message;
  return `${UNEXPECTED_ERROR}: ${errorDetail(error)}`;
}

/** An error as a plain object that survives structured clone (postMessage). */
export type SerializedError =
  { tag: 'UserError'; name: string; text: string; location?: ErrorLocation } | { tag: 'UnexpectedError'; name: string; message: string; stack?: string };

export function serializeError(error: unknown): SerializedError {
  if (isUserError(error)) {
    return { tag: 'UserError', name: error.name, text: error.text, ...(error.location ? { location: { ...error.location } } : {}) };
  }
  if (error instanceof Error) {
    return { tag: 'UnexpectedError', name: error.name, message: errorDetail(error), ...(error.stack ? { stack: error.stack } : {}) };
  }
  return { tag: 'UnexpectedError', name: 'Error', message: errorDetail(error) };
}

/** Rebuilds the error on the receiving side: a UserError again, or a plain Error carrying the details. */
export function deserializeError(data: SerializedError): Error {
  if (data.tag === 'UserError') {
    const e = new UserError(data.text, data.location);
    if (data.name) e.name = data.name;
    return e;
  }
  const e = new Error(data.message);
  e.name = data.name || 'Error';
  if (data.stack) e.stack = data.stack;
  return e;
}
