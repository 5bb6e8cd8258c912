/**
 * Test-only entry (harness.html, web build only; the Electron build never includes it).
 * Lets browser tests set up and inspect data through the real domain and db modules.
 */
const modules = import.meta.glob(['./domain/**/*.ts', './db/**/*.ts', './features/**/pipeline.ts', './platform/**/*.ts']);

declare global {
  interface Window {
    harness: { module(path: string): Promise<any>; ready: true };
  }
}

window.harness = {
  ready: true,
  async module(path: string) {
    const key = `./${path.replace(/^\.?\//, '').replace(/\.ts$/, '')}.ts`;
    const load = modules[key];
    if (!load) throw new Error(`harness: no module ${key}`);
    return load();
  },
};
