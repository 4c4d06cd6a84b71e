import { LIMITS } from './parts/limits'
import type {
  Dilemma,
  HarvestItem,
  LookBack,
  LookBackItem,
  Participant,
  Principle,
  Session,
  TallyMoment,
} from './schema'
import {
  currentDilemma,
  currentPhase,
  momentCount,
  principleById,
  shownPrinciple,
} from './selectors'
import { roundNotesOf } from './round-notes'
import { currentRound } from './speakers'
import { tensionMap, type TensionMap } from './tension-map'

export interface TallyBar {
  readonly principle: Principle
  /** At the moment being counted. */
  readonly count: number
  /** "Na het gesprek" beside "eerste keuze": the first count; null at the first moment. */
  readonly first: number | null
}

export interface SpeakerSlot {
  readonly principle: Principle
  readonly speaker: Participant | null
}

/** What the projector shows, derived from the session alone. */
export type ProjectorScreen =
  | {
      readonly kind: 'welcome'
      readonly title: string
      readonly principles: readonly Principle[]
      /** Who leads the session, introduced on the welcome screen. */
      readonly facilitators: readonly string[]
      /** The welcome phase is running: "we start soon" is no longer true. */
      readonly started: boolean
    }
  | { readonly kind: 'principle'; readonly principle: Principle; readonly dilemma: Dilemma | null }
  | {
      readonly kind: 'lineup'
      readonly statement: string
      readonly leftEnd: string
      readonly rightEnd: string
    }
  | {
      readonly kind: 'principles'
      readonly heading: 'explanation' | 'casework'
      readonly principles: readonly Principle[]
    }
  | {
      readonly kind: 'tally'
      readonly dilemma: Dilemma
      readonly moment: TallyMoment
      /** The count is kept off the beamer until the facilitator reveals it. */
      readonly hidden: boolean
      readonly bars: readonly TallyBar[]
      readonly total: number
    }
  | {
      readonly kind: 'speakers'
      readonly dilemma: Dilemma
      readonly slots: readonly SpeakerSlot[]
      readonly round: number
      /**
       * The group is still choosing (fewer than four principles, nobody placed yet): the whole
       * deck, the chosen ones marked, so the room sees the choice grow.
       */
      readonly choosing:
        readonly { readonly principle: Principle; readonly chosen: boolean }[] | null
    }
  /** One variant-2 round's tops and tips from the observeerders, shown to the room. */
  | {
      readonly kind: 'round-notes'
      readonly dilemma: Dilemma
      /** From 1, as the room counts. */
      readonly round: number
      readonly tops: string
      readonly tips: string
    }
  /**
   * "Terugblik": the previous session's follow-ups, with who prepares each, when and how it
   * stands. The owners are shown on purpose: the room agreed these follow-ups together and the
   * facilitator chooses to put the list up, so the names are the team's own, not private notes.
   */
  | {
      readonly kind: 'look-back'
      readonly from: LookBack['from']
      readonly items: readonly LookBackItem[]
    }
  | { readonly kind: 'harvest'; readonly threads: readonly HarvestItem[] }
  | { readonly kind: 'tension-map'; readonly map: TensionMap }
  | { readonly kind: 'closing'; readonly title: string; readonly moreInfo: string }
  | { readonly kind: 'phase-title'; readonly title: string }
  /** "We continue at 14:35", counting down to `endsAt`. */
  | { readonly kind: 'break'; readonly endsAt: number }
  /** The clicker's black screen, and the neutral pause screen. */
  | { readonly kind: 'black' }
  | { readonly kind: 'pause' }

function caseworkScreen(session: Session, dilemma: Dilemma | null): ProjectorScreen {
  if (dilemma === null)
    return { kind: 'principles', heading: 'casework', principles: session.principles }
  if (dilemma.variant === 'variant1') {
    const moment = dilemma.tallyMoment
    const bars = session.principles.map((principle) => ({
      principle,
      count: momentCount(dilemma, moment, principle.id),
      first: moment === 'after' ? momentCount(dilemma, 'first', principle.id) : null,
    }))
    const hidden = session.projector.hideTally[moment] && !dilemma.revealed[moment]
    return {
      kind: 'tally',
      dilemma,
      moment,
      hidden,
      bars,
      total: bars.reduce((sum, bar) => sum + bar.count, 0),
    }
  }
  const notesRound = dilemma.roundNotesShown
  if (notesRound !== null) {
    const { tops, tips } = roundNotesOf(dilemma, notesRound)
    return { kind: 'round-notes', dilemma, round: notesRound + 1, tops, tips }
  }
  const round = currentRound(dilemma)
  const slots = dilemma.variant2.principleIds.flatMap((id, slot) => {
    const principle = principleById(session, id)
    if (!principle) return []
    const speakerId = round.speakers[slot] ?? null
    const speaker = session.participants.find((p) => p.id === speakerId) ?? null
    return [{ principle, speaker }]
  })
  const placed = round.speakers.some((id) => id !== null)
  const chosen = new Set(dilemma.variant2.principleIds)
  const choosing =
    chosen.size < LIMITS.speakers && !placed
      ? session.principles.map((principle) => ({ principle, chosen: chosen.has(principle.id) }))
      : null
  return { kind: 'speakers', dilemma, slots, round: dilemma.variant2.rounds.length, choosing }
}

/**
 * The look-back list, when the facilitator put it up and there is something on it. Only the
 * welcome phase (or no phase yet) shows it, so moving on to the starter takes it off the beamer
 * without another click.
 */
function lookBackScreen(session: Session): ProjectorScreen | null {
  const { lookBack } = session
  if (!lookBack.shown || lookBack.followUps.length === 0) return null
  return { kind: 'look-back', from: lookBack.from, items: lookBack.followUps }
}

/**
 * Precedence, from the top: a blacked-out or paused beamer, a break, a principle shown large,
 * the look-back list (welcome phase only), then whatever the current phase shows.
 */
export function projectorScreen(session: Session): ProjectorScreen {
  const { blackout } = session.projector
  if (blackout !== 'none') return { kind: blackout }
  if (session.timers.breakEndsAt !== null)
    return { kind: 'break', endsAt: session.timers.breakEndsAt }
  const dilemma = currentDilemma(session)
  const principle = shownPrinciple(session)
  if (principle) return { kind: 'principle', principle, dilemma }
  const phase = currentPhase(session)
  if (phase === null || phase.kind === 'welcome') {
    const lookBack = lookBackScreen(session)
    if (lookBack) return lookBack
  }
  const welcome: ProjectorScreen = {
    kind: 'welcome',
    title: session.setup.title,
    principles: session.principles,
    facilitators: session.setup.facilitators,
    started: phase !== null,
  }
  if (phase === null) return welcome
  switch (phase.kind) {
    case 'welcome':
      return welcome
    case 'starter': {
      const { statement, leftEnd, rightEnd } = session.starter
      return { kind: 'lineup', statement, leftEnd, rightEnd }
    }
    case 'explanation':
      return { kind: 'principles', heading: 'explanation', principles: session.principles }
    case 'casework':
      return caseworkScreen(session, dilemma)
    case 'harvest':
      return session.projector.harvestScreen === 'tension-map'
        ? { kind: 'tension-map', map: tensionMap(session) }
        : { kind: 'harvest', threads: session.harvest.threads }
    case 'closing':
      return { kind: 'closing', title: session.setup.title, moreInfo: session.setup.moreInfo }
    case 'other':
      return { kind: 'phase-title', title: phase.title }
    default:
      return phase.kind satisfies never
  }
}
