import { CONTENT_SECURITY_POLICY_META } from '@node/content-security-policy'
import type { ScanName, ToolIssue } from './report'

/**
 * Electronegativity checks that are not run at all. Each is named, with the reason; SECURITY.md
 * ("How the audit runs") says the same.
 */
export const EXCLUDED_CHECKS = [
  {
    check: 'AvailableSecurityFixesGlobalCheck',
    why:
      "It downloads Electron's release list from GitHub on every run, and the audit must run " +
      'offline. The Electron version is pinned in package.json and is updated on purpose.',
  },
] as const

/**
 * Findings that are not a weakness in this app, each matched as narrowly as possible. A waiver
 * that no longer matches anything fails the test, so none outlives its reason.
 */
export interface Waiver {
  readonly scan: ScanName
  readonly check: string
  readonly why: string
  readonly matches: (issue: ToolIssue) => boolean
}

export const WAIVERS: readonly Waiver[] = [
  {
    scan: 'sources',
    check: 'CSP_GLOBAL_CHECK',
    why:
      'The tool finds a CSP only in an HTML meta tag or in a webRequest.onHeadersReceived ' +
      'callback holding a string literal. Ours is composed in ' +
      'electron/node/content-security-policy.ts (with the hash of the report ' +
      'stylesheet), sent as a header by the app:// protocol handler and written into every ' +
      'built page as a meta tag at build time, so only the built scan can see it, and there ' +
      'the same check does evaluate it.',
    matches: (issue) =>
      issue.id === 'CSP_GLOBAL_CHECK' &&
      issue.file === 'N/A' &&
      issue.description === 'No CSP has been detected in the target application',
  },
  {
    scan: 'built',
    check: 'CSP_GLOBAL_CHECK',
    why:
      "The CSP evaluator's only remark is that script-src 'self' \"can be problematic if you " +
      "host JSONP, Angular or user uploaded files\". Our 'self' is app://dilemmas, whose " +
      'handler (electron/main/app-protocol.ts, resolveAppFile) serves only the files of ' +
      'out/renderer: our own bundled scripts, no JSONP endpoint, no Angular, nothing uploaded ' +
      'or written at run time. Anything else in the policy, or any other remark, fails.',
    matches: (issue) =>
      issue.id === 'CSP_GLOBAL_CHECK' &&
      issue.severity === 'LOW' &&
      /^out\/renderer\/[\w-]+\.html$/.test(issue.file) &&
      issue.sample === CONTENT_SECURITY_POLICY_META &&
      issue.cspFindings !== null &&
      issue.cspFindings
        .filter((finding) => /^(HIGH|MEDIUM)(_MAYBE)?$/.test(finding.severity))
        .every(
          (finding) =>
            finding.severity === 'MEDIUM_MAYBE' &&
            finding.directive === 'script-src' &&
            finding.value === "'self'",
        ),
  },
]

export function waiverFor(scan: ScanName, issue: ToolIssue): Waiver | undefined {
  return WAIVERS.find((waiver) => waiver.scan === scan && waiver.matches(issue))
}
