import type nl from '../nl/closing'

const en: typeof nl = {
  heading: 'Closing',
  hint: 'The closing screen is on the projector as soon as the programme reaches the closing.',
  moreInfo: 'More information',
  moreInfoHint: 'Shown as plain text on the closing screen, for example a website.',
  remindersHeading: 'Remember',
  reminders: {
    thanks: 'Thank everyone for their contributions and their openness.',
    report: 'Say that a written feedback report will follow, also for those who could not be here.',
    followUp: 'Name the follow-ups: what do we take up, and who prepares it?',
    moreInfo: 'Point out where everyone can read more.',
  },
  previewHeading: 'What the projector shows at the close',
}

export default en
