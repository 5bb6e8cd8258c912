// npm test: unit tests (Node), then the web build and browser tests (Chromium), then Electron tests
// (which skip with a printed reason when the Electron binary is absent). Ends with one total line.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { findBrowser, BROWSER_HELP } from './find-browser.mjs';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const extra = process.argv.slice(2);
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(args, env = {}) {
  console.log(`\n> ${['npx', ...args].join(' ')}`);
  const r = spawnSync(npx, args, { stdio: 'inherit', env: { ...process.env, ...env }, shell: process.platform === 'win32' });
  return r.status ?? 1;
}

/** One Playwright stage; its own artifacts folder (a run empties it first) and a JSON report for the total. */
function stage(project) {
  const report = `test-results/${project}-report.json`;
  const status = run(['playwright', 'test', `--project=${project}`, `--output=test-results/${project}`, '--reporter=list,json', ...extra], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: report,
  });
  if (existsSync(report)) {
    const { stats } = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
    totals.failed += stats.unexpected ?? 0;
    totals.skipped += stats.skipped ?? 0;
  } else if (status !== 0) totals.failed += 1;
  return status;
}

if (!findBrowser()) {
  console.error(BROWSER_HELP);
  process.exit(1);
}

let failed = 0;
failed |= stage('unit');
if (run(['vite', 'build', '--config', 'vite.web.config.ts', '--logLevel', 'warn']) !== 0) process.exit(1);
failed |= stage('e2e');
failed |= stage('electron');
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failed ? 1 : 0);
