import { FONT_SCALE } from '../session/schema'
import { separator, type MenuItemSpec } from './menu-item'
import { pageKey } from './menu-keys'
import type { MenuState } from './menu-state'
import type { MenuTexts } from './menu-texts'

function projectorItems(texts: MenuTexts, state: MenuState): MenuItemSpec[] {
  const covers = state.projectorCoversPresenter
  return [
    { id: 'show-projector', label: texts.showProjector, action: { kind: 'show-projector' } },
    {
      id: 'projector-fullscreen-here',
      label: covers ? texts.projectorShrink : texts.projectorFullscreenHere,
      action: { kind: 'projector-fullscreen-here', on: !covers },
    },
    { id: 'identify-displays', label: texts.identify, action: { kind: 'identify-displays' } },
  ]
}

function beamerItems(texts: MenuTexts, state: MenuState): MenuItemSpec[] {
  return [
    {
      id: 'black',
      type: 'checkbox',
      label: texts.black,
      ...pageKey(state, 'B'),
      checked: state.blackout === 'black',
      action: { kind: 'black' },
    },
    {
      id: 'pause-screen',
      type: 'checkbox',
      label: texts.pauseScreen,
      ...pageKey(state, 'W'),
      checked: state.blackout === 'pause',
      action: { kind: 'pause-screen' },
    },
    {
      id: 'font-larger',
      label: texts.fontLarger,
      enabled: state.fontScale < FONT_SCALE.max,
      action: { kind: 'font-larger' },
    },
    {
      id: 'font-smaller',
      label: texts.fontSmaller,
      enabled: state.fontScale > FONT_SCALE.min,
      action: { kind: 'font-smaller' },
    },
    {
      id: 'high-contrast',
      type: 'checkbox',
      label: texts.highContrast,
      checked: state.highContrast,
      action: { kind: 'high-contrast' },
    },
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
      {
        id: 'shortcuts',
        label: texts.shortcuts,
        ...pageKey(state, 'F1'),
        action: { kind: 'shortcuts' },
      },
      separator,
      ...windowItems(texts, state),
    ],
  }
}
