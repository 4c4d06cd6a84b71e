import type nl from '../nl/timers'

const en: typeof nl = {
  status: {
    idle: 'Not started',
    running: 'Running',
    paused: 'Paused',
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
  pace: {
    label: 'Pace of the casework',
    early:
      'At this pace the dilemma still waiting fits, with time to spare: the harvest can start at {at}, {minutes} min earlier than planned. | At this pace all {queued} dilemmas still fit, with time to spare: the harvest can start at {at}, {minutes} min earlier than planned.',
    onTime:
      'At this pace the dilemma still waiting fits; the harvest then starts on time, at {due}. | At this pace all {queued} dilemmas still fit; the harvest then starts on time, at {due}.',
    late: 'At this pace none of the {queued} fits any more; the harvest then starts at {due}. | At this pace 1 of the {queued} still fits; the harvest then starts at {due}. | At this pace {fits} of the {queued} still fit; the harvest then starts at {due}.',
    lateAll:
      'If you discuss it anyway, the harvest starts at {at}. | If you discuss all {queued}, the harvest starts at {at}.',
    noneLeft: 'No dilemmas are waiting. The harvest is planned at {due}.',
    noHarvest:
      'No harvest follows the casework in the programme, so there is no time to work towards.',
    harvestStarted: 'The harvest has already started.',
    planned: 'No dilemma discussed yet: estimated from the plan, {minutes} min per dilemma.',
    measured: 'So far about {minutes} min per dilemma.',
    shorten: 'Shorten rounds to {minutes} min',
    shortenHint:
      'Variant 2: sets the round length from {from} to {to} min. Then they all fit again.',
    shortenNotEnough:
      'Variant 2: sets the round length from {from} to {to} min, the shortest round. Even then not all of them fit.',
    shortenDone:
      'Rounds are shortened to {minutes} min. The pace above is still that of the earlier dilemmas.',
    shortest: 'Rounds are already as short as they can be ({minutes} min).',
    followUp: 'Move the rest to a follow-up',
    followUpHint:
      'Adds what does not fit to the follow-ups, as material for a next session: {titles}. The dilemma stays in the list. | Adds what does not fit to the follow-ups, as material for a next session: {titles}. The dilemmas stay in the list.',
    followUpDone: 'Listed among the follow-ups.',
    followUpWhat: 'To discuss in a next session: {titles}',
  },
}

export default en
