import type { ReportTexts } from './report-texts'

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

/** Our own Dutch wording: the report's default language. */
export const nl: ReportTexts = {
  tag: 'nl-NL',
  kicker: 'Terugkoppeling Dansende Dilemma’s',
  untitled: 'Dansende Dilemma’s',
  facts: {
    date: 'Datum',
    time: 'Aanvang',
    place: 'Plaats',
    team: 'Team',
    facilitators: 'Begeleiding',
    participants: 'Deelnemers',
    attendees: 'Aanwezig',
  },
  present: (count) => `${count} aanwezig`,
  facilitatorCount: (count) => plural(count, 'begeleider', 'begeleiders'),
  facilitator: (letter) => `Begeleider ${letter}`,
  removed: '[verwijderd]',
  places: {
    title: 'Titel',
    dilemma: (number) => `Dilemma ${number}`,
    description: 'Beschrijving',
    openDilemma: (number) => `Niet besproken dilemma ${number}`,
    item: (list, number) => `${list} ${number}`,
    principle: (name) => `Principe ${name}`,
    lookBack: 'Terugblik',
    followUp: (number) => `Vervolgafspraak ${number}`,
  },
  programme: {
    heading: 'Programma',
    phase: 'Onderdeel',
    planned: 'Gepland',
    start: 'Begin',
    end: 'Einde',
    duration: 'Duur',
    total: 'Totaal',
    notStarted: 'niet gestart',
    notEnded: 'niet afgesloten',
    running: 'loopt nog',
    empty: 'Er was geen programma vastgelegd.',
  },
  minutes: (count) => `${count} min`,
  starter: {
    label: 'Stelling bij de starter',
    ends: (left, right) => `van „${left}” tot „${right}”`,
  },
  dilemmas: {
    heading: 'Besproken dilemma’s',
    empty: 'Er zijn geen dilemma’s besproken.',
    notDiscussed: (skipped, notReached) =>
      [
        skipped > 0 ? `${plural(skipped, 'dilemma is', 'dilemma’s zijn')} overgeslagen` : '',
        notReached > 0
          ? `${plural(notReached, 'dilemma is', 'dilemma’s zijn')} niet aan bod gekomen`
          : '',
      ]
        .filter(Boolean)
        .join(' en ')
        .concat('.'),
  },
  dilemma: {
    contributor: 'Ingebracht door',
    variant: 'Werkvorm',
    tally: 'Gekozen principes',
    principle: 'Principe',
    count: 'Aantal',
    tallyTotal: (count) => `${plural(count, 'keuze', 'keuzes')} in totaal`,
    tallyAfter: 'Gekozen principes na het gesprek',
    firstChoice: 'Eerste keuze (vóór het gesprek)',
    movement: 'Beweging',
    moved: (count, moves) =>
      count === 0
        ? 'Niemand is verschoven.'
        : `Minstens ${plural(count, 'persoon is', 'mensen zijn')} verschoven: ${moves.join(', ')}.`,
    move: (count, from, to) => `${count} van ${from} naar ${to}`,
    noTally: 'Er zijn geen keuzes geteld.',
    chosen: 'De vier principes',
    noneChosen: 'Er zijn geen principes gekozen.',
    rounds: 'Wie stond waar',
    roundColumn: 'Ronde',
    round: (number) => `Ronde ${number}`,
    noRounds: 'Er zijn geen rondes vastgelegd.',
    speaker: (letter) => `Deelnemer ${letter}`,
    noPrinciple: 'zonder principe',
    nobody: '–',
    tension: 'Spanning',
    common: 'Raakvlak',
    pair: (a, b) => `${a} – ${b}`,
    roundNotes: 'Per ronde: tops, tips en wat de sprekers zeiden',
    tops: 'Tops van de observeerders',
    tips: 'Tips van de observeerders',
    speakerColumn: 'Spreker',
    good: 'Ging goed',
    hard: 'Was lastig',
    speakerOn: (speaker, principle) => `${speaker} (${principle})`,
  },
  tensionMap: {
    heading: 'Spanningskaart',
    intro: (dilemmas) =>
      `Bij ${plural(dilemmas, 'dilemma', 'dilemma’s')} is vastgelegd welke principes met elkaar schuurden (spanning) en welke elkaar raakten (raakvlak). Het getal zegt bij hoeveel dilemma’s.`,
    imageLabel: (principles, tension, common) =>
      `Spanningskaart van ${principles} principes, spanning boven de diagonaal en raakvlak eronder: ${plural(tension, 'paar', 'paren')} met spanning en ${plural(common, 'paar', 'paren')} met een raakvlak. Ze staan hieronder ook als tekst.`,
    legendTension: 'Boven de diagonaal: spanning',
    legendCommon: 'Onder de diagonaal: raakvlak',
    times: (pair, count) => `${pair} ${count}×`,
    caption:
      'Spanningskaart: per paar principes bij hoeveel dilemma’s er spanning of een raakvlak was',
    pairColumn: 'Paar',
  },
  openDilemmas: {
    heading: 'Niet besproken — materiaal voor een volgende keer',
    skipped: 'Overgeslagen',
    notReached: 'Niet aan bod gekomen',
  },
  variants: {
    variant1: 'Variant 1: ieder kiest een principe',
    variant2: 'Variant 2: vier principes, vier sprekers',
  },
  caseTexts: {
    tippingPoint: 'Wat gaf de doorslag',
    tensions: 'Spanning of raakvlak met andere principes',
    good: 'Wat de sprekers goed vonden',
    hard: 'Wat de sprekers lastig vonden',
    tops: 'Tops van de observeerders',
    tips: 'Tips van de observeerders',
  },
  harvest: {
    heading: 'Opbrengst',
    threads: 'Rode draden',
    insights: 'Nieuwe inzichten',
    followUps: 'Vervolgafspraken',
    noThreads: 'Er zijn geen rode draden vastgelegd.',
    noInsights: 'Er zijn geen nieuwe inzichten vastgelegd.',
    noFollowUps: 'Er zijn geen vervolgafspraken gemaakt.',
    what: 'Wat',
    who: 'Wie',
    due: 'Wanneer',
  },
  lookBack: {
    heading: (title, date) =>
      title === ''
        ? `Terugblik op ${date === '' ? 'de vorige sessie' : `de sessie van ${date}`}`
        : `Terugblik op “${title}”${date === '' ? '' : ` van ${date}`}`,
    intro:
      'Aan het begin van de sessie is samen gekeken hoe het staat met de vervolgafspraken van de vorige keer.',
    state: 'Stand van zaken',
    states: { open: 'nog open', done: 'gedaan', 'in-progress': 'loopt nog', dropped: 'vervallen' },
    summary: (done, total) =>
      `${done} van ${plural(total, 'vervolgafspraak', 'vervolgafspraken')} gedaan.`,
  },
  moreInfo: 'Meer informatie',
  principles: {
    heading: 'De principes',
    intro:
      'In deze sessie stonden we letterlijk op de principes uit de Gids Ambtelijk Vakmanschap, elk op een eigen vloermat. Kort gezegd:',
  },
  generated: (when) => `Deze terugkoppeling is gemaakt op ${when}.`,
  chartLabel: (principle, count) => `${principle}: ${count}`,
}
