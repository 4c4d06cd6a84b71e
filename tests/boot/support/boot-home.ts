import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A fresh folder that plays the facilitator's home for one or more starts of the app. */
export async function makeHome(): Promise<{ path: string; remove(): Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'boot-home-'))
  // A home as a laptop has it: a documents folder to save in.
  await mkdir(join(path, 'Documents'))
  return { path, remove: () => rm(path, { recursive: true, force: true }) }
}

/** The environment for a started app: its folders come from HOME alone. */
export function withoutXdgConfig(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { XDG_CONFIG_HOME: _ignored, ...rest } = env
  return rest
}

/** Waits until `check` holds (for set-up code, where expect.poll is not available). */
export async function eventually(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not so within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
