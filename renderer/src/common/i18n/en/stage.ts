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
