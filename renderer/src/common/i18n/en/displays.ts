import type nl from '../nl/displays'

const en: typeof nl = {
  heading: 'Displays',
  hint: 'Choose the display for the projector. The choice is remembered for next time.',
  loading: 'Looking up the displays…',
  listLabel: 'Connected displays',
  identify: 'Identify displays',
  identifying: 'Every display now shows its number…',
  identifyHint: 'Shows a large number on every display for three seconds.',
  unnamed: 'Display {number}',
  number: 'Display {number}',
  resolution: '{width} × {height}',
  badges: {
    primary: 'Main display',
    presenter: 'Presenter',
    projector: 'Projector',
  },
  moveHere: 'Move projector here',
  projectorHere: 'Projector is here',
  fullscreenHere: 'Projector fullscreen on this display',
  shrink: 'Shrink projector',
  shrinkHint: 'Go back with “Shrink projector” below, or with Esc in the projector window.',
  status: {
    fullscreen: 'The projector fills {display}.',
    window: 'The projector is a window on {display}.',
    hidden: 'The projector is hidden. Use “Show projector” at the top.',
    covering: 'The projector now covers the presenter’s display.',
  },
  single:
    'There is one display. The projector is a window beside the presenter and does not cover it unless you ask.',
  missingRemembered: 'The remembered display “{label}” is not connected.',
  missingRememberedUnnamed: 'The remembered display is not connected.',
  settingsReset:
    'The saved display choice could not be read. The file was moved aside, not deleted. Please choose the projector’s display again.',
}

export default en
