/** Texts the main process shows in native dialogs and window titles. */
const nl = {
  presenterTitle: "Dansende Dilemma's — presentator",
  projectorTitle: "Dansende Dilemma's — projector",
  resumeTitle: 'Verder met de vorige sessie?',
  resumeMessage: 'Er is een sessie automatisch bewaard.',
  resumeDetail: (savedAt: string, dilemmas: number) =>
    `Laatst bewaard op ${savedAt}, met ${dilemmas} ${dilemmas === 1 ? 'dilemma' : "dilemma's"}. ` +
    'Kies je voor een nieuwe sessie, dan blijft de vorige bewaard in de map archief.',
  resumeButton: 'Hervatten',
  newButton: 'Nieuwe sessie beginnen',
  corruptTitle: 'Automatisch bewaarde sessie beschadigd',
  corruptMessage: 'Het automatisch bewaarde bestand kon niet worden gelezen.',
  corruptDetail: (paths: readonly string[]) =>
    `Er is niets verwijderd. Het bestand is opzij gezet op:\n${paths.join('\n')}\n\n` +
    'De app begint met een lege sessie.',
  corruptWithBackupDetail: (paths: readonly string[]) =>
    `Er is niets verwijderd. Het bestand is opzij gezet op:\n${paths.join('\n')}\n\n` +
    'Er is wel een eerdere versie gevonden; die wordt je zo aangeboden.',
  unsavedTitle: 'Laatste wijzigingen niet bewaard',
  unsavedMessage: 'De laatste wijzigingen konden niet automatisch worden bewaard.',
  unsavedDetail: (folder: string) =>
    `De map ${folder} is niet beschrijfbaar of vol. Probeer het opnieuw, of sluit af: dan gaan ` +
    'de wijzigingen van de laatste seconden verloren.',
  retryButton: 'Opnieuw proberen',
  quitAnywayButton: 'Toch afsluiten',
  ok: 'OK',
}

export type MainTexts = typeof nl

export function mainTexts(): MainTexts {
  return nl
}

export function formatDutchDateTime(epochMs: number): string {
  return new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short' }).format(
    new Date(epochMs),
  )
}
