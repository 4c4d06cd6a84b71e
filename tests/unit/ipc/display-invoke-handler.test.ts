import { describe, expect, it } from 'vitest'
import { CHANNELS, type DisplayList } from '@contract'
import { createInvokeHandler, InvalidPayloadError, NotAllowedError } from '@contract'
import { SessionHost } from '@core/host/session-host'
import { createSession } from '@core/session/default-session'
import { T0 } from '../core/fixtures'
import { windowActionMocks } from '../../support/window-action-mocks'

const LIST: DisplayList = {
  displays: [
    {
      id: 1,
      number: 1,
      label: 'Ingebouwd scherm',
      width: 1920,
      height: 1080,
      primary: true,
      presenter: true,
      projector: false,
    },
    {
      id: 2,
      number: 2,
      label: 'EPSON PJ',
      width: 1280,
      height: 800,
      primary: false,
      presenter: false,
      projector: true,
    },
  ],
  projector: 'fullscreen',
  coversPresenter: false,
  missingRemembered: null,
  settingsReset: false,
}

function setup() {
  const host = new SessionHost({ session: createSession(T0), clock: { now: () => T0 } })
  const actions = windowActionMocks(LIST)
  return { handle: createInvokeHandler(host, actions), actions }
}

const DISPLAY_CHANNELS = [
  CHANNELS.getDisplays,
  CHANNELS.chooseProjectorDisplay,
  CHANNELS.identifyDisplays,
  CHANNELS.setProjectorFullscreenHere,
]

describe('display channels', () => {
  it('give the presenter the display list', () => {
    const { handle } = setup()
    expect(handle('presenter', CHANNELS.getDisplays, undefined)).toBe(LIST)
  })

  it('pass a chosen display id on, also one beyond the safe integer range', () => {
    const { handle, actions } = setup()
    expect(handle('presenter', CHANNELS.chooseProjectorDisplay, 2)).toBe(LIST)
    handle('presenter', CHANNELS.chooseProjectorDisplay, 2 ** 60)
    expect(actions.chooseProjectorDisplay.mock.calls).toEqual([[2], [2 ** 60]])
  })

  it.each<[string, unknown]>([
    ['text', '2'],
    ['a fraction', 1.5],
    ['NaN', Number.NaN],
    ['infinity', Number.POSITIVE_INFINITY],
    ['an object', { id: 2 }],
    ['nothing', undefined],
  ])('refuse %s as a display id', (_label, payload) => {
    const { handle, actions } = setup()
    expect(() => handle('presenter', CHANNELS.chooseProjectorDisplay, payload)).toThrow(
      InvalidPayloadError,
    )
    expect(actions.chooseProjectorDisplay).not.toHaveBeenCalled()
  })

  it('ask main to identify the displays', () => {
    const { handle, actions } = setup()
    expect(handle('presenter', CHANNELS.identifyDisplays, undefined)).toBeUndefined()
    expect(actions.identifyDisplays).toHaveBeenCalledTimes(1)
  })

  it('turn covering the presenter on and off, with a boolean only', () => {
    const { handle, actions } = setup()
    handle('presenter', CHANNELS.setProjectorFullscreenHere, true)
    handle('presenter', CHANNELS.setProjectorFullscreenHere, false)
    expect(actions.setProjectorFullscreenHere.mock.calls).toEqual([[true], [false]])
    expect(() => handle('presenter', CHANNELS.setProjectorFullscreenHere, 'true')).toThrow(
      InvalidPayloadError,
    )
    expect(() => handle('presenter', CHANNELS.setProjectorFullscreenHere, 1)).toThrow(
      InvalidPayloadError,
    )
  })

  it.each(DISPLAY_CHANNELS)('are closed to the projector: %s', (channel) => {
    const { handle, actions } = setup()
    expect(() => handle('projector', channel, 2)).toThrow(NotAllowedError)
    expect(actions.getDisplays).not.toHaveBeenCalled()
    expect(actions.chooseProjectorDisplay).not.toHaveBeenCalled()
    expect(actions.identifyDisplays).not.toHaveBeenCalled()
    expect(actions.setProjectorFullscreenHere).not.toHaveBeenCalled()
  })

  it('the push channel cannot be invoked', () => {
    const { handle } = setup()
    expect(() => handle('presenter', CHANNELS.displays, undefined)).toThrow(NotAllowedError)
  })
})
