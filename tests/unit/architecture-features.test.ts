import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The feature folders depend on each other without cycles, and shared widgets in ui/ know no
 * feature: a newcomer can read one feature without the rest of the app.
 */
const SRC = join(import.meta.dirname, '../../src-renderer/src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : /\.tsx?$/.test(name) ? [p] : [];
  });
}

function featureDeps(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const feature of readdirSync(join(SRC, 'features'))) {
    const deps = new Set<string>();
    for (const file of filesUnder(join(SRC, 'features', feature))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/['"]@\/features\/([a-z]+)\//g)) if (m[1] !== feature) deps.add(m[1]!);
    }
    graph.set(feature, deps);
  }
  return graph;
}

test('feature folders import each other without cycles', () => {
  const graph = featureDeps();
  const cycles: string[] = [];
  const visit = (node: string, path: string[]) => {
    for (const next of graph.get(node) ?? []) {
      if (path.includes(next)) cycles.push([...path.slice(path.indexOf(next)), next].join(' → '));
      else visit(next, [...path, next]);
    }
  };
  for (const f of graph.keys()) visit(f, [f]);
  expect(cycles).toEqual([]);
});

test('ui/ widgets import no feature and no app shell', () => {
  const offenders = filesUnder(join(SRC, 'ui')).filter((f) => /['"]@\/(features|app)\//.test(readFileSync(f, 'utf8')));
  expect(offenders).toEqual([]);
});

test('file names: components PascalCase.tsx, modules camelCase.ts (kebab-case kept only where a test or bench names the file)', () => {
  const bad = filesUnder(join(SRC, 'features'))
    .concat(filesUnder(join(SRC, 'ui')))
    .map((f) => f.slice(f.lastIndexOf('/') + 1))
    .filter((n) => (n.endsWith('.tsx') ? !/^[A-Z][A-Za-z0-9]*\.tsx$/.test(n) && n !== 'routes.tsx' : !/^[a-z][A-Za-z0-9]*\.ts$/.test(n)));
  expect(bad).toEqual([]);
});
