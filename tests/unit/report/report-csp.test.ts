import { createHash } from 'node:crypto'
import { PREVIEW_POLICY } from '@core/print/preview-pages'
import { describe, expect, it } from 'vitest'
import { reportHtml } from '@core/report/report-html'
import { REPORT_STYLES } from '@core/report/report-styles'
import {
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_META,
} from '@node/content-security-policy'
import { BOOT_SHELL_STYLES } from '@node/boot-shell-styles'
import { FIXTURE_GENERATED_AT, reportFixture } from '../../support/report-fixture'

const styleSrc = (policy: string) =>
  policy
    .split(';')
    .map((directive) => directive.trim())
    .find((directive) => directive.startsWith('style-src '))

describe('the presenter CSP and the report preview', () => {
  const hashOf = (styles: string) =>
    `'sha256-${createHash('sha256').update(styles).digest('base64')}'`
  const hashes = `${hashOf(BOOT_SHELL_STYLES)} ${hashOf(REPORT_STYLES)}`

  it("allows the boot shell's and the report's stylesheets by their hashes, in the header and the meta policy", () => {
    expect(styleSrc(CONTENT_SECURITY_POLICY)).toBe(`style-src 'self' ${hashes}`)
    expect(styleSrc(CONTENT_SECURITY_POLICY_META)).toBe(`style-src 'self' ${hashes}`)
  })

  it('stays strict otherwise: no inline script, no inline style by keyword, frames of our own origin only', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes/)
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';")
    // The one framed page of our own: the Drukwerk preview, served under its own policy.
    expect(CONTENT_SECURITY_POLICY).toContain("frame-src 'self';")
    expect(CONTENT_SECURITY_POLICY.match(/frame-src[^;]*/g)).toEqual(["frame-src 'self'"])
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'")
  })

  it('serves the Drukwerk preview under a policy that runs nothing and loads nothing', () => {
    expect(PREVIEW_POLICY).toContain("default-src 'none'")
    expect(PREVIEW_POLICY).not.toMatch(/script-src|connect-src|unsafe-eval|https?:/)
    expect(PREVIEW_POLICY).toContain("frame-ancestors 'self'")
  })

  it('hashes exactly what the report carries in its style element', () => {
    const html = reportHtml(reportFixture(), FIXTURE_GENERATED_AT)
    expect(html).toContain(`<style>${REPORT_STYLES}</style>`)
  })
})
