import { readFile, stat } from 'node:fs/promises'
import type { BrowserWindow } from 'electron'
import writeFileAtomic from 'write-file-atomic'
import type { DeckExportResult, DeckImportResult } from '../../core/principles/deck-file'
import {
  DECK_EXTENSION,
  MAX_DECK_BYTES,
  parseDeckFile,
  serialiseDeck,
} from '../../core/principles/deck-file'
import type { SessionHost } from '../../core/host/session-host'
import { chooseOpenPath, chooseSavePath } from '../dialogs'
import type { MainTexts } from '../texts'

/** Opens a deck file chosen by the facilitator; a bad file changes nothing and says why. */
export async function importDeck(
  host: SessionHost,
  parent: BrowserWindow | null,
  texts: MainTexts,
): Promise<DeckImportResult> {
  const path = await chooseOpenPath(parent, {
    title: texts.deckImportTitle,
    properties: ['openFile'],
    filters: [
      { name: texts.deckFilterName, extensions: [DECK_EXTENSION, 'json'] },
      { name: texts.allFilesFilterName, extensions: ['*'] },
    ],
  })
  if (path === null) return { ok: false, reason: 'cancelled' }
  let text: string
  try {
    if ((await stat(path)).size > MAX_DECK_BYTES) return { ok: false, reason: 'invalid' }
    text = await readFile(path, 'utf8')
  } catch {
    return { ok: false, reason: 'unreadable' }
  }
  const parsed = parseDeckFile(text)
  if (!parsed.ok) return { ok: false, reason: parsed.problem }
  const result = host.dispatch({ type: 'principle/replace-all', principles: parsed.principles })
  return result.ok
    ? { ok: true, count: parsed.principles.length }
    : { ok: false, reason: 'invalid' }
}

/** Saves the session's deck where the facilitator chooses. */
export async function exportDeck(
  host: SessionHost,
  parent: BrowserWindow | null,
  texts: MainTexts,
): Promise<DeckExportResult> {
  const path = await chooseSavePath(parent, {
    title: texts.deckExportTitle,
    defaultPath: `${texts.deckDefaultName}.${DECK_EXTENSION}`,
    filters: [{ name: texts.deckFilterName, extensions: [DECK_EXTENSION] }],
  })
  if (path === null) return { ok: false, reason: 'cancelled' }
  const { principles, setup } = host.getSnapshot().session
  try {
    await writeFileAtomic(path, serialiseDeck(principles, setup.team || setup.title))
    return { ok: true }
  } catch {
    return { ok: false, reason: 'write-failed' }
  }
}
