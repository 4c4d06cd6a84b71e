export default {
  heading: 'Verslag',
  hint: 'De terugkoppeling van deze sessie, voor wie erbij was en voor wie er niet bij kon zijn. Het verslag komt in de gedeelde map van het team.',
  privacy: {
    legend: 'Namen in het verslag',
    includeNames: 'Namen van deelnemers opnemen',
    includeContributors: 'Inbrengers van dilemma’s noemen',
    includeOpenDilemmas: 'Dilemma’s die niet aan bod kwamen bij titel noemen',
    hint: 'Het verslag komt in een gedeelde map. Zonder vinkjes staan de namen van deelnemers en inbrengers er niet in (alleen het aantal deelnemers), en van dilemma’s die niet aan bod kwamen alleen het aantal. Wat je zelf typt (rode draden, vervolgafspraken en wie ze voorbereidt, notities bij een dilemma) komt er wel in zoals je het schreef: lees het na op namen.',
  },
  formats: {
    legend: 'Bestandsformaten',
    pdf: 'PDF',
    docx: 'Word (.docx)',
    html: 'Webpagina',
    md: 'Markdown',
    none: 'Kies minstens één formaat om het verslag op te slaan.',
  },
  folder: {
    legend: 'Verslagmap',
    none: 'Nog geen map gekozen',
    choose: 'Map kiezen…',
    change: 'Andere map kiezen…',
    hint: 'De gedeelde map van het team. De app onthoudt hem.',
    fallback:
      'Is de netwerkmap niet bereikbaar, dan komt het verslag in de reservemap op deze computer: {folder}',
    unavailable: 'De mapgegevens konden niet worden gelezen.',
  },
  save: {
    button: 'Verslag opslaan',
    busy: 'Bezig met opslaan…',
  },
  progress: {
    label: 'Voortgang',
    starting: 'Verslag voorbereiden…',
    building: '{format} maken…',
    buildingAll: 'Verslag maken…',
    writing: 'Opslaan in de netwerkmap… {done} van {total}',
    verifying: 'Controleren of alles goed is opgeslagen… {done} van {total}',
    fallback: 'De netwerkmap lukt niet; opslaan in de reservemap… {done} van {total}',
    done: 'Klaar.',
  },
  formatNames: {
    pdf: 'PDF',
    docx: 'Word-bestand',
    html: 'Webpagina',
    md: 'Markdown-bestand',
  },
  result: {
    saved: 'Opgeslagen in {folder}:',
    retried: 'De verslagen uit de reservemap staan nu in de netwerkmap {folder}:',
    fallbackTitle: 'Het verslag staat in de reservemap, niet in de netwerkmap',
    retryFallbackTitle: 'Opnieuw proberen lukte nog niet',
    why: 'Waarom:',
    where: 'Het staat veilig op deze computer, in {folder}:',
    retry: 'Opnieuw proberen naar de netwerkmap',
    retrying: 'Bezig met opnieuw proberen…',
    openShared: 'Map openen',
    openFallback: 'Map openen',
    failedTitle: 'Het verslag is niet opgeslagen',
    nothingLost:
      'Er is niets verloren: de sessie zelf wordt automatisch bewaard, dus je kunt het verslag later opnieuw maken.',
    tryAgain:
      'Probeer het over een moment opnieuw. Helpt dat niet, kies dan een andere verslagmap of sla alleen de webpagina op.',
    nothingPending: 'Er wachten geen verslagen meer in de reservemap.',
  },
  failures: {
    'build-failed': 'Het verslag kon niet worden gemaakt.',
    'write-failed': 'Het verslag kon nergens worden opgeslagen, ook niet in de reservemap.',
    unexpected: 'Er ging iets mis bij het opslaan van het verslag.',
  },
  reasons: {
    'no-folder':
      'Er is nog geen verslagmap gekozen. Kies hierboven een map en probeer het opnieuw.',
    unreachable:
      'De netwerkmap is niet bereikbaar. Misschien is er geen verbinding met het netwerk of de VPN.',
    'no-permission': 'Je hebt geen toestemming om in de netwerkmap te schrijven.',
    'read-only': 'De netwerkmap is alleen-lezen: er kan niets in worden opgeslagen.',
    'disk-full': 'De netwerkmap is vol.',
    busy: 'De netwerkmap was bezet: misschien staat een bestand open in een ander programma, of is de virusscanner ermee bezig.',
    timeout: 'De netwerkmap reageerde niet binnen een paar seconden.',
    'verify-failed':
      'Na het opslaan klopte het bestand in de netwerkmap niet. Daarom is het daar niet bewaard.',
    unknown: 'Opslaan in de netwerkmap lukte niet; de oorzaak is onbekend.',
  },
  pending: {
    title: 'Nog niet in de netwerkmap',
    text: 'Er wacht nog één verslagbestand in de reservemap op deze computer. | Er wachten nog {count} verslagbestanden in de reservemap op deze computer.',
    open: 'Reservemap openen',
  },
  preview: {
    show: 'Voorbeeld',
    refresh: 'Vernieuwen',
    title: 'Voorbeeld van het verslag',
    loading: 'Voorbeeld maken…',
    failed: 'Het voorbeeld kon niet worden gemaakt. Probeer Vernieuwen.',
    hint: 'Zo ziet het verslag eruit. Het voorbeeld volgt wijzigingen in de sessie vanzelf.',
  },
}
