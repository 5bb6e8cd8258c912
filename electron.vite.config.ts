import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { cspPlugin } from './src-renderer/csp';

/**
 * The Electron build (npm run build): out/main (ESM, package.json is "type": "module"),
 * out/preload/index.cjs and out/renderer. Only index.html is a renderer entry; harness.html is
 * for the web test build (vite.web.config.ts) and must never ship in the app.
 */
const pkg = JSON.parse(readFileSync(resolve(__dirname, 'package.json'), 'utf8')) as { version: string };
const alias = { '@': resolve(__dirname, 'src-renderer/src'), '@shared': resolve(__dirname, 'src-main/shared') };

export default defineConfig({
  main: {
    resolve: { alias },
    // Not 'resources': files there would be referenced in place, but only out/** is packaged,
    // so `?asset` imports (the window icon) are copied into out/main/chunks instead.
    publicDir: resolve(__dirname, 'src-main/no-public-dir'),
    build: {
      outDir: resolve(__dirname, 'out/main'),
      lib: { entry: resolve(__dirname, 'src-main/main/index.ts') },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: resolve(__dirname, 'out/preload'),
      // A sandboxed preload cannot load ES modules or files: one self-contained CommonJS file
      // that requires nothing but 'electron'.
      externalizeDeps: false,
      lib: { entry: resolve(__dirname, 'src-main/preload/index.ts'), formats: ['cjs'], fileName: () => 'index.cjs' },
      rolldownOptions: { output: { format: 'cjs', entryFileNames: 'index.cjs', codeSplitting: false } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src-renderer'),
    base: './',
    plugins: [react(), cspPlugin()],
    resolve: { alias },
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    worker: { format: 'es' },
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      emptyOutDir: true,
      chunkSizeWarningLimit: 4000,
      rolldownOptions: { input: { index: resolve(__dirname, 'src-renderer/index.html') } },
    },
  },
});
