import fc from 'fast-check'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  cutToBytes,
  fileNameBytes,
  isPlainFileName,
  MAX_FILE_NAME_BYTES,
  MAX_FILE_NUMBER,
  numberedName,
  ROOM_FOR_ADDITIONS,
  safeFileName,
} from '@core/text/file-name'
import { reportFileName } from '@core/report/report-file-name'
import { isFileDirectlyIn } from '@node/report/report-folder-settings'
import { createSession } from '@core/session/default-session'
import type { Session } from '@core/session/schema'
import { suggestedSessionFileName } from '@core/session-file/session-file-name'

const bytes = (text: string) => Buffer.byteLength(text, 'utf8')
const characters = (text: string) =>
  Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (part) => {
    return part.segment
  })
const named = (title: string, prefix = '2026-11-29 ', extension = 'pdf') =>
  safeFileName({ prefix, title, fallback: 'Verslag', extension })
/** The longest name a folder may end up with: the 999th of its kind. */
const longestNumbered = (name: string) => numberedName(name, MAX_FILE_NUMBER)

describe('cutToBytes', () => {
  it.each([
    ['an emoji with a skin tone', '👋🏽', 8],
    ['a family of four', '👨‍👩‍👧‍👦', 25],
    ['a flag', '🇳🇱', 8],
    ['a letter with two accents', 'a\u0308\u0301', 5],
    ['Arabic with its vowel marks', 'بِ', 4],
  ])('never cuts inside %s', (_label, character, size) => {
    expect(fileNameBytes(character)).toBe(size)
    const text = character.repeat(10)
    for (let max = 0; max <= size * 10; max++) {
      const cut = cutToBytes(text, max)
      expect(cut).toBe(character.repeat(Math.floor(max / size)))
    }
  })

  it('counts a name as a Mac may store it: decomposed', () => {
    // "é" is 2 bytes composed and 3 as "e" with an accent.
    expect(fileNameBytes('é')).toBe(3)
    expect(cutToBytes('ééé', 8)).toBe('éé')
  })
})

describe('safeFileName', () => {
  it.each([
    ['Dutch', 'Één gesprek over integriteit, café-praat en ijsberen in de Tweede Kamer '],
    ['emoji', 'Teamsessie 🤝 dilemma’s 👩🏽‍💼👨🏿‍🦱 en 🇳🇱 '],
    ['Arabic', 'مُعْضِلَاتٌ رَاقِصَةٌ فِي الْعَمَلِ الْحُكُومِيِّ '],
    ['Chinese', '舞蹈困境公务员工作坊 '],
  ])('cuts a long %s title to fit 255 bytes, numbered to 999 too', (_label, words) => {
    const title = words.repeat(20).trim()
    const name = named(title)
    expect(bytes(longestNumbered(name))).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES)
    expect(isPlainFileName(longestNumbered(name))).toBe(true)
    const kept = name.slice('2026-11-29 '.length, -'.pdf'.length)
    // Whole characters from the start of the title, as many as fit.
    expect(characters(title.normalize('NFC')).join('').startsWith(kept)).toBe(true)
    expect(characters(kept).every((part) => characters(title).includes(part))).toBe(true)
  })

  it('fills the 255 bytes exactly, with room for " (999)" or a temp file\'s ending', () => {
    // Prefix 11 bytes, ".pdf" 4, room for additions 11: 229 bytes are left for the title.
    expect(ROOM_FOR_ADDITIONS).toBe(bytes('.4294967295'))
    const name = named(`${'🤔'.repeat(57)}abc`)
    expect(name).toBe(`2026-11-29 ${'🤔'.repeat(57)}a.pdf`)
    expect(bytes(`${name}.4294967295`)).toBe(MAX_FILE_NAME_BYTES)
    expect(bytes(numberedName(name, 2))).toBe(248)
    expect(bytes(longestNumbered(name))).toBe(250)
    expect(named(`${'🤔'.repeat(57)}a`)).toBe(name)
    // An emoji that does not fit whole goes, nothing of it stays.
    expect(named(`${'🤔'.repeat(56)}a🤔`)).toBe(`2026-11-29 ${'🤔'.repeat(56)}a🤔.pdf`)
    expect(named(`${'🤔'.repeat(56)}ab🤔`)).toBe(`2026-11-29 ${'🤔'.repeat(56)}ab.pdf`)
  })

  it('keeps the session file extension inside the 255 bytes as well', () => {
    const name = named('🦉'.repeat(80), '2026-11-29 ', 'dilemmas')
    expect(name.endsWith('.dilemmas')).toBe(true)
    expect(bytes(longestNumbered(name))).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES)
  })

  it.each([
    'CON',
    'prn',
    'AUX',
    'Nul',
    'COM1',
    'com9',
    'LPT1',
    'lpt9',
    'COM¹',
    'CONIN$',
    'nul.verslag',
    'con .verslag',
  ])('never gives the Windows device name %j', (title) => {
    const name = named(title, '', 'pdf')
    expect(name.split('.')[0]?.trim().toUpperCase()).not.toMatch(
      /^(CON|PRN|AUX|NUL|COM.|LPT.|CONIN\$)$/,
    )
    expect(isPlainFileName(name)).toBe(true)
  })

  it.each([
    // The budget of 229 bytes ends right after the spaces and dots.
    [`${'🤔'.repeat(57)} xx`, `${'🤔'.repeat(57)}`],
    [`${'🤔'.repeat(57)}.xx`, `${'🤔'.repeat(57)}`],
    [`${'🤔'.repeat(56)}ab . xx`, `${'🤔'.repeat(56)}ab`],
  ])('does not end the title in a space or dot where the cut falls', (title, kept) => {
    expect(named(title)).toBe(`2026-11-29 ${kept}.pdf`)
  })

  it('replaces the characters Windows forbids and drops half emoji', () => {
    const name = named('a<b>c:d"e/f\\g|h?i*j\u0000k\uD83Dl')
    expect(name).toBe("2026-11-29 abc-d'e-f-g-hij kl.pdf")
  })

  it('always gives a plain name that fits, whatever the title', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (title) => {
        const name = named(title)
        expect(isPlainFileName(name)).toBe(true)
        expect(isPlainFileName(longestNumbered(name))).toBe(true)
      }),
      { numRuns: 500 },
    )
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (title) => {
        expect(bytes(longestNumbered(named(title)))).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES)
      }),
      { numRuns: 500 },
    )
  })
})

