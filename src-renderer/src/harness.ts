/**
 * Test-only entry (harness.html, web build only; the Electron build never includes it).
 * Lets browser tests set up and inspect data through the real domain and db modules.
 */
// Eager: one harness chunk. Lazy glob imports would make every module a chunk of its own, and the
// app page (index.html) would then load ~150 small files where the Electron build loads a few.
const modules: Record<string, unknown> = import.meta.glob(['./domain/**/*.ts', './db/**/*.ts', './features/**/pipeline.ts', './platform/**/*.ts'], {
  eager: true,
});

declare global {
  interface Window {
    harness: { module(path: string): Promise<any>; ready: true };
  }
}

window.harness = {
  ready: true,
  async module(path: string) {
    const key = `./${path.replace(/^\.?\//, '').replace(/\.ts$/, '')}.ts`;
    const loaded = modules[key];
    if (!loaded) throw new Error(`harness: no module ${key}`);
    return loaded;
  },
};
