export default {
  heading: 'Afronding',
  hint: 'Het slotscherm staat op de beamer zodra het programma bij de afronding is.',
  moreInfo: 'Meer informatie',
  moreInfoHint: 'Staat als gewone tekst op het slotscherm, bijvoorbeeld een website.',
  remindersHeading: 'Niet vergeten',
  reminders: {
    thanks: 'Bedank iedereen voor de inbreng en de openheid.',
    report:
      'Vertel dat er een terugkoppeling van de sessie komt, ook voor wie er vandaag niet bij kon zijn.',
    followUp: 'Noem de vervolgafspraken: wat pakken we op, en wie bereidt het voor?',
    moreInfo: 'Wijs op waar iedereen meer kan lezen.',
  },
  previewHeading: 'Zo ziet de beamer het slotscherm',
}
