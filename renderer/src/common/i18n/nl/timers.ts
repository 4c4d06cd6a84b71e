export default {
  status: {
    idle: 'Niet gestart',
    running: 'Loopt',
    paused: 'Gepauzeerd',
  },
  controls: {
    start: 'Starten',
    resume: 'Hervatten',
    pause: 'Pauzeren',
    reset: 'Terugzetten',
    minus: '−1 min',
    plus: '+1 min',
    group: 'Bediening {timer}',
  },
  phase: {
    heading: 'Fasetimer',
    planned: '{title} · {minutes} min gepland',
    notStarted: 'Start het programma: dan loopt de fasetimer van elke fase vanzelf.',
  },
  round: {
    heading: 'Rondetimer',
    planned: 'Ronde van {minutes} min',
    hint: 'Bij doordraaien begint de rondetimer opnieuw.',
  },
  clock: {
    label: 'Sessieklok',
    notStarted: 'Nog niet begonnen · {planned} min gepland',
    elapsed: '{elapsed} van {planned} min',
    behind: '{minutes} min achter op schema',
    ahead: '{minutes} min voor op schema',
    onTime: 'op schema',
  },
  break: {
    heading: 'Pauze',
    minutesLabel: 'Pauze van (minuten)',
    startMinutes: 'Pauze starten',
    untilLabel: 'Of tot (tijd)',
    startUntil: 'Pauze tot die tijd starten',
    invalidMinutes: 'Kies 1 tot 120 minuten.',
    invalidUntil: 'Kies een tijd na nu, binnen 2 uur.',
    runningUntil: 'Pauze tot {time}',
    remaining: 'nog {countdown}',
    over: 'De pauze is voorbij; de beamer zegt dat jullie zo verdergaan.',
    onProjector: 'De beamer toont het pauzescherm.',
    end: 'Pauze beëindigen',
  },
  settings: {
    heading: 'Timers',
    roundMinutes: 'Lengte van een ronde (minuten)',
    roundInvalid: 'Kies 1 tot 30 minuten.',
    warningMinutes: 'Waarschuwing in de laatste (minuten)',
    warningInvalid: 'Kies 0 tot 15 minuten.',
    roundSound: 'Zacht geluid aan het eind van een ronde',
    pulse: 'Timer op de beamer zachtjes laten pulseren',
    projectorTimer: 'Timer op de beamer',
    projectorOptions: {
      hidden: 'Verborgen',
      phase: 'Fasetimer',
      round: 'Rondetimer',
    },
  },
  pace: {
    label: 'Tempo van de casuïstiek',
    early:
      'In dit tempo past het dilemma dat nog wacht, met tijd over: de opbrengst kan dan om {at} uur beginnen, {minutes} min eerder dan gepland. | In dit tempo passen alle {queued} dilemma’s nog, met tijd over: de opbrengst kan dan om {at} uur beginnen, {minutes} min eerder dan gepland.',
    onTime:
      'In dit tempo past het dilemma dat nog wacht; de opbrengst begint dan op tijd, om {due} uur. | In dit tempo passen alle {queued} dilemma’s nog; de opbrengst begint dan op tijd, om {due} uur.',
    late: 'In dit tempo past er geen van de {queued} meer; de opbrengst begint dan om {due} uur. | In dit tempo past er nog 1 van de {queued}; de opbrengst begint dan om {due} uur. | In dit tempo passen er nog {fits} van de {queued}; de opbrengst begint dan om {due} uur.',
    lateAll:
      'Bespreken jullie het toch, dan begint de opbrengst om {at} uur. | Bespreken jullie ze alle {queued}, dan begint de opbrengst om {at} uur.',
    noneLeft: 'Er wachten geen dilemma’s meer. De opbrengst staat gepland om {due} uur.',
    noHarvest:
      'Na de casuïstiek staat geen opbrengst in het programma, dus er is geen tijd om naar toe te werken.',
    harvestStarted: 'De opbrengst is al begonnen.',
    planned: 'Nog geen dilemma besproken: geschat op de planning, {minutes} min per dilemma.',
    measured: 'Tot nu toe ongeveer {minutes} min per dilemma.',
    shorten: 'Rondes inkorten naar {minutes} min',
    shortenHint:
      'Variant 2: zet de lengte van een ronde van {from} op {to} min. Dan passen ze weer allemaal.',
    shortenNotEnough:
      'Variant 2: zet de lengte van een ronde van {from} op {to} min, de kortste ronde. Ook dan passen ze nog niet allemaal.',
    shortenDone:
      'Rondes zijn ingekort naar {minutes} min. Het tempo hierboven is nog dat van de vorige dilemma’s.',
    shortest: 'Rondes duren al zo kort als kan ({minutes} min).',
    followUp: 'Rest naar vervolgafspraak',
    followUpHint:
      'Zet wat niet past bij de vervolgafspraken, als stof voor een volgende sessie: {titles}. Het dilemma blijft in de lijst staan. | Zet wat niet past bij de vervolgafspraken, als stof voor een volgende sessie: {titles}. De dilemma’s blijven in de lijst staan.',
    followUpDone: 'Staat bij de vervolgafspraken.',
    followUpWhat: 'Bespreken in een volgende sessie: {titles}',
  },
}
