import type { ReportTexts } from './report-texts'

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

export const en: ReportTexts = {
  tag: 'en-GB',
  kicker: "Dansende Dilemma's feedback report",
  untitled: "Dansende Dilemma's",
  facts: {
    date: 'Date',
    time: 'Start',
    place: 'Place',
    team: 'Team',
    facilitators: 'Facilitators',
    participants: 'Participants',
    attendees: 'Present',
  },
  present: (count) => `${count} present`,
  facilitatorCount: (count) => plural(count, 'facilitator', 'facilitators'),
  facilitator: (letter) => `Facilitator ${letter}`,
  removed: '[removed]',
  places: {
    title: 'Title',
    dilemma: (number) => `Dilemma ${number}`,
    description: 'Description',
    openDilemma: (number) => `Dilemma not discussed ${number}`,
    item: (list, number) => `${list} ${number}`,
    principle: (name) => `Principle ${name}`,
    lookBack: 'Looking back',
    followUp: (number) => `Follow-up ${number}`,
  },
  programme: {
    heading: 'Programme',
    phase: 'Part',
    planned: 'Planned',
    start: 'Start',
    end: 'End',
    duration: 'Duration',
    total: 'Total',
    notStarted: 'not started',
    notEnded: 'not closed',
    running: 'still running',
    empty: 'No programme was recorded.',
  },
  minutes: (count) => `${count} min`,
  starter: {
    label: 'Statement of the starter',
    ends: (left, right) => `from “${left}” to “${right}”`,
  },
  dilemmas: {
    heading: 'Dilemmas discussed',
    empty: 'No dilemmas were discussed.',
    notDiscussed: (skipped, notReached) =>
      [
        skipped > 0 ? `${plural(skipped, 'dilemma was', 'dilemmas were')} skipped` : '',
        notReached > 0 ? `${plural(notReached, 'dilemma was', 'dilemmas were')} not reached` : '',
      ]
        .filter(Boolean)
        .join(' and ')
        .concat('.'),
  },
  dilemma: {
    contributor: 'Brought in by',
    variant: 'Format',
    tally: 'Principles chosen',
    principle: 'Principle',
    count: 'Count',
    tallyTotal: (count) => `${plural(count, 'choice', 'choices')} in all`,
    tallyAfter: 'Principles chosen after the conversation',
    firstChoice: 'First choice (before the conversation)',
    movement: 'Movement',
    moved: (count, moves) =>
      count === 0
        ? 'Nobody moved.'
        : `At least ${plural(count, 'person', 'people')} moved: ${moves.join(', ')}.`,
    move: (count, from, to) => `${count} from ${from} to ${to}`,
    noTally: 'No choices were counted.',
    chosen: 'The four principles',
    noneChosen: 'No principles were chosen.',
    rounds: 'Who stood where',
    roundColumn: 'Round',
    round: (number) => `Round ${number}`,
    noRounds: 'No rounds were recorded.',
    speaker: (letter) => `Participant ${letter}`,
    noPrinciple: 'no principle',
    nobody: '–',
    tension: 'Tension',
    common: 'Common ground',
    pair: (a, b) => `${a} – ${b}`,
    roundNotes: 'Round by round: tops, tips and what the speakers said',
    tops: 'Tops from the observers',
    tips: 'Tips from the observers',
    speakerColumn: 'Speaker',
    good: 'Went well',
    hard: 'Was hard',
    speakerOn: (speaker, principle) => `${speaker} (${principle})`,
  },
  tensionMap: {
    heading: 'Tension map',
    intro: (dilemmas) =>
      `For ${plural(dilemmas, 'dilemma', 'dilemmas')} we noted which principles pulled against each other (tension) and which met (common ground). The number says in how many dilemmas.`,
    imageLabel: (principles, tension, common) =>
      `Tension map of ${principles} principles, tension above the diagonal and common ground below it: ${plural(tension, 'pair', 'pairs')} with tension and ${plural(common, 'pair', 'pairs')} with common ground. They are also listed as text below.`,
    legendTension: 'Above the diagonal: tension',
    legendCommon: 'Below the diagonal: common ground',
    times: (pair, count) => `${pair} ${count}×`,
    caption:
      'Tension map: for each pair of principles, in how many dilemmas there was tension or common ground',
    pairColumn: 'Pair',
  },
  openDilemmas: {
    heading: 'Not discussed — material for next time',
    skipped: 'Skipped',
    notReached: 'Not reached',
  },
  variants: {
    variant1: 'Variant 1: everyone chooses a principle',
    variant2: 'Variant 2: four principles, four speakers',
  },
  caseTexts: {
    tippingPoint: 'What tipped the balance',
    tensions: 'Tension or common ground with other principles',
    good: 'What the speakers found good',
    hard: 'What the speakers found hard',
    tops: 'Tops from the observers',
    tips: 'Tips from the observers',
  },
  harvest: {
    heading: 'Harvest',
    threads: 'Common threads',
    insights: 'New insights',
    followUps: 'Follow-ups',
    noThreads: 'No common threads were recorded.',
    noInsights: 'No new insights were recorded.',
    noFollowUps: 'No follow-ups were agreed.',
    what: 'What',
    who: 'Who',
    due: 'By when',
  },
  lookBack: {
    heading: (title, date) =>
      title === ''
        ? `Looking back on ${date === '' ? 'the previous session' : `the session of ${date}`}`
        : `Looking back on “${title}”${date === '' ? '' : ` of ${date}`}`,
    intro:
      'At the start of the session we looked together at how the follow-ups of the previous session stand.',
    state: 'Status',
    states: { open: 'open', done: 'done', 'in-progress': 'in progress', dropped: 'dropped' },
    summary: (done, total) => `${done} of ${plural(total, 'follow-up', 'follow-ups')} done.`,
  },
  moreInfo: 'More information',
  principles: {
    heading: 'The principles',
    intro:
      'In this session we literally stood on the principles of the Guide to Civil-Service Craftsmanship, each on its own floor mat. In short:',
  },
  generated: (when) => `This report was made on ${when}.`,
  chartLabel: (principle, count) => `${principle}: ${count}`,
}
