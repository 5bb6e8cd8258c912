// npm start: make sure the Electron binary is there (downloading it once), build, launch.
// Cross-platform (Windows offices): only `node` child processes, no shell syntax.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ELECTRON_DIR = join(ROOT, 'node_modules', 'electron');
const ELECTRON_VITE = join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');

function fail(lines) {
  console.error(['', ...lines, ''].join('\n'));
  process.exit(1);
}

function electronBinary() {
  const pathTxt = join(ELECTRON_DIR, 'path.txt');
  if (!existsSync(pathTxt)) return null;
  const exe = join(ELECTRON_DIR, 'dist', readFileSync(pathTxt, 'utf8').trim());
  return existsSync(exe) ? exe : null;
}

function run(args, what) {
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.error || r.status !== 0) return r.error?.message ?? `${what}: mã lỗi / exit code ${r.status}`;
  return null;
}

// Electron's installer prints a Node stack trace when the download fails; keep its output and show only
// the error's first line under the bilingual message, so an office user reads what to do first.
function install() {
  const r = spawnSync(process.execPath, [join(ELECTRON_DIR, 'install.js')], { cwd: ROOT, encoding: 'utf8' });
  if (!r.error && r.status === 0) return null;
  const firstLine = `${r.stderr ?? ''}`.split(/\r?\n/).find((line) => line.trim() !== '');
  return r.error?.message ?? firstLine?.trim() ?? `electron install: mã lỗi / exit code ${r.status}`;
}

if (!existsSync(join(ELECTRON_DIR, 'install.js')) || !existsSync(ELECTRON_VITE)) {
  fail(['Chưa cài các gói phụ thuộc. Hãy chạy:  npm install', 'Dependencies are not installed. Run:  npm install']);
}

if (!electronBinary()) {
  console.log(['Đang tải Electron (chỉ một lần, khoảng 100 MB) ...', 'Downloading the Electron runtime (once, about 100 MB) ...'].join('\n'));
  const error = install();
  if (error || !electronBinary()) {
    fail([
      'KHÔNG tải được Electron. Máy cần kết nối Internet cho lần chạy đầu tiên.',
      'Could NOT download Electron. The first start needs an Internet connection.',
      '',
      `  Chi tiết / details: ${error ?? 'node_modules/electron/path.txt missing after install'}`,
      '',
      'Cách khắc phục / how to fix:',
      '  1. Kết nối Internet rồi chạy lại / connect and run again:  npm start',
      '  2. Sau proxy / behind a proxy:  set HTTPS_PROXY=http://proxy:port  (Windows)  hoặc  export HTTPS_PROXY=...',
      '  3. Dùng bản sao nội bộ (mirror) / use a mirror:  ELECTRON_MIRROR=<địa chỉ mirror / mirror URL>',
      '  4. Máy không có mạng / offline machine: copy the zip electron-v<version>-<platform>-<arch>.zip into the',
      '     Electron cache (%LOCALAPPDATA%\\electron\\Cache on Windows, ~/.cache/electron on Linux), then npm start.',
      '  Hoặc cài bản đóng gói (Thi đua HTX Setup.exe) — không cần bước này / or install the packaged Setup.exe.',
    ]);
  }
}

const buildError = run([ELECTRON_VITE, 'build'], 'electron-vite build');
if (buildError) fail(['Biên dịch thất bại / build failed:', `  ${buildError}`]);

const exe = electronBinary();
const args = [ROOT, ...process.argv.slice(2)];
// Chromium refuses to run as root on Linux without this (CI containers).
if (process.platform === 'linux' && process.getuid?.() === 0) args.unshift('--no-sandbox');
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
delete env.ELECTRON_RENDERER_URL;
const child = spawn(exe, args, { cwd: ROOT, stdio: 'inherit', env });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
