import { describe, expect, it } from 'vitest'
import { renderReport, reportHtml } from '@core/report/render-report'
import { reportMarkdown } from '@core/report/report-markdown'
import { largeSession } from '../../support/large-session'
import { FIXTURE_GENERATED_AT, reportFixture } from '../../support/report-fixture'
import { documentXml, OPTIONS } from './report-formats'

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(bytes)

describe('renderReport', () => {
  const session = reportFixture()

  it('gives the text formats as UTF-8 bytes of the same report', async () => {
    const html = await renderReport(session, 'html', FIXTURE_GENERATED_AT, OPTIONS)
    const md = await renderReport(session, 'md', FIXTURE_GENERATED_AT, OPTIONS)
    expect(decode(html)).toBe(reportHtml(session, FIXTURE_GENERATED_AT, OPTIONS))
    expect(decode(md)).toBe(reportMarkdown(session, FIXTURE_GENERATED_AT, OPTIONS))
  })

  it('gives Word as a zip', async () => {
    const docx = await renderReport(session, 'docx', FIXTURE_GENERATED_AT, OPTIONS)
    expect([...docx.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04])
    expect(documentXml(docx)).toContain('Vervolgafspraken')
  })

  it('is the same for the same session and moment', async () => {
    const once = await renderReport(session, 'html', FIXTURE_GENERATED_AT, OPTIONS)
    const twice = await renderReport(session, 'html', FIXTURE_GENERATED_AT, OPTIONS)
    expect(twice).toEqual(once)
  })

  it('builds every format of the large session', async () => {
    const large = largeSession()
    for (const format of ['html', 'md', 'docx'] as const) {
      const bytes = await renderReport(large, format, FIXTURE_GENERATED_AT, OPTIONS)
      expect(bytes.length).toBeGreaterThan(1000)
    }
  })
})
