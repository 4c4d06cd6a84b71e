import { execFileSync } from 'node:child_process'
import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs'
import { createServer, type Server } from 'node:net'
import { join } from 'node:path'

export interface SecondInstance {
  readonly argv: string[]
  readonly workingDirectory: string
  readonly additionalData: unknown
}

/** Sends the second instance's argv to the first and waits for its answer (synchronously). */
const NOTIFY_SCRIPT = `
const socket = require('node:net').connect(process.argv[1])
socket.on('connect', () => socket.end(process.argv[2]))
socket.on('data', () => process.exit(0))
socket.on('error', () => process.exit(2))
setTimeout(() => process.exit(3), 5000)
`

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * docs/api/app.md `requestSingleInstanceLock`: the first instance holds a lock file in the user
 * data folder and listens on a socket beside it; a second instance hands over its argv and
 * working directory through the socket (so the first emits 'second-instance') and gets false.
 */
export class SingleInstanceLock {
  #server: Server | null = null
  #lockFile: string | null = null

  constructor(
    private readonly folder: string,
    private readonly onSecondInstance: (second: SecondInstance) => void,
  ) {}

  request(additionalData: unknown): boolean {
    if (this.#lockFile !== null) return true
    mkdirSync(this.folder, { recursive: true })
    const lockFile = join(this.folder, 'SingletonLock')
    const socketPath = join(this.folder, 'SingletonSocket')
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(lockFile, 'wx')
        writeSync(fd, String(process.pid))
        closeSync(fd)
        this.#lockFile = lockFile
        this.#listen(socketPath)
        return true
      } catch {
        const holder = Number(readFileSync(lockFile, 'utf8'))
        if (Number.isInteger(holder) && holder !== process.pid && alive(holder)) {
          const message = JSON.stringify({
            argv: process.argv,
            workingDirectory: process.cwd(),
            additionalData,
          })
          try {
            execFileSync(process.execPath, ['-e', NOTIFY_SCRIPT, socketPath, message], {
              stdio: 'ignore',
            })
          } catch {
            // The first instance did not answer; this one still is not it.
          }
          return false
        }
        unlinkSync(lockFile) // left by an instance that is gone
      }
    }
    return false
  }

  #listen(socketPath: string): void {
    try {
      unlinkSync(socketPath)
    } catch {
      // there was none
    }
    const server = createServer((socket) => {
      let text = ''
      socket.on('data', (chunk) => (text += chunk.toString('utf8')))
      socket.on('end', () => {
        try {
          this.onSecondInstance(JSON.parse(text) as SecondInstance)
        } finally {
          socket.end('ACK')
        }
      })
    })
    server.listen(socketPath)
    server.unref()
    this.#server = server
  }

  has(): boolean {
    return this.#lockFile !== null
  }

  release(): void {
    this.#server?.close()
    this.#server = null
    if (this.#lockFile !== null) {
      try {
        unlinkSync(this.#lockFile)
      } catch {
        // already gone
      }
    }
    this.#lockFile = null
  }
}
