import { describe, expect, it } from 'vitest'
import { reportFileName, safeFileTitle, UNTITLED_REPORT } from '@core/report/report-file-name'
import { MAX_TITLE_CHARACTERS as MAX_TITLE_LENGTH, numberedName } from '@core/text/file-name'
import { createSession } from '@core/session/default-session'
import type { Session } from '@core/session/schema'

// Mid-morning, so the local date is the same in every time zone a test machine may have.
const NOW = Date.UTC(2025, 2, 14, 11, 0)

function session(title: string, date = ''): Session {
  const base = createSession(NOW)
  return { ...base, setup: { ...base.setup, title, date } }
}

describe('reportFileName', () => {
  it('is the session date and title with the format as extension', () => {
    expect(reportFileName(session('Teamsessie Toezicht', '2026-11-29'), NOW, 'pdf')).toBe(
      '2026-11-29 Teamsessie Toezicht.pdf',
    )
    expect(reportFileName(session('Teamsessie', '2026-11-29'), NOW, 'docx')).toBe(
      '2026-11-29 Teamsessie.docx',
    )
  })

  it("takes today's date when the session has none", () => {
    expect(reportFileName(session('Teamsessie'), NOW, 'md')).toBe('2025-03-14 Teamsessie.md')
  })

  it('is named after the workshop when the session has no title', () => {
    expect(reportFileName(session('   '), NOW, 'html')).toBe(`2025-03-14 ${UNTITLED_REPORT}.html`)
  })

  it('keeps a hostile title inside the folder', () => {
    const name = reportFileName(session('..\\..\\Windows\\system32/evil', '2025-03-14'), NOW, 'pdf')
    expect(name).toBe('2025-03-14 -..-Windows-system32-evil.pdf')
    expect(name).not.toMatch(/[\\/]/)
  })
})

describe('reportFileName in bytes and whole characters', () => {
  const bytes = (text: string) => Buffer.byteLength(text, 'utf8')

  it.each([
    ['emoji', '🤔'],
    ['Chinese', '困'],
    ['Arabic ligatures', 'ﷺ'],
  ])('fits a long %s title in 255 bytes, also as " (2)"', (_label, character) => {
    const name = reportFileName(session(character.repeat(200), '2026-11-29'), NOW, 'docx')
    expect(bytes(numberedName(name, 2))).toBeLessThanOrEqual(255)
    expect(name).toMatch(new RegExp(`^2026-11-29 (${character})+\\.docx$`, 'u'))
  })

  it.each([
    ['an emoji with a skin tone', '👋🏽'],
    ['a family', '👨‍👩‍👧‍👦'],
    ['a letter with two accents', 'a\u0308\u0301'],
  ])('never cuts %s in two at the length cap', (_label, character) => {
    const title = `${'x'.repeat(MAX_TITLE_LENGTH - 1)}${character}yz`
    const name = reportFileName(session(title, '2026-11-29'), NOW, 'pdf')
    expect(name).toBe(`2026-11-29 ${'x'.repeat(MAX_TITLE_LENGTH - 1)}${character.normalize()}.pdf`)
  })
})

describe('safeFileTitle', () => {
  it.each([
    ['Wat nu?', 'Wat nu'],
    ['Team A/B: sessie', 'Team A-B- sessie'],
    ['"Integer" <handelen> | *altijd*', "'Integer' handelen - altijd"],
    ['C:\\map\\bestand', 'C--map-bestand'],
    ['regel\neen\tregel', 'regel een regel'],
    ['  spaties   ertussen  ', 'spaties ertussen'],
    ['eindigt met punten...', 'eindigt met punten'],
    ['...begint met punten', 'begint met punten'],
    ['Überzeugung & café', 'Überzeugung & café'],
    ['Dilemma 🤔 van de week', 'Dilemma 🤔 van de week'],
    ['مرحبا بالعالم', 'مرحبا بالعالم'],
  ])('%j becomes %j', (title, safe) => {
    expect(safeFileTitle(title)).toBe(safe)
  })

  it('removes direction marks that could disguise an extension', () => {
    expect(safeFileTitle('verslag\u202Efdp.exe')).toBe('verslag fdp.exe')
  })

  it.each(['CON', 'con', 'Nul', 'aux', 'PRN', 'COM1', 'lpt9', 'COM¹'])(
    'does not give the device name %s',
    (title) => {
      expect(safeFileTitle(title)).toBe(`${title}_`)
    },
  )

  it('keeps the extension after a device name apart', () => {
    expect(safeFileTitle('nul.verslag')).toBe('nul_.verslag')
    expect(safeFileTitle('CONSULTATIE')).toBe('CONSULTATIE')
  })

  it('caps the length on whole characters', () => {
    expect(safeFileTitle('x'.repeat(MAX_TITLE_LENGTH + 20))).toBe('x'.repeat(MAX_TITLE_LENGTH))
    // 80 emoji would be 320 bytes, more than a file name may have: cut in bytes, on whole ones.
    const safe = safeFileTitle('🤔'.repeat(MAX_TITLE_LENGTH + 20))
    expect(safe).toBe('🤔'.repeat(63))
    expect(Buffer.byteLength(safe)).toBeLessThanOrEqual(255)
    // No half of an emoji left behind.
    expect(safe).not.toMatch(/[\uD800-\uDFFF]/u)
  })

  it('does not end in a space or dot after capping', () => {
    const title = `${'a'.repeat(MAX_TITLE_LENGTH - 1)} en verder`
    expect(safeFileTitle(title)).toBe('a'.repeat(MAX_TITLE_LENGTH - 1))
  })

  it('falls back when nothing is left', () => {
    expect(safeFileTitle('')).toBe('Verslag')
    expect(safeFileTitle('???')).toBe('Verslag')
    expect(safeFileTitle(' . . ', 'Report')).toBe('Report')
  })
})

describe('numberedName', () => {
  it('numbers before the extension from the second one on', () => {
    expect(numberedName('a.pdf', 1)).toBe('a.pdf')
    expect(numberedName('2025-03-14 Sessie.pdf', 2)).toBe('2025-03-14 Sessie (2).pdf')
    expect(numberedName('v1.2 sessie.docx', 13)).toBe('v1.2 sessie (13).docx')
    expect(numberedName('zonder-extensie', 3)).toBe('zonder-extensie (3)')
  })
})
