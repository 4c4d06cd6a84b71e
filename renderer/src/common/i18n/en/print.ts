import type nl from '../nl/print'

const en: typeof nl = {
  heading: 'Printed matter',
  hint: "Everything is made from this session's principles, in the session's language: what lies on the floor says what the beamer says. If you change a principle, make the printed matter again.",
  items: {
    'floor-mats': {
      name: 'Floor mats',
      about: 'One sheet per principle: the name as large as fits, the short summary below it.',
    },
    flyer: {
      name: 'Flyer',
      about:
        'One A4 with the principles and their colours, a line on the workshop, the title and date from Session and the link to the Guide to Civil-Service Craftsmanship, also as a QR code.',
    },
    'dilemma-cards': {
      name: 'Dilemma cards',
      about:
        'The example dilemmas as cards to cut out, with cut marks. Who brought a dilemma in is never on them.',
    },
    handout: {
      name: 'Handout',
      about:
        "One A4 with the programme and its planned times, the principles and an empty 'My dilemma' box.",
    },
  },
  save: 'Save as PDF',
  choose: 'Include when saving',
  mats: {
    paper: 'Paper',
    a3: 'A3 landscape',
    a4: 'A4 landscape',
    'a4-pair': '2 × A4 (tape together)',
    style: 'Colour',
    'full-colour': 'Full colour',
    'printer-friendly': 'Printer-friendly (white background, coloured border)',
  },
  cards: {
    perPage: 'Per A4',
    four: '4 cards',
    six: '6 cards',
    own: "This session's own dilemmas too",
  },
  preview: {
    label: 'Preview',
    show: 'Preview',
    title: 'Preview: {item}',
    loading: 'Making the preview…',
    failed: 'The preview could not be made. Please try again.',
    print: 'Print…',
  },
  saveButton: 'Save as PDF…',
  saveHint: 'You choose the folder. A file that is already there is never overwritten.',
  noneChosen: 'Tick at least one item to save.',
  busy: 'Making the PDFs…',
  saved: 'One PDF saved in: | {count} PDFs saved in:',
  notSaved: 'Not saved: {items}. Try again or choose another folder.',
  failures: {
    'build-failed': 'The PDFs could not be made. Nothing was saved; please try again.',
    'write-failed': 'Saving in {folder} did not work. Nothing was saved.',
    unexpected: 'Something went wrong while making the printed matter. Please try again.',
  },
  reasons: {
    'no-folder': 'No folder was chosen.',
    unreachable: 'The folder cannot be reached.',
    'no-permission': 'You are not allowed to write in this folder.',
    'read-only': 'The folder is read-only.',
    'disk-full': 'The disk is full.',
    busy: 'A file was busy; it may be open in another program.',
    timeout: 'The folder did not answer within a few seconds.',
    'verify-failed': 'After saving, the file did not match, so it was not kept.',
    unknown: 'The cause is unknown.',
  },
  printed: 'Sent to the printer.',
  printFailed: 'Printing did not work. Save the item as PDF and print that.',
}

export default en
