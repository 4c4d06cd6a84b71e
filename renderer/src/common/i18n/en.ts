import type nl from './nl'

const en: typeof nl = {
  app: {
    name: "Dansende Dilemma's",
    subtitle: 'Civil-service craftsmanship',
    loading: 'Loading session…',
    missingApi: "This window must be opened by Dansende Dilemma's.",
  },
  presenter: {
    showProjector: 'Show projector',
    projectorShows: 'On the projector',
    projectorWelcome: 'Welcome screen',
  },
  queue: {
    heading: 'Dilemmas',
    empty: 'No dilemmas yet. Add the first one below.',
    addHeading: 'Add a dilemma',
    title: 'Title',
    description: 'Description (optional)',
    add: 'Add',
    current: 'Current',
    makeCurrent: 'Make current',
    stopCurrent: 'No longer current',
    edit: 'Edit',
    save: 'Save',
    cancel: 'Cancel',
    remove: 'Remove',
    confirmRemove: 'Really remove?',
    moveUp: 'Up',
    moveDown: 'Down',
    position: 'Dilemma {position} of {total}',
    reorderHint: 'Alt + arrow up or down moves the dilemma.',
  },
  principles: {
    heading: 'Principles',
    hint: 'Click a principle to show it large on the projector.',
    showWelcome: 'Show welcome screen',
    shown: 'On the projector',
  },
  projector: {
    currentDilemma: 'Dilemma',
    welcomeLine: 'Welcome! We will start shortly.',
  },
  errors: {
    'invalid-command': 'That could not be processed: the input is not valid.',
    'unknown-dilemma': 'That dilemma no longer exists.',
    'unknown-principle': 'That principle no longer exists.',
    'limit-reached': 'The maximum has been reached.',
    'not-allowed': 'That is not allowed from this window.',
    unexpected: 'Something went wrong. Your work is kept; please try again.',
    dismiss: 'Close',
  },
  notices: {
    'autosave-failed':
      'Saving automatically failed. Your work is safe in memory and the app keeps trying. Folder: {folder}',
    'autosave-recovered': 'Saving automatically works again.',
  },
}

export default en
