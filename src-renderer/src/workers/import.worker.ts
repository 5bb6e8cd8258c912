/// <reference lib="webworker" />
/**
 * The import worker: reads the file, detects headers, builds the plan and commits it, so the
 * window stays responsive on 100,000-row files. One worker per import session; the wizard
 * cancels by terminating it (an open transaction is then aborted, nothing is half-written).
 */
import * as XLSX from 'xlsx';
import { AppDatabase } from '@/db/database';
import { setAuditActor } from '@/db/audit';
import { newId, nowIso } from '@/db/ids';
import { commitImport } from '@/db/repositories/imports/commit';
import { loadCatalogRefs, loadExistingIndex } from '@/db/repositories/imports/existing';
import { moneyScaleIn, moneyScaleOfTitle } from '@/domain/import/moneyUnit';
import { findRememberedMapping, loadAwardChoices, rememberAwardChoices, rememberMapping } from '@/db/repositories/imports/batches';
import { getOfficeProfile } from '@/db/repositories/registry/settings';
import { PROVINCES, COMMUNES } from '@/domain/registry/localities-data';
import { detectHeader, layoutFrom, type HeaderLayout } from '@/domain/import/header';
import { headerKey, headerSignature, fieldsOf, type ImportTarget } from '@/domain/import/fields';
import { chooseSheet } from '@/domain/import/sheetChoice';
import { proposeImport } from '@/domain/import/proposal';
import { codeLookupsOf } from '@/domain/import/lookupSheets';
import { getRound } from '@/db/repositories/awards/rounds';
import { listNominations } from '@/db/repositories/awards/nominations';
import { judgeRound } from '@/db/repositories/awards/roundEligibility';
import { completeFactStore } from '@/db/factStore';
import { buildPlan } from '@/domain/import/plan';
import type { ImportPlan, PlannedRow, PlanSheet } from '@/domain/import/planTypes';
import type { Unit } from '@/domain/registry/types';
import { formatStored, previewRow, valueKeyOf } from '@/domain/import/previewCells';
import { communeName, provinceName } from '@/domain/registry/localities';
import { sortRows } from '@/ui/tableSort';
import { IMPORT_ERRORS } from '@/domain/import/labels';
import { LIMITS, LIMIT_MESSAGES } from '@/domain/import/limits';
import { cellText } from '@/domain/import/values';
import { reportYearOf } from '@/domain/import/reportYear';
import { todayIso } from '@/domain/text/format';
import { UserError, serializeError } from '@/domain/errors';
import type { ParsedWorkbookSummary, RowIssue } from '@/domain/import/types';
import { readSpreadsheetAsync, ImportFileError, type ReadWorkbook } from './import-read';
import type {
  ImportRequest,
  LayoutResult,
  PlanOptions,
  PlanSummary,
  PreviewRowData,
  ProgressInfo,
  RowFilter,
  RowSort,
  RowsPage,
  RowsRequest,
  SheetPreview,
  WorkerMessage,
} from './import-protocol';

declare const self: DedicatedWorkerGlobalScope;

let book: ReadWorkbook | null = null;
let fileName = '';
let plan: ImportPlan | null = null;
let planOptions: PlanOptions | null = null;
let planLayouts: HeaderLayout[] = [];
/** Code columns of the last layout (column -> code -> name), applied when planning unless turned off. */
let codeLookups = new Map<number, Map<string, string>>();
let startedAt = '';
let db: AppDatabase | null = null;

function database(): AppDatabase {
  if (!db) {
    db = new AppDatabase();
    // A newer schema opened elsewhere: let it upgrade (this session's next call reopens).
    db.on('versionchange', () => {
      db?.close();
      db = null;
      return false;
    });
  }
  return db;
}

function post(msg: WorkerMessage) {
  self.postMessage(msg);
}

function progress(id: number, info: ProgressInfo) {
  post({ id, progress: info });
}

function requireBook(): ReadWorkbook {
  if (!book) throw new UserError('Chưa chọn tệp.');
  return book;
}

