import {
  nodeRecoveryFileOps,
  type RecoveryFileOps,
} from '../../../electron/node/persistence/autosave-recovery'

export type RecoveryStep = keyof RecoveryFileOps

/** An error as fs gives it. */
export function fsError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected`), { code })
}

interface Fault {
  readonly step: RecoveryStep
  /** Only calls whose (first) path ends with this. */
  readonly pathEnds?: string
  readonly code: string
  /** How many calls fail (default: all). */
  readonly times?: number
}

/**
 * The real recovery file operations, with errors injected where a test asks: a file antivirus
 * holds (EBUSY, EPERM), a move that meets EEXIST. Linux tests run as root, so chmod cannot
 * make these; every call is written down.
 */
export class FaultyRecoveryFiles {
  readonly calls: { readonly step: RecoveryStep; readonly path: string }[] = []
  readonly #faults: (Fault & { left: number })[] = []

  add(fault: Fault): this {
    this.#faults.push({ ...fault, left: fault.times ?? Infinity })
    return this
  }

  count(step: RecoveryStep, pathEnds = ''): number {
    return this.calls.filter((call) => call.step === step && call.path.endsWith(pathEnds)).length
  }

  #check(step: RecoveryStep, path: string): void {
    this.calls.push({ step, path })
    const fault = this.#faults.find(
      (candidate) =>
        candidate.step === step &&
        candidate.left > 0 &&
        (candidate.pathEnds === undefined || path.endsWith(candidate.pathEnds)),
    )
    if (!fault) return
    fault.left -= 1
    throw fsError(fault.code)
  }

  ops(): RecoveryFileOps {
    const real = nodeRecoveryFileOps
    return {
      readAtMost: async (path, max) => {
        this.#check('readAtMost', path)
        return real.readAtMost(path, max)
      },
      mkdir: async (path) => {
        this.#check('mkdir', path)
        return real.mkdir(path)
      },
      rename: async (from, to) => {
        this.#check('rename', from)
        return real.rename(from, to)
      },
      readdir: async (path) => {
        this.#check('readdir', path)
        return real.readdir(path)
      },
      unlink: async (path) => {
        this.#check('unlink', path)
        return real.unlink(path)
      },
      exists: async (path) => {
        this.#check('exists', path)
        return real.exists(path)
      },
    }
  }
}
