import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { nodeFileOps, type FileOps, type WritableFile } from '@node/report/file-ops'

/** Every step a safe write takes, as the fault injector names them. */
export type FileStep = Exclude<keyof FileOps, 'create'> | 'create' | 'write' | 'sync' | 'close'

export interface Fault {
  readonly step: FileStep
  /** Only calls on paths under this folder (default: all). */
  readonly under?: string
  /** How many calls fail (default: all of them). */
  readonly times?: number
  /** How many matching calls go through before the fault starts (default: none). */
  readonly skip?: number
  /** What goes wrong: an error code, a call that does not return, a slow call, bad bytes. */
  readonly effect:
    | { readonly code: string }
    | { readonly hang: true }
    | { readonly delayMs: number }
    | { readonly corrupt: true }
    | { readonly before: () => Promise<void> }
}

export function fsError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected`), { code })
}

/**
 * The real file operations on a temp folder, with faults injected where a test asks. After
 * every step, `afterEachStep` may look at the folder (to prove no name ever shows a partial
 * file).
 */
export class FaultyFiles {
  readonly calls: { readonly step: FileStep; readonly path: string }[] = []
  readonly faults: (Fault & { left: number; skipped: number })[] = []
  /** Releases every call held by a `hang` fault (they then go on normally). */
  readonly #held: (() => void)[] = []
  #hangStarted: (() => void) | null = null
  afterEachStep: (() => Promise<void>) | null = null

  add(...faults: Fault[]): this {
    for (const fault of faults) {
      this.faults.push({ ...fault, left: fault.times ?? Infinity, skipped: 0 })
    }
    return this
  }

  /** Resolves once a call is held by a `hang` fault. */
  hangStarted(): Promise<void> {
    return new Promise((resolve) => (this.#hangStarted = resolve))
  }

  releaseHeld(): void {
    for (const release of this.#held.splice(0)) release()
  }

  count(step: FileStep): number {
    return this.calls.filter((call) => call.step === step).length
  }

  async #step<T>(step: FileStep, path: string, real: () => Promise<T>): Promise<T> {
    this.calls.push({ step, path })
    const fault = this.faults.find(
      (candidate) =>
        candidate.step === step &&
        candidate.left > 0 &&
        (candidate.under === undefined || path.startsWith(candidate.under)),
    )
    let effect: Fault['effect'] | undefined
    if (fault && fault.skipped < (fault.skip ?? 0)) {
      fault.skipped += 1
    } else if (fault) {
      fault.left -= 1
      effect = fault.effect
    }
    if (effect && 'code' in effect) {
      // A failing close still closes the file (as the system does), so no handle is left open.
      if (step === 'close') await real()
      throw fsError(effect.code)
    }
    if (effect && 'hang' in effect) {
      await new Promise<void>((resolve) => {
        this.#held.push(resolve)
        this.#hangStarted?.()
      })
    }
    if (effect && 'delayMs' in effect) {
      await new Promise((resolve) => setTimeout(resolve, effect.delayMs))
    }
    if (effect && 'before' in effect) await effect.before()
    const result = await real()
    if (this.afterEachStep) await this.afterEachStep()
    if (effect && 'corrupt' in effect && result instanceof Uint8Array) {
      const copy = Uint8Array.from(result)
      copy[0] = (copy[0] ?? 0) ^ 0xff
      return copy as T
    }
    return result
  }

  ops(): FileOps {
    const real = nodeFileOps
    return {
      mkdir: (path) => this.#step('mkdir', path, () => real.mkdir(path)),
      create: (path) =>
        this.#step('create', path, async (): Promise<WritableFile> => {
          const file = await real.create(path)
          return {
            write: (data) => this.#step('write', path, () => file.write(data)),
            sync: () => this.#step('sync', path, () => file.sync()),
            close: () => this.#step('close', path, () => file.close()),
          }
        }),
      link: (from, to) => this.#step('link', to, () => real.link(from, to)),
      rename: (from, to) => this.#step('rename', to, () => real.rename(from, to)),
      readFile: (path) => this.#step('readFile', path, () => real.readFile(path)),
      stat: (path) => this.#step('stat', path, () => real.stat(path)),
      unlink: (path) => this.#step('unlink', path, () => real.unlink(path)),
    }
  }
}

/** File names in a folder, temp files included; none for a folder that is not there. */
export async function listFolder(folder: string): Promise<string[]> {
  try {
    return (await readdir(folder)).sort()
  } catch {
    return []
  }
}

export const isTempName = (name: string) => name.startsWith('.~') && name.endsWith('.tmp')

/**
 * Fails when any file in `folder` that is not a temp file differs from what it may hold:
 * `expected` for files we write, or what was there before.
 */
export async function assertNoPartialFile(
  folder: string,
  allowed: ReadonlyMap<string, Uint8Array>,
  expected: Uint8Array,
): Promise<void> {
  for (const name of await listFolder(folder)) {
    if (isTempName(name)) continue
    const bytes = await readFile(join(folder, name))
    const want = allowed.get(name) ?? expected
    if (!Buffer.from(want).equals(bytes)) throw new Error(`partial or changed file: ${name}`)
  }
}
