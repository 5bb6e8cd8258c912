import { defineConfig } from '@playwright/test';
import { findBrowser, CHROMIUM_ARGS } from './scripts/find-browser.mjs';

/** npm run bench: figures are printed by each bench (console.log), never asserted. */
const PORT = Number(process.env.THIDUA_TEST_PORT ?? 4179);

export default defineConfig({
  testDir: 'bench',
  testMatch: /.*\.bench\.ts/,
  timeout: 30 * 60_000,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    launchOptions: { ...(findBrowser() ?? {}), args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'] },
    viewport: { width: 1400, height: 900 },
  },
  webServer: {
    command: `npx vite preview --config vite.web.config.ts --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/index.html`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
