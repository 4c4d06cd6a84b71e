import { createHash } from 'node:crypto'
import { REPORT_STYLES } from '../core/report/report-styles'

/**
 * The presenter previews the report in a sandboxed `<iframe srcdoc>`, which inherits this
 * policy: its one stylesheet is allowed by its hash, nothing else inline. This module runs
 * only in Node (main and the Vite config), where node:crypto is at hand.
 */
const REPORT_STYLE_HASH = `'sha256-${createHash('sha256').update(REPORT_STYLES, 'utf8').digest('base64')}'`

const DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  `style-src 'self' ${REPORT_STYLE_HASH}`,
  "img-src 'self'",
  // The Drukwerk preview is a page of our own origin, served with its own stricter policy.
  "frame-src 'self'",
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
