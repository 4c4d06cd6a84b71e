export default {
  heading: 'Variant 1: ieder kiest een principe',
  contributedBy: 'Ingebracht door {name}',
  anonymous: 'Anoniem ingebracht',
  noCurrent: 'Er wordt nu geen dilemma besproken.',
  nextUp: 'Volgende in de wachtrij:',
  startNext: 'Dit dilemma nu bespreken',
  queueEmpty: 'De wachtrij is leeg. Voeg eerst een dilemma toe.',
  otherVariant: 'Het dilemma dat aan de beurt is, wordt in variant 2 besproken.',
  tallyHeading: 'Wie staat waar?',
  minus: 'Eén minder bij {name}',
  plus: 'Eén meer bij {name}',
  count: '{count} bij {name}',
  total:
    'Nog niemand staat op een principe | 1 persoon staat op een principe | {n} mensen staan op een principe',
  keysHint:
    'Toetsen: 1 t/m 9 telt één persoon op bij dat principe, Shift + cijfer haalt er één af. Niet tijdens het typen in een veld.',
  reset: 'Telling wissen',
  confirmReset: 'Zeker wissen?',
  showBig: 'Groot tonen',
  backToTally: 'Terug naar de telling',
  notesHeading: 'Gesprek',
  tippingPoint: 'Wat gaf de doorslag?',
  tensions: 'Spanning of raakvlak met andere principes',
  momentLegend: 'Welke telling',
  momentHint:
    'Eerst telt iedereen zijn eerste keuze, vóór het gesprek. Na het gesprek tel je opnieuw, vanaf de eerste keuze: wie verschuift, tel je bij zijn nieuwe principe.',
  reveal: 'Onthullen',
  revealHint: 'Enter onthult de telling op de beamer.',
  hideAgain: 'Weer verbergen',
  hiddenOnBeamer:
    'Op de beamer: „Iedereen staat? Dan tellen we.” De balken komen pas na Onthullen.',
  shownOnBeamer: 'De telling staat op de beamer.',
  hideSetting: {
    first: 'Eerste keuze pas na Onthullen op de beamer',
    after: 'Telling na het gesprek pas na Onthullen op de beamer',
  },
  movement:
    'Niemand verschoven | Minstens 1 persoon verschoven: {moves} | Minstens {n} mensen verschoven: {moves}',
  move: '{count} van {from} naar {to}',
}
