import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { reportDocx } from '@core/report/report-docx'
import { FIXTURE_GENERATED_AT } from '../../support/report-fixture'
import { danceFixture } from './dance-fixture'
import { documentXml, OPTIONS, xmlText } from './report-formats'

/**
 * The Word report as a reader without Word sees it: LibreOffice lays it out and prints a PDF,
 * poppler reads back every line and word with its box. CI installs both (.ci/run); elsewhere the
 * check runs when they are there.
 */
const run = promisify(execFile)
const required = process.env.REQUIRE_LIBREOFFICE === '1'

async function installed(command: string): Promise<boolean> {
  try {
    await run('which', [command])
    return true
  } catch {
    return false
  }
}
const available = (await installed('soffice')) && (await installed('pdftotext'))
if (required && !available)
  throw new Error('LibreOffice and poppler are needed: libreoffice-writer-nogui, poppler-utils')

interface Box {
  readonly page: number
  readonly text: string
  readonly xMin: number
  readonly yMin: number
  readonly xMax: number
  readonly yMax: number
}

/** Lines or words with their boxes, from pdftotext's -bbox-layout XHTML. */
function boxes(xhtml: string, tag: 'line' | 'word'): Box[] {
  const found: Box[] = []
  xhtml.split('<page ').forEach((page, index) => {
    const pattern = new RegExp(
      `<${tag} xMin="([\\d.]+)" yMin="([\\d.]+)" xMax="([\\d.]+)" yMax="([\\d.]+)">([\\s\\S]*?)</${tag}>`,
      'g',
    )
    for (const [, xMin, yMin, xMax, yMax, text] of page.matchAll(pattern))
      found.push({
        page: index,
        text: xmlText((text ?? '').replace(/<[^>]+>/g, ' '))
          .replace(/\s+/g, ' ')
          .trim(),
        xMin: Number(xMin),
        yMin: Number(yMin),
        xMax: Number(xMax),
        yMax: Number(yMax),
      })
  })
  return found
}

const overlap = (a0: number, a1: number, b0: number, b1: number) =>
  Math.min(a1, b1) - Math.max(a0, b0)

/** A word in Latin letters only, without the punctuation around it. */
const latinWord = (text: string) => text.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')
const isLatin = (word: string) => /^[A-Za-zÀ-ÖØ-öø-ÿ]+$/.test(word)

describe.skipIf(!available)('the Word report opened in LibreOffice', () => {
  let dir = ''
  let lines: Box[] = []
  let words: Box[] = []
  let pages = 0
  let sourceWords = new Set<string>()

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'report-lo-'))
    // With the dance on record: the speakers' tables per round and the tension map's table too.
    const fixture = danceFixture({ includeNames: true, includeContributors: true })
    // A title long enough to wrap onto three lines of the heading.
    const title =
      'Dansende Dilemma’s met het team Vergunningen, Toezicht en Handhaving van de gemeente'
    // The longest principle names as the columns of the variant-2 table.
    const principleIds = ['rechtsstatelijk', 'rechtvaardig', 'vakkundig', 'respectvol']
    const dilemmas = fixture.dilemmas.map((d) =>
      d.variant2.principleIds.length === 4
        ? { ...d, variant2: { ...d.variant2, principleIds } }
        : d,
    )
    const session = { ...fixture, dilemmas, setup: { ...fixture.setup, title } }
    const docx = await reportDocx(session, FIXTURE_GENERATED_AT, OPTIONS)
    sourceWords = new Set(
      xmlText(documentXml(docx))
        .split(/\s+/)
        .map(latinWord)
        .filter((word) => word !== ''),
    )
    await writeFile(join(dir, 'verslag.docx'), docx)
    const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`
    const args = [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir]
    await run('soffice', [...args, join(dir, 'verslag.docx')], { timeout: 90_000 })
    const pdf = join(dir, 'verslag.pdf')
    const info = (await run('pdfinfo', [pdf])).stdout
    pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0)
    await run('pdftotext', ['-bbox-layout', pdf, join(dir, 'verslag.html')])
    const xhtml = await readFile(join(dir, 'verslag.html'), 'utf8')
    lines = boxes(xhtml, 'line')
    words = boxes(xhtml, 'word')
  }, 120_000)

  afterAll(async () => {
    if (dir !== '') await rm(dir, { recursive: true, force: true })
  })

  it('lays the report out on a handful of A4 pages, the whole title in it', () => {
    expect(pages).toBeGreaterThanOrEqual(2)
    expect(pages).toBeLessThanOrEqual(8)
    const text = lines.map((line) => line.text).join(' ')
    expect(text).toContain('Vergunningen, Toezicht en Handhaving van de gemeente')
  })

  it('never draws one line over another (a wrapped title included)', () => {
    const clashes: string[] = []
    lines.forEach((a, i) => {
      for (const b of lines.slice(i + 1)) {
        if (a.page !== b.page) continue
        const across = overlap(a.xMin, a.xMax, b.xMin, b.xMax)
        const down = overlap(a.yMin, a.yMax, b.yMin, b.yMax)
        if (across > 1 && down > 1) clashes.push(`"${a.text}" over "${b.text}"`)
      }
    })
    expect(clashes).toEqual([])
  })

  it('breaks no word inside (table headings included)', () => {
    const broken = words
      .map((word) => latinWord(word.text))
      .filter((word) => isLatin(word) && !sourceWords.has(word))
    expect([...new Set(broken)]).toEqual([])
  })
})
