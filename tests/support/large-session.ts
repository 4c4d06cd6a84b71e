import { createSession } from '@core/session/default-session'
import type { Session } from '@core/session/schema'

/**
 * A session heavier than a real workshop (about 75 KB of JSON, where a real one is tens of KB):
 * the size to budget against. It grows with the model (participants, notes) as they arrive.
 */
export function largeSession(now = Date.UTC(2026, 10, 29, 13, 0)): Session {
  const session = createSession(now)
  const dilemmas = Array.from({ length: 60 }, (_, index) => ({
    id: `d${index + 1}`,
    title: `Dilemma ${index + 1}: een verzoek dat net buiten de regels valt`,
    description: 'Een burger vraagt om maatwerk. '.repeat(30 + (index % 20)),
  }))
  return { ...session, dilemmas, nextSeq: dilemmas.length + 1, currentDilemmaId: 'd3' }
}
