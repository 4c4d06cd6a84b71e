import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A fresh folder that plays the facilitator's home for one or more starts of the app. */
export async function makeHome(): Promise<{ path: string; remove(): Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'boot-home-'))
  return { path, remove: () => rm(path, { recursive: true, force: true }) }
}