describe('isPlainFileName', () => {
  it.each([
    '2025-03-14 Sessie.pdf',
    '2025-03-14 Sessie (2).pdf',
    'wacht... wat.docx',
    '2025-03-14 مرحبا 🤔.md',
  ])('takes %j', (name) => {
    expect(isPlainFileName(name)).toBe(true)
  })

  it.each([
    '',
    '.',
    '..',
    '../verslag.pdf',
    '..\\verslag.pdf',
    'map/verslag.pdf',
    '/etc/passwd',
    'C:\\Windows\\win.ini',
    'C:verslag.pdf',
    '\\\\server\\share\\x.pdf',
    'verslag.pdf:stroom',
    'NUL.pdf',
    'verslag.pdf.',
    'verslag.pdf ',
    '.verborgen',
    'verslag\u202Efdp.exe',
    'regel\neen.pdf',
    `${'x'.repeat(252)}.pdf`,
  ])('refuses %j', (name) => {
    expect(isPlainFileName(name)).toBe(false)
  })
})

describe('isFileDirectlyIn', () => {
  const folder = '/home/begeleider/Documenten/Verslagen'

  it('takes a file right in the folder', () => {
    expect(isFileDirectlyIn(folder, `${folder}/2025-03-14 Sessie.pdf`)).toBe(true)
  })

  it.each([
    ['outside it', '/etc/passwd'],
    ['through ..', `${folder}/../../.ssh/id_rsa`],
    ['in a subfolder', `${folder}/sub/x.pdf`],
    ['the folder itself', folder],
    ['a folder that only starts the same', `${folder}-nep/x.pdf`],
    ['a relative path', '2025-03-14 Sessie.pdf'],
  ])('refuses a path %s', (_label, path) => {
    expect(isFileDirectlyIn(folder, path)).toBe(false)
  })
})

describe('report and session file names on a real disk', () => {
  let folder: string
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'dd-file-names-'))
  })
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true })
  })

  const NOON = Date.UTC(2026, 10, 29, 12, 0)
  function sessionTitled(title: string): Session {
    const session = createSession(NOON)
    return { ...session, setup: { ...session.setup, title, date: '2026-12-03' } }
  }
  const titles = {
    Dutch: 'Één café-gesprek over integriteit en ijsberen in de Tweede Kamer, ',
    emoji: '🤝👩🏽‍💼👨‍👩‍👧‍👦🇳🇱',
    Arabic: 'مُعْضِلَاتٌ رَاقِصَةٌ فِي الْعَمَلِ الْحُكُومِيِّ ',
    Chinese: '舞蹈困境公务员工作坊',
  }

  it.each(Object.entries(titles))(
    'a session with a long %s title gets report and session files, also numbered',
    async (_label, words) => {
      // The longest title a session may have (200).
      const session = sessionTitled(words.repeat(200).slice(0, 200))
      const names = [
        ...(['pdf', 'docx', 'html', 'md'] as const).map((format) =>
          reportFileName(session, NOON, format),
        ),
        suggestedSessionFileName(session, NOON),
      ]
      for (const name of names) {
        expect(name.startsWith('2026-12-03 ')).toBe(true)
        // As numbered when taken, and as write-file-atomic's temp file of a session file.
        const variants = [name, numberedName(name, 2), longestNumbered(name), `${name}.4294967295`]
        for (const numbered of variants) {
          expect(bytes(numbered)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES)
          await writeFile(join(folder, numbered), 'verslag')
        }
      }
    },
  )
})
