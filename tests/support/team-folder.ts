import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createSession } from '@core/session/default-session'
import {
  SESSION_SCHEMA_VERSION,
  sessionSchema,
  type Dilemma,
  type FollowUpState,
  type PairMark,
  type Session,
} from '@core/session/schema'
import { serialiseSessionFile } from '@core/session-file/session-file-format'
import type { SkippedFile } from '@core/team/team-contract'
import { randomInt, seededRandom, type Random } from './seeded-random'

/** A team as it really is: particles, accents, an apostrophe. Never in an overview. */
export const TEAM_NAMES = [
  'Anouk de Vries',
  'Bram van den Berg',
  'José Martínez',
  'Sanne van ’t Hek',
  'Mohammed El Amrani',
  'Fleur Jansen',
  'Roos Bakker',
  'Priya D’Souza',
] as const
export const FACILITATOR = 'Ingrid de Wit'
/** Typed into a rode draad of every fifth session. */
export const TYPED_EMAIL = 'anouk.devries@voorbeeld.nl'
const STATES: readonly FollowUpState[] = ['done', 'in-progress', 'dropped', 'open']
const DAY_MS = 24 * 60 * 60 * 1000
const FIRST_DAY = Date.UTC(2025, 0, 6, 11, 0)

const isoDay = (epoch: number) => new Date(epoch).toISOString().slice(0, 10)

function dilemma(
  id: string,
  random: Random,
  principleIds: readonly string[],
  marks: PairMark[],
): Dilemma {
  const counts = () =>
    Object.fromEntries(principleIds.map((pid) => [pid, randomInt(random, 0, 4)] as const))
  return {
    id,
    title: `Een verzoek dat net buiten de regels valt (${id})`,
    description: 'Een burger vraagt om maatwerk.',
    contributor: TEAM_NAMES[randomInt(random, 0, TEAM_NAMES.length - 1)] ?? '',
    source: 'prepared',
    status: 'discussed',
    variant: 'variant1',
    tally: counts(),
    firstTally: counts(),
    tallyMoment: 'after',
    revealed: { first: true, after: true },
    variant2: { principleIds: [], rounds: [{ speakers: [null, null, null, null] }] },
    pairs: marks,
    roundNotes: [],
    roundNotesShown: null,
    tippingPoint: 'De burger voor ogen houden.',
    tensions: '',
    good: '',
    hard: '',
    tops: '',
    tips: '',
  }
}

/**
 * Session `index` of a team that meets every two weeks: three discussed variant-1 dilemmas, two
 * rode draden naming a colleague, two follow-ups with an owner, and a look back on the session
 * before (`previous`). Session 3 has no date: it is dated by its last change. Every even session
 * marks the same tension, every third the same common ground.
 */
export function teamSession(index: number, random: Random, previous: Session | null): Session {
  const day = FIRST_DAY + index * 14 * DAY_MS
  const base = createSession(day)
  let seq = base.nextSeq
  const id = (prefix: string) => `${prefix}${seq++}`
  const principleIds = base.principles.map((p) => p.id)
  const marks = (n: number): PairMark[] => [
    ...(index % 2 === 0 && n === 0
      ? [{ a: 'dienstbaar', b: 'rechtvaardig', kind: 'tension' } as const]
      : []),
    ...(index % 3 === 0 && n === 1 ? [{ a: 'integer', b: 'open', kind: 'common' } as const] : []),
  ]
  const participants = TEAM_NAMES.map((name) => ({ id: id('pp'), name, present: true }))
  const dilemmas = [0, 1, 2].map((n) => dilemma(id('d'), random, principleIds, marks(n)))
  const colleague = TEAM_NAMES[index % TEAM_NAMES.length] ?? ''
  const email = index % 5 === 0 ? ` Mail ${TYPED_EMAIL} voor het verslag.` : ''
  const threads = [
    { id: id('h'), text: `Zoals ${colleague} zei: eerst de burger, dan de regel.${email}` },
    { id: id('h'), text: `Rode draad ${index + 1}: openheid naar de ketenpartners.` },
  ]
  const followUps = [0, 1].map((n) => ({
    id: id('f'),
    what: `Casus ${index + 1}.${n + 1} uitwerken met ${TEAM_NAMES[(index + n + 1) % TEAM_NAMES.length] ?? ''}`,
    who: TEAM_NAMES[(index + n + 2) % TEAM_NAMES.length] ?? '',
    due: '',
  }))
  const lookBack =
    previous === null
      ? base.lookBack
      : {
          from: { title: previous.setup.title, date: previous.setup.date },
          followUps: previous.harvest.followUps.map((item, n) => ({
            ...item,
            state: STATES[(index + n) % STATES.length] ?? 'open',
          })),
          shown: false,
        }
  return sessionSchema.parse({
    ...base,
    nextSeq: seq,
    updatedAt: day + 3 * 60 * 60 * 1000,
    setup: {
      ...base.setup,
      title: `Teamsessie ${index + 1}`,
      date: index === 3 ? '' : isoDay(day),
      facilitators: [FACILITATOR],
    },
    participants,
    dilemmas,
    harvest: { threads, insights: [], followUps },
    lookBack,
  })
}

