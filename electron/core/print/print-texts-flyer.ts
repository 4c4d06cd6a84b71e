import type { Locale } from '../session/schema'

/** Every word the flyer and the hand-out write themselves. User text never passes through here. */
export interface FlyerTexts {
  /** The BCP 47 tag for dates. */
  readonly tag: string
  readonly kicker: string
  readonly untitled: string
  readonly flyerTitle: (title: string) => string
  readonly handoutTitle: (title: string) => string
  readonly principlesHeading: string
  /** One line on the werkvorm, for people who have not seen it yet. */
  readonly howItWorks: string
  /** Above the link when it is the Gids itself. */
  readonly gidsLabel: string
  /** Above the link when it is the session's own "more information" address. */
  readonly moreInfoLabel: string
  readonly qrLabel: string
  readonly programmeHeading: string
  readonly minutes: (count: number) => string
  /** A planned clock time, hours and minutes as two digits each. */
  readonly clock: (hours: string, minutes: string) => string
  readonly startsAt: (time: string) => string
  readonly dilemmaHeading: string
  readonly dilemmaPrompt: string
}

const nl: FlyerTexts = {
  tag: 'nl-NL',
  kicker: 'Dansende Dilemma’s · Ambtelijk Vakmanschap',
  untitled: 'Dansende Dilemma’s',
  flyerTitle: (title) => `Flyer — ${title}`,
  handoutTitle: (title) => `Hand-out — ${title}`,
  principlesHeading: 'De principes',
  howItWorks:
    'Zo werkt het: bij elk dilemma ga je op de vloermat staan van het principe dat voor jou het zwaarst weegt. Je hoort waarom anderen ergens anders staan, en je mag altijd van plek wisselen.',
  gidsLabel: 'Lees verder in de Gids Ambtelijk Vakmanschap',
  moreInfoLabel: 'Meer informatie',
  qrLabel: 'QR-code van de link hiernaast',
  programmeHeading: 'Programma',
  minutes: (count) => `${count} min`,
  clock: (hours, minutes) => `${hours}.${minutes}`,
  startsAt: (time) => `${time} uur`,
  dilemmaHeading: 'Mijn dilemma',
  dilemmaPrompt:
    'Een situatie uit je eigen werk waarin twee principes elk iets anders van je vragen. Wat speelt er, en wat maakt het lastig?',
}

const en: FlyerTexts = {
  tag: 'en-GB',
  kicker: "Dansende Dilemma's · Civil-Service Craftsmanship",
  untitled: "Dansende Dilemma's",
  flyerTitle: (title) => `Flyer — ${title}`,
  handoutTitle: (title) => `Handout — ${title}`,
  principlesHeading: 'The principles',
  howItWorks:
    'How it works: for each dilemma you stand on the floor mat of the principle that weighs most for you. You hear why others stand somewhere else, and you may change places at any time.',
  gidsLabel: 'Read more in the Guide to Civil-Service Craftsmanship',
  moreInfoLabel: 'More information',
  qrLabel: 'QR code of the link next to it',
  programmeHeading: 'Programme',
  minutes: (count) => `${count} min`,
  clock: (hours, minutes) => `${hours}:${minutes}`,
  startsAt: (time) => time,
  dilemmaHeading: 'My dilemma',
  dilemmaPrompt:
    'A situation from your own work where two principles each ask something different of you. What is going on, and what makes it hard?',
}

export function flyerTexts(locale: Locale): FlyerTexts {
  return locale === 'en' ? en : nl
}
