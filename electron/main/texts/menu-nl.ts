import type { MenuTexts } from '../../core/menu/menu-texts'

/** The native menu in Dutch; the role items get our words too, not Electron's English. */
export const menuNl: MenuTexts = {
  file: 'Bestand',
  newSession: 'Nieuwe sessie…',
  open: 'Openen…',
  recent: 'Recente bestanden',
  noRecent: 'Geen recente bestanden',
  save: 'Opslaan',
  saveAs: 'Opslaan als…',
  print: 'Drukwerk…',
  report: 'Verslag…',
  team: 'Teamoverzicht…',
  quit: 'Afsluiten',

  edit: 'Bewerken',
  undo: 'Ongedaan maken',
  redo: 'Opnieuw doen',
  cut: 'Knippen',
  copy: 'Kopiëren',
  paste: 'Plakken',
  selectAll: 'Alles selecteren',

  view: 'Beeld',
  showProjector: 'Beamer tonen',
  projectorFullscreenHere: 'Beamer schermvullend op dit scherm',
  projectorShrink: 'Beamer verkleinen',
  black: 'Beamer op zwart',
  pauseScreen: 'Pauzescherm',
  fontLarger: 'Tekst op de beamer groter',
  fontSmaller: 'Tekst op de beamer kleiner',
  highContrast: 'Hoog contrast op de beamer',
  identify: 'Schermen herkennen',
  shortcuts: 'Sneltoetsen',
  zoomIn: 'Inzoomen',
  zoomOut: 'Uitzoomen',
  resetZoom: 'Werkelijke grootte',
  fullscreen: 'Volledig scherm',
  reload: 'Opnieuw laden',
  devTools: 'Ontwikkelaarshulpmiddelen',

  session: 'Sessie',
  start: 'Presentatie starten',
  next: 'Volgende stap',
  previous: 'Vorige stap',
  timer: 'Timer starten/pauzeren',
  breakFor: (minutes) => `Pauze van ${minutes} minuten`,
  template: 'Sessie als sjabloon…',
  language: 'Taal',

  window: 'Venster',
  help: 'Help',
  openLogs: 'Logbestanden openen',
  about: (appName) => `Over ${appName}`,
  hide: (appName) => `${appName} verbergen`,
  hideOthers: 'Andere verbergen',
  showAll: 'Alles tonen',
  services: 'Voorzieningen',
}

/** The dialogs the menu opens. */
export const menuDialogsNl = {
  aboutDescription:
    'Presentatie-app voor begeleiders van de werkvorm Dansende Dilemma’s over Ambtelijk Vakmanschap.',
  aboutVersion: (version: string) => `Versie ${version}`,
  aboutOffline: 'Geen internetverbinding, geen telemetrie.',
  newSessionMessage: 'Nieuwe sessie beginnen?',
  newSessionDetail:
    'Begint helemaal opnieuw met het standaardprogramma en de standaardprincipes. ' +
    'Spijt? Ongedaan maken (Ctrl+Z) haalt de huidige sessie terug.',
  newSessionButton: 'Nieuwe sessie',
  templateMessage: 'Deze sessie als sjabloon voor de volgende groep gebruiken?',
  templateDetail:
    'Bewaard blijven de opzet, de principes, het programma en je notities. Leeg beginnen: de ' +
    'datum, de deelnemers, de dilemma’s en de opbrengst. Ongedaan maken (Ctrl+Z) zet alles terug.',
  templateButton: 'Als sjabloon gebruiken',
  cancelButton: 'Annuleren',
  logsFailedMessage: 'De map met logbestanden kon niet worden geopend.',
}

export type MenuDialogTexts = typeof menuDialogsNl
