import { useSessionStore } from '@common/session/session-store'
import type { CommandInput } from '@core/commands/schema'
import type { CaseTextField, DilemmaStatus } from '@core/session/schema'

type CommandOf<T extends CommandInput['type']> = Extract<CommandInput, { type: T }>

/** The fields of a new dilemma, as the add form collects them. */
export type NewDilemma = Omit<CommandOf<'dilemma/add'>, 'type'>
/** What the edit form of a queue row can change. */
export type DilemmaChanges = Omit<CommandOf<'dilemma/edit'>, 'type' | 'id'>

/** Named actions for the presenter's controls; each one is a single command to main. */
export function useSessionCommands() {
  const store = useSessionStore()
  const send = async (command: CommandInput) => (await store.dispatch(command))?.ok === true

  return {
    addDilemma: (fields: NewDilemma) => send({ type: 'dilemma/add', ...fields }),
    addExample: (exampleId: string) => send({ type: 'dilemma/add-example', exampleId }),
    editDilemma: (id: string, changes: DilemmaChanges) =>
      send({ type: 'dilemma/edit', id, ...changes }),
    removeDilemma: (id: string) => send({ type: 'dilemma/remove', id }),
    moveDilemma: (id: string, toIndex: number) =>
      send({ type: 'dilemma/move', id, toIndex: Math.max(0, toIndex) }),
    makeCurrent: (id: string | null) => send({ type: 'dilemma/make-current', id }),
    setDilemmaStatus: (id: string, status: DilemmaStatus) =>
      send({ type: 'dilemma/set-status', id, status }),
    setCaseText: (id: string, field: CaseTextField, text: string) =>
      send({ type: 'dilemma/set-text', id, field, text }),
    adjustTally: (dilemmaId: string, principleId: string, delta: number) =>
      send({ type: 'tally/adjust', dilemmaId, principleId, delta }),
    resetTally: (dilemmaId: string) => send({ type: 'tally/reset', dilemmaId }),
    showPrinciple: (principleId: string | null) =>
      send({ type: 'projector/show-principle', principleId }),
  }
}
