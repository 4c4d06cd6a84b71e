import { describe, expect, it } from 'vitest'
import { SCREEN_VIEWS } from '../../renderer/src/stage/screen-views'
import PauseView from '../../renderer/src/stage/views/PauseView.vue'

describe('the screen → view map', () => {
  it('gives every kind of screen a view of its own', async () => {
    const views = await Promise.all(Object.values(SCREEN_VIEWS).map((entry) => entry.load()))
    expect(new Set(views).size).toBe(views.length)
  })

  it('falls back to the pause view for no screen but the pause', async () => {
    const entries = Object.entries(SCREEN_VIEWS)
    const views = await Promise.all(entries.map(([, entry]) => entry.load()))
    const pausing = entries.filter((_entry, index) => views[index] === PauseView)
    expect(pausing.map(([kind]) => kind)).toEqual(['pause'])
  })
})
