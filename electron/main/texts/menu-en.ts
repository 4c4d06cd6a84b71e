import type { MenuTexts } from '../../core/menu/menu-texts'
import type { MenuDialogTexts } from './menu-nl'

export const menuEn: MenuTexts = {
  file: 'File',
  newSession: 'New session…',
  open: 'Open…',
  recent: 'Recent files',
  noRecent: 'No recent files',
  save: 'Save',
  saveAs: 'Save as…',
  print: 'Printed matter…',
  report: 'Report…',
  team: 'Team overview…',
  quit: 'Quit',

  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select all',

  view: 'View',
  showProjector: 'Show projector',
  projectorFullscreenHere: 'Projector fullscreen on this screen',
  projectorShrink: 'Make the projector smaller',
  black: 'Beamer to black',
  pauseScreen: 'Pause screen',
  fontLarger: 'Larger text on the beamer',
  fontSmaller: 'Smaller text on the beamer',
  highContrast: 'High contrast on the beamer',
  identify: 'Identify screens',
  shortcuts: 'Keyboard shortcuts',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  resetZoom: 'Actual size',
  fullscreen: 'Full screen',
  reload: 'Reload',
  devTools: 'Developer tools',

  session: 'Session',
  start: 'Start presenting',
  next: 'Next step',
  previous: 'Previous step',
  timer: 'Start/pause timer',
  breakFor: (minutes) => `Break of ${minutes} minutes`,
  template: 'Session as template…',
  language: 'Language',

  window: 'Window',
  help: 'Help',
  openLogs: 'Open log files',
  about: (appName) => `About ${appName}`,
  hide: (appName) => `Hide ${appName}`,
  hideOthers: 'Hide others',
  showAll: 'Show all',
  services: 'Services',
}

export const menuDialogsEn: MenuDialogTexts = {
  aboutDescription:
    "A presenter for facilitators of the workshop Dansende Dilemma's about civil-service craftsmanship.",
  aboutVersion: (version: string) => `Version ${version}`,
  aboutOffline: 'No internet connection, no telemetry.',
  newSessionMessage: 'Start a new session?',
  newSessionDetail:
    'Starts afresh with the default programme and principles. Changed your mind? Undo ' +
    '(Ctrl+Z) brings the current session back.',
  newSessionButton: 'New session',
  templateMessage: 'Use this session as the template for the next group?',
  templateDetail:
    'Kept: the set-up, the principles, the programme and your notes. Starting empty: the date, ' +
    'the participants, the dilemmas and the harvest. Undo (Ctrl+Z) brings it all back.',
  templateButton: 'Use as template',
  cancelButton: 'Cancel',
  logsFailedMessage: 'The folder with the log files could not be opened.',
}
