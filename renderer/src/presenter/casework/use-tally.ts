import { useSessionStore } from '@common/session/session-store'
import { LIMITS, type CaseTextField, type Principle } from '@core/session/schema'
import { currentDilemma, momentCount, queuedDilemmas } from '@core/session/selectors'
import { tallyMovement } from '@core/session/tally-movement'
import type { TallyMoment } from '@core/session/schema'
import { computed, ref } from 'vue'
import { useSessionCommands } from '../shared/use-session-commands'

export interface TallyLine {
  readonly principle: Principle
  readonly count: number
  /** The number key that adds one here (1–9), or null past the ninth principle. */
  readonly key: number | null
  readonly shown: boolean
}

/** Variant 1 for the dilemma on the floor: counts per principle, notes, and the beamer. */
export function useTally() {
  const store = useSessionStore()
  const commands = useSessionCommands()
  const dilemma = computed(() => (store.session ? currentDilemma(store.session) : null))
  const shownId = computed(() => store.session?.projector.principleId ?? null)
  const nextQueued = computed(() =>
    store.session ? (queuedDilemmas(store.session)[0] ?? null) : null,
  )
  const lines = computed<TallyLine[]>(() =>
    (store.session?.principles ?? []).map((principle, index) => ({
      principle,
      count: dilemma.value
        ? momentCount(dilemma.value, dilemma.value.tallyMoment, principle.id)
        : 0,
      key: index < 9 ? index + 1 : null,
      shown: principle.id === shownId.value,
    })),
  )
  const total = computed(() => lines.value.reduce((sum, line) => sum + line.count, 0))
  const moment = computed<TallyMoment>(() => dilemma.value?.tallyMoment ?? 'first')
  /** The count is off the beamer until the facilitator reveals it. */
  const hidden = computed(() => {
    const current = dilemma.value
    const hide = store.session?.projector.hideTally[moment.value] ?? false
    return current !== null && hide && !current.revealed[moment.value]
  })
  const movement = computed(() =>
    dilemma.value && store.session && moment.value === 'after'
      ? tallyMovement(dilemma.value, store.session.principles)
      : null,
  )

  function setMoment(next: TallyMoment): void {
    const current = dilemma.value
    if (current && current.tallyMoment !== next)
      void store.dispatch({ type: 'tally/moment', dilemmaId: current.id, moment: next })
  }

  /** Reveals (or hides again) the count of the moment being counted; false when nothing changes. */
  function reveal(revealed = true): boolean {
    const current = dilemma.value
    if (!current || current.revealed[moment.value] === revealed) return false
    void store.dispatch({
      type: 'tally/reveal',
      dilemmaId: current.id,
      moment: moment.value,
      revealed,
    })
    return true
  }

  function setHidden(which: TallyMoment, hide: boolean): void {
    void store.dispatch({ type: 'projector/hide-tally', moment: which, hide })
  }
  const confirmingReset = ref(false)

  async function adjust(principleId: string, delta: 1 | -1): Promise<void> {
    const current = dilemma.value
    const line = lines.value.find((l) => l.principle.id === principleId)
    if (!current || !line) return
    // Nothing to take away, or no room to add: sending it would only add a revision.
    if ((delta < 0 && line.count === 0) || (delta > 0 && line.count >= LIMITS.tally)) return
    await commands.adjustTally(current.id, principleId, delta)
  }

  /** For the number keys: the Nth principle in deck order (0-based). */
  async function adjustNth(index: number, delta: 1 | -1): Promise<void> {
    const line = lines.value[index]
    if (line) await adjust(line.principle.id, delta)
  }

  async function reset(): Promise<void> {
    const current = dilemma.value
    if (!current) return
    if (!confirmingReset.value) {
      confirmingReset.value = true
      return
    }
    confirmingReset.value = false
    await commands.resetTally(current.id)
  }

  /** "Toon groot" on the principle already shown goes back to the count. */
  const toggleShown = (principleId: string) =>
    commands.showPrinciple(shownId.value === principleId ? null : principleId)

  function setText(field: CaseTextField, text: string): void {
    const current = dilemma.value
    if (current) void commands.setCaseText(current.id, field, text)
  }

  function startNext(): void {
    const next = nextQueued.value
    if (next) void commands.makeCurrent(next.id)
  }

  return {
    dilemma,
    lines,
    total,
    moment,
    hidden,
    movement,
    setMoment,
    reveal,
    setHidden,
    shownId,
    nextQueued,
    confirmingReset,
    adjust,
    adjustNth,
    reset,
    cancelReset: () => (confirmingReset.value = false),
    toggleShown,
    backToTally: () => commands.showPrinciple(null),
    setText,
    startNext,
  }
}