/** `count` sessions, oldest first, each looking back on the one before. */
export function teamSessions(count: number, seed = 17): Session[] {
  const random = seededRandom(seed)
  const sessions: Session[] = []
  for (let i = 0; i < count; i++) sessions.push(teamSession(i, random, sessions.at(-1) ?? null))
  return sessions
}

export interface TeamFolderFixture {
  readonly sessions: readonly Session[]
  /** The file each session was saved to, by index. */
  readonly names: readonly string[]
  readonly skipped: readonly SkippedFile[]
}

const SAVED_AT = Date.UTC(2026, 2, 14, 12, 0)

/** A later app's session: its envelope and session both one version ahead. */
function newerFile(session: Session): string {
  const text = serialiseSessionFile(session, SAVED_AT)
  const file = JSON.parse(text) as Record<string, unknown>
  const next = SESSION_SCHEMA_VERSION + 1
  return JSON.stringify({
    ...file,
    schemaVersion: next,
    session: { ...session, schemaVersion: next },
  })
}

/**
 * The team's shared folder: `count` session files saved as the app saves them (one with an
 * upper-case ending), and what else a shared folder holds: three damaged files, one from a newer
 * app, one foreign JSON file, a PDF and a subfolder with a session file (not read).
 */
export async function writeTeamFolder(dir: string, count = 50): Promise<TeamFolderFixture> {
  const sessions = teamSessions(count)
  const names = sessions.map(
    (_, i) => `Teamsessie ${String(i + 1).padStart(2, '0')}.${i === 7 ? 'DILEMMAS' : 'dilemmas'}`,
  )
  await mkdir(join(dir, 'archief'), { recursive: true })
  const first = sessions[0] ?? teamSession(0, seededRandom(1), null)
  const whole = serialiseSessionFile(first, SAVED_AT, '1.0.0')
  const broken = JSON.parse(whole) as { session: Record<string, unknown> }
  const extras: Record<string, string> = {
    'kapot.dilemmas': 'Dit is geen JSON.',
    'afgebroken.dilemmas': whole.slice(0, Math.floor(whole.length / 2)),
    'ongeldig.dilemmas': JSON.stringify({
      ...broken,
      session: { ...broken.session, principles: [] },
    }),
    'nieuwer.dilemmas': newerFile(first),
    'vreemd.dilemmas': JSON.stringify({ format: 'iets-anders', data: [1, 2, 3] }),
    'Verslag.pdf': '%PDF-1.7 niet gelezen',
    [join('archief', 'oud.dilemmas')]: whole,
  }
  await Promise.all([
    ...sessions.map((session, i) =>
      writeFile(join(dir, names[i] ?? ''), serialiseSessionFile(session, SAVED_AT, '1.0.0')),
    ),
    ...Object.entries(extras).map(([name, text]) => writeFile(join(dir, name), text)),
  ])
  const skipped: SkippedFile[] = [
    { name: 'afgebroken.dilemmas', reason: 'damaged' },
    { name: 'kapot.dilemmas', reason: 'damaged' },
    { name: 'nieuwer.dilemmas', reason: 'newer-version' },
    { name: 'ongeldig.dilemmas', reason: 'damaged' },
    { name: 'vreemd.dilemmas', reason: 'foreign' },
  ]
  return { sessions, names, skipped }
}
