import type nl from '../nl/participants'

const en: typeof nl = {
  heading: 'Participants',
  privacy: 'Names stay on this laptop. They only appear in the report if you choose so.',
  pasteLabel: 'Add names',
  pasteHint:
    'Paste or type a list. Separate names with commas, semicolons, tabs or new lines. Ctrl+Enter adds them.',
  pastePlaceholder: 'Anna, Bram, Cees…',
  add: 'Add',
  added: 'No new names added. | 1 name added. | {count} names added.',
  alreadyThere: '1 was already there. | {count} were already there.',
  tooLong:
    '1 name is longer than {max} characters and is still in the field. | {count} names are longer than {max} characters and are still in the field.',
  nothingToAdd: 'There are no names in the field.',
  counter: '{present} present of {total}',
  empty: 'No participants yet. Paste the names of the group above.',
  tooMany:
    '{present} people are present. The workshop works best with at most {max} participants: consider two groups, or let some of them observe.',
  present: 'Present',
  spoken: 'has spoken',
  spokenHint:
    'In variant 2 four new participants speak for each dilemma; those who already spoke are marked.',
  rename: 'Rename',
  renameFor: 'Rename {name}',
  nameLabel: 'Name',
  save: 'Save',
  cancel: 'Cancel',
  remove: 'Remove',
  removeFor: 'Remove {name}',
  confirmRemove: 'Sure to remove?',
  confirmRemoveFor: 'Sure to remove {name}?',
  listLabel: 'List of participants',
}

export default en
