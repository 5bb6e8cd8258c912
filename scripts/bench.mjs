// npm run bench [-- bench/registry.bench.ts]: builds the web renderer, runs the benches in Chromium, prints figures.
import { spawnSync } from 'node:child_process';
import { findBrowser, BROWSER_HELP } from './find-browser.mjs';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
if (!findBrowser()) {
  console.error(BROWSER_HELP);
  process.exit(1);
}
const opts = { stdio: 'inherit', shell: process.platform === 'win32' };
if (spawnSync(npx, ['vite', 'build', '--config', 'vite.web.config.ts', '--logLevel', 'warn'], opts).status !== 0) process.exit(1);
const r = spawnSync(npx, ['playwright', 'test', '--config', 'playwright.bench.config.ts', ...process.argv.slice(2)], opts);
process.exit(r.status ?? 1);
