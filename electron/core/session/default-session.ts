import defaultDeck from '@resources/decks/default.nl.json'
import sessionDefaults from '@resources/defaults/session.json'
import { z } from 'zod'
import { NO_LOOK_BACK } from './parts/look-back'
import { DEFAULT_REPORT_OPTIONS } from './parts/report'
import { idleTimer } from './parts/timers'
import {
  phaseSchema,
  principleSchema,
  SESSION_SCHEMA_VERSION,
  type Locale,
  type Phase,
  type Principle,
  type Session,
} from './schema'

const DEFAULT_ROUND_MINUTES = 3

/** The shipped deck, validated once so a bad edit of the resource fails loudly in tests. */
export function defaultPrinciples(): Principle[] {
  return principleSchema.array().parse(defaultDeck.principles)
}

const defaultsSchema = z.object({
  moreInfo: z.string(),
  starter: z.object({ statement: z.string(), leftEnd: z.string(), rightEnd: z.string() }),
  phases: z.array(phaseSchema.pick({ kind: true, title: true, plannedMinutes: true, notes: true })),
})

function defaultsFor(locale: Locale) {
  return defaultsSchema.parse(sessionDefaults[locale])
}

/** The programme of the original workshop, numbered from `firstSeq`. */
export function defaultProgramme(locale: Locale, firstSeq: number): Phase[] {
  return defaultsFor(locale).phases.map((phase, index) => ({
    ...phase,
    id: `ph${firstSeq + index}`,
    startedAt: null,
    endedAt: null,
  }))
}

/** A new session: the default deck and programme, nothing filled in yet. */
export function createSession(now: number, locale: Locale = 'nl'): Session {
  const defaults = defaultsFor(locale)
  const phases = defaultProgramme(locale, 1)
  return {
    schemaVersion: SESSION_SCHEMA_VERSION,
    nextSeq: phases.length + 1,
    updatedAt: now,
    locale,
    setup: {
      title: '',
      date: '',
      startTime: '',
      location: '',
      team: '',
      facilitators: [],
      variant: 'variant1',
      plannedMinutes: phases.reduce((sum, phase) => sum + phase.plannedMinutes, 0),
      moreInfo: defaults.moreInfo,
    },
    principles: defaultPrinciples(),
    participants: [],
    phases,
    currentPhaseId: null,
    starter: { ...defaults.starter, observation: '' },
    dilemmas: [],
    currentDilemmaId: null,
    harvest: { threads: [], insights: [], followUps: [] },
    projector: {
      principleId: null,
      timer: 'hidden',
      blackout: 'none',
      fontScale: 1,
      theme: 'standard',
      hideTally: { first: true, after: false },
      harvestScreen: 'threads',
    },
    timers: {
      phase: idleTimer(0),
      round: idleTimer(DEFAULT_ROUND_MINUTES * 60_000),
      breakEndsAt: null,
    },
    timerSettings: {
      roundMinutes: DEFAULT_ROUND_MINUTES,
      warningMinutes: 2,
      roundSound: false,
      pulse: false,
    },
    report: DEFAULT_REPORT_OPTIONS,
    lookBack: NO_LOOK_BACK,
  }
}

/** A session worth offering for resume: the facilitator has put something into it. */
export function hasContent(session: Session): boolean {
  return (
    session.dilemmas.length > 0 ||
    session.participants.length > 0 ||
    session.setup.title !== '' ||
    session.currentPhaseId !== null ||
    session.projector.principleId !== null
  )
}

/**
 * The same workshop for the next group: set-up, deck, programme (with notes) and starter stay;
 * the date, people, dilemmas, tallies and harvest start empty.
 */
export function sessionAsTemplate(session: Session, now: number): Session {
  const fresh = createSession(now, session.locale)
  return {
    ...fresh,
    nextSeq: session.nextSeq,
    setup: { ...session.setup, date: '' },
    principles: session.principles,
    phases: session.phases.map((phase) => ({ ...phase, startedAt: null, endedAt: null })),
    starter: { ...session.starter, observation: '' },
    projector: {
      ...fresh.projector,
      fontScale: session.projector.fontScale,
      theme: session.projector.theme,
      hideTally: session.projector.hideTally,
    },
    timerSettings: session.timerSettings,
    report: session.report,
    // The kept round length also sets the (idle) round timer, as the settings command does.
    timers: {
      ...fresh.timers,
      round: idleTimer(session.timerSettings.roundMinutes * 60_000),
    },
  }
}
