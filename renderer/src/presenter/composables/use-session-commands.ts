import { useSessionStore } from '@common/session/session-store'

/** Named actions for the presenter's controls; each one is a single command to main. */
export function useSessionCommands() {
  const store = useSessionStore()
  const succeeded = async (result: Promise<{ ok: boolean } | null>) => (await result)?.ok === true

  return {
    addDilemma: (title: string, description: string) =>
      succeeded(store.dispatch({ type: 'dilemma/add', title, description })),
    editDilemma: (id: string, title: string, description: string) =>
      succeeded(store.dispatch({ type: 'dilemma/edit', id, title, description })),
    removeDilemma: (id: string) => succeeded(store.dispatch({ type: 'dilemma/remove', id })),
    moveDilemma: (id: string, toIndex: number) =>
      succeeded(store.dispatch({ type: 'dilemma/move', id, toIndex: Math.max(0, toIndex) })),
    makeCurrent: (id: string | null) =>
      succeeded(store.dispatch({ type: 'dilemma/make-current', id })),
    showPrinciple: (principleId: string | null) =>
      succeeded(store.dispatch({ type: 'projector/show-principle', principleId })),
  }
}
