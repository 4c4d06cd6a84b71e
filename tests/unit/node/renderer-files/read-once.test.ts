import { describe, expect, it } from 'vitest'
import { readEachFileOnce } from '../../../../electron/node/renderer-files/read-once'

/** A disk that counts its reads and can be told a file is not (yet) there. */
function countingDisk(missing = new Set<string>()) {
  const reads: string[] = []
  const read = async (file: string): Promise<Buffer> => {
    reads.push(file)
    if (missing.has(file)) throw new Error(`ENOENT: ${file}`)
    return Buffer.from(`bytes of ${file}`)
  }
  return { reads, read, missing }
}

describe('renderer files read once per run', () => {
  it('reads a file once and gives the same bytes to every later request', async () => {
    const disk = countingDisk()
    const readFile = readEachFileOnce(disk.read)
    const first = await readFile('/r/presenter.html')
    const again = await readFile('/r/presenter.html')
    expect(again.toString()).toBe('bytes of /r/presenter.html')
    expect(again).toBe(first)
    expect(disk.reads).toEqual(['/r/presenter.html'])
  })

  it('lets two windows asking at once share one read', async () => {
    const disk = countingDisk()
    const readFile = readEachFileOnce(disk.read)
    const [a, b] = await Promise.all([readFile('/r/app.js'), readFile('/r/app.js')])
    expect(a).toBe(b)
    expect(disk.reads).toEqual(['/r/app.js'])
  })

  it('keeps files apart', async () => {
    const disk = countingDisk()
    const readFile = readEachFileOnce(disk.read)
    await readFile('/r/a.js')
    await readFile('/r/b.js')
    expect(disk.reads).toEqual(['/r/a.js', '/r/b.js'])
  })

  it('does not keep a failed read: a missing file is looked for again', async () => {
    const disk = countingDisk(new Set(['/r/late.js']))
    const readFile = readEachFileOnce(disk.read)
    await expect(readFile('/r/late.js')).rejects.toThrow('ENOENT')
    disk.missing.clear()
    expect((await readFile('/r/late.js')).toString()).toBe('bytes of /r/late.js')
    expect(disk.reads).toEqual(['/r/late.js', '/r/late.js'])
  })
})
