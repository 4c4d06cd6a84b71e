/**
 * What the beamer says, and nothing else: the projector window loads these alone. The presenter
 * gets them too, merged into its sections (nl.ts), so each text is written once.
 */
export default {
  app: {
    name: 'Dansende Dilemma’s',
    subtitle: 'Ambtelijk Vakmanschap',
    loading: 'Sessie laden…',
    missingApi: 'Dit venster moet door Dansende Dilemma’s worden geopend.',
    unreachable:
      'Dit venster krijgt de sessie niet van Dansende Dilemma’s. Sluit het venster; je sessie is veilig bewaard.',
  },
  projector: {
    currentDilemma: 'Dilemma',
    welcomeLine: 'Welkom! We beginnen zo.',
    welcomeStarted: 'Welkom, fijn dat jullie er zijn!',
    welcomeFacilitators: 'Je begeleider vandaag: {names} | Je begeleiders vandaag: {names}',
  },
  closing: {
    projector: {
      heading: 'Dank voor jullie inbreng en openheid',
      report: 'Jullie krijgen nog een terugkoppeling van deze sessie.',
      moreInfo: 'Meer informatie:',
    },
  },
  harvest: {
    projector: {
      heading: 'Rode draden',
      empty: 'Wat valt je op? We verzamelen de rode draden.',
      more: '… en nog {count} rode draad | … en nog {count} rode draden',
    },
  },
  keys: {
    projector: {
      pause: 'Even pauze',
    },
  },
  lookBack: {
    projector: {
      heading: 'Terugblik',
      from: 'Vervolgafspraken van {date}',
      fromTitle: 'Vervolgafspraken uit “{title}”',
      fromUnknown: 'Vervolgafspraken van de vorige sessie',
      empty: 'Er staan geen vervolgafspraken op de lijst.',
      more: 'en nog {count} vervolgafspraak | en nog {count} vervolgafspraken',
    },
    /** The words for each state, on the begeleidersscherm and the beamer. */
    states: {
      open: 'nog open',
      done: 'gedaan',
      'in-progress': 'loopt nog',
      dropped: 'vervallen',
    },
  },
  principles: {
    overview: {
      explanation: 'De principes van ambtelijk vakmanschap',
      casework: 'Casuïstiek — welk principe kies jij?',
    },
  },
  stage: {
    /** The harvest's tension map: every pair of principles, tension above the diagonal. */
    tensionMap: {
      heading: 'Spanningskaart',
      dilemmas: 'uit {count} dilemma | uit {count} dilemma’s',
      /** The legend: each kind beside a square with its half of the map filled. */
      tension: 'Spanning: rechtsboven',
      common: 'Raakvlak: linksonder',
      /** A column's name for screen readers: the column shows only the number. */
      principle: '{number}. {name}',
      cell: {
        tension: 'spanning: {count}',
        common: 'raakvlak: {count}',
      },
      empty: 'Nog geen spanningen of raakvlakken gemarkeerd.',
    },
    /** One variant-2 round's tops and tips from the observeerders. */
    roundNotes: {
      /** Non-breaking spaces: beside the timer chip the line breaks after the dash only. */
      heading: 'Ronde\u00a0{round} — tops\u00a0en\u00a0tips',
      tops: 'Tops',
      tips: 'Tips',
      empty: 'nog niets',
    },
  },
  starter: {
    projectorTitle: 'Lijnopstelling',
    projectorPrompt: 'Kies je plek op de lijn',
  },
  timers: {
    /** The words beside every countdown, so no state is told by colour alone. */
    mood: {
      warning: 'nog {minutes} min',
      lastMinute: 'laatste minuut',
      overtime: 'tijd is om',
    },
    names: {
      phase: 'Fase',
      round: 'Ronde',
    },
    projector: {
      paused: 'gepauzeerd',
      breakLabel: 'Pauze',
      continueAt: 'We gaan verder om {time}',
      countdown: 'nog {countdown}',
      continueSoon: 'We gaan zo weer verder',
    },
  },
  variant1: {
    projector: {
      total: 'Nog niemand gekozen | 1 persoon gekozen | {n} mensen gekozen',
      unpicked: 'Nog niemand bij: {names}',
      waiting: 'Iedereen staat? Dan tellen we.',
      moved: 'Niemand verschoven | Minstens 1 verschoven | Minstens {n} verschoven',
    },
    moments: {
      first: 'Eerste keuze',
      after: 'Na het gesprek',
    },
  },
  variant2: {
    projector: {
      round: 'Ronde {round}',
      nobody: 'nog niemand',
      choosing: 'De groep kiest vier principes',
      chosen: '{count} van 4 gekozen',
      chosenMark: '✓ gekozen',
    },
  },
}
