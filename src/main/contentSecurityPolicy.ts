/**
 * The desk's Content-Security-Policy, sent as a header with every renderer
 * response (appProtocol.ts; security.ts for the dev server). Same policy as the
 * renderer's meta tag: only the bundle's own scripts, no remote origin anywhere.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')
