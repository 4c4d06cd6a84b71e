import type nl from '../nl/report'

const en: typeof nl = {
  heading: 'Report',
  hint: "The feedback on this session, for those who were there and for those who couldn't be. The report goes onto the team's shared drive.",
  privacy: {
    legend: 'Names in the report',
    includeNames: 'Include participants’ names',
    includeContributors: 'Name who brought in each dilemma',
    includeOpenDilemmas: 'List the dilemmas not discussed by title',
    hint: 'The report goes into a shared folder. Unticked, it holds no names of participants or contributors (only the number of participants), and only the number of dilemmas not discussed. What you type yourself (common threads, follow-ups and who prepares them, notes on a dilemma) goes in as you wrote it: check it for names.',
  },
  formats: {
    legend: 'File formats',
    pdf: 'PDF',
    docx: 'Word (.docx)',
    html: 'Web page',
    md: 'Markdown',
    none: 'Choose at least one format to save the report.',
  },
  folder: {
    legend: 'Report folder',
    none: 'No folder chosen yet',
    choose: 'Choose folder…',
    change: 'Choose another folder…',
    hint: "A folder on the team's shared drive. The app remembers it.",
    fallback:
      'If the network folder fails, the report goes to the fallback folder on this computer: {folder}',
    unavailable: 'The folder details could not be read.',
  },
  save: {
    button: 'Save report',
    busy: 'Saving…',
  },
  progress: {
    label: 'Progress',
    starting: 'Preparing the report…',
    building: 'Making the {format}…',
    buildingAll: 'Making the report…',
    writing: 'Saving to the network folder… {done} of {total}',
    verifying: 'Checking that everything was saved… {done} of {total}',
    fallback: 'The network folder fails; saving to the fallback folder… {done} of {total}',
    done: 'Done.',
  },
  formatNames: {
    pdf: 'PDF',
    docx: 'Word file',
    html: 'web page',
    md: 'Markdown file',
  },
  result: {
    saved: 'Saved in {folder}:',
    retried: 'The reports from the fallback folder are now in the network folder {folder}:',
    fallbackTitle: 'The report is in the fallback folder, not in the network folder',
    retryFallbackTitle: 'Trying again did not work yet',
    why: 'Why:',
    where: 'It is safe on this computer, in {folder}:',
    retry: 'Try the network folder again',
    retrying: 'Trying again…',
    openShared: 'Open folder',
    openFallback: 'Open folder',
    failedTitle: 'The report was not saved',
    nothingLost:
      'Nothing is lost: the session itself is saved automatically, so you can make the report again later.',
    tryAgain:
      'Try again in a moment. If that does not help, choose another report folder or save only the web page.',
    nothingPending: 'No reports are waiting in the fallback folder any more.',
  },
  failures: {
    'build-failed': 'The report could not be made.',
    'write-failed': 'The report could not be saved anywhere, not even in the fallback folder.',
    unexpected: 'Something went wrong while saving the report.',
  },
  reasons: {
    'no-folder': 'No report folder has been chosen yet. Choose one above and try again.',
    unreachable:
      'The network folder cannot be reached. Perhaps there is no connection to the network or the VPN.',
    'no-permission': 'You are not allowed to write in the network folder.',
    'read-only': 'The network folder is read-only: nothing can be saved in it.',
    'disk-full': 'The network folder is full.',
    busy: 'The network folder was busy: perhaps a file is open in another program, or the virus scanner is checking it.',
    timeout: 'The network folder did not answer within a few seconds.',
    'verify-failed':
      'After saving, the file in the network folder was not right. So the report was put aside.',
    unknown: 'Saving to the network folder failed for an unknown reason.',
  },
  pending: {
    title: 'Not in the network folder yet',
    text: 'One report file is waiting in the fallback folder on this computer. | {count} report files are waiting in the fallback folder on this computer.',
    open: 'Open fallback folder',
  },
  preview: {
    show: 'Preview',
    refresh: 'Refresh',
    title: 'Preview of the report',
    loading: 'Making the preview…',
    failed: 'The preview could not be made. Try Refresh.',
    hint: 'This is how the report looks. The preview follows changes to the session by itself.',
  },
}

export default en
