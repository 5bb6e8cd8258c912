import { columnLetter } from '@/domain/import/planTypes';
import { cellText } from '@/domain/import/values';
import type { SheetPreview } from '@/workers/import-protocol';

/** The first rows of a sheet as a plain grid with row numbers and column letters; header rows highlighted. */
export function SheetGridView({
  preview,
  header,
  onPickRow,
}: {
  preview: SheetPreview;
  header?: { start: number; end: number; numbering: number | null; dataStart: number };
  onPickRow?: (row: number) => void;
}) {
  const cols = Math.min(preview.columnCount, 30);
  return (
    <div className="import-grid-wrap">
      <table className="import-grid" data-testid="import-grid">
        <thead>
          <tr>
            <th />
            {Array.from({ length: cols }, (_, c) => (
              <th key={c}>{columnLetter(c)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row, r) => {
            const cls = header
              ? r >= header.start && r <= header.end
                ? 'is-header'
                : r === header.numbering
                  ? 'is-numbering'
                  : r < header.start
                    ? 'is-title'
                    : ''
              : '';
            return (
              <tr key={r} className={cls} onClick={onPickRow ? () => onPickRow(r) : undefined} style={onPickRow ? { cursor: 'pointer' } : undefined}>
                <th>{r + 1}</th>
                {Array.from({ length: cols }, (_, c) => (
                  <td key={c}>{cellText(row[c] ?? null).slice(0, 80)}</td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
