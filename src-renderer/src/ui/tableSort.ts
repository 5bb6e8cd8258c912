import { compareVi } from '@/domain/text/collate';
import { viSortKey } from '@/domain/text/sortKey';

/**
 * Column sorters for antd tables: text with the Vietnamese collator, numbers and ISO dates by value,
 * empty values last whichever way the column is sorted (antd reverses the comparator for "descend").
 */
export function byText<T>(get: (row: T) => string | null | undefined): (a: T, b: T) => number {
  return (a, b) => compareVi(get(a) ?? '', get(b) ?? '');
}

export function byNumber<T>(get: (row: T) => number | null | undefined): (a: T, b: T) => number {
  return (a, b) => {
    const x = get(a);
    const y = get(b);
    if (x == null || Number.isNaN(x)) return y == null || Number.isNaN(y) ? 0 : -1;
    if (y == null || Number.isNaN(y)) return 1;
    return x - y;
  };
}

/** ISO dates (also partial "2024" / "2024-05") compare as text. */
export function byDate<T>(get: (row: T) => string | null | undefined): (a: T, b: T) => number {
  return (a, b) => (get(a) ?? '').localeCompare(get(b) ?? '');
}

export type SortOrder = 'ascend' | 'descend';

const textKeys = new Map<string, string>();
/** The Vietnamese sort key of a text, remembered: a column of 100,000 rows holds few distinct values. */
function textKey(text: string): string {
  let key = textKeys.get(text);
  if (key === undefined) {
    key = viSortKey(text);
    if (textKeys.size > 200_000) textKeys.clear();
    textKeys.set(text, key);
  }
  return key;
}

/**
 * The rows sorted by one column for large lists (the registry's 100,000 units): each row's key is
 * computed once (text through `viSortKey`, which agrees with the collator `byText` uses), then
 * compared as plain strings or numbers; empty values last either way. Equal keys keep the given order.
 */
export function sortRows<T>(
  rows: readonly T[],
  get: (row: T) => string | number | null | undefined,
  order: SortOrder,
  /** 'code': text compared as is (tax codes, ids: digits and dashes), skipping the Vietnamese key. */
  text: 'vi' | 'code' = 'vi',
): T[] {
  if (text === 'code') {
    // Mostly distinct plain keys (tax codes): one index sort over precomputed keys.
    const keys = rows.map((r) => {
      const v = get(r);
      return v === '' || v == null || (typeof v === 'number' && Number.isNaN(v)) ? null : v;
    });
    const sign = order === 'descend' ? -1 : 1;
    const index = rows.map((_, i) => i);
    index.sort((i, j) => {
      const a = keys[i]!;
      const b = keys[j]!;
      if (a === null) return b === null ? i - j : 1;
      if (b === null) return -1;
      return a === b ? i - j : (a < b ? -1 : 1) * sign;
    });
    return index.map((i) => rows[i]!);
  }
  // Rows grouped by their key (a column of 100,000 rows has few distinct values: places, kinds,
  // sectors), then the distinct keys sorted: each group keeps the given order.
  const groups = new Map<string | number, T[]>();
  const empty: T[] = [];
  for (const r of rows) {
    const v = get(r);
    let key: string | number | null;
    if (typeof v === 'string') key = v === '' ? null : textKey(v);
    else key = v == null || Number.isNaN(v) ? null : v;
    if (key === null) {
      empty.push(r);
      continue;
    }
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  const sign = order === 'descend' ? -1 : 1;
  const keys = [...groups.keys()].sort((a, b) => (a === b ? 0 : a < b ? -sign : sign));
  const out: T[] = [];
  for (const k of keys) for (const r of groups.get(k)!) out.push(r);
  for (const r of empty) out.push(r);
  return out;
}