async function parse(id: number, name: string, data: ArrayBuffer): Promise<ParsedWorkbookSummary> {
  progress(id, { phase: 'read', done: 0, total: 1 });
  book = null;
  plan = null;
  fileName = name;
  startedAt = nowIso();
  book = await readSpreadsheetAsync(name, new Uint8Array(data), (done, total) => progress(id, { phase: 'read', done, total }));
  progress(id, { phase: 'read', done: 1, total: 1 });
  return {
    fileName: name,
    format: book.format,
    encoding: book.encoding,
    chosenSheet: chooseSheet(book.sheets),
    sheets: book.sheets.map((s, index) => ({ index, name: s.name, rowCount: s.rows.length, columnCount: s.columnCount })),
    repairCount: book.repairCount,
    repairs: book.repairs,
  };
}

function preview(sheet: number, rows: number): SheetPreview {
  const s = requireBook().sheets[sheet];
  if (!s) throw new UserError('Không có trang tính này.');
  return {
    sheet,
    name: s.name,
    rows: s.rows.slice(0, rows),
    merges: s.merges.filter((m) => m.s.r < rows),
    columnCount: s.columnCount,
    rowCount: s.rows.length,
  };
}

function layoutsFor(sheets: number[], headerRow?: number): HeaderLayout[] {
  const b = requireBook();
  return sheets.map((i) => {
    const s = b.sheets[i];
    if (!s) throw new UserError('Không có trang tính này.');
    const columnCount = Math.max(...sheets.map((j) => b.sheets[j]?.columnCount ?? 0));
    return headerRow === undefined ? detectHeader(s.rows, s.merges, columnCount) : layoutFrom(s.rows, s.merges, headerRow, columnCount);
  });
}

async function layout(sheets: number[], headerRow: number | undefined, targetChoice: ImportTarget | undefined): Promise<LayoutResult> {
  if (!sheets.length) throw new UserError(IMPORT_ERRORS.noSheetChosen);
  const b = requireBook();
  const layouts = layoutsFor(sheets, headerRow);
  const first = layouts[0]!;
  const firstKey = first.names.map(headerKey).join('|');
  const mismatched = sheets.filter((_, k) => layouts[k]!.names.map(headerKey).join('|') !== firstKey).map((i) => b.sheets[i]!.name);
  // The same pure sequence the corpus regression test runs: header, title, guessed target, mapping, code columns.
  const proposal = proposeImport(b.sheets, { sheets, headerRow, target: targetChoice });
  const target = proposal.target;
  const signature = headerSignature(first.names, target);
  let mapping = proposal.mapping;
  codeLookups = codeLookupsOf(proposal.codeColumns);
  let remembered = false;
  try {
    const saved = await findRememberedMapping(signature, database());
    if (saved && saved.mapping.length === first.names.length) {
      mapping = saved.mapping;
      remembered = true;
    }
  } catch {
    // An unreadable remembered mapping only costs the suggestion.
  }
  const sheet = b.sheets[sheets[0]!]!;
  const samples = first.names.map((_, col) => {
    const out: string[] = [];
    for (let r = first.dataStart; r < sheet.rows.length && out.length < 3; r++) {
      const t = cellText(sheet.rows[r]?.[col] ?? null);
      if (t) out.push(t.slice(0, 60));
    }
    return out;
  });
  // Data rows of the chosen sheets: a row holding only a running number (templates pre-number 100 rows) is not data.
  let dataRows = 0;
  sheets.forEach((i, k) => {
    const rows = b.sheets[i]!.rows;
    for (let r = layouts[k]!.dataStart; r < rows.length; r++) {
      if (rows[r]?.some((c, col) => mapping[col] !== 'stt' && cellText(c ?? null) !== '')) dataRows++;
    }
  });
  const titleRows = sheet.rows.slice(0, first.headerStart);
  // Cell by cell: a title cell and a date-line cell often share a row.
  const reportYear = reportYearOf(titleRows.flatMap((row) => row.map(cellText).filter(Boolean)));
  const titleLines = titleRows.map((row) => row.map(cellText).filter(Boolean).join(' '));
  return {
    layout: first,
    target,
    mapping,
    remembered,
    signature,
    mismatched,
    samples,
    reportYear,
    columnScales: first.names.map((name) => moneyScaleIn(name) ?? null),
    titleScale: moneyScaleOfTitle(titleLines) ?? null,
    dataRows,
    guess: proposal.guess,
    codeColumns: proposal.codeColumns.map((c) => ({
      col: c.col,
      sheet: c.table.sheet,
      title: c.table.title,
      matched: c.matched,
      total: c.total,
      examples: c.examples.slice(0, 3),
    })),
  };
}

