import { useSessionStore } from '@common/session/session-store'
import type { Dilemma } from '@core/session/schema'
import { proposeSpeakers } from '@core/session/speakers'
import { computed, ref } from 'vue'
import { freshSeed, useVariant2 } from './use-variant2'

/**
 * "The next dilemma proposes four new speakers": while the current round is empty, a proposal
 * made with a seed kept here. Taking it over sends that same seed, so what was shown is taken.
 */
export function useSpeakerProposal(dilemma: () => Dilemma) {
  const store = useSessionStore()
  const v2 = useVariant2(dilemma)
  const seed = ref(freshSeed())

  const visible = computed(() => v2.roundIsEmpty.value && v2.present.value.length > 0)
  const proposal = computed(() => {
    const session = store.session
    if (!session || !visible.value) return []
    return proposeSpeakers(session, dilemma().id, seed.value).map((id, slot) => ({
      slot,
      participant: v2.participantFor(id),
      principle: v2.slots.value[slot]?.principle ?? null,
    }))
  })

  return {
    visible,
    proposal,
    adopt: () => v2.pickSpeakers(seed.value),
    another: () => {
      seed.value = freshSeed()
    },
  }
}
