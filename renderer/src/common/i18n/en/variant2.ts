import type nl from '../nl/variant2'

const en: typeof nl = {
  heading: 'Variant 2: four principles, four speakers',
  contributor: 'Brought in by {name}',
  anonymous: 'The contributor stays anonymous',
  noCurrent: 'No dilemma is on the floor yet.',
  startFirst: 'Start the first dilemma in the list',
  noQueued: 'No dilemmas are waiting. Add one to the list of dilemmas first.',
  otherVariant: 'This dilemma is discussed in variant 1 (everyone chooses a principle).',
  switchVariant: 'Discuss this dilemma in variant 2',
  principles: {
    heading: '1. Choose the four most important principles together',
    hint: 'The order in which you choose is the order of places 1 to 4.',
    full: 'Four principles are chosen. Deselect one first to choose another.',
    slot: 'Place {slot}',
    chosen: '{count} of 4 chosen',
  },
  speakers: {
    heading: '2. Four speakers',
    hint: 'Someone who already stands on another place swaps places.',
    slotLabel: 'Place {slot}: {principle}',
    slotWithoutPrinciple: 'Place {slot} (no principle yet)',
    nobody: '— nobody —',
    spoken: '{name} (has already spoken)',
    pick: 'Choose four who have not spoken yet',
    noneYet: 'No participants present yet. Add them under Participants.',
    fewer:
      'One participant is present. Four speakers need four people; fewer works too. | {count} participants are present. Four speakers need four people; fewer works too.',
  },
  proposal: {
    heading: 'Proposal: these speakers have not spoken yet (or least)',
    adopt: 'Take over',
    another: 'Another proposal',
  },
  rounds: {
    heading: '3. Switch principles',
    round: 'Round {round}',
    rotate: 'Switch principles',
    rotateHint: 'Everyone moves on one principle. This needs at least two principles.',
    history: 'Earlier rounds',
    empty: 'empty',
    observers: 'Observers',
    noObservers: 'Nobody observes this round.',
  },
  reflection: {
    heading: '4. Looking back',
    speakersHeading: 'The speakers',
    observersHeading: 'The observers',
    good: 'What went well',
    hard: 'What did you find hard',
    tops: 'Tops',
    tips: 'Tips',
  },
  projector: {
    round: 'Round {round}',
    nobody: 'nobody yet',
    choosing: 'The group chooses four principles',
    chosen: '{count} of 4 chosen',
    chosenMark: '✓ chosen',
  },
}

export default en
