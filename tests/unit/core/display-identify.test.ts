import { describe, expect, it } from 'vitest'
import { identifyPageUrl, identifyWindowBounds, parseIdentifyNumber } from '@core/display/identify'
import { sessionKeepsDisplayAwake } from '@core/display/keep-awake'
import { isInside } from '@core/display/placement'
import { createSession } from '@core/session/default-session'
import type { Session } from '@core/session/schema'

describe('identify page address', () => {
  it('is our app protocol with the number as a query parameter', () => {
    expect(identifyPageUrl(2)).toBe('app://dilemmas/identify.html?n=2')
    expect(identifyPageUrl(3, 'http://localhost:5173')).toBe(
      'http://localhost:5173/identify.html?n=3',
    )
  })

  it('round-trips every number 1…16', () => {
    for (let n = 1; n <= 16; n++) {
      expect(parseIdentifyNumber(new URL(identifyPageUrl(n)).search)).toBe(n)
    }
  })

  it.each([
    '',
    '?',
    '?n=',
    '?n=0',
    '?n=17',
    '?n=-1',
    '?n=1.5',
    '?n=01',
    '?n=2e1',
    '?n=%3Cb%3E',
    '?n=<b>',
    '?x=2',
    '?n= 2',
  ])('refuses %j', (search) => {
    expect(parseIdentifyNumber(search)).toBeNull()
  })
})

describe('identifyWindowBounds', () => {
  it('is a square in the middle of the display, inside it', () => {
    const display = { x: 1920, y: -200, width: 1280, height: 800 }
    const bounds = identifyWindowBounds(display)
    expect(bounds.width).toBe(bounds.height)
    expect(bounds.width).toBe(320)
    expect(bounds.x + bounds.width / 2).toBe(1920 + 640)
    expect(bounds.y + bounds.height / 2).toBe(-200 + 400)
    expect(isInside(bounds, display)).toBe(true)
  })

  it('stays readable on a small display and modest on a large one', () => {
    expect(identifyWindowBounds({ x: 0, y: 0, width: 320, height: 240 }).width).toBe(160)
    expect(identifyWindowBounds({ x: 0, y: 0, width: 7680, height: 4320 }).width).toBe(420)
  })
})

describe('sessionKeepsDisplayAwake', () => {
  const fresh = createSession(Date.UTC(2025, 2, 14, 9))
  const first = fresh.phases[0]
  if (!first) throw new Error('the default programme has phases')
  const running: Session = {
    ...fresh,
    currentPhaseId: first.id,
    phases: fresh.phases.map((p) => (p.id === first.id ? { ...p, startedAt: 1 } : p)),
  }

  it('lets the display sleep before the programme starts', () => {
    expect(sessionKeepsDisplayAwake({ ...fresh, currentPhaseId: null })).toBe(false)
  })

  it('keeps it awake while a phase is current', () => {
    expect(sessionKeepsDisplayAwake(running)).toBe(true)
  })

  it('lets it sleep again once the programme has been finished', () => {
    const finished: Session = {
      ...running,
      phases: running.phases.map((p) => (p.id === first.id ? { ...p, endedAt: 2 } : p)),
    }
    expect(sessionKeepsDisplayAwake(finished)).toBe(false)
  })
})
