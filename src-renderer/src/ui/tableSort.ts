import { compareVi } from '@/domain/text/collate';

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
