import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportBatch } from '@/domain/import/batch';
import type { ColumnMapping, ImportTarget } from '@/domain/import/fields';
import { INDICATOR_FIELDS } from '@/domain/import/records';
import type { ParsedWorkbookSummary, RawCell } from '@/domain/import/types';
import type { RecipientKind } from '@/domain/awards/types';
import type { IdentityChoice } from '@/domain/import/planTypes';
import { IMPORT_ERRORS } from '@/domain/import/labels';
import { LIMITS, LIMIT_MESSAGES } from '@/domain/import/limits';
import { errorMessage, isUserError } from '@/domain/errors';
import type { LayoutResult, PlanSummary, ProgressInfo, SheetPreview } from '@/workers/import-protocol';
import { ImportSession, readBudget } from './pipeline';

export type WizardStep = 0 | 1 | 2 | 3 | 4 | 5;

export interface Busy {
  label: string;
  cancellable: boolean;
}

/**
 * Progress of the running step, kept outside React state: only the progress bar subscribes,
 * so frequent progress messages never re-render the step screens.
 */
export class ProgressStore {
  private value: { label?: string; percent?: number } = {};
  private listeners = new Set<() => void>();
  subscribe = (fn: () => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };
  get = () => this.value;
  set(label: string | undefined, percent: number | undefined) {
    if (this.value.label === label && this.value.percent === percent) return;
    this.value = { label, percent };
    this.listeners.forEach((fn) => fn());
  }
}

const PHASE_LABEL: Record<ProgressInfo['phase'], string> = {
  read: 'Đang đọc tệp…',
  plan: 'Đang làm sạch và kiểm tra các dòng…',
  commit: 'Đang ghi dữ liệu…',
};

