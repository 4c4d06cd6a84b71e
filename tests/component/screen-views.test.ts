import { describe, expect, it } from 'vitest'
import { SCREEN_VIEWS } from '../../renderer/src/stage/screen-views'
import PauseView from '../../renderer/src/stage/views/PauseView.vue'

describe('the screen → view map', () => {
  it('gives every kind of screen a view of its own', () => {
    const views = Object.values(SCREEN_VIEWS).map((entry) => entry.component)
    expect(new Set(views).size).toBe(views.length)
  })

  it('falls back to the pause view for no screen but the pause', () => {
    const pausing = Object.entries(SCREEN_VIEWS).filter(([, e]) => e.component === PauseView)
    expect(pausing.map(([kind]) => kind)).toEqual(['pause'])
  })
})
