/**
 * The one Content-Security-Policy of the app, used by the built index.html, the web-mode server and
 * Electron's app:// protocol. No remote origin anywhere, no eval; inline styles only because ag-grid
 * and chart.js set element styles.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** As a response header the policy can also forbid framing (a <meta> policy cannot). */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;
