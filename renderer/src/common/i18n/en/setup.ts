import type nl from '../nl/setup'

const en: typeof nl = {
  heading: 'Session set-up',
  hint: 'Everything you fill in here is saved at once. The title also appears on the welcome screen.',
  title: 'Session title',
  titlePlaceholder: 'For example: Dancing Dilemmas with the permits team',
  date: 'Date',
  startTime: 'Start time',
  location: 'Location',
  locationPlaceholder: 'Room, building or address',
  team: 'Team or department',
  moreInfo: 'More information',
  moreInfoHint: 'Shown as plain text on the closing screen, for example a website.',
  facilitators: {
    legend: 'Facilitators',
    empty: 'No facilitators added yet.',
    name: 'Facilitator’s name',
    add: 'Add',
    full: 'The list holds at most {max} facilitators.',
    remove: 'Remove',
    removeFor: 'Remove {name}',
    confirmRemove: 'Sure to remove?',
    confirmRemoveFor: 'Sure to remove {name}?',
  },
  variant: {
    legend: 'Casework format',
    variant1: 'Variant 1',
    variant1Hint: 'For each dilemma everyone picks a principle, stands on its mat and says why.',
    variant2: 'Variant 2',
    variant2Hint:
      'The group picks four principles; four participants discuss the dilemma, each from one principle, while the others observe.',
    both: 'Both',
    bothHint: 'You switch between variant 1 and variant 2 per dilemma.',
  },
  length: {
    label: 'Planned length (minutes)',
    asHours: 'That is {duration}.',
    short: 'Shorter than an hour and a half: little time is left for the dilemmas.',
    long: 'Longer than two and a half hours: plan a break and mind the fatigue.',
    invalid: 'Enter a whole number of minutes between {min} and {max}.',
    hours: '{hours} hour | {hours} hours',
    hoursAndMinutes: '{hours} h {minutes} min',
  },
  actions: {
    heading: 'Session',
    newSession: 'New session',
    confirmNewSession: 'Sure: new session?',
    newSessionHint:
      'Starts afresh with the default programme and principles. Changed your mind? Ctrl+Z (undo) brings the current session back.',
    newSessionDone: 'New session started. Ctrl+Z brings the previous one back.',
    template: 'Use as template for the next group',
    confirmTemplate: 'Sure: use as template?',
    templateHint:
      'Kept: the set-up, the principles, the programme and your notes. Starting empty: the date, the participants, the dilemmas and the harvest. Ctrl+Z undoes it all.',
    templateDone: 'Ready for the next group. Ctrl+Z brings the previous session back.',
  },
}

export default en
