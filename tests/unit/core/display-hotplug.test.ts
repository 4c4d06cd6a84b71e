import { describe, expect, it } from 'vitest'
import { windowedProjectorBounds } from '@core/display/choose-display'
import {
  decidePlacementOnChange,
  isInside,
  type CurrentPlacement,
  type DisplayEvent,
  type PlacementDecision,
} from '@core/display/placement'
import { beamer, display, laptop, state, tv } from './display-fixtures'

const onBeamer: CurrentPlacement = { kind: 'fullscreen', displayId: beamer.id }
const laptopWindow: CurrentPlacement = {
  kind: 'window',
  displayId: laptop.id,
  bounds: windowedProjectorBounds(laptop.workArea),
}

function placed(decision: PlacementDecision) {
  if (decision.action !== 'place') throw new Error(`expected a move, got ${decision.action}`)
  return decision
}

describe('decidePlacementOnChange: display-added', () => {
  const connectBeamer: DisplayEvent = { type: 'display-added', display: beamer }

  it('a beamer connected later receives the projector, fullscreen, and shows it', () => {
    const decision = placed(
      decidePlacementOnChange(connectBeamer, state({ current: laptopWindow })),
    )
    expect(decision.placement).toEqual({ kind: 'fullscreen', display: beamer })
    expect(decision.show).toBe(true)
    expect(decision.coverPresenter).toBe(false)
  })

  it('works whether or not the display list already holds the new display', () => {
    const before = state({ current: laptopWindow })
    const after = state({ current: laptopWindow, displays: [laptop, beamer] })
    expect(decidePlacementOnChange(connectBeamer, before)).toEqual(
      decidePlacementOnChange(connectBeamer, after),
    )
  })

  it('a projector covering the laptop moves to the new beamer and frees the laptop', () => {
    const covering = state({ coverPresenter: true, current: { kind: 'fullscreen', displayId: 1 } })
    const decision = placed(decidePlacementOnChange(connectBeamer, covering))
    expect(decision.placement).toEqual({ kind: 'fullscreen', display: beamer })
    expect(decision.coverPresenter).toBe(false)
  })

  it('a second screen does not take the projector away from a working beamer', () => {
    const s = state({ displays: [laptop, beamer], current: onBeamer })
    const decision = decidePlacementOnChange({ type: 'display-added', display: tv }, s)
    expect(decision).toEqual({ action: 'keep', coverPresenter: false })
  })

  it('the remembered beamer coming back takes the projector back', () => {
    const s = state({
      displays: [laptop, tv],
      remembered: beamer,
      current: { kind: 'fullscreen', displayId: tv.id },
    })
    const decision = placed(decidePlacementOnChange(connectBeamer, s))
    expect(decision.placement).toEqual({ kind: 'fullscreen', display: beamer })
    expect(decision.show).toBe(true)
  })

  it('does nothing while there is no projector window (it is placed when it opens)', () => {
    expect(decidePlacementOnChange(connectBeamer, state())).toEqual({
      action: 'keep',
      coverPresenter: false,
    })
  })
})

describe('decidePlacementOnChange: display-removed', () => {
  it('the projector’s beamer unplugged: a 16:9 window on the laptop, not shown by force', () => {
    const s = state({ displays: [laptop, beamer], current: onBeamer })
    const decision = placed(
      decidePlacementOnChange({ type: 'display-removed', display: beamer }, s),
    )
    expect(decision.placement).toEqual({
      kind: 'window',
      display: laptop,
      bounds: windowedProjectorBounds(laptop.workArea),
    })
    expect(decision.show).toBe(false)
  })

  it('works whether or not the display list still holds the removed display', () => {
    const event: DisplayEvent = { type: 'display-removed', display: beamer }
    expect(
      decidePlacementOnChange(event, state({ displays: [laptop, beamer], current: onBeamer })),
    ).toEqual(decidePlacementOnChange(event, state({ displays: [laptop], current: onBeamer })))
  })

  it('with another screen left, the projector moves there fullscreen', () => {
    const s = state({ displays: [laptop, beamer, tv], current: onBeamer })
    const decision = placed(
      decidePlacementOnChange({ type: 'display-removed', display: beamer }, s),
    )
    expect(decision.placement).toEqual({ kind: 'fullscreen', display: tv })
  })

  it('another display unplugged: the projector stays', () => {
    const s = state({ displays: [laptop, beamer, tv], current: onBeamer })
    expect(decidePlacementOnChange({ type: 'display-removed', display: tv }, s)).toEqual({
      action: 'keep',
      coverPresenter: false,
    })
  })

  it('the laptop closed (presenter’s screen gone): the projector stops covering it there', () => {
    const s = state({
      displays: [laptop, beamer],
      presenterDisplayId: laptop.id,
      primaryId: beamer.id,
      current: onBeamer,
    })
    const decision = placed(
      decidePlacementOnChange({ type: 'display-removed', display: laptop }, s),
    )
    // The beamer is now the only screen, and the presenter is on it: a window, not a cover.
    expect(decision.placement.kind).toBe('window')
    expect(decision.placement.display).toBe(beamer)
  })
})

