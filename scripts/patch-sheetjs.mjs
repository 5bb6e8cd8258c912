// postinstall: two one-line fixes in SheetJS (xlsx 0.20.3) for damaged legacy .xls files, found by
// the damage campaign (issue 18); tests/unit/import-damage.test.ts checks they are in place.
// 1. Its byte-string reader loops `for (i = 0; i != size; ++i)`: a string length read past the end
//    of a short BIFF record is undefined/NaN, so the loop runs until the array of characters
//    overflows (20-35 s of a frozen import, then RangeError). `i < size` reads nothing instead.
// 2. Its formula reader loops `while (target != blob.l)`: a damaged token that reads past the
//    formula's end never meets the target again. `blob.l < target` stops there (the caller then
//    moves to the record's end, as before).
// `--check` only reports (exit 1 when a file is unpatched).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const FILES = ['node_modules/xlsx/xlsx.mjs', 'node_modules/xlsx/xlsx.js'];
const PATCHES = [
  [
    'case \'sbcs-cont\': o = ""; loc = this.l;\n\t\t\tfor(i = 0; i != size; ++i) {',
    'case \'sbcs-cont\': o = ""; loc = this.l;\n\t\t\tfor(i = 0; i < size; ++i) {',
  ],
  ['var R, id, ptgs = [];\n\twhile(target != blob.l) {', 'var R, id, ptgs = [];\n\twhile(blob.l < target) {'],
];

export function sheetjsPatchState(root = ROOT) {
  return FILES.map((f) => {
    const path = join(root, f);
    if (!existsSync(path)) return { file: f, state: 'missing' };
    const text = readFileSync(path, 'utf8');
    const states = PATCHES.map(([from, to]) => (text.includes(to) ? 'patched' : text.includes(from) ? 'unpatched' : 'unknown'));
    const state = states.includes('unknown') ? 'unknown' : states.includes('unpatched') ? 'unpatched' : 'patched';
    return { file: f, state };
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes('--check');
  let failed = false;
  for (const { file, state } of sheetjsPatchState()) {
    if (state === 'unpatched' && !check) {
      const path = join(ROOT, file);
      writeFileSync(
        path,
        PATCHES.reduce((text, [from, to]) => text.replace(from, to), readFileSync(path, 'utf8')),
      );
      console.log(`patch-sheetjs: ${file} patched`);
    } else if (state !== 'patched') {
      // A new SheetJS version: look whether the loops are still there, then update PATCHES.
      console.error(`patch-sheetjs: ${file} is ${state}`);
      failed = failed || state !== 'missing' || check;
    }
  }
  process.exit(failed ? 1 : 0);
}
