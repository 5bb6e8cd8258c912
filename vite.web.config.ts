import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cspPlugin } from './src-renderer/csp.ts';
import pkg from './package.json' with { type: 'json' };

/**
 * The renderer as a plain web app (npm run web, tests). Adds harness.html, a test-only
 * entry the Electron build never contains. THIDUA_WEB_OUT lets parallel builds use separate folders.
 */
const outDir = process.env.THIDUA_WEB_OUT ?? 'out/web';

export default defineConfig({
  root: resolve(import.meta.dirname, 'src-renderer'),
  base: './',
  plugins: [react(), cspPlugin()],
  resolve: { alias: { '@': resolve(import.meta.dirname, 'src-renderer/src'), '@shared': resolve(import.meta.dirname, 'src-main/shared') } },
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  worker: { format: 'es' },
  build: {
    outDir: resolve(import.meta.dirname, outDir),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      input: {
        index: resolve(import.meta.dirname, 'src-renderer/index.html'),
        harness: resolve(import.meta.dirname, 'src-renderer/harness.html'),
      },
    },
  },
  preview: { host: '127.0.0.1' },
});
