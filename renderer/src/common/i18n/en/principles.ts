import type nl from '../nl/principles'

const en: typeof nl = {
  heading: 'Principles',
  hint: 'Click a principle to show it large on the projector.',
  hideBig: 'Stop showing the principle large',
  shown: 'On the projector',
  editor: {
    heading: 'Edit principles',
    wordingNote:
      'The default texts are our own wording, written in the spirit of the Civil Service Craftsmanship guide. They are not the official text of the guide: feel free to change them to the words your organisation uses.',
    list: 'Principles in order',
    position: 'Principle {position} of {total}: {name}',
    reorderHint: 'Alt + arrow up or down moves the principle.',
    name: 'Name',
    nameHint: 'Required; an empty name is not saved.',
    summary: 'In one line',
    explanation: 'Explanation',
    color: 'Colour',
    contrast: 'Contrast with white text: {ratio} : 1',
    darkened:
      'The chosen colour {picked} was too light for white text. It was darkened to {color} so the name stays easy to read.',
    preview: 'Preview on the projector',
    moveUp: 'Up',
    moveDown: 'Down',
    moveUpLabel: 'Up: {name}',
    moveDownLabel: 'Down: {name}',
    showOnProjector: 'Show on projector',
    showOnProjectorLabel: 'Show on projector: {name}',
  },
  reset: {
    button: 'Restore default set',
    confirm: 'Really restore?',
    confirmHint:
      'This puts names, texts, colours and order back to the default set. You can still undo it afterwards.',
    done: 'The default set has been restored. Undo brings your own set back.',
  },
  deck: {
    heading: 'Set of principles as a file',
    hint: 'Save your own set to open it again in a later session.',
    import: 'Open set…',
    export: 'Save set…',
    busy: 'One moment…',
    imported: 'One principle loaded. | {count} principles loaded.',
    exported: 'The set of principles has been saved.',
    nothingChanged: 'Nothing has changed.',
    problems: {
      unreadable: 'The file could not be read.',
      'not-json': 'This file is not a set of principles: its content is not valid JSON.',
      'wrong-format': "This file is not a Dansende Dilemma's set of principles.",
      'newer-version':
        'This set of principles was made with a newer version of the app. Update the app to open it.',
      invalid:
        'The set of principles is not valid: a name is missing, a text is too long, a colour is invalid, there are too many principles or the file is too large.',
      'duplicate-ids': 'In this set of principles two principles have the same id.',
      'low-contrast':
        'A colour in this set of principles is too light: white text is hard to read on it.',
      'write-failed': 'Saving failed. Choose another folder or try again.',
      unexpected: 'Something went wrong with the file. Please try again.',
    },
  },
}

export default en