/** State and actions of the import wizard; the worker does the heavy work. */
export function useImportWizard() {
  const session = useRef<ImportSession | null>(null);
  const progress = useRef(new ProgressStore()).current;
  const [step, setStep] = useState<WizardStep>(0);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fileName, setFileName] = useState<string>('');
  const [summary, setSummary] = useState<ParsedWorkbookSummary | null>(null);
  const [sheets, setSheets] = useState<number[]>([]);
  const [preview, setPreview] = useState<SheetPreview | null>(null);
  const [headerRow, setHeaderRow] = useState<number | undefined>(undefined);
  const [layout, setLayout] = useState<LayoutResult | null>(null);
  const [target, setTarget] = useState<ImportTarget>('units');
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [defaultYear, setDefaultYear] = useState<number | undefined>(new Date().getFullYear() - 1);
  const [defaultRecipientKind, setDefaultRecipientKind] = useState<RecipientKind>('unit');
  const [plan, setPlan] = useState<PlanSummary | null>(null);
  const [planVersion, setPlanVersion] = useState(0);
  const [edits, setEdits] = useState<Map<string, RawCell>>(new Map());
  const [skipped, setSkipped] = useState<Set<string>>(new Set());
  const [awardChoices, setAwardChoices] = useState<Map<string, string>>(new Map());
  const [includeHidden, setIncludeHidden] = useState(false);
  /** Units: answers where the evidence could not tell which unit a row is (row key -> choice). */
  const [identityChoices, setIdentityChoices] = useState<Map<string, IdentityChoice>>(new Map());
  const [identityDefault, setIdentityDefault] = useState<'new' | 'same'>('new');
  /** The user kept the years of the year column although the title names another. */
  const [yearConfirmed, setYearConfirmed] = useState(false);
  /** Đồng per unit of each column (money columns in triệu đồng etc.). */
  const [moneyScales, setMoneyScales] = useState<number[]>([]);
  /** Units: the province for rows whose file names none ('' = leave empty); undefined until the user chooses. */
  const [defaultProvinceCode, setDefaultProvinceCode] = useState<string | undefined>(undefined);
  const [overwrite, setOverwrite] = useState<Set<string>>(new Set(INDICATOR_FIELDS));
  /** Nominations: the round the rows go into, and the award for rows whose cell is empty (per recipient kind). */
  const [roundId, setRoundId] = useState<string | undefined>(undefined);
  const [defaultAwardCodes, setDefaultAwardCodes] = useState<{ unit?: string; person?: string }>({});
  /** Read code columns through the workbook's lookup sheet (DANHMUC); the user may turn it off. */
  const [resolveCodes, setResolveCodes] = useState(true);
  /** The user agreed to create the people and units the file names but the data does not have. */
  const [createMissing, setCreateMissing] = useState(false);
  const [batch, setBatch] = useState<ImportBatch | null>(null);

  useEffect(() => () => session.current?.cancel(), []);

  const run = useCallback(
    async <T>(label: string, work: (s: ImportSession, onProgress: (p: ProgressInfo) => void) => Promise<T>, cancellable = true): Promise<T | undefined> => {
      const s = session.current;
      if (!s || !s.alive) {
        setError(IMPORT_ERRORS.cancelled);
        return undefined;
      }
      setBusy({ label, cancellable });
      progress.set(label, undefined);
      setError(null);
      try {
        return await work(s, (p) => progress.set(PHASE_LABEL[p.phase], p.total ? Math.round((p.done / p.total) * 100) : undefined));
      } catch (e) {
        // The one error path: a UserError (rebuilt from the worker) as is, anything else as unexpected.
        if (!isUserError(e)) console.error(e);
        setError(errorMessage(e));
        return undefined;
      } finally {
        setBusy(null);
      }
    },
    [progress],
  );

  const reset = useCallback(() => {
    session.current?.cancel();
    session.current = null;
    setStep(0);
    setSummary(null);
    setPreview(null);
    setLayout(null);
    setPlan(null);
    setBatch(null);
    setEdits(new Map());
    setSkipped(new Set());
    setAwardChoices(new Map());
    setIncludeHidden(false);
    setIdentityChoices(new Map());
    setIdentityDefault('new');
    setYearConfirmed(false);
    setDefaultProvinceCode(undefined);
    setDefaultAwardCodes({});
    setResolveCodes(true);
    setCreateMissing(false);
    setHeaderRow(undefined);
    setSheets([]);
    setFileName('');
  }, []);

  const openFile = useCallback(
    async (file: File) => {
      reset();
      setError(null);
      setFileName(file.name);
      // Refuse oversize files before reading them into memory.
      if (file.size > LIMITS.fileSize) {
        setError(LIMIT_MESSAGES.fileSize(file.name, file.size));
        return;
      }
      const s = new ImportSession(file.name);
      session.current = s;
      const result = await run('Đang đọc tệp…', async (ss, onProgress) => {
        const data = await file.arrayBuffer();
        const budget = readBudget(file.name, new Uint8Array(data));
        const parsed = await ss.request({ type: 'parse', name: file.name, data }, onProgress, [data], budget);
        // The sheet holding the list, not a lookup or instruction sheet that happens to come first.
        const first = parsed.sheets[parsed.chosenSheet?.index ?? -1] ?? parsed.sheets.find((sh) => sh.rowCount > 0) ?? parsed.sheets[0]!;
        const pv = await ss.request({ type: 'preview', sheet: first.index, rows: 40 }, undefined, [], budget);
        return { parsed, first, pv };
      });
      if (!result) {
        session.current?.cancel();
        session.current = null;
        setFileName('');
        return;
      }
      setSummary(result.parsed);
      setSheets([result.first.index]);
      setPreview(result.pv);
    },
    [reset, run],
  );

  const showSheet = useCallback(
    async (index: number) => {
      const pv = await run('Đang mở trang tính…', (s) => s.request({ type: 'preview', sheet: index, rows: 40 }));
      if (pv) setPreview(pv);
    },
    [run],
  );

  const detectLayout = useCallback(
    async (row?: number, targetChoice?: ImportTarget) => {
      const res = await run('Đang tìm dòng tiêu đề…', (s) => s.request({ type: 'layout', sheets, headerRow: row, target: targetChoice }));
      if (!res) return false;
      setLayout(res);
      setTarget(res.target);
      setMapping(res.mapping);
      setMoneyScales(res.columnScales.map((s) => s ?? res.titleScale ?? 1));
      if (res.reportYear.year) setDefaultYear(res.reportYear.year);
      setYearConfirmed(false);
      setHeaderRow(row);
      const pv = await run('Đang mở trang tính…', (s) => s.request({ type: 'preview', sheet: sheets[0]!, rows: Math.max(40, res.layout.dataStart + 10) }));
      if (pv) setPreview(pv);
      return true;
    },
    [run, sheets],
  );

  const buildPlan = useCallback(
    async (next?: {
      edits?: Map<string, RawCell>;
      skipped?: Set<string>;
      awardChoices?: Map<string, string>;
      includeHidden?: boolean;
      identityChoices?: Map<string, IdentityChoice>;
      identityDefault?: 'new' | 'same';
      mapping?: ColumnMapping;
      defaultYear?: number;
      defaultProvinceCode?: string;
      roundId?: string;
      defaultAwardCodes?: { unit?: string; person?: string };
      resolveCodes?: boolean;
    }) => {
      const res = await run('Đang làm sạch và kiểm tra các dòng…', (s, onProgress) =>
        s.request(
          {
            type: 'plan',
            options: {
              target,
              sheets,
              headerRow,
              mapping: next?.mapping ?? mapping,
              defaultYear: next?.defaultYear ?? defaultYear,
              titleYear: layout?.reportYear.year,
              identityChoices: [...(next?.identityChoices ?? identityChoices)],
              identityDefault: next?.identityDefault ?? identityDefault,
              defaultRecipientKind,
              edits: [...(next?.edits ?? edits)],
              skipped: [...(next?.skipped ?? skipped)],
              awardChoices: [...(next?.awardChoices ?? awardChoices)],
              includeHidden: next?.includeHidden ?? includeHidden,
              moneyScales,
              defaultProvinceCode: next && 'defaultProvinceCode' in next ? next.defaultProvinceCode : defaultProvinceCode,
              roundId: next?.roundId ?? roundId,
              defaultAwardCodes: next?.defaultAwardCodes ?? defaultAwardCodes,
              resolveCodes: next?.resolveCodes ?? resolveCodes,
            },
          },
          onProgress,
        ),
      );
      if (res) {
        setPlan(res);
        setPlanVersion((v) => v + 1);
      }
      return !!res;
    },
    [
      run,
      target,
      sheets,
      headerRow,
      mapping,
      defaultYear,
      layout,
      identityChoices,
      identityDefault,
      defaultRecipientKind,
      edits,
      skipped,
      awardChoices,
      includeHidden,
      moneyScales,
      defaultProvinceCode,
      roundId,
      defaultAwardCodes,
      resolveCodes,
    ],
  );

  /** The province for rows whose file names none ('' = leave it empty), then check again. */
  const chooseDefaultProvince = useCallback(
    async (code: string) => {
      setDefaultProvinceCode(code);
      await buildPlan({ defaultProvinceCode: code });
    },
    [buildPlan],
  );

  /** Answer which unit one row is ('new' keeps it as a unit of its own). */
  const chooseIdentity = useCallback(
    async (rowKey: string, choice: IdentityChoice) => {
      const next = new Map(identityChoices);
      next.set(rowKey, choice);
      setIdentityChoices(next);
      await buildPlan({ identityChoices: next });
    },
    [identityChoices, buildPlan],
  );

  /** Answer every undecided row at once (answers given one by one stay). */
  const chooseIdentityDefault = useCallback(
    async (choice: 'new' | 'same') => {
      setIdentityDefault(choice);
      await buildPlan({ identityDefault: choice });
    },
    [buildPlan],
  );

  /** The title names the report year: use it for every row instead of the year column. */
  const applyTitleYear = useCallback(async () => {
    const year = layout?.reportYear.year;
    if (!year) return;
    const nextMapping = mapping.map((f) => (f === 'year' ? '' : f));
    setMapping(nextMapping);
    setDefaultYear(year);
    setYearConfirmed(true);
    await buildPlan({ mapping: nextMapping, defaultYear: year });
  }, [layout, mapping, buildPlan]);

  /** Import the rows hidden in the file too (or not); rows flipped one by one keep their flip. */
  const chooseIncludeHidden = useCallback(
    async (include: boolean) => {
      setIncludeHidden(include);
      await buildPlan({ includeHidden: include });
    },
    [buildPlan],
  );

  /** Place one award name of the file on a catalogue entry ('' = none of them) and check again. */
  const chooseAward = useCallback(
    async (key: string, code: string) => {
      const next = new Map(awardChoices);
      next.set(key, code);
      setAwardChoices(next);
      await buildPlan({ awardChoices: next });
    },
    [awardChoices, buildPlan],
  );

  const editCell = useCallback(
    async (rowKey: string, col: number, value: RawCell) => {
      const next = new Map(edits);
      next.set(`${rowKey}:${col}`, value);
      setEdits(next);
      await buildPlan({ edits: next });
    },
    [edits, buildPlan],
  );

  const toggleSkip = useCallback(
    async (rowKey: string) => {
      const next = new Set(skipped);
      if (next.has(rowKey)) next.delete(rowKey);
      else next.add(rowKey);
      setSkipped(next);
      await buildPlan({ skipped: next });
    },
    [skipped, buildPlan],
  );

  const commit = useCallback(async () => {
    const res = await run('Đang ghi dữ liệu…', (s, onProgress) =>
      s.request({ type: 'commit', options: { overwrite: [...overwrite], signature: layout?.signature ?? '', createMissing } }, onProgress),
    );
    if (res) setBatch(res);
    return res;
  }, [run, overwrite, layout, createMissing]);

  const cancel = useCallback(() => {
    session.current?.cancel();
    session.current = null;
    setBusy(null);
    setError(IMPORT_ERRORS.cancelled + ' Hãy chọn lại tệp để bắt đầu lại.');
    setStep(0);
    setSummary(null);
    setPreview(null);
  }, []);

  return {
    session,
    progress,
    step,
    setStep,
    busy,
    error,
    setError,
    fileName,
    summary,
    sheets,
    setSheets,
    preview,
    showSheet,
    headerRow,
    layout,
    detectLayout,
    target,
    setTarget,
    mapping,
    setMapping,
    defaultYear,
    setDefaultYear,
    defaultRecipientKind,
    setDefaultRecipientKind,
    plan,
    planVersion,
    buildPlan,
    edits,
    editCell,
    skipped,
    toggleSkip,
    chooseAward,
    includeHidden,
    chooseIncludeHidden,
    moneyScales,
    setMoneyScales,
    identityDefault,
    chooseIdentity,
    chooseIdentityDefault,
    yearConfirmed,
    setYearConfirmed,
    applyTitleYear,
    overwrite,
    setOverwrite,
    defaultProvinceCode,
    chooseDefaultProvince,
    roundId,
    setRoundId,
    defaultAwardCodes,
    setDefaultAwardCodes,
    resolveCodes,
    setResolveCodes,
    createMissing,
    setCreateMissing,
    batch,
    commit,
    cancel,
    openFile,
    reset,
  };
}

export type ImportWizard = ReturnType<typeof useImportWizard>;
