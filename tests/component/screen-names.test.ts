import { describe, expect, it } from 'vitest'
import en from '../../renderer/src/common/i18n/en'
import nl from '../../renderer/src/common/i18n/nl'
import { SCREEN_VIEWS } from '../../renderer/src/stage/screen-views'

/** Every screen the beamer can show is named in the status line and the preview caption. */
describe('screen names', () => {
  const kinds = Object.keys(SCREEN_VIEWS)

  it.each([
    ['nl', nl],
    ['en', en],
  ])('names every screen kind in both groups (%s)', (_locale, messages) => {
    for (const group of [messages.shell.screens, messages.stage.screens]) {
      const named: Record<string, unknown> = group
      expect(kinds.filter((kind) => typeof named[kind] !== 'string')).toEqual([])
    }
  })
})
