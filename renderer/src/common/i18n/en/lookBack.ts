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
}

export default en
