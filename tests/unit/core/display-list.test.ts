import { describe, expect, it } from 'vitest'
import { describeDisplays, numberDisplays } from '@core/display/display-list'
import { beamer, display, laptop, state, tv } from './display-fixtures'

describe('numberDisplays', () => {
  it('numbers from left to right, then top to bottom, from 1', () => {
    const above = {
      ...display(4, 'Boven', 0),
      bounds: { x: 0, y: -1080, width: 1920, height: 1080 },
    }
    const numbered = numberDisplays([beamer, laptop, tv, above])
    expect(numbered.map(({ display: d, number }) => [d.id, number])).toEqual([
      [tv.id, 1],
      [above.id, 2],
      [laptop.id, 3],
      [beamer.id, 4],
    ])
  })
})

describe('describeDisplays', () => {
  it('lists name, resolution in device pixels, primary, presenter and projector', () => {
    const hiDpi = { ...display(1, 'Ingebouwd scherm', 0, 1440, 900), scaleFactor: 2 }
    const list = describeDisplays(
      state({ displays: [beamer, hiDpi], current: { kind: 'fullscreen', displayId: 2 } }),
      { visible: true },
    )
    expect(list).toEqual({
      displays: [
        {
          id: 1,
          number: 1,
          label: 'Ingebouwd scherm',
          width: 2880,
          height: 1800,
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
    })
  })

  it('a hidden projector is on no display', () => {
    const list = describeDisplays(
      state({ displays: [laptop, beamer], current: { kind: 'fullscreen', displayId: 2 } }),
      { visible: false },
    )
    expect(list.projector).toBe('hidden')
    expect(list.displays.some((d) => d.projector)).toBe(false)
  })

  it('says when the projector covers the presenter', () => {
    const covering = state({ coverPresenter: true, current: { kind: 'fullscreen', displayId: 1 } })
    expect(describeDisplays(covering, { visible: true }).coversPresenter).toBe(true)
    expect(describeDisplays(covering, { visible: false }).coversPresenter).toBe(false)
  })

  it('names a remembered display that is not connected, and not one that is', () => {
    const remembered = { id: 2, label: 'EPSON PJ' }
    expect(describeDisplays(state({ remembered }), { visible: true }).missingRemembered).toEqual({
      label: 'EPSON PJ',
    })
    const connected = state({ remembered, displays: [laptop, beamer] })
    expect(describeDisplays(connected, { visible: true }).missingRemembered).toBeNull()
  })

  it('passes on that the stored choice was reset', () => {
    expect(describeDisplays(state(), { visible: true }, true).settingsReset).toBe(true)
  })
})
