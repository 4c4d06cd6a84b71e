import { z } from 'zod'
import {
  CHANNELS,
  type DeckExportResult,
  type DeckImportResult,
  type InvokeChannel,
} from '../../contract'
import type { DisplayList } from '../display/display-list'
import type { PageName } from '../security/app-origin'
import { redactForProjector } from '../session/redact'
import type { SessionHost } from './session-host'

/** What the windows may ask of main beyond the session: all of it owned by main. */
export interface WindowActions {
  showProjector(): void
  copyText(text: string): void
  importDeck(): Promise<DeckImportResult>
  exportDeck(): Promise<DeckExportResult>
  getDisplays(): DisplayList
  /** Main checks the id against the connected displays; an unknown one changes nothing. */
  chooseProjectorDisplay(displayId: number): DisplayList
  identifyDisplays(): void
  setProjectorFullscreenHere(on: boolean): DisplayList
}

/** Which window may call which channel: the projector only reads. */
const ALLOWED: Record<PageName, ReadonlySet<InvokeChannel>> = {
  presenter: new Set<InvokeChannel>([
    CHANNELS.getSnapshot,
    CHANNELS.dispatch,
    CHANNELS.showProjector,
    CHANNELS.copyText,
    CHANNELS.importDeck,
    CHANNELS.exportDeck,
    CHANNELS.getDisplays,
    CHANNELS.chooseProjectorDisplay,
    CHANNELS.identifyDisplays,
    CHANNELS.setProjectorFullscreenHere,
  ]),
  projector: new Set<InvokeChannel>([CHANNELS.getSnapshot]),
}

export class NotAllowedError extends Error {
  constructor(page: PageName, channel: string) {
    super(`${page} may not call ${channel}`)
    this.name = 'NotAllowedError'
  }
}

export class InvalidPayloadError extends Error {
  constructor(channel: string) {
    super(`Invalid payload for ${channel}`)
    this.name = 'InvalidPayloadError'
  }
}

const copyTextSchema = z.string().max(100_000)
// Electron's display ids are integers, on some systems beyond the safe range.
const displayIdSchema = z.number().refine(Number.isInteger)
const fullscreenHereSchema = z.boolean()

/**
 * Answers a window's call. Shared by the Electron IPC registration and the e2e harness, so the
 * tests exercise the same routing the app uses.
 */
export function createInvokeHandler(host: SessionHost, actions: WindowActions) {
  return (page: PageName, channel: string, payload: unknown): unknown => {
    const allowed = ALLOWED[page]
    if (!allowed.has(channel as InvokeChannel)) throw new NotAllowedError(page, channel)
    const known = channel as InvokeChannel
    switch (known) {
      case CHANNELS.getSnapshot: {
        const snapshot = host.getSnapshot()
        return page === 'projector' ? redactForProjector(snapshot) : snapshot
      }
      case CHANNELS.dispatch:
        return host.dispatch(payload)
      case CHANNELS.showProjector:
        actions.showProjector()
        return undefined
      case CHANNELS.copyText: {
        const text = copyTextSchema.safeParse(payload)
        if (!text.success) throw new InvalidPayloadError(channel)
        actions.copyText(text.data)
        return undefined
      }
      case CHANNELS.importDeck:
        return actions.importDeck()
      case CHANNELS.exportDeck:
        return actions.exportDeck()
      case CHANNELS.getDisplays:
        return actions.getDisplays()
      case CHANNELS.chooseProjectorDisplay: {
        const id = displayIdSchema.safeParse(payload)
        if (!id.success) throw new InvalidPayloadError(channel)
        return actions.chooseProjectorDisplay(id.data)
      }
      case CHANNELS.identifyDisplays:
        actions.identifyDisplays()
        return undefined
      case CHANNELS.setProjectorFullscreenHere: {
        const on = fullscreenHereSchema.safeParse(payload)
        if (!on.success) throw new InvalidPayloadError(channel)
        return actions.setProjectorFullscreenHere(on.data)
      }
      default:
        return known satisfies never
    }
  }
}

export type InvokeHandler = ReturnType<typeof createInvokeHandler>
