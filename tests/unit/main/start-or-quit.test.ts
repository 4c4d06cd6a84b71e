import { afterEach, describe, expect, it, vi } from 'vitest'
import type { AppLog } from '../../../electron/core/log/app-log'
import { startOrQuit } from '../../../electron/main/startup/start-or-quit'
import { mainTexts } from '../../../electron/main/texts'

const electron = vi.hoisted(() => ({
  showErrorBox: vi.fn<(title: string, content: string) => void>(),
  exit: vi.fn<(code?: number) => void>(),
}))

vi.mock('electron', () => ({
  app: { exit: electron.exit },
  dialog: { showErrorBox: electron.showErrorBox },
}))

function recordingLog() {
  const errors: [string, unknown][] = []
  const log: AppLog = {
    logEvent: () => undefined,
    logError: (name, error) => errors.push([name, error]),
  }
  return { log, errors }
}

const options = (log: AppLog) => ({
  log,
  texts: mainTexts(),
  logFolder: () => '/home/anna/.config/Dansende Dilemma’s/logs',
})

afterEach(() => {
  electron.showErrorBox.mockReset()
  electron.exit.mockReset()
})

describe('startOrQuit', () => {
  it('leaves a start that works alone', async () => {
    const { log, errors } = recordingLog()
    await startOrQuit(async () => undefined, options(log))
    expect(electron.showErrorBox).not.toHaveBeenCalled()
    expect(electron.exit).not.toHaveBeenCalled()
    expect(errors).toEqual([])
  })

  it('says in Dutch that the app cannot start, where the logs are, and quits at once', async () => {
    const { log, errors } = recordingLog()
    const failure = new Error('could not create the window')
    await startOrQuit(async () => {
      throw failure
    }, options(log))
    expect(errors).toEqual([['start-failed', failure]])
    expect(electron.showErrorBox).toHaveBeenCalledTimes(1)
    const [title, content] = electron.showErrorBox.mock.calls[0] ?? []
    expect(title).toBe('Dansende Dilemma’s kan niet starten')
    expect(content).toContain('de app sluit nu af')
    expect(content).toContain('/home/anna/.config/Dansende Dilemma’s/logs')
    // Ended, so the single-instance lock goes with it and the next start is a real one.
    expect(electron.exit).toHaveBeenCalledWith(1)
    expect(electron.showErrorBox.mock.invocationCallOrder[0]).toBeLessThan(
      electron.exit.mock.invocationCallOrder[0] ?? 0,
    )
  })

  it('still tells and quits when even the log folder cannot be named', async () => {
    const { log } = recordingLog()
    await startOrQuit(
      async () => {
        throw new Error('no windows')
      },
      {
        ...options(log),
        logFolder: () => {
          throw new Error('no folder')
        },
      },
    )
    expect(electron.showErrorBox).toHaveBeenCalledTimes(1)
    expect(electron.exit).toHaveBeenCalledWith(1)
  })
})
