import type nl from '../nl/harvest'

const en: typeof nl = {
  heading: 'Harvest',
  intro:
    'Write along while the group talks. During the harvest the common threads appear on the projector right away, unless you choose the tension map.',
  keysHint:
    'Enter: next item. Backspace in an empty item: remove it. Alt + arrow up or down: move it.',
  threads: {
    heading: 'Common threads',
    hint: 'What kept coming back, across dilemmas or people?',
    empty: 'No common threads yet.',
    add: 'New thread',
    itemLabel: 'Common thread {n}',
    placeholder: 'Type a common thread…',
  },
  insights: {
    heading: 'New insights',
    prompt: 'Have all perspectives been included?',
    promptSub: 'Who was not in the room? Whose interest have we not heard yet?',
    empty: 'No new insights yet.',
    add: 'New insight',
    itemLabel: 'Insight {n}',
    placeholder: 'Type an insight…',
  },
  item: {
    moveUp: 'Move {label} up',
    moveDown: 'Move {label} down',
    remove: 'Remove {label}',
    confirmRemove: 'Sure to remove?',
  },
  followUps: {
    heading: 'Follow-up',
    questionNext: 'What could a next session be about?',
    questionWho: 'Who prepares it, and when?',
    empty: 'No follow-ups yet.',
    add: 'Add follow-up',
    what: 'What',
    who: 'Who prepares it',
    due: 'When',
    actions: 'Actions',
    rowLabel: '{column}, follow-up {n}',
    whatPlaceholder: 'For example: a session on gifts',
    remove: 'Remove follow-up {n}',
    confirmRemove: 'Sure to remove?',
  },
  screen: {
    heading: 'On the projector',
    choice: 'What the projector shows during the harvest',
    threads: 'Common threads on the projector',
    tensionMap: 'Tension map on the projector',
    now: {
      threads: 'The projector now shows the common threads.',
      tensionMap: 'The projector now shows the tension map.',
    },
    later: {
      threads: 'Once the harvest starts, the projector shows the common threads.',
      tensionMap: 'Once the harvest starts, the projector shows the tension map.',
    },
    mapHeading: 'The tension map',
    most: {
      tension: 'Most often tension: {pairs} ({count}×)',
      common: 'Most often common ground: {pairs} ({count}×)',
    },
    dilemmas: 'Pairs marked for 1 dilemma. | Pairs marked for {n} dilemmas.',
    none: 'No pairs marked yet.',
  },
}

export default en
