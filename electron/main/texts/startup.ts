import type { KeptFile, KeptReason } from '../../node/persistence/kept-files'

/** What start-up says when it could not read or move the autosave, or could not start at all. */
export interface StartupTexts {
  readonly keptTitle: string
  readonly keptMessage: string
  /** Where each kept file is and why; what the app does now; how to get autosaving back. */
  keptDetail(folder: string, files: readonly KeptFile[], backupOffered: boolean): string
  readonly failedTitle: string
  failedMessage(logFolder: string): string
  /** The facilitator's window could not load its page: the app saves and closes. */
  readonly windowFailedTitle: string
  windowFailedMessage(logFolder: string): string
}

const reasonsNl: Record<KeptReason, string> = {
  'is-folder': 'Er staat een map met die naam.',
  'not-a-file': 'Het is geen gewoon bestand.',
  'no-access':
    'De app mag het niet openen. Misschien houdt een ander programma het vast, zoals een virusscanner.',
  'folder-blocked': 'Dit is een bestand, maar hier hoort de map voor automatisch bewaren.',
  'cannot-move': 'Het is beschadigd en kon niet worden verplaatst naar de map beschadigd.',
  'cannot-archive': 'Het kon niet worden verplaatst naar de map archief.',
  other: 'Het kon niet worden gelezen.',
}

const reasonsEn: Record<KeptReason, string> = {
  'is-folder': 'A folder of that name is in its place.',
  'not-a-file': 'It is not an ordinary file.',
  'no-access':
    'The app is not allowed to open it. Perhaps another program holds it, such as a virus scanner.',
  'folder-blocked': 'This is a file, where the folder for automatic saving should be.',
  'cannot-move': 'It is damaged and could not be moved to the damaged-files folder.',
  'cannot-archive': 'It could not be moved to the archive folder.',
  other: 'It could not be read.',
}

const listed = (files: readonly KeptFile[], reasons: Record<KeptReason, string>) =>
  files.map((file) => `${file.path}\n– ${reasons[file.reason]}`).join('\n')

export const startupNl: StartupTexts = {
  windowFailedTitle: 'Het begeleidersscherm kan niet worden geopend',
  windowFailedMessage: (logFolder) =>
    'De app kon het begeleidersscherm niet laden, en sluit nu af. Er gaat niets verloren: je ' +
    'sessie is automatisch bewaard.\n\nStart de app opnieuw. Lukt het weer niet, installeer de ' +
    `app dan opnieuw, of stuur de logbestanden uit ${logFolder} naar wie de app voor je beheert.`,
  keptTitle: 'Automatisch bewaarde sessie blijft staan',
  keptMessage:
    'Een automatisch bewaard bestand kon niet worden gelezen of verplaatst. Er is niets verwijderd.',
  keptDetail: (folder, files, backupOffered) =>
    `Het staat nog op dezelfde plek, in de map ${folder}:\n${listed(files, reasonsNl)}\n\n` +
    (backupOffered
      ? 'Er is wel een eerdere versie gevonden; die wordt je zo aangeboden.\n\n'
      : 'De app begint met een nieuwe sessie.\n\n') +
    'Zolang het bestand daar staat, bewaart de app je sessie niet automatisch. Sla je werk op ' +
    'met Bestand › Opslaan als…, of verplaats het bestand naar een andere map: daarna bewaart ' +
    'de app weer automatisch.',
  failedTitle: 'Dansende Dilemma’s kan niet starten',
  failedMessage: (logFolder) =>
    'Er ging iets mis bij het starten, en de app sluit nu af. Er is niets verwijderd.\n\n' +
    'Start de app opnieuw. Lukt het ' +
    `weer niet, stuur dan de logbestanden uit ${logFolder} naar wie de app voor je beheert.`,
}

export const startupEn: StartupTexts = {
  windowFailedTitle: 'The presenter window cannot be opened',
  windowFailedMessage: (logFolder) =>
    'The app could not load the presenter window, and closes now. Nothing is lost: your ' +
    'session was saved automatically.\n\nStart the app again. If it fails again, reinstall the ' +
    `app, or send the log files from ${logFolder} to whoever manages the app for you.`,
  keptTitle: 'Saved session left in place',
  keptMessage: 'An automatically saved file could not be read or moved. Nothing was deleted.',
  keptDetail: (folder, files, backupOffered) =>
    `It is still where it was, in the folder ${folder}:\n${listed(files, reasonsEn)}\n\n` +
    (backupOffered
      ? 'An earlier version was found; it will be offered to you next.\n\n'
      : 'The app starts with a new session.\n\n') +
    'While the file is there, the app does not save your session automatically. Save your ' +
    'work with File › Save as…, or move the file to another folder: then the app saves ' +
    'automatically again.',
  failedTitle: 'Dansende Dilemma’s cannot start',
  failedMessage: (logFolder) =>
    'Something went wrong while starting, and the app closes now. Nothing was deleted.\n\n' +
    'Start the app again. If that fails ' +
    `too, send the log files in ${logFolder} to whoever looks after the app for you.`,
}
