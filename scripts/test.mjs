// npm test: unit tests (Node), then the web build and browser tests (Chromium), then Electron tests
// (which skip with a printed reason when the Electron binary is absent).
import { spawnSync } from 'node:child_process';
import { findBrowser, BROWSER_HELP } from './find-browser.mjs';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const extra = process.argv.slice(2);

function run(args, env = {}) {
  console.log(`\n> ${['npx', ...args].join(' ')}`);
  const r = spawnSync(npx, args, { stdio: 'inherit', env: { ...process.env, ...env }, shell: process.platform === 'win32' });
  return r.status ?? 1;
}

if (!findBrowser()) {
  console.error(BROWSER_HELP);
  process.exit(1);
}

let failed = 0;
// Each stage keeps its own artifacts: a Playwright run empties its output folder first.
failed |= run(['playwright', 'test', '--project=unit', '--output=test-results/unit', ...extra]);
if (run(['vite', 'build', '--config', 'vite.web.config.ts', '--logLevel', 'warn']) !== 0) process.exit(1);
failed |= run(['playwright', 'test', '--project=e2e', '--output=test-results/e2e', ...extra]);
failed |= run(['playwright', 'test', '--project=electron', '--output=test-results/electron', ...extra]);
process.exit(failed ? 1 : 0);
