import type nl from '../nl/variant1'

const en: typeof nl = {
  heading: 'Variant 1: everyone picks a principle',
  contributedBy: 'Brought in by {name}',
  anonymous: 'Brought in anonymously',
  noCurrent: 'No dilemma is being discussed right now.',
  nextUp: 'Next in the queue:',
  startNext: 'Discuss this dilemma now',
  queueEmpty: 'The queue is empty. Add a dilemma first.',
  otherVariant: 'The current dilemma is discussed in variant 2.',
  tallyHeading: 'Who stands where?',
  minus: 'One less on {name}',
  plus: 'One more on {name}',
  count: '{count} on {name}',
  total:
    'Nobody stands on a principle yet | 1 person stands on a principle | {n} people stand on a principle',
  keysHint:
    'Keys: 1 to 9 adds one person to that principle, Shift + number removes one. Not while typing in a field.',
  reset: 'Clear the count',
  confirmReset: 'Really clear?',
  showBig: 'Show large',
  backToTally: 'Back to the count',
  notesHeading: 'Conversation',
  tippingPoint: 'What tipped the balance?',
  tensions: 'Tension or common ground with other principles',
  momentLegend: 'Which count',
  momentHint:
    'First everyone’s first choice, before the conversation. After it you count again, starting from the first choice: whoever moves, you count at their new principle.',
  reveal: 'Reveal',
  revealHint: 'Enter reveals the count on the beamer.',
  hideAgain: 'Hide again',
  hiddenOnBeamer: 'On the beamer: “Everyone standing? Then we count.” The bars come after Reveal.',
  shownOnBeamer: 'The count is on the beamer.',
  hideSetting: {
    first: 'First choice on the beamer only after Reveal',
    after: 'Count after the conversation on the beamer only after Reveal',
  },
  movement: 'Nobody moved | At least 1 person moved: {moves} | At least {n} people moved: {moves}',
  move: '{count} from {from} to {to}',
}

export default en
