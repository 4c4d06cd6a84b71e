import type { ChildProcess } from 'node:child_process'

interface Reply {
  readonly id: number
  readonly ok: boolean
  readonly value?: unknown
  readonly error?: string
}

/** Calls into the stand-in's main process over the child's IPC channel. */
export class MainChannel {
  #next = 1
  readonly #waiting = new Map<number, (reply: Reply) => void>()

  constructor(private readonly child: ChildProcess) {
    child.on('message', (message: Reply) => this.#waiting.get(message.id)?.(message))
    child.on('exit', () => {
      for (const resolve of this.#waiting.values()) {
        resolve({ id: 0, ok: false, error: 'the app has exited' })
      }
      this.#waiting.clear()
    })
  }

  evaluate(source: string, arg: unknown): Promise<unknown> {
    if (this.child.exitCode !== null || !this.child.connected) {
      return Promise.reject(new Error('the app has exited'))
    }
    const id = this.#next++
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, (reply) => {
        this.#waiting.delete(id)
        if (reply.ok) resolve(reply.value)
        else reject(new Error(`in main: ${reply.error}`))
      })
      this.child.send({ id, source, arg })
    })
  }
}
