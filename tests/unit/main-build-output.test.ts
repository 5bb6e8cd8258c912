import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { CONTENT_SECURITY_POLICY, cspPlugin } from '../../src-renderer/csp';

const SOURCE_HTML = resolve(import.meta.dirname, '../../src-renderer/index.html');
const BUILT_HTML = resolve(import.meta.dirname, '../../out/renderer/index.html');

function cspOf(html: string): string | null {
  return /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? null;
}

function assertStrict(csp: string | null): void {
  expect(csp).not.toBeNull();
  const directives = new Map(
    csp!.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values] as const;
    }),
  );
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(directives.get('default-src')).toEqual(["'self'"]);
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).not.toMatch(/https?:/);
}

test('the CSP plugin puts a strict policy into the page head', () => {
  const plugin = cspPlugin();
  const hook = plugin.transformIndexHtml as (html: string) => string;
  const html = hook(readFileSync(SOURCE_HTML, 'utf8'));
  expect(cspOf(html)).toBe(CONTENT_SECURITY_POLICY);
  assertStrict(cspOf(html));
  expect(plugin.apply).toBe('build');
});

test('the built Electron renderer carries the CSP and no test harness', () => {
  test.skip(!existsSync(BUILT_HTML), 'out/renderer/index.html is absent; run `npx electron-vite build` first');
  const html = readFileSync(BUILT_HTML, 'utf8');
  assertStrict(cspOf(html));
  expect(existsSync(resolve(BUILT_HTML, '../harness.html'))).toBe(false);
});

test('the built preload is one CommonJS file that requires nothing but electron (sandbox-safe)', () => {
  const preload = resolve(import.meta.dirname, '../../out/preload/index.cjs');
  test.skip(!existsSync(preload), 'out/preload/index.cjs is absent; run `npx electron-vite build` first');
  const code = readFileSync(preload, 'utf8');
  expect(code).not.toMatch(/^\s*import\s/m);
  expect(code).not.toMatch(/^\s*export\s/m);
  const required = [...code.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
  expect(required).toEqual(['electron']);
  expect(code).toContain('exposeInMainWorld("thidua"');
});
