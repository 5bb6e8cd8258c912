/**
 * Corpus regression: every file of the shared corpus (../shared/corpus) goes through the same pure
 * sequence as the wizard (read, proposeImport, buildPlan) and the outcome per file is compared with
 * tests/fixtures/import/corpus-expected.json. THIDUA_UPDATE_CORPUS=1 rewrites the fixture; review the
 * diff against the corpus MANIFEST ("correct import" column) before keeping it.
 */
import { test, expect } from '@playwright/test';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readSpreadsheet } from '../../src-renderer/src/workers/import-read';
import { proposeImport } from '../../src-renderer/src/domain/import/proposal';
import { codeLookupsOf } from '../../src-renderer/src/domain/import/lookupSheets';
import { buildPlan } from '../../src-renderer/src/domain/import/plan';
import { CATALOG_SEED } from '../../src-renderer/src/domain/awards/catalogSeed';
import { PROVINCES, COMMUNES } from '../../src-renderer/src/domain/registry/localities-data';

const CORPUS = resolve(process.cwd(), '../shared/corpus');
const FIXTURE = resolve(process.cwd(), 'tests/fixtures/import/corpus-expected.json');

interface Outcome {
  error?: string;
  sheet?: string;
  target?: string;
  headerRow?: number;
  counts?: { new: number; update: number; error: number; duplicate: number; skipped: number; dropped: number };
  names?: string[];
}

/** The kind of refusal, not its wording (the wording names the file and may be polished). */
function errorKind(e: unknown): string {
  const name = e instanceof Error ? e.name : 'Error';
  const message = e instanceof Error ? e.message : String(e);
  const kind = /mật khẩu/i.test(message)
    ? 'password'
    : /hỏng|không đọc được/i.test(message)
      ? 'corrupt'
      : /không có dữ liệu|trống/i.test(message)
        ? 'empty'
        : /giới hạn|vượt/i.test(message)
          ? 'limit'
          : /không phải|bảng tính/i.test(message)
            ? 'notSpreadsheet'
            : 'other';
  return `${name}:${kind}`;
}

function outcomeOf(file: string): Outcome {
  let book;
  try {
    book = readSpreadsheet(file, new Uint8Array(readFileSync(join(CORPUS, file))));
  } catch (e) {
    return { error: errorKind(e) };
  }
  const p = proposeImport(book.sheets);
  const grid = book.sheets[p.sheets[0]!]!;
  const plan = buildPlan({
    target: p.target,
    sheets: p.sheets.map((i) => ({
      index: i,
      name: book.sheets[i]!.name,
      rows: book.sheets[i]!.rows,
      layout: p.layout,
      hiddenRows: new Set(book.sheets[i]!.hiddenRows ?? []),
    })),
    mapping: p.mapping,
    defaultYear: 2025,
    askProvince: true,
    defaultProvinceCode: '',
    today: '2026-12-04',
    existing: { units: [], people: [], awardKeys: [] },
    localities: { provinces: PROVINCES, communes: COMMUNES },
    catalog: CATALOG_SEED.map(({ code, name, recipient, commendationType, active }) => ({ code, name, recipient, commendationType, active })),
    round: { id: 'round', year: 2025 },
    codeLookups: codeLookupsOf(p.codeColumns),
  });
  const c = plan.counts;
  return {
    sheet: grid.name,
    target: p.target,
    headerRow: p.layout.headerStart + 1,
    counts: { new: c.new, update: c.update, error: c.error, duplicate: c.duplicate, skipped: c.skipped, dropped: c.dropped },
    names: plan.rows.slice(0, 3).map((r) => String(r.values.recipientName ?? r.values.name ?? r.values.title ?? '')),
  };
}

test('shared corpus: sheet, header, target, counts and first names stay as reviewed', () => {
  test.setTimeout(180_000);
  if (!existsSync(CORPUS)) {
    console.log(`[corpus] Bỏ qua: không có thư mục kho mẫu chung ${CORPUS}.`);
    test.skip(true, `Không có thư mục kho mẫu chung ${CORPUS}.`);
    return;
  }
  const files = readdirSync(CORPUS)
    .filter((f) => f !== 'MANIFEST.md' && statSync(join(CORPUS, f)).isFile())
    .sort();
  const actual: Record<string, Outcome> = {};
  for (const f of files) actual[f] = outcomeOf(f);
  if (process.env.THIDUA_UPDATE_CORPUS === '1' || !existsSync(FIXTURE)) {
    writeFileSync(FIXTURE, JSON.stringify(actual, null, 2) + '\n');
    console.log(`[corpus] Đã ghi lại ${FIXTURE} (${files.length} tệp): hãy đối chiếu với MANIFEST.md trước khi giữ.`);
  }
  const expected = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, Outcome>;
  expect(actual).toEqual(expected);
});
