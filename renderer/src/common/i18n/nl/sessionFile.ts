export default {
  heading: 'Sessiebestand',
  hint: 'Bewaar de hele sessie als één bestand (.dilemmas): bereid voor aan je bureau en open het in de vergaderzaal.',
  open: 'Openen…',
  save: 'Opslaan',
  saveAs: 'Opslaan als…',
  busy: 'Even bezig…',
  current: 'Open bestand:',
  none: 'Deze sessie is nog niet als bestand opgeslagen.',
  unsaved: 'niet opgeslagen wijzigingen',
  unsavedShort: 'niet opgeslagen',
  allSaved: 'alles opgeslagen',
  indicatorLabel: 'Sessiebestand:',
  recent: {
    heading: 'Recente bestanden',
    none: 'Nog geen recente bestanden.',
  },
  messages: {
    opened: 'Geopend: {name}',
    migrated: 'Dit bestand kwam uit een oudere versie en is bijgewerkt.',
    saved: 'Opgeslagen: {name}',
    savedAs: 'Opgeslagen als {name}',
    notOpened: 'Het bestand is niet geopend.',
    notOpenedNamed: '“{name}” is niet geopend.',
    notSaved: 'De sessie is niet opgeslagen.',
    unchanged: 'Het bestand is niet veranderd.',
  },
  problems: {
    unreadable: 'Het bestand kon niet worden gelezen.',
    'too-large': 'Het bestand is te groot om een sessiebestand te zijn.',
    'not-json':
      'Dit is geen sessiebestand van Dansende Dilemma’s (het is beschadigd of onvolledig).',
    foreign: 'Dit is geen sessiebestand van Dansende Dilemma’s, maar een ander soort bestand.',
    corrupt: 'Het sessiebestand is beschadigd: de inhoud klopt niet.',
    'newer-version':
      'Dit bestand is gemaakt met een nieuwere versie van Dansende Dilemma’s. Werk de app bij om het te openen.',
    missing: 'Het bestand is er niet meer: het is verplaatst, hernoemd of verwijderd.',
    'write-failed':
      'Het bestand kon niet worden geschreven. Je werk is niet verloren: de sessie wordt ook automatisch bewaard. Probeer Opslaan als… op een andere plek.',
    timeout:
      'De map reageerde niet binnen een paar seconden; misschien is de netwerkmap niet bereikbaar. De app wacht er niet langer op en je werk is niet verloren.',
    unexpected: 'Er ging iets mis. Je werk is niet verloren; probeer het opnieuw.',
  },
}
