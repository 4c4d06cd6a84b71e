import { readFile } from 'node:fs/promises'

export type ReadFile = (file: string) => Promise<Buffer>

/**
 * The renderer's built files do not change while the app runs, so each is read from disk once
 * and then answered from memory: a second window, a reload after a crash and every later chunk
 * cost no file read, and no second pass of a virus scanner over the same file on a busy laptop.
 * Two requests for a file not read yet share one read; a failed read is not kept, so a missing
 * file stays a 404 and is looked for again next time.
 */
export function readEachFileOnce(read: ReadFile = readFile): ReadFile {
  const files = new Map<string, Promise<Buffer>>()
  return (file) => {
    const known = files.get(file)
    if (known !== undefined) return known
    const reading = read(file)
    files.set(file, reading)
    reading.catch(() => files.delete(file))
    return reading
  }
}
