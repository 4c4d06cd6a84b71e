import { readFile, stat } from 'node:fs/promises'
import { BrowserWindow, dialog } from 'electron'
import writeFileAtomic from 'write-file-atomic'
import type { DeckExportResult, DeckImportResult } from '../../core/principles/deck-file'
import {
  DECK_EXTENSION,
  MAX_DECK_BYTES,
  parseDeckFile,
  serialiseDeck,
} from '../../core/principles/deck-file'
import type { SessionHost } from '../../core/host/session-host'
import type { MainTexts } from '../texts'

/** Opens a deck file chosen by the facilitator; a bad file changes nothing and says why. */
export async function importDeck(
  host: SessionHost,
  parent: BrowserWindow | null,
  texts: MainTexts,
): Promise<DeckImportResult> {
  const options = {
    title: texts.deckImportTitle,
    properties: ['openFile' as const],
    filters: [
      { name: texts.deckFilterName, extensions: [DECK_EXTENSION, 'json'] },
      { name: texts.allFilesFilterName, extensions: ['*'] },
    ],
  }
  const choice = parent
    ? await dialog.showOpenDialog(parent, options)
    : await dialog.showOpenDialog(options)
  const path = choice.filePaths[0]
  if (choice.canceled || path === undefined) return { ok: false, reason: 'cancelled' }
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
  const options = {
    title: texts.deckExportTitle,
    defaultPath: `${texts.deckDefaultName}.${DECK_EXTENSION}`,
    filters: [{ name: texts.deckFilterName, extensions: [DECK_EXTENSION] }],
  }
  const choice = parent
    ? await dialog.showSaveDialog(parent, options)
    : await dialog.showSaveDialog(options)
  if (choice.canceled || !choice.filePath) return { ok: false, reason: 'cancelled' }
  const { principles, setup } = host.getSnapshot().session
  try {
    await writeFileAtomic(choice.filePath, serialiseDeck(principles, setup.team || setup.title))
    return { ok: true }
  } catch {
    return { ok: false, reason: 'write-failed' }
  }
}
