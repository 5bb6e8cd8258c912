import { test, expect } from '@playwright/test';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openHarness } from '../fixtures/import/wizard';

const CORPUS = resolve(process.cwd(), '../shared/corpus');
const PER_FILE_MS = 60_000;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

test('every corpus file gives a parsed preview or a clear Vietnamese error, never a crash or a hang', async ({ page }) => {
  if (!existsSync(CORPUS)) {
    console.log(`import-corpus: ${CORPUS} không tồn tại, bỏ qua kiểm thử kho tệp mẫu.`);
    test.skip(true, 'corpus folder absent');
    return;
  }
  const list = files(CORPUS);
  test.setTimeout(30_000 + list.length * PER_FILE_MS);
  await openHarness(page);
  for (const path of list) {
    const name = path.slice(CORPUS.length + 1);
    const bytes = [...readFileSync(path)];
    const outcome = await page.evaluate(
      async ({ name, bytes, ms }) => {
        const { parseSpreadsheet } = await (window as any).harness.module('features/import/pipeline');
        const ctrl = new AbortController();
        const timer = setTimeout(() => ctrl.abort(), ms);
        try {
          const s = await parseSpreadsheet(name, Uint8Array.from(bytes), ctrl.signal);
          return { ok: true, sheets: s.sheets.length, hung: false, message: '' };
        } catch (e) {
          return { ok: false, sheets: 0, hung: ctrl.signal.aborted, message: e instanceof Error ? e.message : String(e) };
        } finally {
          clearTimeout(timer);
        }
      },
      { name, bytes, ms: PER_FILE_MS - 5_000 },
    );
    expect(outcome.hung, `${name} hung`).toBe(false);
    if (outcome.ok) expect(outcome.sheets, name).toBeGreaterThan(0);
    else expect(outcome.message, name).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
    console.log(`import-corpus: ${name}: ${outcome.ok ? `${outcome.sheets} trang tính` : outcome.message}`);
  }
});
