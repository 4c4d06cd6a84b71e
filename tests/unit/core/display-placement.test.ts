import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { windowedProjectorBounds } from '@core/display/choose-display'
import {
  decidePlacementOnChange,
  displayOfWindow,
  isInside,
  targetPlacement,
  type CurrentPlacement,
  type DisplayEvent,
  type PlacementState,
} from '@core/display/placement'
import { beamer, display, laptop, state, tv } from './display-fixtures'

const onBeamer: CurrentPlacement = { kind: 'fullscreen', displayId: beamer.id }

describe('targetPlacement', () => {
  it('with a single screen: a window beside the presenter, never fullscreen', () => {
    const target = targetPlacement(state())
    expect(target).toEqual({
      kind: 'window',
      display: laptop,
      bounds: windowedProjectorBounds(laptop.workArea),
    })
  })

  it('with a single screen: fullscreen only when the facilitator asked to cover it', () => {
    expect(targetPlacement(state({ coverPresenter: true }))).toEqual({
      kind: 'fullscreen',
      display: laptop,
    })
  })

  it('the remembered display, found by id', () => {
    const s = state({ displays: [laptop, tv, beamer], remembered: { id: 2, label: 'x' } })
    expect(targetPlacement(s)).toEqual({ kind: 'fullscreen', display: beamer })
  })

  it('the remembered display, found by label when its id changed', () => {
    const renumbered = { ...beamer, id: 77 }
    const s = state({ displays: [laptop, tv, renumbered], remembered: beamer })
    expect(targetPlacement(s)).toEqual({ kind: 'fullscreen', display: renumbered })
  })

  it('remembered display missing: any display that is not the presenter’s', () => {
    const s = state({ displays: [laptop, tv], remembered: { id: 2, label: 'EPSON PJ' } })
    expect(targetPlacement(s)).toEqual({ kind: 'fullscreen', display: tv })
  })

  it('remembered display missing: stays on the display it is already on', () => {
    const s = state({
      displays: [laptop, tv, beamer],
      remembered: { id: 9, label: 'Oude beamer' },
      current: onBeamer,
    })
    expect(targetPlacement(s)).toEqual({ kind: 'fullscreen', display: beamer })
  })

  it('never picks the presenter’s display as the projector’s by itself', () => {
    const s = state({
      displays: [laptop, beamer],
      presenterDisplayId: beamer.id,
      remembered: { id: beamer.id, label: beamer.label },
    })
    expect(targetPlacement(s)).toEqual({ kind: 'fullscreen', display: laptop })
  })

  it('falls back to the primary display when the presenter’s is gone', () => {
    const s = state({ displays: [laptop], presenterDisplayId: 42 })
    expect(targetPlacement(s)?.display).toBe(laptop)
  })

  it('nothing without displays', () => {
    expect(targetPlacement(state({ displays: [] }))).toBeNull()
  })
})

describe('decidePlacementOnChange: properties', () => {
  const arbitraryDisplay = fc
    .record({
      id: fc.integer({ min: 1, max: 6 }),
      x: fc.integer({ min: -4000, max: 4000 }),
      width: fc.integer({ min: 640, max: 3840 }),
      height: fc.integer({ min: 480, max: 2160 }),
    })
    .map(({ id, x, width, height }) => display(id, `Scherm ${id}`, x, width, height))
  const arbitraryState = fc
    .record({
      displays: fc.uniqueArray(arbitraryDisplay, {
        selector: (d) => d.id,
        minLength: 1,
        maxLength: 4,
      }),
      cover: fc.boolean(),
      fullscreen: fc.boolean(),
    })
    .map(({ displays, cover, fullscreen }): PlacementState => {
      const first = displays[0] ?? laptop
      const other = displays[1] ?? first
      return state({
        displays,
        primaryId: first.id,
        presenterDisplayId: first.id,
        coverPresenter: cover,
        current: fullscreen
          ? { kind: 'fullscreen', displayId: other.id }
          : {
              kind: 'window',
              displayId: first.id,
              bounds: windowedProjectorBounds(first.workArea),
            },
      })
    })
  const arbitraryEvent = fc.oneof(
    arbitraryDisplay.map((d): DisplayEvent => ({ type: 'display-added', display: d })),
    arbitraryDisplay.map((d): DisplayEvent => ({ type: 'display-removed', display: d })),
    arbitraryDisplay.map((d): DisplayEvent => ({
      type: 'display-metrics-changed',
      display: d,
      changedMetrics: ['bounds'],
    })),
  )

  it('only ever places the projector on a connected display, and never covers the presenter unasked', () => {
    fc.assert(
      fc.property(arbitraryState, arbitraryEvent, (s, event) => {
        const decision = decidePlacementOnChange(event, s)
        if (decision.action === 'keep') return
        const { placement } = decision
        expect(placement.display.id === event.display.id && event.type === 'display-removed').toBe(
          false,
        )
        const others = s.displays.filter((d) => d.id !== event.display.id)
        const connected = event.type === 'display-removed' ? others : [...others, event.display]
        expect(connected.some((d) => d.id === placement.display.id)).toBe(true)
        const own =
          connected.find((d) => d.id === s.presenterDisplayId) ??
          connected.find((d) => d.id === s.primaryId) ??
          connected[0]
        if (placement.kind === 'fullscreen' && placement.display.id === own?.id) {
          expect(decision.coverPresenter).toBe(true)
        }
        if (placement.kind === 'window')
          expect(isInside(placement.bounds, placement.display.workArea)).toBe(true)
      }),
    )
  })
})

describe('displayOfWindow', () => {
  it('is the display with the largest part of the window', () => {
    const straddling = { x: 1500, y: 100, width: 800, height: 600 }
    expect(displayOfWindow([laptop, beamer], straddling)).toBe(laptop)
    expect(displayOfWindow([laptop, beamer], { ...straddling, x: 1800 })).toBe(beamer)
  })

  it('is undefined for a window on no display', () => {
    expect(displayOfWindow([laptop], { x: 5000, y: 0, width: 100, height: 100 })).toBeUndefined()
  })
})
