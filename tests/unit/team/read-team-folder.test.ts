import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { nodeSessionFileOps } from '@node/session-file/session-file-io'
import {
  isSessionFileName,
  readTeamFolder,
  skippedReason,
  TeamFolderUnreadableError,
} from '@node/team/read-team-folder'
import { writeTeamFolder, type TeamFolderFixture } from '../../support/team-folder'

let dir = ''
let fixture: TeamFolderFixture

/** Every file below the folder with its bytes and modification time. */
async function snapshot(folder: string): Promise<Map<string, { bytes: string; mtime: number }>> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true })
  const files = new Map<string, { bytes: string; mtime: number }>()
  for (const entry of entries.filter((e) => e.isFile())) {
    const path = join(entry.parentPath, entry.name)
    const info = await stat(path)
    files.set(path, { bytes: (await readFile(path)).toString('base64'), mtime: info.mtimeMs })
  }
  return files
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dd-team-folder-'))
  fixture = await writeTeamFolder(dir)
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('readTeamFolder', () => {
  it('reads the 50 sessions and lists the 5 other session files by name and reason', async () => {
    const content = await readTeamFolder(dir)
    expect(content.sessions).toHaveLength(50)
    expect(content.sessions.map((s) => s.name).sort()).toEqual([...fixture.names].sort())
    expect(content.sessions.find((s) => s.name === fixture.names[0])?.session).toEqual(
      fixture.sessions[0],
    )
    expect(content.skipped).toEqual(fixture.skipped)
  })

  it('leaves every file in the folder exactly as it was, byte for byte and time', async () => {
    const before = await snapshot(dir)
    await readTeamFolder(dir)
    expect(await snapshot(dir)).toEqual(before)
  })

  it('reads no more than a few files at a time', async () => {
    let open = 0
    let most = 0
    const files = {
      ...nodeSessionFileOps,
      readAtMost: async (path: string, max: number) => {
        open++
        most = Math.max(most, open)
        try {
          return await nodeSessionFileOps.readAtMost(path, max)
        } finally {
          open--
        }
      },
    }
    const content = await readTeamFolder(dir, { files, concurrency: 3 })
    expect(content.sessions).toHaveLength(50)
    expect(most).toBeLessThanOrEqual(3)
  })

  it('says the folder is unreadable when it cannot be listed', async () => {
    await expect(readTeamFolder(join(dir, 'bestaat-niet'))).rejects.toBeInstanceOf(
      TeamFolderUnreadableError,
    )
  })

  it('leaves out a file that went away while reading, and calls a file it cannot read damaged', async () => {
    const files = {
      ...nodeSessionFileOps,
      stat: async (path: string) => {
        if (path.endsWith('Teamsessie 01.dilemmas'))
          throw Object.assign(new Error('gone'), { code: 'ENOENT' })
        if (path.endsWith('Teamsessie 02.dilemmas'))
          throw Object.assign(new Error('no'), { code: 'EACCES' })
        return nodeSessionFileOps.stat(path)
      },
    }
    const content = await readTeamFolder(dir, { files })
    expect(content.sessions).toHaveLength(48)
    expect(content.skipped).toContainEqual({ name: 'Teamsessie 02.dilemmas', reason: 'damaged' })
    expect(content.skipped.map((s) => s.name)).not.toContain('Teamsessie 01.dilemmas')
  })
})

describe('which files count', () => {
  it('takes names ending in .dilemmas in any case', () => {
    expect(['a.dilemmas', 'B.DILEMMAS', 'c.Dilemmas'].every(isSessionFileName)).toBe(true)
    expect(['.dilemmas', 'a.dilemmas.bak', 'a.pdf', 'dilemmas'].some(isSessionFileName)).toBe(false)
  })

  it('maps each problem of a session file to the reason the facilitator reads', () => {
    expect(skippedReason('not-json')).toBe('damaged')
    expect(skippedReason('corrupt')).toBe('damaged')
    expect(skippedReason('unreadable')).toBe('damaged')
    expect(skippedReason('timeout')).toBe('damaged')
    expect(skippedReason('foreign')).toBe('foreign')
    expect(skippedReason('newer-version')).toBe('newer-version')
    expect(skippedReason('too-large')).toBe('too-large')
    expect(skippedReason('missing')).toBeNull()
  })
})
