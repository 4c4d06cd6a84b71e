import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  chooseProjectorPlacement,
  windowedProjectorBounds,
  type DisplayInfo,
  type ProjectorPlacement,
  type Rect,
} from '@core/display/choose-display'

function display(id: number, label: string, x: number, width = 1920, height = 1080): DisplayInfo {
  return {
    id,
    label,
    bounds: { x, y: 0, width, height },
    workArea: { x, y: 0, width, height: height - 40 },
  }
}

const laptop = display(1, 'Ingebouwd scherm', 0)
const beamer = display(2, 'EPSON PJ', 1920, 1280, 800)
const tv = display(3, 'LG TV', -1920)

function expectInside(inner: Rect, outer: Rect): void {
  expect(inner.width).toBeGreaterThan(0)
  expect(inner.height).toBeGreaterThan(0)
  expect(inner.x).toBeGreaterThanOrEqual(outer.x)
  expect(inner.y).toBeGreaterThanOrEqual(outer.y)
  expect(inner.x + inner.width).toBeLessThanOrEqual(outer.x + outer.width)
  expect(inner.y + inner.height).toBeLessThanOrEqual(outer.y + outer.height)
}

function expectSixteenByNine(rect: Rect): void {
  // Whole pixels: the height is the 16:9 height of the width, rounded.
  expect(Math.abs(rect.height - (rect.width * 9) / 16)).toBeLessThanOrEqual(0.5)
}

function fullscreenOn(placement: ProjectorPlacement | null): number | undefined {
  expect(placement?.kind).toBe('fullscreen')
  return placement?.display.id
}

describe('chooseProjectorPlacement', () => {
  it('returns null without displays', () => {
    expect(chooseProjectorPlacement([], 1, null)).toBeNull()
    expect(chooseProjectorPlacement([], 1, { id: 2, label: 'EPSON PJ' })).toBeNull()
  })

  it('puts a 16:9 window inside the work area of a single display', () => {
    const placement = chooseProjectorPlacement([laptop], laptop.id, null)
    expect(placement?.kind).toBe('window')
    if (placement?.kind !== 'window') return
    expect(placement.display).toBe(laptop)
    expectSixteenByNine(placement.bounds)
    expectInside(placement.bounds, laptop.workArea)
    // About half the screen, leaving the presenter visible.
    expect(placement.bounds.width).toBe(960)
    expect(placement.bounds.height).toBe(540)
  })

  it('ignores a remembered display when there is only one screen', () => {
    const placement = chooseProjectorPlacement([laptop], laptop.id, { id: 2, label: 'EPSON PJ' })
    expect(placement?.kind).toBe('window')
  })

  it('goes fullscreen on an external display', () => {
    expect(fullscreenOn(chooseProjectorPlacement([laptop, beamer], laptop.id, null))).toBe(2)
    expect(fullscreenOn(chooseProjectorPlacement([beamer, laptop], laptop.id, null))).toBe(2)
  })

  it('prefers the remembered display by id', () => {
    const displays = [laptop, beamer, tv]
    expect(fullscreenOn(chooseProjectorPlacement(displays, 1, { id: 3, label: 'LG TV' }))).toBe(3)
    // The id wins over a label that now belongs to another display.
    expect(fullscreenOn(chooseProjectorPlacement(displays, 1, { id: 3, label: 'EPSON PJ' }))).toBe(
      3,
    )
  })

  it('falls back to the same label when the remembered id is gone', () => {
    const renumbered = { ...tv, id: 77 }
    const placement = chooseProjectorPlacement([laptop, beamer, renumbered], 1, {
      id: 3,
      label: 'LG TV',
    })
    expect(fullscreenOn(placement)).toBe(77)
  })

  it('does not match an empty remembered label to a display without a label', () => {
    const unnamedA = { ...beamer, label: '' }
    const unnamedB = { ...tv, id: 8, label: '' }
    const placement = chooseProjectorPlacement([laptop, unnamedA, unnamedB], 1, {
      id: 50,
      label: '',
    })
    expect(fullscreenOn(placement)).toBe(unnamedA.id)
  })

  it('takes any non-primary display when the remembered one is gone entirely', () => {
    const placement = chooseProjectorPlacement([laptop, tv], 1, { id: 2, label: 'EPSON PJ' })
    expect(fullscreenOn(placement)).toBe(3)
  })

  it('never puts the projector fullscreen on the primary display', () => {
    // Remembered by id or by label, the primary display still is not chosen.
    expect(fullscreenOn(chooseProjectorPlacement([laptop, beamer], 1, { id: 1, label: 'x' }))).toBe(
      2,
    )
    expect(
      fullscreenOn(
        chooseProjectorPlacement([laptop, beamer], 1, { id: 9, label: 'Ingebouwd scherm' }),
      ),
    ).toBe(2)
  })

  it('never picks the primary for fullscreen, for any arrangement (property)', () => {
    const displaysArb = fc
      .uniqueArray(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 5 })
      .chain((ids) =>
        fc.tuple(
          fc.constant(ids.map((id) => display(id, `scherm ${id % 3}`, id * 2000))),
          fc.constantFrom(...ids),
          fc.option(
            fc.record({
              id: fc.integer({ min: 0, max: 20 }),
              label: fc.constantFrom('', 'scherm 1'),
            }),
            { nil: null },
          ),
        ),
      )
    fc.assert(
      fc.property(displaysArb, ([displays, primaryId, remembered]) => {
        const placement = chooseProjectorPlacement(displays, primaryId, remembered)
        expect(placement).not.toBeNull()
        if (!placement) return
        expect(displays).toContain(placement.display)
        if (displays.length > 1) {
          expect(placement.kind).toBe('fullscreen')
          expect(placement.display.id).not.toBe(primaryId)
          const byId = displays.find((d) => d.id === remembered?.id && d.id !== primaryId)
          if (byId) expect(placement.display).toBe(byId)
        } else {
          expect(placement.kind).toBe('window')
        }
      }),
      { numRuns: 300, seed: 16 },
    )
  })
})

