import type nl from '../nl/queue'

const en: typeof nl = {
  heading: 'Dilemmas',
  empty: 'No dilemmas yet. Add the first one below.',
  addHeading: 'Add a dilemma',
  title: 'Title',
  description: 'Description (optional)',
  contributor: 'Contributor (optional)',
  contributorHint: 'Leave empty to keep the contributor anonymous.',
  source: 'Source',
  sources: {
    prepared: 'Prepared',
    'on-the-spot': 'On the spot',
    'current-events': 'Current events',
    example: 'Example',
  },
  variant: 'Format',
  variants: {
    variant1: 'Variant 1: everyone picks a principle',
    variant2: 'Variant 2: four principles, four speakers',
  },
  variantShort: {
    variant1: 'Variant 1',
    variant2: 'Variant 2',
  },
  statuses: {
    queued: 'Planned',
    current: 'Current',
    discussed: 'Discussed',
    skipped: 'Skipped',
  },
  contributedBy: 'Brought in by {name}',
  anonymous: 'Brought in anonymously',
  add: 'Add',
  discussNow: 'Discuss now',
  markDiscussed: 'Mark as discussed',
  skip: 'Skip',
  requeue: 'Back in the queue',
  edit: 'Edit',
  save: 'Save',
  cancel: 'Cancel',
  remove: 'Remove',
  confirmRemove: 'Really remove?',
  moveUp: 'Up',
  moveDown: 'Down',
  dragHandle: 'Drag to move',
  position: 'Dilemma {position} of {total}',
  reorderHint: 'Drag a dilemma by its handle ⠿, or move it with Alt + arrow up or down.',
  paste: {
    open: 'Paste a list',
    label: 'Dilemmas, one per line',
    hint: 'From an e-mail or a form, for example. Each line becomes a dilemma with that title; add a description afterwards.',
    add: 'Add the list',
    nothing: 'The field is still empty.',
    added: 'No dilemma added. | 1 dilemma added. | {count} dilemmas added.',
    tooLong:
      '1 line is too long for a title and is still in the field. | {count} lines are too long for a title and are still in the field.',
  },
  examples: {
    heading: 'Example dilemmas',
    hint: 'For groups with little work experience. In our own words, not an official text.',
    add: 'Add',
    added: 'Already in the list',
  },
}

export default en
