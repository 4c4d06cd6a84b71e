import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserWindow, OpenDialogReturnValue, SaveDialogReturnValue } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DECK_FORMAT, DECK_VERSION, parseDeckFile, serialiseDeck } from '@core/principles/deck-file'
import { SessionHost } from '@core/host/session-host'
import { createSession, defaultPrinciples } from '@core/session/default-session'
import type { Principle } from '@core/session/schema'
import { exportDeck, importDeck } from '../../../electron/main/decks/deck-dialogs'
import { mainTexts } from '../../../electron/main/texts'

const dialog = vi.hoisted(() => ({
  showOpenDialog: vi.fn<(...args: unknown[]) => Promise<OpenDialogReturnValue>>(),
  showSaveDialog: vi.fn<(...args: unknown[]) => Promise<SaveDialogReturnValue>>(),
}))

// BrowserWindow is only a type in the glue; the dialogs are all it calls.
vi.mock('electron', () => ({ dialog }))

const T0 = Date.UTC(2025, 2, 14, 9, 30)
const texts = mainTexts('nl')
const deck = defaultPrinciples()
const parent = { id: 1 } as unknown as BrowserWindow

/** A deck that differs from the default one in every way the session can see. */
const ownDeck: Principle[] = [
  {
    id: 'zorg',
    name: 'Zorgvuldig',
    summary: 'Je neemt de tijd.',
    explanation: '',
    color: '#224466',
  },
  {
    id: 'moed',
    name: 'Moedig',
    summary: 'Je zegt het.',
    explanation: 'Ook als het schuurt.',
    color: '#5a1e6e',
  },
]

let folder: string
let host: SessionHost

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'dd-deck-'))
  host = new SessionHost({ session: createSession(T0), clock: { now: () => T0 } })
  dialog.showOpenDialog.mockReset()
  dialog.showSaveDialog.mockReset()
})

afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

function choose(path: string | null): void {
  dialog.showOpenDialog.mockResolvedValue(
    path === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [path] },
  )
}

async function deckFile(name: string, content: string | Buffer): Promise<string> {
  const path = join(folder, name)
  await writeFile(path, content)
  return path
}

const session = () => host.getSnapshot().session

/** Applies a seed command on the host and insists it was accepted. */
function apply(command: Parameters<SessionHost['dispatch']>[0]): void {
  const result = host.dispatch(command)
  if (!result.ok) throw new Error(`seed command refused: ${result.error.code}`)
}

describe('importDeck', () => {
  it('shows an open dialog for deck files on the presenter window', async () => {
    choose(null)
    await importDeck(host, parent, texts)

    expect(dialog.showOpenDialog).toHaveBeenCalledTimes(1)
    const [window, options] = dialog.showOpenDialog.mock.calls[0] ?? []
    expect(window).toBe(parent)
    expect(options).toMatchObject({
      title: 'Principeset openen',
      properties: ['openFile'],
      filters: [
        { name: 'Principeset', extensions: ['dilemmaset', 'json'] },
        { name: 'Alle bestanden', extensions: ['*'] },
      ],
    })
  })

  it('works without a parent window too', async () => {
    choose(null)
    await importDeck(host, null, texts)
    expect(dialog.showOpenDialog.mock.calls[0]).toHaveLength(1)
  })

  it('changes nothing when the dialog is cancelled', async () => {
    choose(null)
    expect(await importDeck(host, parent, texts)).toEqual({ ok: false, reason: 'cancelled' })
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [] })
    expect(await importDeck(host, parent, texts)).toEqual({ ok: false, reason: 'cancelled' })
    expect(host.getSnapshot().revision).toBe(0)
  })

  it('says unreadable for a path that is gone or is a folder', async () => {
    choose(join(folder, 'weg.dilemmaset'))
    expect(await importDeck(host, parent, texts)).toEqual({ ok: false, reason: 'unreadable' })
    const sub = join(folder, 'map.dilemmaset')
    await mkdir(sub)
    choose(sub)
    expect(await importDeck(host, parent, texts)).toEqual({ ok: false, reason: 'unreadable' })
    expect(session().principles).toEqual(deck)
  })

  it('refuses a file far larger than any deck without reading it', async () => {
    const big = serialiseDeck(ownDeck, 'groot').padEnd(1024 * 1024 + 1, ' ')
    choose(await deckFile('groot.dilemmaset', big))
    expect(await importDeck(host, parent, texts)).toEqual({ ok: false, reason: 'invalid' })
    expect(session().principles).toEqual(deck)
  })

  it.each([
    ['not-json', 'dit is geen json'],
    ['wrong-format', JSON.stringify({ format: 'iets-anders', version: 1, principles: ownDeck })],
    [
      'newer-version',
      JSON.stringify({ format: DECK_FORMAT, version: DECK_VERSION + 1, principles: ownDeck }),
    ],
    ['invalid', JSON.stringify({ format: DECK_FORMAT, version: DECK_VERSION, principles: [] })],
    [
      'duplicate-ids',
      serialiseDeck(
        ownDeck.map((p) => ({ ...p, id: 'zelfde' })),
        '',
      ),
    ],
    [
      'low-contrast',
      serialiseDeck(
        ownDeck.map((p, i) => (i === 1 ? { ...p, color: '#f0e68c' } : p)),
        '',
      ),
    ],
  ] as const)('reports %s and leaves the deck alone', async (reason, content) => {
    choose(await deckFile(`${reason}.dilemmaset`, content))
    expect(await importDeck(host, parent, texts)).toEqual({ ok: false, reason })
    expect(session().principles).toEqual(deck)
    expect(host.getSnapshot().revision).toBe(0)
  })

  it.each(['constructor', 'toString', '__proto__'])(
    'reports invalid for a principle with the id %s, and leaves the file and the deck alone',
    async (id) => {
      // A tally is keyed by principle id: such an id would read a member every object has.
      const extra: Principle = { id, name: 'Extra', summary: '', explanation: '', color: '#224466' }
      const content = serialiseDeck([...ownDeck, extra], 'Eigen')
      const path = await deckFile('eigen.dilemmaset', content)
      choose(path)
      expect(await importDeck(host, parent, texts)).toEqual({ ok: false, reason: 'invalid' })
      expect(await readFile(path, 'utf8')).toBe(content)
      expect(session().principles).toEqual(deck)
      expect(host.getSnapshot().revision).toBe(0)
    },
  )

  it('replaces the deck on the real host with one undoable command', async () => {
    apply({ type: 'projector/show-principle', principleId: 'integer' })
    choose(await deckFile('eigen.dilemmaset', serialiseDeck(ownDeck, 'Team Zorg')))

    expect(await importDeck(host, parent, texts)).toEqual({ ok: true, count: 2 })

    const snapshot = host.getSnapshot()
    expect(snapshot.session.principles).toEqual(ownDeck)
    // The projector forgets a principle that is no longer in the deck.
    expect(snapshot.session.projector.principleId).toBeNull()
    expect(snapshot.history.canUndo).toBe(true)
    expect(host.dispatch({ type: 'history/undo' }).ok).toBe(true)
    expect(host.getSnapshot().session.principles).toEqual(deck)
  })

  it('reads UTF-8 text with accents and curly quotes', async () => {
    const accents: Principle[] = ownDeck
      .slice(0, 1)
      .map((p) => ({ ...p, name: 'Coöperatief — “samen”' }))
    choose(await deckFile('accent.json', serialiseDeck(accents, 'Café')))
    expect(await importDeck(host, null, texts)).toEqual({ ok: true, count: 1 })
    expect(session().principles[0]?.name).toBe('Coöperatief — “samen”')
  })
})

