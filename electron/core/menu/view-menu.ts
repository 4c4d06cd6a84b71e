import { FONT_SCALE } from '../session/schema'
import { actionItem, separator, type MenuItemSpec } from './menu-item'
import { pageKey } from './menu-keys'
import type { MenuState } from './menu-state'
import type { MenuTexts } from './menu-texts'

function projectorItems(texts: MenuTexts, state: MenuState): MenuItemSpec[] {
  const covers = state.projectorCoversPresenter
  return [
    actionItem('show-projector', texts.showProjector),
    {
      id: 'projector-fullscreen-here',
      label: covers ? texts.projectorShrink : texts.projectorFullscreenHere,
      action: { kind: 'projector-fullscreen-here', on: !covers },
    },
    actionItem('identify-displays', texts.identify),
  ]
}

function beamerItems(texts: MenuTexts, state: MenuState): MenuItemSpec[] {
  return [
    actionItem('black', texts.black, {
      type: 'checkbox',
      ...pageKey(state, 'B'),
      checked: state.blackout === 'black',
    }),
    actionItem('pause-screen', texts.pauseScreen, {
      type: 'checkbox',
      ...pageKey(state, 'W'),
      checked: state.blackout === 'pause',
    }),
    actionItem('font-larger', texts.fontLarger, { enabled: state.fontScale < FONT_SCALE.max }),
    actionItem('font-smaller', texts.fontSmaller, { enabled: state.fontScale > FONT_SCALE.min }),
    actionItem('high-contrast', texts.highContrast, {
      type: 'checkbox',
      checked: state.highContrast,
    }),
  ]
}

/** The presenter window itself: zoom and fullscreen, and while developing reload and devtools. */
function windowItems(texts: MenuTexts, state: MenuState): MenuItemSpec[] {
  const development: MenuItemSpec[] = state.isDev
    ? [
        separator,
        { role: 'reload', label: texts.reload },
        { role: 'toggleDevTools', label: texts.devTools },
      ]
    : []
  return [
    { role: 'zoomIn', label: texts.zoomIn },
    { role: 'zoomOut', label: texts.zoomOut },
    { role: 'resetZoom', label: texts.resetZoom },
    separator,
    { role: 'togglefullscreen', label: texts.fullscreen },
    ...development,
  ]
}

export function viewMenu(texts: MenuTexts, state: MenuState): MenuItemSpec {
  return {
    id: 'menu-view',
    label: texts.view,
    submenu: [
      ...projectorItems(texts, state),
      separator,
      ...beamerItems(texts, state),
      separator,
      actionItem('shortcuts', texts.shortcuts, pageKey(state, 'F1')),
      separator,
      ...windowItems(texts, state),
    ],
  }
}
