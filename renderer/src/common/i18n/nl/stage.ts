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
