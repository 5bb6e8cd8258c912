// Locates a Chromium-family browser for Playwright without downloading one
// (this project never runs `playwright install`; offices and CI have no such network).
import { existsSync } from 'node:fs';

const CANDIDATES = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/usr/bin/microsoft-edge'],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
    'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
  ],
};

/** @returns {{ executablePath?: string, channel?: string } | null} */
export function findBrowser() {
  const fromEnv = process.env.THIDUA_BROWSER || process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? { executablePath: fromEnv } : null;
  for (const p of CANDIDATES[process.platform] ?? []) if (existsSync(p)) return { executablePath: p };
  return null;
}

export const BROWSER_HELP =
  'Không tìm thấy trình duyệt Chromium/Chrome/Edge để chạy kiểm thử.\n' +
  '  Debian/Ubuntu: sudo apt-get install -y chromium\n' +
  '  Windows: cài Google Chrome hoặc Microsoft Edge\n' +
  '  Hoặc đặt biến môi trường THIDUA_BROWSER=<đường dẫn tới chrome/chromium>.';

/** Flags that keep Chromium quiet on a closed network and runnable as root in CI. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
