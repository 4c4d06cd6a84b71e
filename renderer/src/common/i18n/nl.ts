import type { CommandErrorCode } from '@core/commands/schema'
import setup from './nl/setup'
import invitation from './nl/invitation'
import closing from './nl/closing'
import principles from './nl/principles'
import participants from './nl/participants'
import programme from './nl/programme'
import starter from './nl/starter'
import queue from './nl/queue'
import variant1 from './nl/variant1'
import variant2 from './nl/variant2'
import harvest from './nl/harvest'
import shell from './nl/shell'
import displays from './nl/displays'
import stage from './nl/stage'
import keys from './nl/keys'
import timers from './nl/timers'
import report from './nl/report'
import sessionFile from './nl/sessionFile'
import pairs from './nl/pairs'
import print from './nl/print'
import followUp from './nl/followUp'
import lookBack from './nl/lookBack'
import team from './nl/team'
import beamer from './nl/beamer'

export default {
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
    showProjector: 'Beamer tonen',
    projectorShows: 'Op de beamer',
    projectorWelcome: 'Welkomstscherm',
  },
  errors: {
    'invalid-command': 'Dat kon niet worden verwerkt: de invoer klopt niet.',
    'unknown-dilemma': 'Dat dilemma bestaat niet meer.',
    'unknown-principle': 'Dat principe bestaat niet meer.',
    'limit-reached': 'Het maximum aantal is bereikt.',
    'unknown-participant': 'Die deelnemer bestaat niet meer.',
    'unknown-phase': 'Dat programmaonderdeel bestaat niet meer.',
    'unknown-item': 'Dat punt bestaat niet meer.',
    'unknown-example': 'Dat voorbeelddilemma bestaat niet.',
    'low-contrast':
      'Die kleur is te licht: witte tekst is er niet goed op te lezen. Kies een donkerdere kleur.',
    'invalid-state': 'Dat kan nu niet.',
    'invalid-result':
      'Dat kan niet: daarna zou je sessie niet meer op te slaan en te openen zijn. Er is niets veranderd.',
    'nothing-to-undo': 'Er is niets om ongedaan te maken.',
    'nothing-to-redo': 'Er is niets om opnieuw te doen.',
    'not-allowed': 'Dat mag vanuit dit venster niet.',
    unexpected: 'Er ging iets mis. Je werk is bewaard; probeer het opnieuw.',
    dismiss: 'Sluiten',
    // Every code a refused command can bring has its text (the failure banner shows it).
  } satisfies Record<CommandErrorCode | 'unexpected' | 'dismiss', string>,
  notices: {
    'autosave-failed':
      'Automatisch opslaan is mislukt. Je werk staat veilig in het geheugen en de app probeert het opnieuw. Map: {folder}',
    'autosave-recovered': 'Automatisch opslaan werkt weer.',
    'beamer-failed':
      'Het beamerscherm kon niet worden geladen en is gesloten. Open het opnieuw om het nog eens te proberen.',
  },
}
