import type nl from '../nl/invitation'

const en: typeof nl = {
  heading: 'Invitation',
  hint: 'An invitation based on the set-up above. Copy it into your e-mail and adapt it as you like.',
  missing: 'Still to fill in: {fields}. They are shown between [brackets] in the text.',
  subjectLabel: 'Subject',
  bodyLabel: 'Text',
  copySubject: 'Copy subject',
  copyBody: 'Copy text',
  copied: 'Copied',
  copyFailed: 'Copying did not work. Select the text and copy it yourself.',
  workshopName: 'Dancing Dilemmas',
  placeholder: {
    date: '[date]',
    time: '[time]',
    location: '[location]',
    facilitators: '[facilitators’ names]',
  },
  fieldName: {
    date: 'date',
    time: 'start time',
    location: 'location',
    facilitators: 'facilitators',
  },
  subject: '{title}: what does civil-service craftsmanship mean to you?',
  greeting: 'Dear colleagues,',
  greetingTeam: 'Dear colleagues of {team},',
  questions:
    'What is civil-service craftsmanship, really, and what does it mean for you in your daily work? Which dilemmas do you run into? What goes well, what could be better, and what do you need for that?',
  session:
    'In the session ‘{title}’ we take a moment to consider the special role we have as civil servants. We will literally stand on the principles of civil-service craftsmanship and look together at what we meet in practice. The conversation will not be finished by then: it is a start to continue together.',
  preparation:
    'To prepare, please skim the Guide to Civil-Service Craftsmanship (Gids Ambtelijk Vakmanschap) beforehand: what stands out, what do you recognise? You will find the guide at {guide}. Do you have a dilemma from your own work you would like to bring in? Bring it along, or send it to us in advance.',
  when: 'Date: {date}',
  time: 'Time: {time} (about {duration})',
  where: 'Location: {location}',
  seeYou: 'We look forward to seeing you there!',
  regards: 'Kind regards,',
}

export default en
