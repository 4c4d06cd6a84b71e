import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { archivedLogPath, LOG_ARCHIVES, rotateLogFile } from '@node/log-rotation'

let dir: string
let current: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dd-log-'))
  current = join(dir, 'main.log')
})

afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const files = async () => (await readdir(dir)).sort()

describe('rotateLogFile', () => {
  it('names the older files main.1.log (newest) to main.4.log (oldest)', () => {
    expect(archivedLogPath(current, 1)).toBe(join(dir, 'main.1.log'))
    expect(archivedLogPath(current, 4)).toBe(join(dir, 'main.4.log'))
  })

  it('moves the full log to main.1.log', async () => {
    await writeFile(current, 'eerste\n')
    expect(rotateLogFile(current)).toBe('rotated')
    expect(await files()).toEqual(['main.1.log'])
    expect(await readFile(join(dir, 'main.1.log'), 'utf8')).toBe('eerste\n')
  })

  it('keeps the current file and four older ones, dropping the oldest', async () => {
    for (let round = 1; round <= 7; round += 1) {
      await writeFile(current, `ronde ${round}\n`)
      rotateLogFile(current)
    }
    await writeFile(current, 'nu\n')
    expect(LOG_ARCHIVES).toBe(4)
    expect(await files()).toEqual([
      'main.1.log',
      'main.2.log',
      'main.3.log',
      'main.4.log',
      'main.log',
    ])
    const contents = await Promise.all(
      [1, 2, 3, 4].map((index) => readFile(archivedLogPath(current, index), 'utf8')),
    )
    expect(contents).toEqual(['ronde 7\n', 'ronde 6\n', 'ronde 5\n', 'ronde 4\n'])
  })

  it('keeps as many older files as asked', async () => {
    for (let round = 1; round <= 3; round += 1) {
      await writeFile(current, `ronde ${round}\n`)
      rotateLogFile(current, 1)
    }
    expect(await files()).toEqual(['main.1.log'])
    expect(await readFile(join(dir, 'main.1.log'), 'utf8')).toBe('ronde 3\n')
  })

  it('says it failed when there is no log to rotate, and touches nothing else', async () => {
    await writeFile(join(dir, 'other.txt'), 'blijft')
    expect(rotateLogFile(current)).toBe('failed')
    expect(await files()).toEqual(['other.txt'])
  })
})
