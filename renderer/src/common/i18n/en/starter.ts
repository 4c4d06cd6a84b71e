import type nl from '../nl/starter'

const en: typeof nl = {
  heading: 'Starter: line-up',
  explanation:
    'Everyone takes part straight away. Read out the statement; participants choose a place on an imaginary line across the room, between the two ends. Then ask a few people why they stand just there. Everyone speaks early on, and you see how much the group already knows about civil-service craftsmanship.',
  statement: 'Statement',
  statementHint: 'Short and thought-provoking; the projector follows as you type.',
  leftEnd: 'Left end',
  rightEnd: 'Right end',
  observation: 'What stood out?',
  observationHint: 'Only for you: not on the beamer and not in the report.',
  observationPlaceholder: 'For example: most stood in the middle; little knowledge of the guide.',
  previewHeading: 'What the projector shows',
  previewHint: 'The projector shows the line once the programme reaches the starter.',
}

export default en
