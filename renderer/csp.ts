// The Content-Security-Policy of every Limber window: the build writes it into each page's meta tag, and the
// Electron shell can send it as a header too. Nothing inline, nothing evaluated, nothing fetched from anywhere.

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "media-src 'self'",
  "font-src 'self'",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')
