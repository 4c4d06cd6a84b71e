import { onScopeDispose } from 'vue'

/** The numbers in use for each kind of radio group, among the components mounted now. */
const namesInUse = new Map<string, Set<number>>()

/**
 * The `name` of a group of radio buttons, the same each time the component mounts. Chromium keeps
 * a record of every radio group name a page has ever used, for the page's life: a new name per
 * mount (as `useId()` gives) made the presenter grow by one record each time a panel with radio
 * buttons came back. Two instances mounted at once still get different names.
 */
export function useRadioName(kind: string): string {
  const taken = namesInUse.get(kind) ?? new Set<number>()
  namesInUse.set(kind, taken)
  let number = 0
  while (taken.has(number)) number += 1
  taken.add(number)
  onScopeDispose(() => {
    taken.delete(number)
  })
  return `${kind}-${number}`
}
