import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h, type Component } from 'vue'
import { createLazyWindowI18n } from '../../renderer/src/common/i18n/window-i18n'
import { lazyComponents } from '../../renderer/src/common/lazy-components'

const View = defineComponent({ render: () => h('p', 'view') })

describe('components that are chunks of their own', () => {
  it('are drawn once loaded, and loaded only once', async () => {
    const loader = vi.fn(async (): Promise<Component> => View)
    const table = lazyComponents({ welcome: loader })
    expect(table.get('welcome')).toBeNull()
    await Promise.all([table.load('welcome'), table.load('welcome')])
    expect(table.get('welcome')).toBe(View)
    expect(loader).toHaveBeenCalledTimes(1)
  })

  it('try a failed chunk again at the next call', async () => {
    const loader = vi
      .fn<() => Promise<Component>>()
      .mockRejectedValueOnce(new Error('chunk missing'))
      .mockResolvedValueOnce(View)
    const table = lazyComponents({ tally: loader })
    await expect(table.load('tally')).rejects.toThrow('chunk missing')
    expect(table.get('tally')).toBeNull()
    await expect(table.load('tally')).resolves.toBe(View)
  })
})

describe('a window’s texts', () => {
  const nl = { app: { name: 'Naam' } }
  const en = { app: { name: 'Name' } }

  it('load English only when the session asks for it, and then speak it', async () => {
    const loadEnglish = vi.fn(async () => ({ default: en }))
    const { i18n, useLocale } = createLazyWindowI18n(nl, loadEnglish)
    expect(i18n.global.t('app.name')).toBe('Naam')
    expect(loadEnglish).not.toHaveBeenCalled()
    await useLocale('en')
    expect(i18n.global.t('app.name')).toBe('Name')
    await useLocale('nl')
    await useLocale('en')
    expect(loadEnglish).toHaveBeenCalledTimes(1)
  })

  it('stay in Dutch when the English texts cannot load, and try again later', async () => {
    const loadEnglish = vi
      .fn<() => Promise<{ default: typeof en }>>()
      .mockRejectedValueOnce(new Error('chunk missing'))
      .mockResolvedValueOnce({ default: en })
    const { i18n, useLocale } = createLazyWindowI18n(nl, loadEnglish)
    await expect(useLocale('en')).rejects.toThrow('chunk missing')
    expect(i18n.global.t('app.name')).toBe('Naam')
    await useLocale('en')
    expect(i18n.global.t('app.name')).toBe('Name')
  })
})
