/**
 * What the wizard proposes for a workbook, as one pure sequence (the worker and the corpus
 * regression test both call it, so they see the same thing): the sheet, its header, the title above
 * it, the guessed target, the column mapping, and the code columns other sheets explain.
 */
import { headerKey, suggestMapping, type ColumnMapping, type ImportTarget } from './fields';
import { detectHeader, layoutFrom, type HeaderLayout } from './header';
import { findLookupTables, resolveCodeColumns, type CodeColumn, type LookupTable } from './lookupSheets';
import { chooseSheet, type SheetChoice } from './sheetChoice';
import { guessImportTarget, type TargetGuess } from './targetGuess';
import type { SheetGrid } from './types';
import { cellText } from './values';

export interface Proposal {
  sheet: SheetChoice;
  /** The sheets to import (the chosen one, or the user's). */
  sheets: number[];
  layout: HeaderLayout;
  /** Text of the rows above the header (title, date line), one line per row. */
  title: string;
  guess: TargetGuess;
  target: ImportTarget;
  mapping: ColumnMapping;
  /** Code tables of the other sheets. */
  lookups: LookupTable[];
  /** Columns of the list whose cells are codes of one of those tables. */
  codeColumns: CodeColumn[];
}

const EMPTY_LAYOUT: HeaderLayout = { headerStart: 0, headerEnd: 0, numberingRow: null, dataStart: 1, names: [] };

export function proposeImport(sheets: SheetGrid[], options: { sheets?: number[]; headerRow?: number; target?: ImportTarget } = {}): Proposal {
  const given = options.sheets?.filter((i) => sheets[i] !== undefined) ?? [];
  const sheet: SheetChoice = given.length ? { index: given[0]!, reason: `Trang "${sheets[given[0]!]!.name.trim()}" do người dùng chọn.` } : chooseSheet(sheets);
  const chosen = given.length ? given : [sheet.index];
  const grid = sheets[chosen[0]!];
  if (!grid) {
    const guess = guessImportTarget([]);
    const target = options.target ?? guess.target;
    return { sheet, sheets: chosen, layout: EMPTY_LAYOUT, title: '', guess, target, mapping: [], lookups: [], codeColumns: [] };
  }
  // Several sheets share one layout: the widest of them sets the column count (as the worker does).
  const columnCount = Math.max(...chosen.map((i) => sheets[i]?.columnCount ?? 0));
  const layout =
    options.headerRow === undefined ? detectHeader(grid.rows, grid.merges, columnCount) : layoutFrom(grid.rows, grid.merges, options.headerRow, columnCount);
  const title = grid.rows
    .slice(0, layout.headerStart)
    .map((row) =>
      row
        .map((c) => cellText(c ?? null))
        .filter(Boolean)
        .join(' '),
    )
    .filter(Boolean)
    .join('\n');
  const samples = layout.names.map((_, col) => {
    const out: string[] = [];
    for (let r = layout.dataStart; r < grid.rows.length && out.length < 3; r++) {
      const t = cellText(grid.rows[r]?.[col] ?? null);
      if (t) out.push(t.slice(0, 60));
    }
    return out;
  });
  // An empty helper column named after another column ("Lựa chọn Phân loại khen thưởng" beside
  // "Phân loại khen thưởng": the template's pick list) neither decides the target nor takes its field.
  // Only judged on filled lists: in a blank template every column is empty.
  const used = new Array<boolean>(layout.names.length).fill(false);
  let anyData = false;
  for (const i of chosen) {
    const rows = sheets[i]!.rows;
    for (let r = layout.dataStart; r < rows.length; r++) {
      rows[r]?.forEach((c, col) => {
        if (col < used.length && cellText(c ?? null) !== '') used[col] = anyData = true;
      });
    }
  }
  const keys = layout.names.map(headerKey);
  const names = layout.names.map((n, col) =>
    anyData && !used[col] && keys.some((k, other) => other !== col && k !== '' && keys[col]!.endsWith(' ' + k)) ? '' : n,
  );
  const guess = guessImportTarget(names, { title, samples });
  const target = options.target ?? guess.target;
  const mapping = suggestMapping(names, target);
  const chosenNames = new Set(chosen.map((i) => sheets[i]!.name));
  const lookups = findLookupTables(sheets, chosen[0]).filter((t) => !chosenNames.has(t.sheet));
  // A running number never stands for a code.
  const codeColumns = resolveCodeColumns(grid.rows, layout.dataStart, columnCount, lookups).filter((c) => mapping[c.col] !== 'stt');
  return { sheet, sheets: chosen, layout, title, guess, target, mapping, lookups, codeColumns };
}
