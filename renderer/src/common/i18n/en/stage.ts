import type nl from '../nl/stage'

const en: typeof nl = {
  preview: {
    label: 'Preview of the projector: {screen}',
    loading: 'nothing yet',
  },
  screens: {
    welcome: 'welcome screen',
    principle: 'principle {name}',
    lineup: 'line-up',
    principles: 'all principles',
    tally: 'tally',
    speakers: 'four principles, four speakers',
    harvest: 'common threads',
    closing: 'closing',
    'phase-title': 'title {title}',
    break: 'break until {time}',
    black: 'black, the projector is dark',
    pause: 'pause screen',
    'tension-map': 'tension map',
    'look-back': 'looking back on the previous session',
    'round-notes': 'tops and tips of a round',
  },
  tensionMap: {
    heading: 'Tension map',
    dilemmas: 'from {count} dilemma | from {count} dilemmas',
    tension: 'Tension: top right',
    common: 'Common ground: bottom left',
    principle: '{number}. {name}',
    cell: {
      tension: 'tension: {count}',
      common: 'common ground: {count}',
    },
    empty: 'No tensions or common ground marked yet.',
  },
  roundNotes: {
    heading: 'Round\u00a0{round} — tops\u00a0and\u00a0tips',
    tops: 'Tops',
    tips: 'Tips',
    empty: 'nothing yet',
  },
  controls: {
    group: 'Projector: text and contrast',
    size: 'Text size',
    smaller: 'Smaller text',
    larger: 'Larger text',
    reset: 'Standard text size',
    resetShort: '100%',
    percent: '{percent}%',
    theme: 'Theme',
    standard: 'Standard',
    highContrast: 'High contrast',
  },
}

export default en
