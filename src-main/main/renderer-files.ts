import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME, securityHeaders } from './security';

/**
 * The app:// protocol: maps a request URL to a file inside the built renderer folder.
 * Anything that would leave the folder (.., encoded separators, other hosts) is refused.
 */

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Absolute path of the file for url inside rootDir, or null when the URL must not be served. */
export function resolveRendererPath(rootDir: string, url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.hostname !== APP_HOST || u.port !== '' || u.username || u.password) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  // Encoded backslashes/NULs would otherwise become separators or truncate on some platforms.
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  if (pathname === '' || pathname === '/') pathname = '/index.html';
  const root = resolve(rootDir);
  const file = resolve(root, `.${pathname}`);
  if (!file.startsWith(root + sep)) return null;
  return file;
}

export interface RendererResponse {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array | null;
}

/** Reads the file for a request; 404 for anything missing or refused (no detail leaks). */
export async function serveRendererFile(rootDir: string, url: string, method = 'GET'): Promise<RendererResponse> {
  const headers = securityHeaders();
  if (method !== 'GET' && method !== 'HEAD') return { status: 405, headers, body: null };
  const file = resolveRendererPath(rootDir, url);
  if (!file) return { status: 404, headers, body: null };
  try {
    const info = await stat(file);
    if (!info.isFile()) return { status: 404, headers, body: null };
    // A symlink inside the folder must not lead outside it either.
    const [realRoot, realFile] = await Promise.all([realpath(resolve(rootDir)), realpath(file)]);
    if (!realFile.startsWith(realRoot + sep)) return { status: 404, headers, body: null };
    const body = method === 'HEAD' ? null : new Uint8Array(await readFile(file));
    return { status: 200, headers: { ...headers, 'Content-Type': contentTypeFor(file) }, body };
  } catch {
    return { status: 404, headers, body: null };
  }
}
