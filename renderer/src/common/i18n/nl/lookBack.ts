/** "Terugblik": the previous session's follow-ups, looked back on in the welcome phase. */
export default {
  card: {
    heading: 'Terugblik',
    hint: 'De vervolgafspraken van de vorige sessie. Loop ze samen langs en geef aan hoe het ermee staat.',
    from: 'Uit de sessie van {date}',
    fromTitle: 'Uit “{title}”',
    fromUnknown: 'Uit de vorige sessie',
    who: 'Wie: {who}',
    due: 'Wanneer: {due}',
    noWhat: 'Zonder omschrijving',
    /** The radio group's name for screen readers. */
    stateLabel: 'Hoe staat het met “{what}”?',
    stateLabelNumbered: 'Hoe staat het met vervolgafspraak {n}?',
    show: 'Op de beamer',
    showHint:
      'De beamer toont de lijst tijdens het welkom; bij het volgende onderdeel verdwijnt hij vanzelf.',
    shownNow: 'De beamer toont nu de terugblik.',
    shownAfter: 'Het welkom is voorbij: de beamer toont het huidige onderdeel.',
  },
}
