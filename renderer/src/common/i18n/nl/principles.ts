export default {
  // Used by the principle picker.
  heading: 'Principes',
  hint: 'Klik op een principe om het groot op de beamer te tonen.',
  // Clearing the principle shows the current phase's screen again, not always the welcome screen.
  hideBig: 'Principe niet meer groot tonen',
  shown: 'Op de beamer',
  editor: {
    heading: 'Principes bewerken',
    wordingNote:
      'De standaardteksten zijn onze eigen formulering, geschreven in de geest van de Gids Ambtelijk Vakmanschap. Het is niet de officiële tekst van de gids: pas ze gerust aan aan de woorden van jullie organisatie.',
    list: 'Principes in volgorde',
    position: 'Principe {position} van {total}: {name}',
    reorderHint: 'Alt + pijl omhoog of omlaag verplaatst het principe.',
    name: 'Naam',
    nameHint: 'Verplicht; een lege naam wordt niet bewaard.',
    summary: 'In één regel',
    explanation: 'Toelichting',
    color: 'Kleur',
    contrast: 'Contrast met witte tekst: {ratio} : 1',
    darkened:
      'De gekozen kleur {picked} was te licht voor witte tekst. Hij is donkerder gemaakt tot {color}, zodat de naam goed leesbaar blijft.',
    preview: 'Voorbeeld op de beamer',
    moveUp: 'Omhoog',
    moveDown: 'Omlaag',
    moveUpLabel: 'Omhoog: {name}',
    moveDownLabel: 'Omlaag: {name}',
    showOnProjector: 'Op de beamer tonen',
    showOnProjectorLabel: 'Op de beamer tonen: {name}',
  },
  reset: {
    button: 'Standaardset herstellen',
    confirm: 'Zeker herstellen?',
    confirmHint:
      'Dit zet namen, teksten, kleuren en volgorde terug naar de standaardset. Ongedaan maken kan daarna nog.',
    done: 'De standaardset is hersteld. Met Ongedaan maken zet je je eigen set terug.',
  },
  deck: {
    heading: 'Principeset als bestand',
    hint: 'Bewaar jullie eigen set om hem bij een volgende sessie weer te openen.',
    import: 'Set openen…',
    export: 'Set opslaan…',
    busy: 'Even geduld…',
    imported: 'Eén principe geladen. | {count} principes geladen.',
    exported: 'De principeset is opgeslagen.',
    nothingChanged: 'Er is niets veranderd.',
    problems: {
      unreadable: 'Het bestand kon niet worden gelezen.',
      'not-json': 'Dit bestand is geen principeset: de inhoud is geen geldige JSON.',
      'wrong-format': 'Dit bestand is geen principeset van Dansende Dilemma’s.',
      'newer-version':
        'Deze principeset is gemaakt met een nieuwere versie van de app. Werk de app bij om hem te openen.',
      invalid:
        'De principeset klopt niet: er ontbreekt een naam, een tekst is te lang, een kleur is ongeldig, er zijn te veel principes of het bestand is te groot.',
      'duplicate-ids': 'In deze principeset hebben twee principes hetzelfde id.',
      'low-contrast':
        'Een kleur in deze principeset is te licht: witte tekst is er niet goed op te lezen.',
      'write-failed': 'Opslaan is mislukt. Kies een andere map of probeer het opnieuw.',
      unexpected: 'Er ging iets mis met het bestand. Probeer het opnieuw.',
    },
  },
}
