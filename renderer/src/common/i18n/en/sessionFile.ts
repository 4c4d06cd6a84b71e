import type nl from '../nl/sessionFile'

const en: typeof nl = {
  heading: 'Session file',
  hint: 'Keep the whole session as one file (.dilemmas): prepare at your desk and open it in the meeting room.',
  open: 'Open…',
  save: 'Save',
  saveAs: 'Save as…',
  busy: 'Working…',
  current: 'Open file:',
  none: 'This session has not been saved as a file yet.',
  unsaved: 'unsaved changes',
  unsavedShort: 'not saved',
  allSaved: 'all saved',
  indicatorLabel: 'Session file:',
  recent: {
    heading: 'Recent files',
    none: 'No recent files yet.',
  },
  messages: {
    opened: 'Opened: {name}',
    migrated: 'This file came from an older version and has been updated.',
    saved: 'Saved: {name}',
    savedAs: 'Saved as {name}',
    notOpened: 'The file was not opened.',
    notOpenedNamed: '“{name}” was not opened.',
    notSaved: 'The session was not saved.',
    unchanged: 'The file has not been changed.',
  },
  problems: {
    unreadable: 'The file could not be read.',
    'too-large': 'The file is too large to be a session file.',
    'not-json': "This is not a Dansende Dilemma's session file (it is damaged or incomplete).",
    foreign: "This is not a Dansende Dilemma's session file but another kind of file.",
    corrupt: 'The session file is damaged: its contents are not right.',
    'newer-version':
      "This file was made with a newer version of Dansende Dilemma's. Update the app to open it.",
    missing: 'The file is gone: it was moved, renamed or deleted.',
    'write-failed':
      'The file could not be written. Your work is not lost: the session is also saved automatically. Try Save as… in another place.',
    timeout:
      'The folder did not answer within a few seconds; perhaps the network folder cannot be reached. The app no longer waits for it, and your work is not lost.',
    unexpected: 'Something went wrong. Your work is not lost; please try again.',
  },
}

export default en
