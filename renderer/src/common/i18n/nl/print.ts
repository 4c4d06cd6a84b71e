export default {
  heading: 'Drukwerk',
  hint: 'Alles wordt gemaakt uit de principes van deze sessie, in de taal van de sessie: wat op de vloer ligt, zegt hetzelfde als de beamer. Pas je een principe aan, maak het drukwerk dan opnieuw.',
  items: {
    'floor-mats': {
      name: 'Vloermatten',
      about: 'Eén vel per principe: de naam zo groot als past, de korte omschrijving eronder.',
    },
    flyer: {
      name: 'Flyer',
      about:
        'Eén A4 met de principes en hun kleuren, een regel over de werkvorm, de titel en datum uit Sessie en de link naar de Gids Ambtelijk Vakmanschap, ook als QR-code.',
    },
    'dilemma-cards': {
      name: 'Dilemmakaarten',
      about:
        'De voorbeelddilemma’s als kaartjes om uit te knippen, met snijtekens. Wie een dilemma inbracht, staat er nooit op.',
    },
    handout: {
      name: 'Handout',
      about:
        'Eén A4 met het programma en de geplande tijden, de principes en een leeg vak ‘Mijn dilemma’.',
    },
  },
  save: 'Opslaan als PDF',
  choose: 'Meenemen bij opslaan',
  mats: {
    paper: 'Papier',
    a3: 'A3 liggend',
    a4: 'A4 liggend',
    'a4-pair': '2 × A4 (aan elkaar plakken)',
    style: 'Kleur',
    'full-colour': 'Volle kleur',
    'printer-friendly': 'Printervriendelijk (witte achtergrond, gekleurde rand)',
  },
  cards: {
    perPage: 'Per A4',
    four: '4 kaarten',
    six: '6 kaarten',
    own: 'Ook de eigen dilemma’s van deze sessie',
  },
  preview: {
    label: 'Voorbeeld',
    show: 'Voorbeeld',
    title: 'Voorbeeld: {item}',
    loading: 'Voorbeeld maken…',
    failed: 'Het voorbeeld kon niet worden gemaakt. Probeer het opnieuw.',
    print: 'Afdrukken…',
  },
  saveButton: 'Opslaan als PDF…',
  saveHint: 'Je kiest zelf de map. Een bestand dat er al staat, wordt nooit overschreven.',
  noneChosen: 'Vink minstens één onderdeel aan om op te slaan.',
  busy: 'Bezig met de PDF’s…',
  saved: 'Eén PDF opgeslagen in: | {count} PDF’s opgeslagen in:',
  notSaved: 'Niet opgeslagen: {items}. Probeer het opnieuw of kies een andere map.',
  failures: {
    'build-failed':
      'De PDF’s konden niet worden gemaakt. Er is niets opgeslagen; probeer het opnieuw.',
    'write-failed': 'Opslaan in {folder} is niet gelukt. Er is niets opgeslagen.',
    unexpected: 'Er ging iets mis bij het maken van het drukwerk. Probeer het opnieuw.',
  },
  reasons: {
    'no-folder': 'Er is geen map gekozen.',
    unreachable: 'De map is niet bereikbaar.',
    'no-permission': 'Je hebt geen toestemming om in deze map te schrijven.',
    'read-only': 'De map is alleen-lezen.',
    'disk-full': 'De schijf is vol.',
    busy: 'Een bestand was bezet; misschien staat het open in een ander programma.',
    timeout: 'De map reageerde niet binnen een paar seconden.',
    'verify-failed': 'Na het opslaan klopte het bestand niet; het is daarom niet bewaard.',
    unknown: 'De oorzaak is onbekend.',
  },
  printed: 'Naar de printer gestuurd.',
  printFailed: 'Afdrukken is niet gelukt. Sla het onderdeel op als PDF en druk dat af.',
}
