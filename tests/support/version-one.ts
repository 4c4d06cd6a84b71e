import { VERSION_ONE_REPORT_OPTIONS } from '@core/session/migrate'
import { NO_LOOK_BACK } from '@core/session/schema'

/**
 * What a stored version-1 session becomes today: the defaults of everything that came later
 * added, all else unchanged. Its one count per dilemma is "na het gesprek", already shown on
 * the beamer; it has no tension-map marks nor notes per variant-2 round.
 */
export function versionOneToday(stored: Record<string, unknown>): Record<string, unknown> {
  const dilemmas = (stored['dilemmas'] as object[]).map((dilemma) => ({
    ...dilemma,
    firstTally: {},
    tallyMoment: 'after',
    revealed: { first: true, after: true },
    pairs: [],
    roundNotes: [],
    roundNotesShown: null,
  }))
  const projector = {
    ...(stored['projector'] as object),
    hideTally: { first: true, after: false },
    harvestScreen: 'threads',
  }
  return {
    ...stored,
    schemaVersion: 3,
    report: VERSION_ONE_REPORT_OPTIONS,
    dilemmas,
    projector,
    lookBack: NO_LOOK_BACK,
  }
}
