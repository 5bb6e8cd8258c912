import type { TableProps } from 'antd';
import { useState } from 'react';

type Compare<T> = (a: T, b: T) => number;

/**
 * The rows in the order a table shows them, for "Xuất Excel" of what is on screen: remembers the column
 * the user sorted by (its `sorter` function, e.g. from ui/tableSort) and applies it to the current rows,
 * so the export follows live data changes too. Pass `onChange` to the antd Table.
 */
export function useSortedView<T>(rows: readonly T[] | undefined): { view: readonly T[]; onChange: NonNullable<TableProps<T>['onChange']> } {
  const [sort, setSort] = useState<{ compare: Compare<T>; order: 'ascend' | 'descend' } | null>(null);
  const onChange: NonNullable<TableProps<T>['onChange']> = (_pagination, _filters, sorter) => {
    const one = Array.isArray(sorter) ? sorter[0] : sorter;
    const compare = one?.column?.sorter;
    setSort(typeof compare === 'function' && one?.order ? { compare: compare as Compare<T>, order: one.order } : null);
  };
  const list = rows ?? [];
  if (!sort) return { view: list, onChange };
  const sign = sort.order === 'descend' ? -1 : 1;
  // Same as antd: a stable sort, the comparator negated for "descend".
  const view = list
    .map((row, i) => ({ row, i }))
    .sort((a, b) => sign * sort.compare(a.row, b.row) || a.i - b.i)
    .map((x) => x.row);
  return { view, onChange };
}