describe('decidePlacementOnChange: display-metrics-changed', () => {
  it('re-fits a fullscreen projector whose display changed resolution', () => {
    const smaller = { ...beamer, bounds: { ...beamer.bounds, width: 1024, height: 768 } }
    const s = state({ displays: [laptop, beamer], current: onBeamer })
    const event: DisplayEvent = {
      type: 'display-metrics-changed',
      display: smaller,
      changedMetrics: ['bounds', 'workArea'],
    }
    const decision = placed(decidePlacementOnChange(event, s))
    expect(decision.placement).toEqual({ kind: 'fullscreen', display: smaller })
    expect(decision.show).toBe(false)
  })

  it('leaves a fullscreen projector alone when only the work area or scale changed', () => {
    const s = state({ displays: [laptop, beamer], current: onBeamer })
    const event: DisplayEvent = {
      type: 'display-metrics-changed',
      display: beamer,
      changedMetrics: ['workArea', 'scaleFactor'],
    }
    expect(decidePlacementOnChange(event, s).action).toBe('keep')
  })

  it('ignores changes to other displays', () => {
    const s = state({ displays: [laptop, beamer], current: onBeamer })
    const event: DisplayEvent = {
      type: 'display-metrics-changed',
      display: { ...laptop, bounds: { ...laptop.bounds, width: 1280 } },
      changedMetrics: ['bounds'],
    }
    expect(decidePlacementOnChange(event, s).action).toBe('keep')
  })

  it('keeps a windowed projector where the facilitator put it while it still fits', () => {
    const moved: CurrentPlacement = {
      kind: 'window',
      displayId: 1,
      bounds: { x: 10, y: 10, width: 640, height: 360 },
    }
    const event: DisplayEvent = {
      type: 'display-metrics-changed',
      display: display(1, 'Ingebouwd scherm', 0, 1366, 768),
      changedMetrics: ['bounds', 'workArea'],
    }
    expect(decidePlacementOnChange(event, state({ current: moved })).action).toBe('keep')
  })

  it('brings a windowed projector back into view when the screen shrank under it', () => {
    const small = display(1, 'Ingebouwd scherm', 0, 1366, 768)
    const event: DisplayEvent = {
      type: 'display-metrics-changed',
      display: small,
      changedMetrics: ['bounds', 'workArea'],
    }
    const decision = placed(decidePlacementOnChange(event, state({ current: laptopWindow })))
    expect(decision.placement).toEqual({
      kind: 'window',
      display: small,
      bounds: windowedProjectorBounds(small.workArea),
    })
    expect(isInside(windowedProjectorBounds(small.workArea), small.workArea)).toBe(true)
  })

  it('re-fits a projector covering the presenter when that screen changes', () => {
    const s = state({ coverPresenter: true, current: { kind: 'fullscreen', displayId: 1 } })
    const bigger = display(1, 'Ingebouwd scherm', 0, 2560, 1440)
    const event: DisplayEvent = {
      type: 'display-metrics-changed',
      display: bigger,
      changedMetrics: ['bounds'],
    }
    const decision = placed(decidePlacementOnChange(event, s))
    expect(decision.placement).toEqual({ kind: 'fullscreen', display: bigger })
    expect(decision.coverPresenter).toBe(true)
  })
})
