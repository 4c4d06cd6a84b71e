import { LOCALES, type Locale } from '../session/schema'
import { MENU_BREAK_MINUTES } from './menu-actions'
import { actionItem, separator, type MenuItemSpec } from './menu-item'
import { isMac, pageKey } from './menu-keys'
import type { MenuState } from './menu-state'
import type { MenuTexts } from './menu-texts'
import { viewMenu } from './view-menu'

/** Each language in its own name, as language menus show them. */
const LANGUAGE_NAMES: Record<Locale, string> = { nl: 'Nederlands', en: 'English' }

/** The application menu on macOS: About, the services, hiding and quitting, as the platform has. */
function appMenu(texts: MenuTexts, state: MenuState): MenuItemSpec {
  return {
    id: 'menu-app',
    label: state.appName,
    submenu: [
      { role: 'about', label: texts.about(state.appName) },
      separator,
      { role: 'services', label: texts.services },
      separator,
      { role: 'hide', label: texts.hide(state.appName) },
      { role: 'hideOthers', label: texts.hideOthers },
      { role: 'unhide', label: texts.showAll },
      separator,
      { role: 'quit', label: texts.quit },
    ],
  }
}

function recentMenu(texts: MenuTexts, state: MenuState): MenuItemSpec {
  const files: MenuItemSpec[] = state.recentFiles.map((name, index) => ({
    id: `recent-${index}`,
    label: name,
    action: { kind: 'open-recent', index },
  }))
  return {
    id: 'recent',
    label: texts.recent,
    submenu:
      files.length > 0 ? files : [{ id: 'no-recent', label: texts.noRecent, enabled: false }],
  }
}

function fileMenu(texts: MenuTexts, state: MenuState): MenuItemSpec {
  return {
    id: 'menu-file',
    label: texts.file,
    submenu: [
      actionItem('new-session', texts.newSession, { accelerator: 'CmdOrCtrl+N' }),
      actionItem('open-file', texts.open, pageKey(state, 'CmdOrCtrl+O')),
      recentMenu(texts, state),
      separator,
      actionItem('save-file', texts.save, pageKey(state, 'CmdOrCtrl+S')),
      actionItem('save-file-as', texts.saveAs, pageKey(state, 'CmdOrCtrl+Shift+S')),
      separator,
      actionItem('open-print', texts.print),
      actionItem('open-report', texts.report),
      actionItem('open-team', texts.team),
      ...(isMac(state) ? [] : [separator, { role: 'quit', label: texts.quit } as const]),
    ],
  }
}

/**
 * Undo and redo are the session's, kept in main. On Windows and Linux the keys are left to the
 * page (which leaves them to a text field being typed in). macOS sends Cmd+Z to the menu when
 * the page leaves it alone, i.e. while typing: hidden standard items take it there, so a field
 * keeps its own undo; the visible items carry no key, so they never take it from the field.
 */
function undoItems(texts: MenuTexts, state: MenuState): MenuItemSpec[] {
  const undo = actionItem('undo', texts.undo, { enabled: state.canUndo })
  const redo = actionItem('redo', texts.redo, { enabled: state.canRedo })
  if (!isMac(state)) {
    return [
      { ...undo, ...pageKey(state, 'CmdOrCtrl+Z') },
      { ...redo, ...pageKey(state, 'CmdOrCtrl+Y') },
    ]
  }
  return [
    undo,
    redo,
    { role: 'undo', label: texts.undo, visible: false },
    { role: 'redo', label: texts.redo, visible: false },
  ]
}

function editMenu(texts: MenuTexts, state: MenuState): MenuItemSpec {
  return {
    id: 'menu-edit',
    label: texts.edit,
    submenu: [
      ...undoItems(texts, state),
      separator,
      { role: 'cut', label: texts.cut },
      { role: 'copy', label: texts.copy },
      { role: 'paste', label: texts.paste },
      { role: 'selectAll', label: texts.selectAll },
    ],
  }
}

function sessionMenu(texts: MenuTexts, state: MenuState): MenuItemSpec {
  return {
    id: 'menu-session',
    label: texts.session,
    submenu: [
      actionItem('start', texts.start, pageKey(state, 'F5')),
      actionItem('next', texts.next, {
        ...pageKey(state, 'PageDown'),
        enabled: state.canStepNext,
      }),
      actionItem('previous', texts.previous, {
        ...pageKey(state, 'PageUp'),
        enabled: state.canStepPrevious,
      }),
      separator,
      actionItem('timer', texts.timer, pageKey(state, 'Space')),
      actionItem('break', texts.breakFor(MENU_BREAK_MINUTES), {
        type: 'checkbox',
        checked: state.breakRunning,
      }),
      separator,
      actionItem('template', texts.template),
      separator,
      {
        id: 'language',
        label: texts.language,
        submenu: LOCALES.map((locale) => ({
          id: `locale-${locale}`,
          type: 'radio',
          label: LANGUAGE_NAMES[locale],
          checked: state.locale === locale,
          action: { kind: 'set-locale', locale },
        })),
      },
    ],
  }
}

function helpMenu(texts: MenuTexts, state: MenuState): MenuItemSpec {
  return {
    id: 'menu-help',
    label: texts.help,
    ...(isMac(state) ? { role: 'help' as const } : {}),
    submenu: [
      { id: 'shortcuts-help', label: texts.shortcuts, action: { kind: 'shortcuts' } },
      actionItem('open-logs', texts.openLogs),
      separator,
      actionItem('about', texts.about(state.appName)),
    ],
  }
}

/**
 * The whole application menu for a moment's state, as data: main turns it into Electron's
 * menu and connects each item's action. Bestand, Bewerken, Beeld, Sessie and Help (with the
 * application menu and Venster in front and behind on macOS, where the platform expects them).
 */
export function buildMenuTemplate(texts: MenuTexts, state: MenuState): MenuItemSpec[] {
  const mac = isMac(state)
  return [
    ...(mac ? [appMenu(texts, state)] : []),
    fileMenu(texts, state),
    editMenu(texts, state),
    viewMenu(texts, state),
    sessionMenu(texts, state),
    ...(mac ? [{ id: 'menu-window', role: 'windowMenu', label: texts.window } as const] : []),
    helpMenu(texts, state),
  ]
}
