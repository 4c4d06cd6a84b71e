/** The projector's stage as the presenter shows and sets it: the thumbnail, text size, theme. */
export default {
  preview: {
    /** The visible label under the thumbnail; the thumbnail itself is hidden from screen readers. */
    label: 'Voorbeeld van de beamer: {screen}',
    loading: 'nog niets',
  },
  screens: {
    welcome: 'welkomstscherm',
    principle: 'principe {name}',
    lineup: 'lijnopstelling',
    principles: 'alle principes',
    tally: 'telling',
    speakers: 'vier principes, vier sprekers',
    harvest: 'rode draden',
    closing: 'afsluiting',
    'phase-title': 'titel {title}',
    break: 'pauze tot {time}',
    black: 'zwart, de beamer is donker',
    pause: 'pauzescherm',
    'tension-map': 'spanningskaart',
    'look-back': 'terugblik op de vorige sessie',
    'round-notes': 'tops en tips van een ronde',
  },
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
  controls: {
    group: 'Beamer: tekst en contrast',
    size: 'Tekstgrootte',
    smaller: 'Tekst kleiner',
    larger: 'Tekst groter',
    reset: 'Standaard tekstgrootte',
    resetShort: '100%',
    percent: '{percent}%',
    theme: 'Thema',
    standard: 'Standaard',
    highContrast: 'Hoog contrast',
  },
}
