import type nl from '../nl/team'

const en: typeof nl = {
  heading: 'Team overview',
  hint: "How the team is doing over several sessions, read from the session files in the team's shared folder.",
  empty: {
    title: 'No folder chosen yet',
    text: 'Choose the shared folder where the team keeps its session files. You then see which principles are chosen most, which tensions and common ground come back, the common threads and what became of the follow-ups.',
    readOnly: 'The app only reads the files; nothing in them changes.',
  },
  choose: 'Choose folder…',
  chooseOther: 'Choose another folder…',
  reading: 'Reading the folder…',
  folder: 'Folder: {name}',
  sessions: 'From one session | From {count} sessions',
  period: '{from} to {to}',
  noSessions:
    'This folder holds no session files the app could read. Choose the folder where the team keeps its sessions.',
  hidden:
    'The publication check replaced or left out {count} name or other personal detail in the titles, common threads and follow-ups. | The publication check replaced or left out {count} names or other personal details in the titles, common threads and follow-ups.',
  problems: {
    unreadable:
      'This folder could not be read. Perhaps the network folder cannot be reached or you may not look inside it. Try again or choose another folder.',
    unexpected: 'Something went wrong while reading the folder. Please try again.',
  },
  sessionList: {
    heading: 'Sessions',
    untitled: 'Untitled session',
    discussed: 'no dilemmas discussed | one dilemma discussed | {count} dilemmas discussed',
    mostChosen: 'chosen most after the conversation: {name}',
  },
  principles: {
    heading: 'Principles',
    hint: 'How many people stood at a principle, added up over all variant-1 dilemmas.',
    principle: 'Principle',
    first: 'First choice',
    after: 'After the conversation',
    none: 'Nothing was counted in these sessions yet.',
  },
  pairs: {
    heading: 'Tensions and common ground that come back',
    pair: '{a} ↔ {b}',
    sessions: 'in {count} sessions',
    none: 'No tension or common ground was marked in more than one session.',
  },
  threads: {
    heading: 'Common threads',
    none: 'No common threads were noted in these sessions.',
  },
  followUps: {
    heading: 'Follow-ups',
    hint: 'As the next session found them when looking back. When no later session looked back on them, they are still open.',
    agreed: 'Agreed on {date}',
    noWhat: 'No description',
    none: 'No follow-ups were agreed in these sessions.',
  },
  skipped: {
    heading: 'Not counted',
    hint: 'These files were skipped. They stay as they are.',
    reasons: {
      damaged: 'The file is damaged or incomplete.',
      foreign: "This is not a Dansende Dilemma's session file.",
      'newer-version': 'Made with a newer version of the app. Update the app to count it.',
      'too-large': 'The file is too large to read.',
    },
  },
  save: {
    heading: 'Save summary',
    hint: 'One page with this overview, in the report folder, like the report.',
    to: 'Report folder: {folder}',
    noFolder:
      'No report folder has been chosen yet: the summary then goes to the fallback folder on this computer. Choose the report folder under Report.',
    button: 'Save summary',
    busy: 'Saving…',
    none: 'Choose at least one format to save the summary.',
  },
  result: {
    saved: 'The summary is in {folder}:',
    fallback:
      'The summary is in the fallback folder on this computer, not in the network folder: {folder}',
    why: 'Why:',
    later: 'Save the summary again once the network folder can be reached.',
    open: 'Open folder',
    failedTitle: 'The summary was not saved',
    noFolder: 'No report folder has been chosen yet. Choose one under Report.',
  },
  failures: {
    'build-failed': 'The summary could not be made.',
    'write-failed': 'The summary could not be saved anywhere, not even in the fallback folder.',
    'no-overview': 'The overview is no longer available. Choose the folder again, then save.',
    unexpected: 'Something went wrong while saving the summary. Please try again.',
  },
}

export default en
