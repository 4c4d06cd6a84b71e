import { spawn, type ChildProcess } from 'node:child_process'
import { availableParallelism } from 'node:os'

/** No figure runs this long; a burner left behind by a crashed bench stops by itself. */
const HARD_BOUND_MS = 5 * 60_000

/**
 * One burner: spins in slices, and between slices lets its event loop notice that the bench
 * closed its stdin or died (its parent id changes when it is orphaned), so it never outlives it.
 * Plain priority, as another program on the laptop would have.
 */
const BURNER = `
const parent = process.ppid
const end = Date.now() + Number(process.argv[1])
process.stdin.on('end', () => process.exit(0)).resume()
function slice() {
  if (Date.now() >= end || process.ppid !== parent) process.exit(0)
  const until = Date.now() + 50
  let x = 0
  while (Date.now() < until) x = (x * 1103515245 + 12345) % 2147483648
  setImmediate(slice, x)
}
slice()
`

export interface NeighbourLoad {
  readonly burners: number
  stop(): Promise<void>
}

/** Starts one CPU-burning process per core; each stops after `boundMs` even if not stopped. */
export function startNeighbourLoad(boundMs = HARD_BOUND_MS): NeighbourLoad {
  const children: ChildProcess[] = Array.from({ length: availableParallelism() }, () =>
    spawn(process.execPath, ['-e', BURNER, String(boundMs)], {
      stdio: ['pipe', 'ignore', 'inherit'],
    }),
  )
  const exited = children.map(
    (child) =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) resolve()
        else child.once('exit', () => resolve())
      }),
  )
  return {
    burners: children.length,
    async stop() {
      for (const child of children) {
        child.stdin?.end()
        child.kill('SIGTERM')
      }
      await Promise.all(exited)
    },
  }
}

/** Runs `action` while every core has a busy neighbour, and stops them afterwards. */
export async function withNeighbourLoad<T>(action: () => Promise<T>): Promise<T> {
  const load = startNeighbourLoad()
  try {
    // Let the scheduler see the burners before the first sample.
    await new Promise((resolve) => setTimeout(resolve, 300))
    return await action()
  } finally {
    await load.stop()
  }
}

export type Condition = 'quiet' | 'loaded'

export const CONDITIONS: readonly Condition[] = ['quiet', 'loaded']

/** Runs `action` quiet, or with the neighbour load. */
export const inCondition = <T>(condition: Condition, action: () => Promise<T>): Promise<T> =>
  condition === 'loaded' ? withNeighbourLoad(action) : action()
