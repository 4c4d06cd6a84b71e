import type nl from '../nl/shell'

const en: typeof nl = {
  sections: {
    label: 'Sections',
    session: 'Session',
    principles: 'Principles',
    participants: 'Participants',
    programme: 'Programme',
    starter: 'Starter',
    dilemmas: 'Dilemmas',
    casework: 'Casework',
    harvest: 'Harvest',
    closing: 'Closing',
    report: 'Report',
    print: 'Print',
    team: 'Team overview',
    displays: 'Beamer',
  },
  undo: 'Undo',
  redo: 'Redo',
  undoHint: 'Ctrl+Z',
  redoHint: 'Ctrl+Shift+Z or Ctrl+Y',
  language: 'Language',
  untitled: 'Untitled session',
  screens: {
    welcome: 'Welcome screen',
    principle: 'Principle: {name}',
    lineup: 'Line-up',
    principles: 'All principles',
    tally: 'Tally',
    speakers: 'Four principles, four speakers',
    harvest: 'Common threads',
    closing: 'Closing',
    'phase-title': 'Title: {title}',
    break: 'Break countdown',
    black: 'Black screen',
    pause: 'Pause screen',
    'round-notes': 'Tops and tips: round {round}',
    'tension-map': 'Tension map',
    'look-back': 'Looking back',
  },
  casework: {
    showPrinciple: 'Show one principle large',
  },
}

export default en
