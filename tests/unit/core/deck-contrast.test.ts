import { describe, expect, it } from 'vitest'
import defaultDeck from '@resources/decks/default.nl.json'
import {
  contrastRatio,
  darkenForWhiteText,
  MIN_PRINCIPLE_CONTRAST,
  PRINCIPLE_TEXT_COLOR,
} from '@core/principles/contrast'
import { defaultPrinciples } from '@core/session/default-session'

/** WCAG AAA for normal text: what principle names on the beamer must reach. */
const NAME_CONTRAST = 7

describe('contrast of the default deck on the projector', () => {
  const principles = defaultPrinciples()

  it('checks all seven principles of the shipped deck file', () => {
    expect(principles).toHaveLength(7)
    expect(principles.map((p) => p.color)).toEqual(defaultDeck.principles.map((p) => p.color))
    for (const principle of principles) expect(principle.color).toMatch(/^#[0-9a-f]{6}$/i)
  })

  it.each(defaultPrinciples().map((p) => [p.name, p.color] as const))(
    'white text on %s (%s) reaches 7:1 for the name',
    (_name, color) => {
      expect(PRINCIPLE_TEXT_COLOR).toBe('#ffffff')
      expect(contrastRatio(PRINCIPLE_TEXT_COLOR, color)).toBeGreaterThanOrEqual(NAME_CONTRAST)
    },
  )

  it('so every other white text on a principle colour (summary, counts) passes 4.5:1 too', () => {
    expect(MIN_PRINCIPLE_CONTRAST).toBeLessThanOrEqual(NAME_CONTRAST)
    for (const principle of principles)
      expect(
        contrastRatio(PRINCIPLE_TEXT_COLOR, principle.color),
        principle.name,
      ).toBeGreaterThanOrEqual(MIN_PRINCIPLE_CONTRAST)
  })

  it('needs no darkening at the stricter minimum', () => {
    for (const principle of principles)
      expect(darkenForWhiteText(principle.color, NAME_CONTRAST), principle.name).toBe(
        principle.color,
      )
  })

  it('keeps the mats apart: no two principles share a colour', () => {
    const colors = principles.map((p) => p.color.toLowerCase())
    expect(new Set(colors).size).toBe(colors.length)
  })
})
