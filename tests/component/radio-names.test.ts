import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, effectScope, h, nextTick, ref } from 'vue'
import { useRadioName } from '../../renderer/src/common/composables/use-radio-name'
import SetupVariant from '../../renderer/src/presenter/setup/SetupVariant.vue'
import { cleanup, mountConnected } from './support/harness'

afterEach(cleanup)

/** Runs the composable as a mounted component would, in a scope that can be stopped. */
function nameIn(kind: string): { name: string; stop: () => void } {
  const scope = effectScope()
  const name = scope.run(() => useRadioName(kind))
  if (name === undefined) throw new Error('the scope did not run')
  return { name, stop: () => scope.stop() }
}

const radioNames = (root: Element): string[] =>
  [
    ...new Set(
      [...root.querySelectorAll('input[type="radio"]')].map((r) => r.getAttribute('name')),
    ),
  ].filter((name): name is string => name !== null)

describe('useRadioName: one radio group name per component, the same on every mount', () => {
  it('gives the same name again once the component that had it is gone', () => {
    const first = nameIn('example')
    first.stop()
    const again = nameIn('example')
    expect(again.name).toBe(first.name)
    again.stop()
  })

  it('gives components mounted at the same time names of their own', () => {
    const [a, b, c] = [nameIn('example'), nameIn('example'), nameIn('other')]
    expect(a.name).not.toBe(b.name)
    expect(c.name).not.toBe(a.name)
    b.stop()
    const d = nameIn('example')
    expect(d.name).toBe(b.name)
    for (const each of [a, c, d]) each.stop()
  })

  it('leaves the set-up panel’s variant choice with one group name however often it comes back', async () => {
    // As the presenter does when the set-up section comes back: the same app, a new instance.
    const shown = ref(true)
    const Toggled = defineComponent(() => () => (shown.value ? h(SetupVariant) : null))
    const { wrapper } = await mountConnected(Toggled)
    const seen = new Set<string>()
    for (let mount = 0; mount < 3; mount++) {
      const names = radioNames(wrapper.element.parentElement ?? wrapper.element)
      expect(names).toHaveLength(1)
      for (const name of names) seen.add(name)
      shown.value = false
      await nextTick()
      shown.value = true
      await nextTick()
    }
    expect(seen.size).toBe(1)
  })
})