describe('exportDeck', () => {
  it('offers a save dialog with a sensible file name', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' })
    await exportDeck(host, parent, texts)
    const [window, options] = dialog.showSaveDialog.mock.calls[0] ?? []
    expect(window).toBe(parent)
    expect(options).toMatchObject({
      title: 'Principeset opslaan',
      defaultPath: 'Principes.dilemmaset',
      filters: [{ name: 'Principeset', extensions: ['dilemmaset'] }],
    })
  })

  it('writes nothing when the dialog is cancelled', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' })
    expect(await exportDeck(host, parent, texts)).toEqual({ ok: false, reason: 'cancelled' })
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '' })
    expect(await exportDeck(host, null, texts)).toEqual({ ok: false, reason: 'cancelled' })
  })

  it('writes a file that parseDeckFile reads back, named after the team', async () => {
    apply({ type: 'principle/edit', id: 'integer', name: 'Eerlijk', color: '#3a1f5d' })
    apply({ type: 'principle/move', id: 'vakkundig', toIndex: 0 })
    apply({ type: 'setup/edit', title: 'Sessie juni', team: 'Team Handhaving' })
    const path = join(folder, 'onze-set.dilemmaset')
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path })

    expect(await exportDeck(host, parent, texts)).toEqual({ ok: true })

    const parsed = parseDeckFile(await readFile(path, 'utf8'))
    expect(parsed).toEqual({
      ok: true,
      principles: session().principles,
      name: 'Team Handhaving',
    })
    expect(session().principles[0]?.id).toBe('vakkundig')
    expect(session().principles.find((p) => p.id === 'integer')).toMatchObject({
      name: 'Eerlijk',
      color: '#3a1f5d',
    })
  })

  it('falls back to the session title for the deck name', async () => {
    apply({ type: 'setup/edit', title: 'Sessie juni' })
    const path = join(folder, 'set.dilemmaset')
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path })
    await exportDeck(host, null, texts)
    expect(parseDeckFile(await readFile(path, 'utf8'))).toMatchObject({
      ok: true,
      name: 'Sessie juni',
    })
  })

  it('says write-failed when the folder cannot be written', async () => {
    const path = join(folder, 'bestaat-niet', 'set.dilemmaset')
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path })
    expect(await exportDeck(host, parent, texts)).toEqual({ ok: false, reason: 'write-failed' })
  })

  it('round-trips: an exported deck imports into another session', async () => {
    apply({ type: 'principle/edit', id: 'open', summary: 'Je deelt wat je weet.' })
    const path = join(folder, 'rond.dilemmaset')
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path })
    await exportDeck(host, parent, texts)

    const other = new SessionHost({ session: createSession(T0), clock: { now: () => T0 } })
    choose(path)
    expect(await importDeck(other, parent, texts)).toEqual({ ok: true, count: deck.length })
    expect(other.getSnapshot().session.principles).toEqual(session().principles)
  })
})
