/** "Teamoverzicht": what the team's session files in a shared folder say over time. */
export default {
  heading: 'Teamoverzicht',
  hint: 'Hoe het team er over meerdere sessies voor staat, gelezen uit de sessiebestanden in de gedeelde map van het team.',
  empty: {
    title: 'Nog geen map gekozen',
    text: 'Kies de gedeelde map waarin het team de sessiebestanden bewaart. Je ziet dan welke principes het vaakst gekozen worden, welke spanningen en raakvlakken terugkomen, de rode draden en wat er van de vervolgafspraken terechtkwam.',
    readOnly: 'De app leest de bestanden alleen; er verandert niets aan.',
  },
  choose: 'Map kiezen…',
  chooseOther: 'Andere map kiezen…',
  reading: 'Map lezen…',
  folder: 'Map: {name}',
  sessions: 'Uit één sessie | Uit {count} sessies',
  period: '{from} tot en met {to}',
  noSessions:
    'In deze map staan geen sessiebestanden die de app kon lezen. Kies de map waarin het team de sessies bewaart.',
  hidden:
    'De publicatiecheck heeft {count} naam of ander persoonsgegeven vervangen of weggelaten in de titels, rode draden en vervolgafspraken. | De publicatiecheck heeft {count} namen of andere persoonsgegevens vervangen of weggelaten in de titels, rode draden en vervolgafspraken.',
  problems: {
    unreadable:
      'Deze map kon niet worden gelezen. Misschien is de netwerkmap niet bereikbaar of mag je er niet in kijken. Probeer het opnieuw of kies een andere map.',
    unexpected: 'Er ging iets mis bij het lezen van de map. Probeer het opnieuw.',
  },
  sessionList: {
    heading: 'Sessies',
    untitled: 'Sessie zonder titel',
    discussed: 'geen dilemma’s besproken | één dilemma besproken | {count} dilemma’s besproken',
    mostChosen: 'na het gesprek het vaakst gekozen: {name}',
  },
  principles: {
    heading: 'Principes',
    hint: 'Hoeveel mensen bij een principe gingen staan, opgeteld over alle dilemma’s van variant 1.',
    principle: 'Principe',
    first: 'Eerste keuze',
    after: 'Na het gesprek',
    none: 'In deze sessies is nog niet geteld.',
  },
  pairs: {
    heading: 'Spanningen en raakvlakken die terugkomen',
    pair: '{a} ↔ {b}',
    sessions: 'in {count} sessies',
    none: 'Geen spanning of raakvlak is in meer dan één sessie gemarkeerd.',
  },
  threads: {
    heading: 'Rode draden',
    none: 'In deze sessies zijn geen rode draden genoteerd.',
  },
  followUps: {
    heading: 'Vervolgafspraken',
    hint: 'Zoals de volgende sessie ze bij de terugblik aantrof. Heeft geen latere sessie erop teruggeblikt, dan staan ze nog open.',
    agreed: 'Afgesproken op {date}',
    noWhat: 'Zonder omschrijving',
    none: 'In deze sessies zijn geen vervolgafspraken gemaakt.',
  },
  skipped: {
    heading: 'Niet meegeteld',
    hint: 'Deze bestanden zijn overgeslagen. Ze blijven staan zoals ze zijn.',
    reasons: {
      damaged: 'Het bestand is beschadigd of onvolledig.',
      foreign: 'Dit is geen sessiebestand van Dansende Dilemma’s.',
      'newer-version':
        'Gemaakt met een nieuwere versie van de app. Werk de app bij om het mee te tellen.',
      'too-large': 'Het bestand is te groot om te lezen.',
    },
  },
  save: {
    heading: 'Samenvatting opslaan',
    hint: 'Eén pagina met dit overzicht, in de verslagmap, net als het verslag.',
    to: 'Verslagmap: {folder}',
    noFolder:
      'Er is nog geen verslagmap gekozen: de samenvatting komt dan in de reservemap op deze computer. Kies de verslagmap bij Verslag.',
    button: 'Samenvatting opslaan',
    busy: 'Bezig met opslaan…',
    none: 'Kies minstens één formaat om de samenvatting op te slaan.',
  },
  result: {
    saved: 'De samenvatting staat in {folder}:',
    fallback:
      'De samenvatting staat in de reservemap op deze computer, niet in de netwerkmap: {folder}',
    why: 'Waarom:',
    later: 'Sla de samenvatting opnieuw op zodra de netwerkmap weer bereikbaar is.',
    open: 'Map openen',
    failedTitle: 'De samenvatting is niet opgeslagen',
    noFolder: 'Er is nog geen verslagmap gekozen. Kies die bij Verslag.',
  },
  failures: {
    'build-failed': 'De samenvatting kon niet worden gemaakt.',
    'write-failed': 'De samenvatting kon nergens worden opgeslagen, ook niet in de reservemap.',
    'no-overview': 'Het overzicht is niet meer beschikbaar. Kies de map opnieuw en sla dan op.',
    unexpected: 'Er ging iets mis bij het opslaan van de samenvatting. Probeer het opnieuw.',
  },
}
