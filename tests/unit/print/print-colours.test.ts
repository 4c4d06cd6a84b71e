import { describe, expect, it } from 'vitest'
import { contrastRatio, principleSurface } from '@core/principles/contrast'
import { matColours } from '@core/print/floor-mats'
import { principleInk, PRINT_INK } from '@core/print/print-colours'
import { createSession } from '@core/session/default-session'

/** A facilitator's own colour that carries white at about 5:1: accepted, yet below 7:1. */
const OWN_COLOUR = '#2f7d4f'

describe('a principle painted on paper as on the beamer', () => {
  it('uses the beamer surface, so white names stand at 7:1 or more', () => {
    expect(contrastRatio(OWN_COLOUR, '#ffffff')).toBeLessThan(7)
    expect(principleInk(OWN_COLOUR)).toBe(principleSurface(OWN_COLOUR))
    expect(contrastRatio(principleInk(OWN_COLOUR), '#ffffff')).toBeGreaterThanOrEqual(7)
  })

  it('leaves the shipped deck in its own colours, as the beamer shows them', () => {
    for (const { color } of createSession(0, 'nl').principles) {
      expect(principleInk(color).toLowerCase()).toBe(color.toLowerCase())
    }
  })

  it('prints a colour that is not a plain #rrggbb in ink', () => {
    expect(principleInk('red')).toBe(PRINT_INK)
    expect(principleInk('#abc')).toBe(PRINT_INK)
  })

  it('gives full-colour mats the surface behind white names, printer-friendly mats the surface as ink', () => {
    expect(matColours(OWN_COLOUR, 'full-colour')).toMatchObject({
      background: principleSurface(OWN_COLOUR),
      name: '#ffffff',
    })
    const friendly = matColours(OWN_COLOUR, 'printer-friendly')
    expect(friendly).toMatchObject({ background: '#ffffff', name: principleSurface(OWN_COLOUR) })
    expect(contrastRatio(friendly.name, '#ffffff')).toBeGreaterThanOrEqual(7)
  })
})