async function makePlan(id: number, options: PlanOptions): Promise<PlanSummary> {
  const b = requireBook();
  const layouts = layoutsFor(options.sheets, options.headerRow);
  const total = options.sheets.reduce((n, i, k) => n + Math.max(0, (b.sheets[i]?.rows.length ?? 0) - layouts[k]!.dataStart), 0);
  if (total > LIMITS.rows) throw new ImportFileError(LIMIT_MESSAGES.rows(fileName, options.sheets.map((i) => b.sheets[i]!.name).join(', '), total));
  const sheets: PlanSheet[] = options.sheets.map((i, k) => ({
    index: i,
    name: b.sheets[i]!.name,
    rows: b.sheets[i]!.rows,
    layout: layouts[k]!,
    hiddenRows: new Set(b.sheets[i]!.hiddenRows ?? []),
  }));
  const d = database();
  const awards = options.target === 'awards' || options.target === 'nominations';
  const round = options.roundId ? await getRound(options.roundId, d) : undefined;
  const [existing, profile, catalog, remembered] = await Promise.all([
    loadExistingIndex(options.target, d, { roundId: round?.id }),
    getOfficeProfile(d),
    awards ? loadCatalogRefs(d) : undefined,
    awards ? loadAwardChoices(d) : undefined,
  ]);
  setAuditActor(profile.userName);
  // This file's choices outrank the ones remembered from earlier imports.
  const awardChoices = new Map([...Object.entries(remembered ?? {}), ...(options.awardChoices ?? [])]);
  plan = buildPlan(
    {
      target: options.target,
      sheets,
      mapping: options.mapping,
      defaultYear: options.defaultYear,
      titleYear: options.titleYear,
      // Never the office's province silently: rows naming none wait for the user's choice.
      defaultProvinceCode: options.target === 'units' ? options.defaultProvinceCode : profile.provinceCode,
      askProvince: options.target === 'units',
      defaultRecipientKind: options.defaultRecipientKind,
      edits: new Map(options.edits),
      skippedRows: new Set(options.skipped),
      includeHidden: options.includeHidden,
      moneyScales: options.moneyScales,
      existing,
      localities: { provinces: PROVINCES, communes: COMMUNES },
      catalog,
      awardChoices,
      identityChoices: new Map(options.identityChoices),
      identityDefault: options.identityDefault,
      ...(round ? { round: { id: round.id, year: round.year } } : {}),
      ...(options.defaultAwardCodes ? { defaultAwardCodes: options.defaultAwardCodes } : {}),
      ...(options.resolveCodes !== false && codeLookups.size ? { codeLookups } : {}),
      today: todayIso(),
    },
    (done, all) => progress(id, { phase: 'plan', done, total: all }),
  );
  planOptions = options;
  planLayouts = layouts;
  // One pass, no array per row (100,000 rows, most without errors).
  const errors: RowIssue[] = [];
  for (const r of plan.rows) {
    if (r.status !== 'error') continue;
    for (const i of r.issues) if (i.severity === 'error') errors.push(i);
  }
  return {
    counts: plan.counts,
    dropped: plan.dropped.slice(0, 1000),
    notes: plan.notes.slice(0, 1000),
    notesCount: plan.notes.length,
    errors: errors.slice(0, 1000),
    errorsCount: errors.length,
    awardNames: plan.awardNames.slice(0, 1000),
    ...(plan.yearConflict ? { yearConflict: plan.yearConflict } : {}),
    ...(plan.provinceAsk ? { provinceAsk: plan.provinceAsk } : {}),
    ...(plan.toCreate ? { toCreate: plan.toCreate } : {}),
  };
}

