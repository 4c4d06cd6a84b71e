import type nl from '../nl/timers'

const en: typeof nl = {
  mood: {
    warning: '{minutes} min left',
    lastMinute: 'last minute',
    overtime: 'time is up',
  },
  status: {
    idle: 'Not started',
    running: 'Running',
    paused: 'Paused',
  },
  names: {
    phase: 'Phase',
    round: 'Round',
  },
  controls: {
    start: 'Start',
    resume: 'Resume',
    pause: 'Pause',
    reset: 'Reset',
    minus: '−1 min',
    plus: '+1 min',
    group: '{timer} controls',
  },
  phase: {
    heading: 'Phase timer',
    planned: '{title} · {minutes} min planned',
    notStarted: 'Start the programme: then each phase runs its own timer.',
  },
  round: {
    heading: 'Round timer',
    planned: 'Rounds of {minutes} min',
    hint: 'Rotating starts the round timer afresh.',
  },
  clock: {
    label: 'Session clock',
    notStarted: 'Not started yet · {planned} min planned',
    elapsed: '{elapsed} of {planned} min',
    behind: '{minutes} min behind schedule',
    ahead: '{minutes} min ahead of schedule',
    onTime: 'on schedule',
  },
  break: {
    heading: 'Break',
    minutesLabel: 'Break of (minutes)',
    startMinutes: 'Start break',
    untilLabel: 'Or until (time)',
    startUntil: 'Start break until then',
    invalidMinutes: 'Choose 1 to 120 minutes.',
    invalidUntil: 'Choose a time after now, within 2 hours.',
    runningUntil: 'Break until {time}',
    remaining: '{countdown} left',
    over: 'The break is over; the projector says you will continue shortly.',
    onProjector: 'The projector shows the break screen.',
    end: 'End break',
  },
  settings: {
    heading: 'Timers',
    roundMinutes: 'Length of a round (minutes)',
    roundInvalid: 'Choose 1 to 30 minutes.',
    warningMinutes: 'Warning in the last (minutes)',
    warningInvalid: 'Choose 0 to 15 minutes.',
    roundSound: 'Soft sound at the end of a round',
    pulse: 'Let the projector timer pulse gently',
    projectorTimer: 'Timer on the projector',
    projectorOptions: {
      hidden: 'Hidden',
      phase: 'Phase timer',
      round: 'Round timer',
    },
  },
  projector: {
    paused: 'paused',
    breakLabel: 'Break',
    continueAt: 'We continue at {time}',
    countdown: '{countdown} left',
    continueSoon: 'We will continue shortly',
  },
}

export default en
