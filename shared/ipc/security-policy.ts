/**
 * The renderer's Content Security Policy, one string for every host: Electron's protocol handler,
 * the harness's HTTP server and the meta tag of index.html. Only the app's own scripts run
 * (no eval, no inline script), nothing is fetched from elsewhere, and the page cannot be framed.
 * Inline styles are allowed because React and Slate set style attributes.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self' blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
