import { describe, expect, it } from 'vitest'
import { windowedProjectorBounds } from '@core/display/choose-display'
import { chooseDisplay, coverPresenterScreen } from '@core/display/projector-choice'
import { beamer, laptop, state, tv } from './display-fixtures'

describe('chooseDisplay', () => {
  it('puts the projector fullscreen on the chosen display and remembers it by id and label', () => {
    const s = state({
      displays: [laptop, beamer, tv],
      current: { kind: 'fullscreen', displayId: 2 },
    })
    expect(chooseDisplay(s, tv.id)).toEqual({
      remembered: { id: tv.id, label: 'LG TV' },
      coverPresenter: false,
      placement: { kind: 'fullscreen', display: tv },
    })
  })

  it('choosing the presenter’s own screen asks to cover it, and is not remembered', () => {
    const s = state({ displays: [laptop, beamer], remembered: { id: 2, label: 'EPSON PJ' } })
    expect(chooseDisplay(s, laptop.id)).toEqual({
      remembered: { id: 2, label: 'EPSON PJ' },
      coverPresenter: true,
      placement: { kind: 'fullscreen', display: laptop },
    })
  })

  it('refuses a display that is not connected (unplugged before the click)', () => {
    expect(chooseDisplay(state({ displays: [laptop] }), beamer.id)).toBeNull()
  })

  it('a choice ends covering the presenter', () => {
    const s = state({ displays: [laptop, beamer], coverPresenter: true })
    expect(chooseDisplay(s, beamer.id)?.coverPresenter).toBe(false)
  })
})

describe('coverPresenterScreen', () => {
  it('single screen: fullscreen over the presenter when asked', () => {
    expect(coverPresenterScreen(state(), true)).toEqual({
      remembered: null,
      coverPresenter: true,
      placement: { kind: 'fullscreen', display: laptop },
    })
  })

  it('single screen: back to a 16:9 window beside the presenter', () => {
    const s = state({ coverPresenter: true, current: { kind: 'fullscreen', displayId: 1 } })
    expect(coverPresenterScreen(s, false)).toEqual({
      remembered: null,
      coverPresenter: false,
      placement: {
        kind: 'window',
        display: laptop,
        bounds: windowedProjectorBounds(laptop.workArea),
      },
    })
  })

  it('with a beamer: shrinking sends the projector back to the beamer', () => {
    const s = state({
      displays: [laptop, beamer],
      coverPresenter: true,
      current: { kind: 'fullscreen', displayId: 1 },
    })
    expect(coverPresenterScreen(s, false).placement).toEqual({
      kind: 'fullscreen',
      display: beamer,
    })
  })
})
