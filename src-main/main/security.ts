import { CONTENT_SECURITY_POLICY } from '../../src-renderer/csp';

/**
 * Security rules of the main process as plain functions (tested in Node). index.ts wires them
 * to Electron: navigation, new windows, permissions, the CSP header. See SECURITY.md.
 */

/**
 * The renderer is served from this privileged custom scheme, never from file://.
 * NEVER change scheme or host: IndexedDB (all the user's data) is keyed by this origin.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'thidua';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/** The same policy the build injects as a <meta>; main also sends it as a response header. */
export const CSP_HEADER_VALUE = CONTENT_SECURITY_POLICY;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True when url belongs to the app itself: app://thidua/… in a build, or exactly the
 * electron-vite dev server origin when one is given (development only).
 */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  if (typeof url !== 'string' || url.length > 8192) return false;
  const u = parse(url);
  if (!u || u.username || u.password) return false;
  // Non-special schemes have an opaque origin in WHATWG URL, so compare the parts.
  if (u.protocol === `${APP_SCHEME}:` && u.hostname === APP_HOST && u.port === '') return true;
  if (devServerUrl) {
    const dev = parse(devServerUrl);
    if (dev && (dev.protocol === 'http:' || dev.protocol === 'https:') && u.origin === dev.origin) return true;
  }
  return false;
}

/** will-navigate / will-redirect: only within the app's own origin (hash routing never navigates). */
export function isAllowedNavigation(url: string, devServerUrl?: string): boolean {
  return isAppUrl(url, devServerUrl);
}

/** setWindowOpenHandler: the app never opens windows or hands links to the shell. */
export function windowOpenDecision(): { action: 'deny' } {
  return { action: 'deny' };
}

/** session.setPermissionRequestHandler: the app needs no web permission (camera, notifications, …). */
export function denyPermissionRequest(_webContents: unknown, _permission: string, callback: (granted: boolean) => void): void {
  callback(false);
}

/** session.setPermissionCheckHandler. */
export function denyPermissionCheck(): boolean {
  return false;
}

/** Headers added to every response of the app:// protocol. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CSP_HEADER_VALUE,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
  };
}