function filteredRows(filter: RowFilter): PlannedRow[] {
  if (!plan) return [];
  return filter === 'all'
    ? plan.rows
    : filter === 'ask'
      ? plan.rows.filter((r) => r.question?.kind === 'unknown')
      : plan.rows.filter((r) => r.status === filter);
}

const STATUS_ORDER: Record<string, number> = { error: 0, duplicate: 1, update: 2, new: 3, skipped: 4 };

/** The rows in the order asked: stored values compared by value (numbers) or in Vietnamese order (text). */
function sortedRows(list: PlannedRow[], sort: RowSort | undefined): PlannedRow[] {
  if (!sort || sort.by === 'row') return sort?.order === 'descend' ? [...list].reverse() : list;
  const by = sort.by;
  const key = typeof by === 'number' ? (planOptions?.mapping[by] ?? '') : '';
  const def = key ? fieldsOf(planOptions!.target).find((d) => d.key === key) : undefined;
  const valueKey = def ? valueKeyOf(def, planLayouts[0]?.names[by as number] ?? '') : '';
  return sortRows(
    list,
    (r) => {
      if (by === 'status') return STATUS_ORDER[r.status] ?? 9;
      if (by === 'province') return provinceName(r.values.provinceCode as string | undefined);
      if (by === 'commune') return communeName(r.values.communeCode as string | undefined);
      const v = r.values[valueKey];
      return typeof v === 'number' ? v : v === undefined ? null : formatStored(def, valueKey, v);
    },
    sort.order,
  );
}

/** Rows with their preview; update rows compared with their stored unit (read for these rows only). */
async function withPreview(list: PlannedRow[], overwrite: string[] | undefined): Promise<PreviewRowData[]> {
  if (!book || !planOptions) return [];
  const b = book;
  const options = planOptions;
  const ids = [...new Set(list.filter((r) => r.status === 'update' && r.matchId).map((r) => r.matchId!))];
  const stored = new Map<string, Unit>();
  if (options.target === 'units' && ids.length) (await database().units.bulkGet(ids)).forEach((u) => u && stored.set(u.id, u));
  const ctx = {
    target: options.target,
    mapping: options.mapping,
    names: planLayouts[0]?.names ?? [],
    moneyScales: options.moneyScales,
    overwrite: new Set(overwrite ?? []),
  };
  return list.map((r) => {
    const cells = b.sheets[r.sheetIndex]?.rows[r.row] ?? [];
    const before = r.status === 'update' && r.matchId ? stored.get(r.matchId) : undefined;
    return { ...r, cells, preview: previewRow(r, cells, ctx, before) };
  });
}

async function rows(req: RowsRequest): Promise<RowsPage> {
  if (!plan || !book) return { total: 0, rows: [] };
  const list = sortedRows(filteredRows(req.filter), req.sort);
  return { total: list.length, rows: await withPreview(list.slice(req.offset, req.offset + req.limit), req.overwrite) };
}

