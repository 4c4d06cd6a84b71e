import type nl from '../nl/pairs'

const en: typeof nl = {
  heading: 'Tensions and common ground ({count})',
  hint: 'Pick two principles that pulled against each other or met in the conversation, then tension or common ground.',
  principles: 'Principles',
  onFloor: 'on the floor',
  pair: '{a} ↔ {b}',
  pickFirst: 'Pick a principle.',
  pickSecond: 'Pick a second principle with {name}.',
  kinds: 'Kind',
  kind: {
    tension: 'tension',
    common: 'common ground',
  },
  mark: {
    tension: 'Tension',
    common: 'Common ground',
  },
  alreadyMarked: 'already marked with {name}: {kind}',
  marked: 'Marked for this dilemma',
  none: 'No pairs marked for this dilemma yet.',
  toggleKind: '{pair}: {kind}. Make it {other}',
  remove: 'Remove {pair}',
}

export default en
