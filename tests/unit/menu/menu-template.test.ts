import { describe, expect, it } from 'vitest'
import { flattenMenu, type MenuItemSpec } from '@core/menu/menu-item'
import { buildMenuTemplate } from '@core/menu/menu-template'
import { mainTexts } from '../../../electron/main/texts'
import { menuState } from './menu-fixtures'

const nl = mainTexts('nl').menu
const en = mainTexts('en').menu

function item(items: readonly MenuItemSpec[], id: string): MenuItemSpec {
  const found = flattenMenu(items).find((candidate) => candidate.id === id)
  if (!found) throw new Error(`no menu item ${id}`)
  return found
}

const labels = (items: readonly MenuItemSpec[]) => items.map((entry) => entry.label)

describe('buildMenuTemplate', () => {
  it('has Bestand, Bewerken, Beeld, Sessie and Help on Windows and Linux', () => {
    for (const platform of ['win32', 'linux']) {
      const template = buildMenuTemplate(nl, menuState({ platform }))
      expect(labels(template)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Sessie', 'Help'])
    }
  })

  it('speaks English when the session does', () => {
    const template = buildMenuTemplate(en, menuState({ locale: 'en' }))
    expect(labels(template)).toEqual(['File', 'Edit', 'View', 'Session', 'Help'])
    expect(item(template, 'undo').label).toBe('Undo')
    expect(item(template, 'about').label).toBe("About Dansende Dilemma's")
  })

  it('puts the application menu first and Venster before Help on macOS', () => {
    const template = buildMenuTemplate(nl, menuState({ platform: 'darwin' }))
    expect(labels(template)).toEqual([
      "Dansende Dilemma's",
      'Bestand',
      'Bewerken',
      'Beeld',
      'Sessie',
      'Venster',
      'Help',
    ])
    const roles = (template[0]?.submenu ?? []).map((entry) => entry.role ?? entry.type)
    expect(roles).toEqual([
      'about',
      'separator',
      'services',
      'separator',
      'hide',
      'hideOthers',
      'unhide',
      'separator',
      'quit',
    ])
    // Quit lives in the application menu there, not in Bestand.
    expect(flattenMenu(template).filter((entry) => entry.role === 'quit')).toHaveLength(1)
    expect(template.at(-1)?.role).toBe('help')
  })

  it('lists the file menu in order, ending with Afsluiten (role quit) off macOS', () => {
    const file = buildMenuTemplate(nl, menuState())[0]?.submenu ?? []
    expect(file.filter((entry) => entry.type !== 'separator').map((entry) => entry.label)).toEqual([
      'Nieuwe sessie…',
      'Openen…',
      'Recente bestanden',
      'Opslaan',
      'Opslaan als…',
      'Drukwerk…',
      'Verslag…',
      'Teamoverzicht…',
      'Afsluiten',
    ])
    expect(file.at(-1)?.role).toBe('quit')
  })

  it('lists the recent files by name, each opening its place in the list', () => {
    const template = buildMenuTemplate(
      nl,
      menuState({ recentFiles: ['2026-11-29 Team Zuid.dilemmas', 'Oefenen.dilemmas'] }),
    )
    expect(item(template, 'recent').submenu).toEqual([
      {
        id: 'recent-0',
        label: '2026-11-29 Team Zuid.dilemmas',
        action: { kind: 'open-recent', index: 0 },
      },
      { id: 'recent-1', label: 'Oefenen.dilemmas', action: { kind: 'open-recent', index: 1 } },
    ])
  })

  it('says so, greyed out, when there are no recent files', () => {
    const recent = item(buildMenuTemplate(nl, menuState()), 'recent').submenu ?? []
    expect(recent).toEqual([{ id: 'no-recent', label: 'Geen recente bestanden', enabled: false }])
  })

  it('uses the standard roles for cut, copy, paste, select all, zoom and fullscreen', () => {
    const roles = flattenMenu(buildMenuTemplate(nl, menuState())).flatMap((entry) =>
      entry.role ? [entry.role] : [],
    )
    for (const role of [
      'cut',
      'copy',
      'paste',
      'selectAll',
      'zoomIn',
      'zoomOut',
      'resetZoom',
      'togglefullscreen',
    ] as const) {
      expect(roles).toContain(role)
    }
    const edit = buildMenuTemplate(nl, menuState())[1]?.submenu ?? []
    expect(labels(edit.filter((entry) => entry.role))).toEqual([
      'Knippen',
      'Kopiëren',
      'Plakken',
      'Alles selecteren',
    ])
  })

  it('shows the keys the page handles without registering them', () => {
    const template = buildMenuTemplate(nl, menuState())
    const pageKeys: Record<string, string> = {
      'open-file': 'CmdOrCtrl+O',
      'save-file': 'CmdOrCtrl+S',
      'save-file-as': 'CmdOrCtrl+Shift+S',
      undo: 'CmdOrCtrl+Z',
      redo: 'CmdOrCtrl+Y',
      black: 'B',
      'pause-screen': 'W',
      shortcuts: 'F1',
      start: 'F5',
      next: 'PageDown',
      previous: 'PageUp',
      timer: 'Space',
    }
    for (const [id, accelerator] of Object.entries(pageKeys)) {
      expect(item(template, id), id).toMatchObject({ accelerator, registerAccelerator: false })
    }
  })

  it('registers no single key anywhere, so typing in a field is never taken', () => {
    for (const platform of ['win32', 'linux', 'darwin']) {
      const items = flattenMenu(buildMenuTemplate(nl, menuState({ platform, isDev: true })))
      const registered = items.filter(
        (entry) => entry.accelerator !== undefined && entry.registerAccelerator !== false,
      )
      for (const entry of registered) expect(entry.accelerator, entry.id).toContain('+')
      const registeredKeys = registered.map((entry) => entry.accelerator)
      expect(new Set(registeredKeys).size, platform).toBe(registeredKeys.length)
    }
  })

  it('on macOS leaves single keys out and undo in a text field to hidden standard items', () => {
    const template = buildMenuTemplate(nl, menuState({ platform: 'darwin' }))
    expect(item(template, 'black').accelerator).toBeUndefined()
    expect(item(template, 'timer').accelerator).toBeUndefined()
    expect(item(template, 'save-file')).toMatchObject({ accelerator: 'CmdOrCtrl+S' })
    expect(item(template, 'undo').accelerator).toBeUndefined()
    const hidden = flattenMenu(template).filter((entry) => entry.visible === false)
    expect(hidden.map((entry) => entry.role)).toEqual(['undo', 'redo'])
  })

  it('enables undo and redo only when the history allows', () => {
    const none = buildMenuTemplate(nl, menuState())
    expect(item(none, 'undo').enabled).toBe(false)
    expect(item(none, 'redo').enabled).toBe(false)
    const both = buildMenuTemplate(nl, menuState({ canUndo: true, canRedo: true }))
    expect(item(both, 'undo').enabled).toBe(true)
    expect(item(both, 'redo').enabled).toBe(true)
  })

  it('ticks the beamer state, the break and high contrast', () => {
    const plain = buildMenuTemplate(nl, menuState())
    for (const id of ['black', 'pause-screen', 'break', 'high-contrast']) {
      expect(item(plain, id)).toMatchObject({ type: 'checkbox', checked: false })
    }
    const busy = buildMenuTemplate(
      nl,
      menuState({ blackout: 'pause', breakRunning: true, highContrast: true }),
    )
    expect(item(busy, 'black').checked).toBe(false)
    expect(item(busy, 'pause-screen').checked).toBe(true)
    expect(item(busy, 'break').checked).toBe(true)
    expect(item(busy, 'high-contrast').checked).toBe(true)
    expect(item(busy, 'break').label).toBe('Pauze van 15 minuten')
  })

  it('offers the language as two radio items, the session language ticked', () => {
    const english = buildMenuTemplate(en, menuState({ locale: 'en' }))
    expect(item(english, 'language').submenu).toEqual([
      expect.objectContaining({ label: 'Nederlands', type: 'radio', checked: false }),
      expect.objectContaining({ label: 'English', type: 'radio', checked: true }),
    ])
    expect(item(english, 'locale-nl').action).toEqual({ kind: 'set-locale', locale: 'nl' })
  })

  it('greys out the text size at its limits and the steps at the ends of the programme', () => {
    const largest = buildMenuTemplate(nl, menuState({ fontScale: 1.5, canStepNext: false }))
    expect(item(largest, 'font-larger').enabled).toBe(false)
    expect(item(largest, 'font-smaller').enabled).toBe(true)
    expect(item(largest, 'next').enabled).toBe(false)
    const smallest = buildMenuTemplate(nl, menuState({ fontScale: 0.8, canStepPrevious: true }))
    expect(item(smallest, 'font-smaller').enabled).toBe(false)
    expect(item(smallest, 'previous').enabled).toBe(true)
  })

  it('offers fullscreen on this screen, or making the projector smaller when it covers it', () => {
    const beside = item(buildMenuTemplate(nl, menuState()), 'projector-fullscreen-here')
    expect(beside).toMatchObject({
      label: 'Beamer schermvullend op dit scherm',
      action: { kind: 'projector-fullscreen-here', on: true },
    })
    const covering = item(
      buildMenuTemplate(nl, menuState({ projectorCoversPresenter: true })),
      'projector-fullscreen-here',
    )
    expect(covering).toMatchObject({
      label: 'Beamer verkleinen',
      action: { kind: 'projector-fullscreen-here', on: false },
    })
  })

  it('offers reload and the developer tools only while developing', () => {
    const roles = (isDev: boolean) =>
      flattenMenu(buildMenuTemplate(nl, menuState({ isDev }))).map((entry) => entry.role)
    expect(roles(false)).not.toContain('reload')
    expect(roles(false)).not.toContain('toggleDevTools')
    expect(roles(true)).toContain('reload')
    expect(roles(true)).toContain('toggleDevTools')
  })

  it('has Sneltoetsen, Logbestanden openen and About in Help', () => {
    const help = buildMenuTemplate(nl, menuState()).at(-1)?.submenu ?? []
    expect(help.filter((entry) => entry.label).map((entry) => entry.action?.kind)).toEqual([
      'shortcuts',
      'open-logs',
      'about',
    ])
    expect(labels(help.filter((entry) => entry.label))).toEqual([
      'Sneltoetsen',
      'Logbestanden openen',
      "Over Dansende Dilemma's",
    ])
  })

  it('gives every item with an action a unique id, in both languages and on every platform', () => {
    for (const platform of ['win32', 'darwin', 'linux']) {
      for (const texts of [nl, en]) {
        const items = flattenMenu(
          buildMenuTemplate(texts, menuState({ platform, isDev: true, recentFiles: ['a', 'b'] })),
        )
        const ids = items.flatMap((entry) => (entry.id ? [entry.id] : []))
        expect(new Set(ids).size).toBe(ids.length)
        for (const entry of items) {
          if (entry.action) expect(entry.id).toBeDefined()
          if (entry.type !== 'separator') expect(entry.label, entry.role).toBeTruthy()
        }
      }
    }
  })
})