async function commit(id: number, overwrite: string[], signature: string, createMissing: boolean) {
  if (!plan || !planOptions || !book) throw new UserError('Chưa có bản xem trước để ghi.');
  if (plan.toCreate && !createMissing) {
    throw new UserError(
      `Tệp có ${plan.toCreate.people} cá nhân và ${plan.toCreate.units} tập thể chưa có trong dữ liệu: hãy đánh dấu đồng ý tạo mới trước khi ghi.`,
    );
  }
  const b = book;
  const options = planOptions;
  const first = planLayouts[0]!;
  const defs = fieldsOf(options.target);
  const batch = await commitImport(
    {
      batchId: newId(),
      fileName,
      sheets: options.sheets.map((i) => b.sheets[i]!.name),
      target: options.target,
      startedAt,
      rows: plan.rows,
      counts: plan.counts,
      mapping: options.mapping
        .map((field, col) => {
          const scale = options.moneyScales?.[col] ?? 1;
          return { col, header: first.names[col] ?? '', field, ...(scale !== 1 && defs.find((d) => d.key === field)?.kind === 'money' ? { scale } : {}) };
        })
        .filter((m) => m.field && defs.some((d) => d.key === m.field)),
      overwrite,
      ...(options.roundId ? { roundId: options.roundId } : {}),
    },
    (done, total) => progress(id, { phase: 'commit', done, total }),
    database(),
  );
  // A large import leaves eligibility's fact store incomplete: rebuilt here, off the window's thread.
  if (options.target !== 'units') {
    try {
      await completeFactStore(database());
    } catch (err) {
      console.error('Dựng lại kho dữ kiện xét khen thưởng lỗi', err); // the next judgment rebuilds it
    }
  }
  // The round is judged right away, so the office sees who meets the standards before opening it.
  if (options.target === 'nominations' && options.roundId) {
    const t0 = performance.now();
    const round = await getRound(options.roundId, database());
    const noms = await listNominations(options.roundId, database());
    // Kept for the round screen, which then opens without judging the list again.
    const { results } = await judgeRound(options.roundId, noms, round?.year ?? new Date().getFullYear(), 'now', database());
    let eligible = 0;
    for (const n of noms) if (n.importBatchId === batch.id && results.get(n.id)?.status === 'pass') eligible++;
    batch.judged = { total: noms.filter((n) => n.importBatchId === batch.id).length, eligible, ms: Math.round(performance.now() - t0) };
    // Kept on the batch, so the import history still says how the list was judged at import time.
    await database().importBatches.update(batch.id, { judged: batch.judged });
  }
  try {
    await rememberMapping(signature, options.target, options.mapping, database());
    await rememberAwardChoices(options.awardChoices ?? [], database());
  } catch {
    // Remembering is a convenience; the import itself is committed.
  }
  plan = null;
  return batch;
}

/** Benchmark only: the raw floor (SheetJS read + sheet_to_json + one bulkAdd of the rows, then removed). */
async function floor(name: string, data: ArrayBuffer) {
  const t0 = performance.now();
  const wb = XLSX.read(new Uint8Array(data), { type: 'array', dense: true });
  const t1 = performance.now();
  const ws = wb.Sheets[wb.SheetNames[0]!]!;
  const json = XLSX.utils.sheet_to_json<Record<string, unknown>>(ws);
  const t2 = performance.now();
  const d = database();
  const table = d.units as unknown as import('dexie').Table<Record<string, unknown>, string>; // raw sheet rows, not Units
  const ids = json.map(() => newId());
  await d.transaction('rw', table, async () => {
    await table.bulkAdd(json.map((r, i) => ({ ...r, id: ids[i] })));
  });
  const t3 = performance.now();
  await d.transaction('rw', table, async () => {
    await table.bulkDelete(ids);
  });
  void name;
  return { readMs: t1 - t0, jsonMs: t2 - t1, writeMs: t3 - t2, rows: json.length };
}

async function handle(id: number, req: ImportRequest): Promise<unknown> {
  switch (req.type) {
    case 'parse':
      return parse(id, req.name, req.data);
    case 'preview':
      return preview(req.sheet, req.rows);
    case 'layout':
      return layout(req.sheets, req.headerRow, req.target);
    case 'plan':
      return makePlan(id, req.options);
    case 'rows':
      return rows(req);
    case 'commit':
      return commit(id, req.options.overwrite, req.options.signature, !!req.options.createMissing);
    case 'floor':
      return floor(req.name, req.data);
  }
}

self.onmessage = async (e: MessageEvent<{ id: number; request: ImportRequest }>) => {
  const { id, request } = e.data;
  try {
    const result = await handle(id, request);
    post({ id, ok: true, result });
  } catch (err) {
    // Decided by type: a UserError (ImportFileError, repository refusals) is rebuilt as one in the
    // window; anything else is shown there as an unexpected error with its details.
    post({ id, ok: false, error: serializeError(err) });
  }
};
