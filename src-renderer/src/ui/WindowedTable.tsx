import { forwardRef, memo, useCallback, useImperativeHandle, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { CaretDownOutlined, CaretUpOutlined } from '@ant-design/icons';
import { Spin } from 'antd';
import type { SortOrder } from './tableSort';
import './windowedTable.css';

/**
 * A table that renders only the rows in view, over a plain array: for lists of 100,000 rows, where
 * antd's Table walks every record on each render (keys, selection map, heights), ~35 ms a filter.
 * Rows have one fixed height; columns have fixed widths, the last ones share what is left.
 */
export interface WindowedColumn<T> {
  key: string;
  title: string;
  /** Width in px (the column keeps it); without one it takes an equal share of the rest. */
  width?: number;
  render(row: T): ReactNode;
  /** Cell text shown in full on hover (the cell cuts long text with an ellipsis). */
  tooltip?: (row: T) => string | undefined;
  sortable?: boolean;
}

export interface WindowedSort {
  key: string;
  order: SortOrder;
}

export interface WindowedTableHandle {
  scrollTo(top: number): void;
}

interface Props<T> {
  rows: readonly T[];
  columns: readonly WindowedColumn<T>[];
  rowKey(row: T): string;
  height: number;
  sort?: WindowedSort;
  /** Header click: ascending, then descending, then no sort (as antd does). */
  onSort?(sort: WindowedSort | undefined): void;
  /** Double click or Enter on a row. */
  onOpen?(row: T): void;
  onScroll?(top: number): void;
  loading?: boolean;
  emptyText: string;
  testId?: string;
  /** Accessible name of the table. */
  label: string;
}

export const ROW_HEIGHT = 39;
/** Rows rendered above and below the view, so a fast wheel shows no blank band. */
const OVERSCAN = 8;

function nextSort(sort: WindowedSort | undefined, key: string): WindowedSort | undefined {
  if (sort?.key !== key) return { key, order: 'ascend' };
  return sort.order === 'ascend' ? { key, order: 'descend' } : undefined;
}

function WindowedTableInner<T>(props: Props<T>, ref: React.ForwardedRef<WindowedTableHandle>) {
  const { rows, columns, rowKey, height, sort, onSort, onOpen, onScroll, loading, emptyText, testId, label } = props;
  const body = useRef<HTMLDivElement>(null);
  const [top, setTop] = useState(0);
  useImperativeHandle(ref, () => ({
    scrollTo(y: number) {
      if (body.current) body.current.scrollTop = y;
      setTop(y);
    },
  }));
  const widths = useMemo(() => {
    const fixed = columns.reduce((n, c) => n + (c.width ?? 0), 0);
    const shares = columns.filter((c) => c.width === undefined).length;
    return columns.map((c) => (c.width !== undefined ? `${c.width}px` : `calc((100% - ${fixed}px) / ${shares})`));
  }, [columns]);
  const first = Math.max(0, Math.floor(top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((top + height) / ROW_HEIGHT) + OVERSCAN);
  const shown: ReactNode[] = [];
  for (let i = first; i < last; i++) {
    const row = rows[i]!;
    shown.push(<WindowedRow key={rowKey(row)} row={row} index={i} columns={columns} widths={widths} onOpen={onOpen} />);
  }
  const scrolled = useCallback(
    (e: React.UIEvent<HTMLDivElement>) => {
      const y = e.currentTarget.scrollTop;
      setTop(y);
      onScroll?.(y);
    },
    [onScroll],
  );
  return (
    <div className="wtable" data-testid={testId} role="table" aria-label={label} aria-rowcount={rows.length + 1}>
      <div className="wtable__head" role="row" aria-rowindex={1}>
        {columns.map((c, k) => {
          const order = sort?.key === c.key ? sort.order : undefined;
          return (
            <div
              key={c.key}
              role="columnheader"
              className="wtable__th"
              style={{ width: widths[k] }}
              aria-sort={order === 'ascend' ? 'ascending' : order === 'descend' ? 'descending' : c.sortable ? 'none' : undefined}
            >
              {c.sortable && onSort ? (
                <button type="button" className="wtable__sorter" onClick={() => onSort(nextSort(sort, c.key))}>
                  <span>{c.title}</span>
                  <span className="wtable__carets" aria-hidden>
                    <CaretUpOutlined className={order === 'ascend' ? 'is-on' : ''} />
                    <CaretDownOutlined className={order === 'descend' ? 'is-on' : ''} />
                  </span>
                </button>
              ) : (
                c.title
              )}
            </div>
          );
        })}
      </div>
      <div className="wtable__body" ref={body} style={{ height }} onScroll={scrolled}>
        {loading ? (
          <div className="wtable__empty">
            <Spin />
          </div>
        ) : rows.length === 0 ? (
          <div className="wtable__empty">{emptyText}</div>
        ) : (
          <div className="wtable__canvas" style={{ height: rows.length * ROW_HEIGHT }}>
            {shown}
          </div>
        )}
      </div>
    </div>
  );
}

interface RowProps<T> {
  row: T;
  index: number;
  columns: readonly WindowedColumn<T>[];
  widths: readonly string[];
  onOpen?(row: T): void;
}

function WindowedRowInner<T>({ row, index, columns, widths, onOpen }: RowProps<T>) {
  const keyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Enter' && e.target === e.currentTarget) onOpen?.(row);
  };
  return (
    <div
      className="wtable__row"
      role="row"
      aria-rowindex={index + 2}
      tabIndex={0}
      style={{ top: index * ROW_HEIGHT }}
      onDoubleClick={() => onOpen?.(row)}
      onKeyDown={keyDown}
    >
      {columns.map((c, k) => (
        <div key={c.key} role="cell" className="wtable__td" style={{ width: widths[k] }} title={c.tooltip?.(row)}>
          {c.render(row)}
        </div>
      ))}
    </div>
  );
}

const WindowedRow = memo(WindowedRowInner) as typeof WindowedRowInner;

export const WindowedTable = forwardRef(WindowedTableInner) as <T>(props: Props<T> & { ref?: React.Ref<WindowedTableHandle> }) => ReactNode;