describe('windowedProjectorBounds', () => {
  it.each<[string, Rect]>([
    ['full HD', { x: 0, y: 0, width: 1920, height: 1040 }],
    ['a small laptop', { x: 0, y: 0, width: 1366, height: 728 }],
    ['a 4K screen', { x: 0, y: 0, width: 3840, height: 2100 }],
    ['a portrait screen', { x: 0, y: 0, width: 1080, height: 1880 }],
    ['an offset work area', { x: -1920, y: 30, width: 1920, height: 1050 }],
    ['an old projector', { x: 0, y: 0, width: 800, height: 560 }],
    ['a wide, low work area', { x: 0, y: 0, width: 3840, height: 600 }],
    ['an odd width', { x: 0, y: 0, width: 1281, height: 360 }],
  ])('is 16:9 and inside the work area on %s', (_label, workArea) => {
    const bounds = windowedProjectorBounds(workArea)
    expectSixteenByNine(bounds)
    expectInside(bounds, workArea)
  })

  it('is at most 1280 wide', () => {
    expect(windowedProjectorBounds({ x: 0, y: 0, width: 7680, height: 4280 }).width).toBe(1280)
  })

  it('sits in the lower right corner with a margin', () => {
    const area = { x: 0, y: 0, width: 1920, height: 1040 }
    const bounds = windowedProjectorBounds(area)
    expect(area.x + area.width - (bounds.x + bounds.width)).toBe(24)
    expect(area.y + area.height - (bounds.y + bounds.height)).toBe(24)
  })

  it('is 16:9 and inside any work area of at least 640 x 360 (property)', () => {
    const area = fc.record({
      x: fc.integer({ min: -8000, max: 8000 }),
      y: fc.integer({ min: -4000, max: 4000 }),
      width: fc.integer({ min: 640, max: 7680 }),
      height: fc.integer({ min: 360, max: 4320 }),
    })
    fc.assert(
      fc.property(area, (workArea) => {
        const bounds = windowedProjectorBounds(workArea)
        expectSixteenByNine(bounds)
        expectInside(bounds, workArea)
        for (const value of Object.values(bounds)) expect(Number.isInteger(value)).toBe(true)
      }),
      { numRuns: 500, seed: 169 },
    )
  })
})
