import type { TeamTexts } from './team-texts'

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

/** Our own Dutch wording: the summary's default language. */
export const nl: TeamTexts = {
  tag: 'nl-NL',
  kicker: 'Teamoverzicht Dansende Dilemma’s',
  fileLabel: 'Teamoverzicht',
  nameLabel: '[naam]',
  removed: '[verwijderd]',
  span: (count, from, to) =>
    count === 1 ? `1 sessie, op ${from}.` : `${count} sessies, van ${from} tot en met ${to}.`,
  noSessions: 'In deze map staan geen sessiebestanden die de app kon lezen.',
  discussed: (count) => `In totaal ${plural(count, 'dilemma', 'dilemma’s')} besproken.`,
  hidden: (count) =>
    `${plural(count, 'naam of persoonlijk gegeven is', 'namen of persoonlijke gegevens zijn')} ` +
    'weggelaten of vervangen door [naam].',
  principles: {
    heading: 'Gekozen principes',
    intro: 'Hoeveel mensen op een principe stonden, opgeteld over alle sessies.',
    principle: 'Principe',
    first: 'Eerste keuze',
    after: 'Na het gesprek',
    empty: 'Er zijn nog geen keuzes geteld.',
    more: (count) => `En nog ${plural(count, 'principe', 'principes')} in de app.`,
  },
  pairs: {
    heading: 'Spanningen en raakvlakken die terugkomen',
    intro: 'Principes die in meer dan één sessie samen zijn aangewezen.',
    pair: 'Principes',
    kind: 'Soort',
    sessions: 'Sessies',
    kinds: { tension: 'spanning', common: 'raakvlak' },
    empty: 'Geen spanning of raakvlak kwam in meer dan één sessie terug.',
    more: (count) => `En nog ${plural(count, 'paar', 'paren')} in de app.`,
  },
  threads: {
    heading: 'Rode draden',
    empty: 'Er zijn geen rode draden vastgelegd.',
    more: (count) =>
      `En nog ${plural(count, 'eerdere rode draad', 'eerdere rode draden')} in de app.`,
  },
  followUps: {
    heading: 'Vervolgafspraken',
    intro: 'Hoe het ermee staat, zoals een latere sessie erop terugblikte.',
    date: 'Sessie',
    what: 'Afspraak',
    state: 'Stand',
    states: { open: 'nog open', done: 'gedaan', 'in-progress': 'loopt nog', dropped: 'vervallen' },
    empty: 'Er zijn geen vervolgafspraken gemaakt.',
    more: (count) =>
      `En nog ${plural(count, 'eerdere vervolgafspraak', 'eerdere vervolgafspraken')} in de app.`,
  },
  skipped: {
    heading: 'Niet meegenomen',
    intro: 'Deze bestanden in de map zijn overgeslagen; ze zijn niet veranderd.',
    reasons: {
      damaged: 'beschadigd of onleesbaar',
      foreign: 'geen sessiebestand',
      'newer-version': 'van een nieuwere versie van de app',
      'too-large': 'te groot',
    },
    more: (count) => `En nog ${plural(count, 'bestand', 'bestanden')}.`,
  },
  generated: (when) => `Dit overzicht is gemaakt op ${when}.`,
}
