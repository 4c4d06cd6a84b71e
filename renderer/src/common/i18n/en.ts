import type nl from './nl'
import setup from './en/setup'
import invitation from './en/invitation'
import closing from './en/closing'
import principles from './en/principles'
import participants from './en/participants'
import programme from './en/programme'
import starter from './en/starter'
import queue from './en/queue'
import variant1 from './en/variant1'
import variant2 from './en/variant2'
import harvest from './en/harvest'
import shell from './en/shell'
import displays from './en/displays'
import stage from './en/stage'
import keys from './en/keys'
import timers from './en/timers'
import report from './en/report'
import sessionFile from './en/sessionFile'
import pairs from './en/pairs'
import print from './en/print'
import followUp from './en/followUp'
import lookBack from './en/lookBack'
import team from './en/team'
import beamer from './en/beamer'

const en: typeof nl = {
  setup,
  invitation,
  closing: { ...closing, ...beamer.closing },
  principles: { ...principles, ...beamer.principles },
  participants,
  programme,
  starter: { ...starter, ...beamer.starter },
  queue,
  variant1: { ...variant1, ...beamer.variant1 },
  variant2: { ...variant2, ...beamer.variant2 },
  harvest: { ...harvest, ...beamer.harvest },
  shell,
  displays,
  stage: { ...stage, ...beamer.stage },
  keys: { ...keys, ...beamer.keys },
  timers: { ...timers, ...beamer.timers },
  report,
  sessionFile,
  pairs,
  print,
  followUp,
  lookBack: { ...lookBack, ...beamer.lookBack },
  team,
  app: beamer.app,
  projector: beamer.projector,
  presenter: {
    showProjector: 'Show projector',
    projectorShows: 'On the projector',
    projectorWelcome: 'Welcome screen',
  },
  errors: {
    'invalid-command': 'That could not be processed: the input is not valid.',
    'unknown-dilemma': 'That dilemma no longer exists.',
    'unknown-principle': 'That principle no longer exists.',
    'limit-reached': 'The maximum has been reached.',
    'unknown-participant': 'That participant no longer exists.',
    'unknown-phase': 'That part of the programme no longer exists.',
    'unknown-item': 'That item no longer exists.',
    'unknown-example': 'That example dilemma does not exist.',
    'low-contrast':
      'That colour is too light: white text is hard to read on it. Choose a darker one.',
    'invalid-state': 'That is not possible right now.',
    'invalid-result':
      'That is not possible: your session could no longer be saved and opened afterwards. Nothing has changed.',
    'nothing-to-undo': 'There is nothing to undo.',
    'nothing-to-redo': 'There is nothing to redo.',
    'not-allowed': 'That is not allowed from this window.',
    unexpected: 'Something went wrong. Your work is kept; please try again.',
    dismiss: 'Close',
  },
  notices: {
    'autosave-failed':
      'Saving automatically failed. Your work is safe in memory and the app keeps trying. Folder: {folder}',
    'autosave-recovered': 'Saving automatically works again.',
    'beamer-failed':
      'The beamer screen could not be loaded and was closed. Open it again to try once more.',
  },
}

export default en
