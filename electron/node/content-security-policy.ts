import { createHash } from 'node:crypto'
import { REPORT_STYLES } from '../core/report/report-styles'
import { BOOT_SHELL_STYLES } from './boot-shell-styles'

const styleHash = (styles: string) =>
  `'sha256-${createHash('sha256').update(styles, 'utf8').digest('base64')}'`

/**
 * Two inline stylesheets are allowed, each by its hash, nothing else inline: the boot shell's, in
 * the head of every window so its first paint waits for no file, and the report's, which the
 * presenter previews in a sandboxed `<iframe srcdoc>` that inherits this policy. This module runs
 * only in Node (main and the Vite config), where node:crypto is at hand.
 */
const INLINE_STYLE_HASHES = [styleHash(BOOT_SHELL_STYLES), styleHash(REPORT_STYLES)].join(' ')

const DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  `style-src 'self' ${INLINE_STYLE_HASHES}`,
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
