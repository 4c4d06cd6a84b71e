import type { Session } from '@core/session/schema'
import type { FakeBackend } from './fake-backend'

/** The session the fake main process holds now. */
export const sessionOf = (backend: FakeBackend): Session => backend.host.getSnapshot().session

/** A participant's id by name; a name the test did not add is a test bug. */
export function personId(backend: FakeBackend, name: string): string {
  const found = sessionOf(backend).participants.find((p) => p.name === name)
  if (!found) throw new Error(`no participant ${name}`)
  return found.id
}
