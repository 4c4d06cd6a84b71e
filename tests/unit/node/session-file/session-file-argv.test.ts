import { describe, expect, it, vi } from 'vitest'
import { createOsOpenQueue, sessionFileFromArgv } from '@node/session-file/session-file-argv'

describe('sessionFileFromArgv', () => {
  it.each<[string, string[], string | null]>([
    [
      'a packaged start with a file',
      ['C:\\App\\Dansende.exe', 'D:\\Sessies\\Zuid.dilemmas'],
      'D:\\Sessies\\Zuid.dilemmas',
    ],
    ['a start without arguments', ['/opt/dansende/dansende'], null],
    ['an empty argv', [], null],
    [
      'a development start (electron, app folder, file)',
      ['/repo/node_modules/electron/dist/electron', '.', '/home/anna/Zuid.dilemmas'],
      '/home/anna/Zuid.dilemmas',
    ],
    [
      'Chromium switches around the file',
      ['app', '--allow-file-access-from-files', '/s/a.dilemmas', '--original-process-start-time=1'],
      '/s/a.dilemmas',
    ],
    ['a switch that looks like a file', ['app', '--open=/s/a.dilemmas'], null],
    ['macOS process serial number', ['app', '-psn_0_12345'], null],
    ['another kind of file', ['app', '/s/verslag.pdf', '/s/set.dilemmaset'], null],
    ['the extension in capitals', ['app', '/s/ZUID.DILEMMAS'], '/s/ZUID.DILEMMAS'],
    [
      'a name with spaces',
      ['app', '/s/2026-11-29 Team Zuid.dilemmas'],
      '/s/2026-11-29 Team Zuid.dilemmas',
    ],
    ['the executable itself named like a file', ['/s/trick.dilemmas'], null],
    ['two files: the first wins', ['app', '/s/a.dilemmas', '/s/b.dilemmas'], '/s/a.dilemmas'],
  ])('handles %s', (_label, argv, expected) => {
    expect(sessionFileFromArgv(argv)).toBe(expected)
  })

  it('resolves a relative path against the working directory it was started in', () => {
    expect(sessionFileFromArgv(['app', 'sessies/a.dilemmas'], '/home/anna')).toBe(
      '/home/anna/sessies/a.dilemmas',
    )
    expect(sessionFileFromArgv(['app', '/abs/a.dilemmas'], '/home/anna')).toBe('/abs/a.dilemmas')
    expect(sessionFileFromArgv(['app', 'a.dilemmas'])).toBe('a.dilemmas')
  })
})

describe('createOsOpenQueue', () => {
  it('keeps early paths in order until a handler is there, then passes paths straight on', () => {
    const queue = createOsOpenQueue()
    queue.push('/a.dilemmas')
    queue.push('/b.dilemmas')
    const handler = vi.fn<(path: string) => void>()
    queue.drainTo(handler)
    expect(handler.mock.calls).toEqual([['/a.dilemmas'], ['/b.dilemmas']])
    queue.push('/c.dilemmas')
    expect(handler.mock.calls.at(-1)).toEqual(['/c.dilemmas'])
    expect(handler).toHaveBeenCalledTimes(3)
  })

  it('hands nothing over when nothing was asked', () => {
    const handler = vi.fn<(path: string) => void>()
    createOsOpenQueue().drainTo(handler)
    expect(handler).not.toHaveBeenCalled()
  })
})
