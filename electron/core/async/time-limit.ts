/**
 * How long the app waits for a file system that does not answer (a network folder that dropped
 * away, a share behind a VPN that went down) before it tells the facilitator. Reports and
 * session files use the same limit.
 */
export const NO_ANSWER_LIMIT_MS = 5_000

/** The work took longer than allowed and was given up on. */
export class TimeLimitError extends Error {
  constructor(readonly ms: number) {
    super(`took longer than ${ms} ms`)
    this.name = 'TimeLimitError'
  }
}

/** Handed to the work, so it can stop at its next step once nobody waits for it any more. */
export interface Abandonment {
  readonly abandoned: boolean
  /** Throws a TimeLimitError once the work has been given up on. */
  stopIfAbandoned(): void
}

/**
 * Runs `work` and settles with it, or rejects with a TimeLimitError after `ms`. A file system
 * call cannot be cancelled: work that was given up on goes on in the background, its outcome is
 * ignored, and it can check `abandoned` to stop at its next step. The caller, and any queue it
 * holds, moves on at once.
 */
export async function withTimeLimit<T>(
  ms: number,
  work: (abandonment: Abandonment) => Promise<T>,
): Promise<T> {
  let abandoned = false
  const abandonment: Abandonment = {
    get abandoned() {
      return abandoned
    },
    stopIfAbandoned() {
      if (abandoned) throw new TimeLimitError(ms)
    },
  }
  const running = work(abandonment)
  // Whatever work that was given up on ends in, nobody is waiting for it any more.
  running.catch(() => undefined)
  let timer: ReturnType<typeof setTimeout> | undefined
  const limit = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      abandoned = true
      reject(new TimeLimitError(ms))
    }, ms)
  })
  try {
    return await Promise.race([running, limit])
  } finally {
    clearTimeout(timer)
  }
}
