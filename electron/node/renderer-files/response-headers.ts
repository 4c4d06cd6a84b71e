import { extname } from 'node:path'
import { CONTENT_SECURITY_POLICY } from '../content-security-policy'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
}

/**
 * What goes with a page made in memory (a print preview, a document to print) under its own
 * policy. `nosniff`: the browser takes the type as sent and never guesses another.
 */
export const htmlHeaders = (policy: string): Record<string, string> => ({
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': policy,
  'x-content-type-options': 'nosniff',
})

/**
 * What goes with a built renderer file: its type by extension and the app's policy. Main's app
 * protocol sends these, and the test server the same, so the pages run as they do in the app.
 */
export const rendererFileHeaders = (file: string): Record<string, string> => ({
  'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
})
