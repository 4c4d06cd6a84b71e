export default {
  heading: 'Uitnodiging',
  hint: 'Een uitnodigingstekst op basis van de opzet hierboven. Kopieer hem naar je mail en pas hem gerust aan.',
  missing: 'Nog in te vullen: {fields}. Die staan tussen [haken] in de tekst.',
  subjectLabel: 'Onderwerp',
  bodyLabel: 'Tekst',
  copySubject: 'Onderwerp kopiëren',
  copyBody: 'Tekst kopiëren',
  copied: 'Gekopieerd',
  copyFailed: 'Kopiëren lukte niet. Selecteer de tekst en kopieer hem zelf.',
  workshopName: 'Dansende Dilemma’s',
  placeholder: {
    date: '[datum]',
    time: '[tijd]',
    location: '[locatie]',
    facilitators: '[namen begeleiders]',
  },
  fieldName: {
    date: 'datum',
    time: 'begintijd',
    location: 'locatie',
    facilitators: 'begeleiders',
  },
  subject: '{title}: wat betekent ambtelijk vakmanschap voor jou?',
  greeting: 'Beste collega’s,',
  greetingTeam: 'Beste collega’s van {team},',
  questions:
    'Wat is ambtelijk vakmanschap eigenlijk, en wat betekent het voor jou in je dagelijkse werk? Tegen welke dilemma’s loop je aan? Wat gaat er goed, wat kan beter en wat heb je daarvoor nodig?',
  session:
    'In de sessie ‘{title}’ staan we stil bij de bijzondere rol die we als ambtenaar hebben. We gaan letterlijk op de principes van ambtelijk vakmanschap staan en kijken samen naar wat we in de praktijk tegenkomen. Het gesprek is daarmee niet af: het is een begin om samen verder te gaan.',
  preparation:
    'Ter voorbereiding vragen we je om de Gids Ambtelijk Vakmanschap alvast even door te bladeren: wat valt je op, wat herken je? Je vindt de gids op {guide}. Heb je zelf een dilemma uit je werk dat je wilt inbrengen? Neem het mee, of stuur het ons vooraf.',
  when: 'Datum: {date}',
  time: 'Tijd: {time} uur (ongeveer {duration})',
  where: 'Locatie: {location}',
  seeYou: 'We zien je graag. Tot dan!',
  regards: 'Hartelijke groet,',
}
