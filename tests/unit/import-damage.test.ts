/**
 * Root causes of reads that never ended on damaged files (issue 18), each pinned by the
 * smallest damaged file of the campaign that showed it, and checked for false alarms on every
 * undamaged file of the shared corpus.
 */
import { test, expect } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { readSpreadsheet, readSpreadsheetAsync } from '../../src-renderer/src/workers/import-read';
import { checkedStoredZip } from '../../src-renderer/src/workers/zip-stored';
import { cfbDamage } from '../../src-renderer/src/workers/cfb-check';
import { crc32 } from '../../src-renderer/src/workers/xlsx-zip';
import { IMPORT_ERRORS } from '../../src-renderer/src/domain/import/labels';
import { damage, type DamageSpec } from '../fixtures/damage/damage';
import { corpusSources, generatedSources, SHARED_CORPUS } from '../fixtures/damage/sources';
import { sheetjsPatchState } from '../../scripts/patch-sheetjs.mjs';

const haveCorpus = existsSync(SHARED_CORPUS);

/** The variant as the campaign names it: source~kind-rate-seed(hex); sources gen_* are generated. */
async function variant(name: string): Promise<{ fileName: string; bytes: Uint8Array }> {
  const [source, rest] = name.split('~') as [string, string];
  const m = /^(.*)-(light|medium|heavy)-([0-9a-f]+)$/.exec(rest)!;
  const spec = { kind: m[1], rate: m[2], seed: parseInt(m[3]!, 16) } as DamageSpec;
  const original = source.startsWith('gen_')
    ? (await generatedSources()).find((s) => s.name === source)!.bytes
    : new Uint8Array(readFileSync(join(SHARED_CORPUS, source)));
  return { fileName: source, bytes: damage(original, spec) };
}

test.describe('reads of damaged files end', () => {
  test.skip(!haveCorpus, `Bỏ qua: không có kho tệp mẫu ${SHARED_CORPUS}.`);

  test('a zip part with damaged deflate data is refused before SheetJS, whose inflater looped on it', async () => {
    // 4,157 bytes: SheetJS's JavaScript inflate never returned on this part.
    const { fileName, bytes } = await variant('lib_sheetjs_merge_cells.ods~overwrite-medium-ecdb21c0');
    const check = await checkedStoredZip(bytes);
    expect(check.ok).toBe(false);
    await expect(readSpreadsheetAsync(fileName, bytes)).rejects.toThrow(IMPORT_ERRORS.corrupt(fileName));
  });

  test('a compound file whose sector chain loops is refused before SheetJS, which followed it until memory ran out', async () => {
    // 18,637 bytes: a block of the file written twice makes the Workbook stream's FAT chain loop.
    const { fileName, bytes } = await variant('vn_ketoan_tscd_tang_tcvn3_2row_header.xls~repeat-light-80cdbe2a');
    expect(cfbDamage(bytes)).toMatch(/loops/);
    expect(() => readSpreadsheet(fileName, bytes)).toThrow(IMPORT_ERRORS.corrupt(fileName));
  });

  test("a legacy .xls formula whose token reads past its end no longer sends SheetJS's formula reader into an endless loop", async () => {
    // A block of a 6,000-row .xls written twice: a formula token read past the formula's end and
    // SheetJS looped `while (target != blob.l)` (scripts/patch-sheetjs.mjs).
    const { fileName, bytes } = await variant('gen_unit_list_large.xls~repeat-medium-10c1debb');
    let outcome = '';
    try {
      outcome = `${readSpreadsheet(fileName, bytes).sheets.length} sheets`;
    } catch (e) {
      outcome = (e as Error).message;
    }
    // Read, or refused with a message naming the file (which one depends on SheetJS's codepage state).
    expect(outcome).toMatch(new RegExp(`sheets|"${fileName}"`));
  });

  test("a legacy .xls string record cut short no longer sends SheetJS's string reader into an endless loop", async () => {
    // 26,112 bytes: a BIFF2 STRING record's length byte lies past the record; SheetJS read it as
    // undefined and looped `i != undefined` until memory ran out (scripts/patch-sheetjs.mjs).
    expect(sheetjsPatchState().map((f) => f.state)).toEqual(['patched', 'patched']);
    const { fileName, bytes } = await variant('vn_filemau_stt_only_rows.xls~overwrite-light-ccb9a030');
    expect(() => readSpreadsheet(fileName, bytes)).toThrow(IMPORT_ERRORS.corrupt(fileName));
  });

  test('no false alarm: every corpus file SheetJS can read passes the checks, and SheetJS reads the stored copy of a zip as the original', async () => {
    for (const { name, bytes } of corpusSources()) {
      if (bytes[0] === 0xd0 && bytes[1] === 0xcf && cfbDamage(bytes)) {
        // Only a file SheetJS cannot read either (the fuzzer-broken .xls of the corpus).
        expect(() => XLSX.read(bytes, { type: 'array' }), name).toThrow();
      }
      if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
        const check = await checkedStoredZip(bytes);
        expect(check.ok, name).toBe(true);
        if (!check.ok) continue;
        let original: unknown;
        try {
          original = readSpreadsheet(name, bytes);
        } catch (e) {
          original = (e as Error).message;
        }
        let stored: unknown;
        try {
          stored = readSpreadsheet(name, check.bytes, { fileSize: bytes.length });
        } catch (e) {
          stored = (e as Error).message;
        }
        expect(stored, name).toEqual(original);
      }
    }
  });
});

test('a compound file with a self-looping FAT entry is damaged; the same file intact is not', () => {
  const ws = XLSX.utils.aoa_to_sheet(Array.from({ length: 400 }, (_, i) => [`HTX số ${i}`, i]));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, 'Danh sách');
  const good = new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'biff8' }) as Buffer);
  expect(cfbDamage(good)).toBeNull();
  const cfb = XLSX.CFB.read(good, { type: 'array' });
  const workbook = cfb.FileIndex.find((f: { name: string }) => f.name === 'Workbook')!;
  const view = new DataView(good.buffer, good.byteOffset, good.byteLength);
  const firstFat = view.getUint32(76, true);
  const bad = good.slice();
  new DataView(bad.buffer).setUint32((firstFat + 1) * 512 + workbook.start * 4, workbook.start, true);
  expect(cfbDamage(bad)).toMatch(/loops/);
});

test('crc32 is the zip checksum', () => {
  expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
});
