import type { MessageBoxOptions, MessageBoxReturnValue } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { SessionHost } from '../../../electron/core/host/session-host'
import { CoalescingSaver } from '../../../electron/core/persistence/coalescing-saver'
import type { SnapshotWriter } from '../../../electron/core/ports'
import { createSession } from '../../../electron/core/session/default-session'
import { saveBeforeQuit } from '../../../electron/main/startup/save-before-quit'
import { mainTexts } from '../../../electron/main/texts'

const showMessageBox = vi.hoisted(() =>
  vi.fn<(options: MessageBoxOptions) => Promise<MessageBoxReturnValue>>(),
)
vi.mock('electron', () => ({ dialog: { showMessageBox } }))

const texts = mainTexts()
const answer = (response: number): MessageBoxReturnValue => ({ response, checkboxChecked: false })

function setUp(failures: number) {
  let left = failures
  const written: number[] = []
  const writer: SnapshotWriter = {
    write: async (snapshot) => {
      if (left > 0) {
        left -= 1
        throw Object.assign(new Error('disk full'), { code: 'ENOSPC' })
      }
      written.push(snapshot.revision)
    },
  }
  const saver = new CoalescingSaver(writer, { delayMs: 10_000, retryMs: 10_000 })
  const host = new SessionHost({
    session: createSession(0),
    clock: { now: () => 1 },
    persistence: saver,
  })
  host.dispatch({ type: 'dilemma/add', title: 'Laatste woord' })
  return { host, saver, written }
}

describe('the last save before the app closes', () => {
  beforeEach(() => showMessageBox.mockReset())

  it('writes the pending change and asks nothing when it succeeds', async () => {
    const { host, saver, written } = setUp(0)
    await saveBeforeQuit(host, saver, '/data/autosave', texts)
    expect(written).toEqual([1])
    expect(showMessageBox).not.toHaveBeenCalled()
  })

  it('offers to try again when the write fails, and saves on the retry', async () => {
    const { host, saver, written } = setUp(1)
    showMessageBox.mockResolvedValueOnce(answer(0))
    await saveBeforeQuit(host, saver, '/data/autosave', texts)
    expect(showMessageBox).toHaveBeenCalledTimes(1)
    const options = showMessageBox.mock.calls[0]?.[0]
    expect(options?.buttons).toEqual(['Opnieuw proberen', 'Toch afsluiten'])
    expect(options?.detail).toContain('/data/autosave')
    expect(options?.cancelId).toBe(0)
    expect(written).toEqual([1])
    expect(saver.hasUnsavedChanges).toBe(false)
  })

  it('closes without the last change only when the facilitator says so', async () => {
    const { host, saver, written } = setUp(5)
    showMessageBox.mockResolvedValueOnce(answer(0)).mockResolvedValueOnce(answer(1))
    await saveBeforeQuit(host, saver, '/data/autosave', texts)
    expect(showMessageBox).toHaveBeenCalledTimes(2)
    expect(written).toEqual([])
    expect(saver.hasUnsavedChanges).toBe(true)
  })
})
