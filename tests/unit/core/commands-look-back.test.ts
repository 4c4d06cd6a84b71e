import { describe, expect, it } from 'vitest'
import { FOLLOW_UP_STATES } from '@core/session/schema'
import { sessionWith, withLookBack } from './fixtures'
import { accepted, expectInvalid, expectRejected } from './reduce-helpers'

const prepared = () => withLookBack(sessionWith(1))

describe('Terugblik: marking the previous session’s follow-ups', () => {
  it.each(FOLLOW_UP_STATES)(
    'marks one follow-up %s and leaves the others as they were',
    (state) => {
      const next = accepted(prepared(), { type: 'lookback/set-state', id: 'f2', state })
      expect(next.lookBack.followUps.map((item) => item.state)).toEqual(['open', state, 'open'])
      expect(next.lookBack.followUps[1]).toMatchObject({ what: 'Werkinstructie nalopen' })
    },
  )

  it('refuses a follow-up the look back does not have', () => {
    expectRejected(
      prepared(),
      { type: 'lookback/set-state', id: 'f9', state: 'done' },
      'unknown-item',
    )
  })

  it('refuses a state that is not one of the four', () => {
    expectInvalid({ type: 'lookback/set-state', id: 'f1', state: 'half' })
  })
})

describe('Terugblik on the beamer', () => {
  it('shows and hides the list', () => {
    const shown = accepted(prepared(), { type: 'lookback/show', shown: true })
    expect(shown.lookBack.shown).toBe(true)
    expect(accepted(shown, { type: 'lookback/show', shown: false }).lookBack.shown).toBe(false)
  })

  it('never puts an empty list on the beamer', () => {
    expectRejected(sessionWith(1), { type: 'lookback/show', shown: true }, 'invalid-state')
  })
})
