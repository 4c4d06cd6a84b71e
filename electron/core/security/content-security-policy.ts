const DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
]

/**
 * One policy for every page: only our own files, no remote origins, no eval, no inline script.
 * Served as a header by the app protocol and the test server.
 */
export const CONTENT_SECURITY_POLICY = [...DIRECTIVES, "frame-ancestors 'none'"].join('; ')

/** The same policy as a meta tag in built pages (browsers ignore frame-ancestors there). */
export const CONTENT_SECURITY_POLICY_META = DIRECTIVES.join('; ')
