import { createBeamerTexts } from '@common/i18n/beamer-i18n'
import { mountWindow } from '@common/mount-window'
import type { ProjectorApi } from '@contract'
import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'

const Root = defineComponent({ render: () => h('p', 'de sessie') })

describe('mountWindow when main does not answer', () => {
  afterEach(() => {
    document.body.replaceChildren()
  })

  it('says so in the window instead of leaving it empty', async () => {
    const target = document.createElement('div')
    target.id = 'app'
    document.body.append(target)
    const refusing: ProjectorApi = {
      getSnapshot: () =>
        Promise.reject(new Error("Error invoking remote method 'session:get-snapshot'")),
      onSnapshot: () => () => undefined,
    }
    await mountWindow(Root, () => refusing, createBeamerTexts)
    expect(target.textContent).toBe(
      'Dit venster krijgt de sessie niet van Dansende Dilemma’s. Sluit het venster; je sessie is veilig bewaard.',
    )
    expect(target.hasAttribute('data-v-app')).toBe(false)
  })
})
