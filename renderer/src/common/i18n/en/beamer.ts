import type nl from '../nl/beamer'

const en: typeof nl = {
  app: {
    name: "Dansende Dilemma's",
    subtitle: 'Civil-service craftsmanship',
    loading: 'Loading session…',
    missingApi: "This window must be opened by Dansende Dilemma's.",
    unreachable:
      "This window cannot get the session from Dansende Dilemma's. Close the window; your session is saved safely.",
  },
  projector: {
    currentDilemma: 'Dilemma',
    welcomeLine: 'Welcome! We will start shortly.',
    welcomeStarted: 'Welcome, good to have you here!',
    welcomeFacilitators: 'Your facilitator today: {names} | Your facilitators today: {names}',
  },
  closing: {
    projector: {
      heading: 'Thank you for your contributions and openness',
      report: 'You will receive a short report of this session.',
      moreInfo: 'More information:',
    },
  },
  harvest: {
    projector: {
      heading: 'Common threads',
      empty: 'What strikes you? We are collecting the common threads.',
      more: '… and {count} more thread | … and {count} more threads',
    },
  },
  keys: {
    projector: {
      pause: 'A short break',
    },
  },
  lookBack: {
    projector: {
      heading: 'Looking back',
      from: 'Follow-ups from {date}',
      fromTitle: 'Follow-ups from “{title}”',
      fromUnknown: 'Follow-ups from the previous session',
      empty: 'There are no follow-ups on the list.',
      more: 'and {count} more follow-up | and {count} more follow-ups',
    },
    states: {
      open: 'open',
      done: 'done',
      'in-progress': 'in progress',
      dropped: 'dropped',
    },
  },
  principles: {
    overview: {
      explanation: 'The principles of civil-service craftsmanship',
      casework: 'Casework — which principle do you choose?',
    },
  },
  stage: {
    tensionMap: {
      heading: 'Tension map',
      dilemmas: 'from {count} dilemma | from {count} dilemmas',
      tension: 'Tension: top right',
      common: 'Common ground: bottom left',
      principle: '{number}. {name}',
      cell: {
        tension: 'tension: {count}',
        common: 'common ground: {count}',
      },
      empty: 'No tensions or common ground marked yet.',
    },
    roundNotes: {
      heading: 'Round\u00a0{round} — tops\u00a0and\u00a0tips',
      tops: 'Tops',
      tips: 'Tips',
      empty: 'nothing yet',
    },
  },
  starter: {
    projectorTitle: 'Line-up',
    projectorPrompt: 'Choose your place on the line',
  },
  timers: {
    mood: {
      warning: '{minutes} min left',
      lastMinute: 'last minute',
      overtime: 'time is up',
    },
    names: {
      phase: 'Phase',
      round: 'Round',
    },
    projector: {
      paused: 'paused',
      breakLabel: 'Break',
      continueAt: 'We continue at {time}',
      countdown: '{countdown} left',
      continueSoon: 'We will continue shortly',
    },
  },
  variant1: {
    projector: {
      total: 'Nobody has chosen yet | 1 person chose | {n} people chose',
      unpicked: 'Nobody yet at: {names}',
      waiting: 'Everyone standing? Then we count.',
      moved: 'Nobody moved | At least 1 moved | At least {n} moved',
    },
    moments: {
      first: 'First choice',
      after: 'After the conversation',
    },
  },
  variant2: {
    projector: {
      round: 'Round {round}',
      nobody: 'nobody yet',
      choosing: 'The group chooses four principles',
      chosen: '{count} of 4 chosen',
      chosenMark: '✓ chosen',
    },
  },
}

export default en
