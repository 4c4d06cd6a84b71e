import type { Locale } from '../session/schema'

/** The calendar invitation's own words; the facilitator edits the appointment in their calendar. */
export interface FollowUpTexts {
  /** BCP 47 tag the dates are written in. */
  readonly tag: string
  readonly fileLabel: string
  readonly untitled: string
  readonly summary: (title: string) => string
  readonly opening: (previousDate: string) => string
  readonly openingUndated: string
  readonly agendaHeading: string
  readonly noAgenda: string
  readonly due: (date: string) => string
  readonly bring: string
  readonly guide: (address: string) => string
}

const NL: FollowUpTexts = {
  tag: 'nl-NL',
  fileLabel: 'Vervolgsessie - ',
  untitled: 'Ambtelijk vakmanschap',
  summary: (title) => `Vervolgsessie: ${title}`,
  opening: (date) =>
    `We gaan verder waar we op ${date} gebleven zijn: we kijken terug op de vervolgafspraken van toen en bespreken nieuwe dilemma’s uit ons werk.`,
  openingUndated:
    'We gaan verder waar we de vorige keer gebleven zijn: we kijken terug op de vervolgafspraken van toen en bespreken nieuwe dilemma’s uit ons werk.',
  agendaHeading: 'Waar we op terugkijken:',
  noAgenda:
    'De vorige keer maakten we geen vervolgafspraken; we beginnen met wat ons sindsdien is opgevallen.',
  due: (date) => `vóór ${date}`,
  bring: 'Heb je zelf een dilemma dat je wilt inbrengen? Neem het mee.',
  guide: (address) => `Gids Ambtelijk Vakmanschap: ${address}`,
}

const EN: FollowUpTexts = {
  tag: 'en-GB',
  fileLabel: 'Follow-up session - ',
  untitled: 'Civil-service craftsmanship',
  summary: (title) => `Follow-up session: ${title}`,
  opening: (date) =>
    `We pick up where we left off on ${date}: we look back on the follow-ups we agreed then and discuss new dilemmas from our work.`,
  openingUndated:
    'We pick up where we left off last time: we look back on the follow-ups we agreed then and discuss new dilemmas from our work.',
  agendaHeading: 'What we look back on:',
  noAgenda: 'Last time we agreed no follow-ups; we start with what has struck us since.',
  due: (date) => `by ${date}`,
  bring: 'Do you have a dilemma of your own to bring in? Bring it along.',
  guide: (address) => `The Guide to Civil-Service Craftsmanship: ${address}`,
}

export function followUpTexts(locale: Locale): FollowUpTexts {
  return locale === 'en' ? EN : NL
}
