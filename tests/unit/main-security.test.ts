import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../src-renderer/csp';
import { resolveRendererPath, serveRendererFile } from '../../src-main/main/renderer-files';
import {
  APP_START_URL,
  denyPermissionCheck,
  denyPermissionRequest,
  isAllowedNavigation,
  securityHeaders,
  windowOpenDecision,
} from '../../src-main/main/security';

test.describe('navigation allowlist', () => {
  test('the app may move within its own origin', () => {
    expect(isAllowedNavigation(APP_START_URL)).toBe(true);
    expect(isAllowedNavigation('app://thidua/index.html#/don-vi?q=a')).toBe(true);
    expect(isAllowedNavigation('app://thidua/')).toBe(true);
  });

  test('everything else is refused: web, files, look-alike hosts, other schemes', () => {
    for (const url of [
      'https://thidua.vn/',
      'http://localhost:5173/',
      'file:///C:/Windows/System32/calc.exe',
      'app://thidua.evil.com/index.html',
      'app://evil/index.html',
      'app://thidua@evil/index.html',
      'app://user:pw@thidua/index.html',
      'app://thidua:8080/index.html',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'about:blank',
      'not a url',
      '',
    ]) {
      expect(isAllowedNavigation(url), url).toBe(false);
    }
  });

  test('the dev server origin is allowed only when running the dev server, and only exactly', () => {
    const dev = 'http://localhost:5173';
    expect(isAllowedNavigation('http://localhost:5173/index.html', dev)).toBe(true);
    expect(isAllowedNavigation('http://localhost:5174/index.html', dev)).toBe(false);
    expect(isAllowedNavigation('http://localhost:5173/index.html')).toBe(false);
    expect(isAllowedNavigation('http://localhost.evil.com:5173/', dev)).toBe(false);
  });
});

test('new windows and every permission request are denied', () => {
  expect(windowOpenDecision()).toEqual({ action: 'deny' });
  for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'fullscreen']) {
    let granted: boolean | undefined;
    denyPermissionRequest(null, permission, (g) => (granted = g));
    expect(granted, permission).toBe(false);
  }
  expect(denyPermissionCheck()).toBe(false);
});

test('responses carry the same CSP the build puts in the HTML', () => {
  const headers = securityHeaders();
  expect(headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  expect(headers['Content-Security-Policy']).toContain("script-src 'self'");
  expect(headers['Content-Security-Policy']).not.toContain('unsafe-eval');
  expect(headers['X-Content-Type-Options']).toBe('nosniff');
});

test.describe('app:// protocol serves only files inside the renderer folder', () => {
  let root: string;
  let outside: string;
  let haveSymlink = true;
  test.beforeAll(async () => {
    const base = await mkdtemp(join(tmpdir(), 'thidua-proto-'));
    root = join(base, 'renderer');
    outside = join(base, 'secret.txt');
    await mkdir(join(root, 'assets'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<!doctype html><title>Thi đua HTX</title>');
    await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(join(root, 'assets', 'tên có dấu.css'), 'body{}');
    await writeFile(outside, 'mật khẩu');
    // Windows without developer mode cannot create symlinks; that one test is skipped there.
    await symlink(outside, join(root, 'assets', 'link.txt')).catch(() => (haveSymlink = false));
  });
  test.afterAll(async () => {
    await rm(join(root, '..'), { recursive: true, force: true });
  });

  test('index, assets and encoded Vietnamese names are served with the right type and the CSP', async () => {
    const index = await serveRendererFile(root, 'app://thidua/');
    expect(index.status).toBe(200);
    expect(index.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(index.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(new TextDecoder().decode(index.body!)).toContain('Thi đua HTX');
    const js = await serveRendererFile(root, 'app://thidua/assets/app.js?v=1#x');
    expect(js.status).toBe(200);
    expect(js.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    const css = await serveRendererFile(root, `app://thidua/assets/${encodeURIComponent('tên có dấu.css')}`);
    expect(css.status).toBe(200);
  });

  test('path traversal in every spelling is refused', async () => {
    for (const url of [
      'app://thidua/../secret.txt',
      'app://thidua/%2e%2e/secret.txt',
      'app://thidua/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://thidua/assets/..%5c..%5csecret.txt',
      'app://thidua/%00index.html',
      'app://thidua/%E0%A4%A',
      'app://other/index.html',
      'file:///etc/passwd',
    ]) {
      const res = await serveRendererFile(root, url);
      expect(res.status, url).toBe(404);
      expect(res.body, url).toBeNull();
    }
    // WHATWG URL already collapses plain ../ — whatever it resolves to must stay inside root.
    const p = resolveRendererPath(root, 'app://thidua/a/../../../secret.txt');
    expect(p === null || p.startsWith(root)).toBe(true);
  });

  test('a symlink pointing outside the folder is not followed', async () => {
    test.skip(!haveSymlink, 'symlinks cannot be created on this system');
    expect((await serveRendererFile(root, 'app://thidua/assets/link.txt')).status).toBe(404);
  });

  test('missing files, folders and non-GET methods get no content', async () => {
    expect((await serveRendererFile(root, 'app://thidua/missing.js')).status).toBe(404);
    expect((await serveRendererFile(root, 'app://thidua/assets')).status).toBe(404);
    expect((await serveRendererFile(root, 'app://thidua/index.html', 'POST')).status).toBe(405);
  });
});
