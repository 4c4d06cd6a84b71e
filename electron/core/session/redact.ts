import type { WindowSnapshot } from './schema'

/**
 * What the projector window receives: the facilitator's private notes never leave main
 * for the beamer, not even hidden in memory.
 */
export function redactForProjector(snapshot: WindowSnapshot): WindowSnapshot {
  const { session } = snapshot
  return {
    ...snapshot,
    session: {
      ...session,
      phases: session.phases.map((phase) => ({ ...phase, notes: '' })),
      starter: { ...session.starter, observation: '' },
    },
  }
}
