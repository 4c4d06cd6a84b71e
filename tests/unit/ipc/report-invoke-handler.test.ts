import { describe, expect, it } from 'vitest'
import { CHANNELS } from '@contract'
import { createInvokeHandler, InvalidPayloadError, NotAllowedError } from '@contract'
import { SessionHost } from '@core/host/session-host'
import { createSession } from '@core/session/default-session'
import { windowActionMocks } from '../../support/window-action-mocks'
import { T0 } from '../core/fixtures'

function setup() {
  const host = new SessionHost({ session: createSession(T0), clock: { now: () => T0 } })
  const actions = windowActionMocks()
  return { handle: createInvokeHandler(host, actions), actions }
}

const REPORT_CHANNELS = [
  CHANNELS.previewReport,
  CHANNELS.getReportFolder,
  CHANNELS.chooseReportFolder,
  CHANNELS.saveReport,
  CHANNELS.retryReport,
  CHANNELS.openReportFolder,
]

describe('report channels', () => {
  it('pass the requested formats on', async () => {
    const { handle, actions } = setup()
    await handle('presenter', CHANNELS.saveReport, { formats: ['pdf', 'docx'] })
    expect(actions.saveReport).toHaveBeenCalledWith({ formats: ['pdf', 'docx'] })
  })

  it.each<[string, unknown]>([
    ['no formats', { formats: [] }],
    ['an unknown format', { formats: ['exe'] }],
    ['a repeated format', { formats: ['pdf', 'pdf'] }],
    ['a path besides the formats', { formats: ['pdf'], folder: 'C:\\Windows' }],
    ['a bare list', ['pdf']],
    ['nothing', undefined],
  ])('refuse a save request with %s', (_label, payload) => {
    const { handle, actions } = setup()
    expect(() => handle('presenter', CHANNELS.saveReport, payload)).toThrow(InvalidPayloadError)
    expect(actions.saveReport).not.toHaveBeenCalled()
  })

  it('open only the two known folders, never a path from the window', async () => {
    const { handle, actions } = setup()
    await handle('presenter', CHANNELS.openReportFolder, 'shared')
    await handle('presenter', CHANNELS.openReportFolder, 'fallback')
    expect(actions.openReportFolder.mock.calls).toEqual([['shared'], ['fallback']])
    for (const payload of ['C:\\Windows', '/etc', { which: 'shared' }, undefined]) {
      expect(() => handle('presenter', CHANNELS.openReportFolder, payload)).toThrow(
        InvalidPayloadError,
      )
    }
    expect(actions.openReportFolder).toHaveBeenCalledTimes(2)
  })

  it('route preview, folder, choose and retry to main, ignoring any payload', async () => {
    const { handle, actions } = setup()
    await handle('presenter', CHANNELS.previewReport, 'C:\\x')
    handle('presenter', CHANNELS.getReportFolder, undefined)
    await handle('presenter', CHANNELS.chooseReportFolder, '/tmp')
    await handle('presenter', CHANNELS.retryReport, undefined)
    expect(actions.previewReport).toHaveBeenCalledWith()
    expect(actions.getReportFolder).toHaveBeenCalledWith()
    expect(actions.chooseReportFolder).toHaveBeenCalledWith()
    expect(actions.retryReport).toHaveBeenCalledWith()
  })

  it.each(REPORT_CHANNELS)('are closed to the projector: %s', (channel) => {
    const { handle, actions } = setup()
    expect(() => handle('projector', channel, { formats: ['pdf'] })).toThrow(NotAllowedError)
    for (const action of [
      actions.previewReport,
      actions.getReportFolder,
      actions.chooseReportFolder,
      actions.saveReport,
      actions.retryReport,
      actions.openReportFolder,
    ]) {
      expect(action).not.toHaveBeenCalled()
    }
  })

  it('the progress channel is pushed only, never invoked', () => {
    const { handle } = setup()
    expect(() => handle('presenter', CHANNELS.reportProgress, undefined)).toThrow(NotAllowedError)
  })
})
