import { constants, open, stat } from 'node:fs/promises'

/** What is at a path, as far as reading it goes. */
export interface PathInfo {
  /** A regular file: not a folder, FIFO, socket or device. */
  readonly isFile: boolean
  readonly isFolder: boolean
  readonly size: number
}

// Windows has no O_NONBLOCK (and no FIFOs a path can name); there the flag is simply left out.
const READ_WITHOUT_WAITING = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)
const CHUNK_BYTES = 1024 * 1024

/**
 * Something other than a regular file. Its code says which, like the system's own errors:
 * EISDIR for a folder, ENOTREG (ours) for a FIFO, socket or device.
 */
export function notARegularFile(info: Pick<PathInfo, 'isFolder'>): NodeJS.ErrnoException {
  const code = info.isFolder ? 'EISDIR' : 'ENOTREG'
  return Object.assign(new Error(`${code}: not a regular file`), { code })
}

/** Looks at a path without opening it (opening a FIFO waits for a writer that may never come). */
export async function pathInfo(path: string): Promise<PathInfo> {
  const info = await stat(path)
  return { isFile: info.isFile(), isFolder: info.isDirectory(), size: info.size }
}

/**
 * At most `maxBytes` of a regular file, read through a handle: never a whole file of unknown
 * size. The file is opened without blocking and checked again through its handle, so a FIFO
 * put in its place after a look at the path is refused rather than waited on. Pass the limit
 * plus one byte to tell "at the limit" from "over it".
 */
export async function readRegularFile(path: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await open(path, READ_WITHOUT_WAITING)
  try {
    const info = await handle.stat()
    if (!info.isFile()) throw notARegularFile({ isFolder: info.isDirectory() })
    const chunks: Uint8Array[] = []
    let total = 0
    while (total < maxBytes) {
      const chunk = new Uint8Array(Math.min(CHUNK_BYTES, maxBytes - total))
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, total)
      if (bytesRead === 0) break
      chunks.push(chunk.subarray(0, bytesRead))
      total += bytesRead
    }
    return Buffer.concat(chunks, total)
  } finally {
    await handle.close()
  }
}
