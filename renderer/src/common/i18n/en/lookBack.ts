import type nl from '../nl/lookBack'

const en: typeof nl = {
  card: {
    heading: 'Looking back',
    hint: 'The follow-ups of the previous session. Go through them together and mark how each stands.',
    from: 'From the session of {date}',
    fromTitle: 'From “{title}”',
    fromUnknown: 'From the previous session',
    who: 'Who: {who}',
    due: 'When: {due}',
    noWhat: 'No description',
    stateLabel: 'How does “{what}” stand?',
    stateLabelNumbered: 'How does follow-up {n} stand?',
    show: 'On the projector',
    showHint:
      'The projector shows the list during the welcome; it goes away by itself at the next part.',
    shownNow: 'The projector now shows the look back.',
    shownAfter: 'The welcome is over: the projector shows the current part.',
  },
  states: {
    open: 'open',
    done: 'done',
    'in-progress': 'in progress',
    dropped: 'dropped',
  },
  projector: {
    heading: 'Looking back',
    from: 'Follow-ups from {date}',
    fromTitle: 'Follow-ups from “{title}”',
    fromUnknown: 'Follow-ups from the previous session',
    empty: 'There are no follow-ups on the list.',
    more: 'and {count} more follow-up | and {count} more follow-ups',
  },
}

export default en
