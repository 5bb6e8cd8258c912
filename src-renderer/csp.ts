import type { Plugin } from 'vite';

/**
 * Strict Content-Security-Policy, injected into built HTML only (the dev server needs
 * inline HMR scripts). antd's CSS-in-JS writes <style> tags, hence 'unsafe-inline' for styles
 * only; scripts never run inline or from elsewhere. Main sets the same policy as a header.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self' blob: data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');

export function cspPlugin(): Plugin {
  return {
    name: 'thidua-csp',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`);
    },
  };
}
