import { menuDialogsEn, menuEn } from './texts/menu-en'
import { menuDialogsNl, menuNl } from './texts/menu-nl'
import { startupEn, startupNl } from './texts/startup'

/** Texts the main process shows in native dialogs and window titles. */
const nl = {
  presenterTitle: 'Dansende Dilemma’s — begeleidersscherm',
  projectorTitle: 'Dansende Dilemma’s — beamer',
  resumeTitle: 'Verder met de vorige sessie?',
  resumeMessage: 'Er is een sessie automatisch bewaard.',
  resumeDetail: (savedAt: string, dilemmas: number) =>
    `Laatst bewaard op ${savedAt}, met ${dilemmas} ${dilemmas === 1 ? 'dilemma' : 'dilemma’s'}. ` +
    'Kies je voor een nieuwe sessie, dan blijft de vorige bewaard in de map archief.',
  resumeButton: 'Hervatten',
  newButton: 'Nieuwe sessie beginnen',
  corruptTitle: 'Automatisch bewaarde sessie beschadigd',
  corruptMessage: 'Het automatisch bewaarde bestand kon niet worden gelezen.',
  corruptDetail: (paths: readonly string[]) =>
    `Er is niets verwijderd. Het bestand is verplaatst naar:\n${paths.join('\n')}\n\n` +
    'De app begint met een lege sessie.',
  corruptWithBackupDetail: (paths: readonly string[]) =>
    `Er is niets verwijderd. Het bestand is verplaatst naar:\n${paths.join('\n')}\n\n` +
    'Er is wel een eerdere versie gevonden; die wordt je zo aangeboden.',
  unsavedTitle: 'Laatste wijzigingen niet bewaard',
  unsavedMessage: 'De laatste wijzigingen konden niet automatisch worden bewaard.',
  unsavedDetail: (folder: string) =>
    `De map ${folder} is niet beschrijfbaar of vol. Probeer het opnieuw, of sluit af: dan gaan ` +
    'de wijzigingen van de laatste seconden verloren.',
  retryButton: 'Opnieuw proberen',
  quitAnywayButton: 'Toch afsluiten',
  deckImportTitle: 'Principeset openen',
  deckExportTitle: 'Principeset opslaan',
  deckFilterName: 'Principeset',
  allFilesFilterName: 'Alle bestanden',
  deckDefaultName: 'Principes',
  // The feedback report's folder.
  reportFolderTitle: 'Map voor verslagen kiezen',
  reportFolderButton: 'Deze map gebruiken',
  // Teamoverzicht: the folder is only read.
  teamFolderTitle: 'Map met de sessiebestanden van het team kiezen',
  teamFolderButton: 'Deze map lezen',
  printFolderTitle: 'Map voor het drukwerk kiezen',
  printFolderButton: 'PDF’s hier opslaan',
  ok: 'OK',
  // Session files (.dilemmas).
  sessionOpenTitle: 'Sessie openen',
  sessionSaveTitle: 'Sessie opslaan',
  sessionFilterName: 'Dansende Dilemma’s sessie',
  sessionUnsavedTitle: 'Wijzigingen opslaan?',
  sessionUnsavedMessage: 'De huidige sessie heeft wijzigingen die nog niet in een bestand staan.',
  sessionUnsavedDetail:
    'Sla ze eerst op, of open het bestand zonder op te slaan: de huidige sessie blijft dan ' +
    'bewaard in de map archief.',
  sessionSaveButton: 'Opslaan',
  sessionDiscardButton: 'Niet opslaan',
  sessionCancelButton: 'Annuleren',
  // Start-up that could not read or move the autosave, or could not start at all.
  startup: startupNl,
  // The native menu and the dialogs it opens: in their own files under texts/.
  menu: menuNl,
  menuDialogs: menuDialogsNl,
}

export type MainTexts = typeof nl

const en: MainTexts = {
  presenterTitle: "Dansende Dilemma's — presenter",
  projectorTitle: "Dansende Dilemma's — projector",
  resumeTitle: 'Continue the previous session?',
  resumeMessage: 'A session was saved automatically.',
  resumeDetail: (savedAt: string, dilemmas: number) =>
    `Last saved on ${savedAt}, with ${dilemmas} ${dilemmas === 1 ? 'dilemma' : 'dilemmas'}. ` +
    'If you start a new session, the previous one is kept in the archive folder.',
  resumeButton: 'Resume',
  newButton: 'Start a new session',
  corruptTitle: 'Saved session damaged',
  corruptMessage: 'The automatically saved file could not be read.',
  corruptDetail: (paths: readonly string[]) =>
    `Nothing was deleted. The file was moved to:\n${paths.join('\n')}\n\n` +
    'The app starts with an empty session.',
  corruptWithBackupDetail: (paths: readonly string[]) =>
    `Nothing was deleted. The file was moved to:\n${paths.join('\n')}\n\n` +
    'An earlier version was found; it will be offered to you next.',
  unsavedTitle: 'Last changes not saved',
  unsavedMessage: 'The last changes could not be saved automatically.',
  unsavedDetail: (folder: string) =>
    `The folder ${folder} cannot be written to or is full. Try again, or close: the changes ` +
    'of the last seconds will then be lost.',
  retryButton: 'Try again',
  quitAnywayButton: 'Close anyway',
  deckImportTitle: 'Open a set of principles',
  deckExportTitle: 'Save the set of principles',
  deckFilterName: 'Set of principles',
  allFilesFilterName: 'All files',
  deckDefaultName: 'Principles',
  // The feedback report's folder.
  reportFolderTitle: 'Choose the folder for reports',
  reportFolderButton: 'Use this folder',
  teamFolderTitle: 'Choose the folder with the team’s session files',
  teamFolderButton: 'Read this folder',
  printFolderTitle: 'Choose the folder for the printed matter',
  printFolderButton: 'Save the PDFs here',
  ok: 'OK',
  // Session files (.dilemmas).
  sessionOpenTitle: 'Open a session',
  sessionSaveTitle: 'Save the session',
  sessionFilterName: "Dansende Dilemma's session",
  sessionUnsavedTitle: 'Save changes?',
  sessionUnsavedMessage: 'The current session has changes that are not in a file yet.',
  sessionUnsavedDetail:
    'Save them first, or open the file without saving: the current session is then kept in ' +
    'the archive folder.',
  sessionSaveButton: 'Save',
  sessionDiscardButton: "Don't save",
  sessionCancelButton: 'Cancel',
  startup: startupEn,
  menu: menuEn,
  menuDialogs: menuDialogsEn,
}

export function mainTexts(locale: 'nl' | 'en' = 'nl'): MainTexts {
  return locale === 'en' ? en : nl
}

export function formatDutchDateTime(epochMs: number): string {
  return new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short' }).format(
    new Date(epochMs),
  )
}
