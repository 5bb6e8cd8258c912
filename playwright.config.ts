import { defineConfig } from '@playwright/test';
import { findBrowser, CHROMIUM_ARGS } from './scripts/find-browser.mjs';

const browser = findBrowser() ?? {};
const PORT = Number(process.env.THIDUA_TEST_PORT ?? 4173);

/** Only browser tests need the built renderer served; unit and electron runs start no server. */
function selectedProjects(argv: string[]): string[] {
  const out: string[] = [];
  argv.forEach((a, i) => {
    if (a.startsWith('--project=')) out.push(a.slice('--project='.length));
    else if (a === '--project' && argv[i + 1]) out.push(argv[i + 1]!);
  });
  return out;
}
const projects = selectedProjects(process.argv);
const needsWebServer = projects.length === 0 || projects.includes('e2e');

export default defineConfig({
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [['list']] : [['list']],
  // Parallel runs (separate THIDUA_WEB_OUT) must not wipe each other's artifacts.
  outputDir: process.env.THIDUA_WEB_OUT ? `${process.env.THIDUA_WEB_OUT}-results` : 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    launchOptions: { ...browser, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'unit', testDir: 'tests/unit', testMatch: /.*\.test\.ts/ },
    { name: 'e2e', testDir: 'tests/e2e', testMatch: /.*\.spec\.ts/ },
    { name: 'electron', testDir: 'tests/electron', testMatch: /.*\.spec\.ts/ },
  ],
  webServer: needsWebServer
    ? {
        command: `npx vite preview --config vite.web.config.ts --port ${PORT} --strictPort --host 127.0.0.1`,
        url: `http://127.0.0.1:${PORT}/index.html`,
        reuseExistingServer: !process.env.CI,
        timeout: 60_000,
      }
    : undefined,
});
