import { presenterApi } from '@common/api'
import type { Unsubscribe } from '@contract'
import { parseMenuCommand, type MenuCommand, type MenuSection } from '@core/menu/menu-command'
import { onMounted, onUnmounted, type Ref } from 'vue'
import { useSessionFileStore } from '../session-file/use-session-file'
import { commitTyping } from '../shared/use-typing-guard'

export interface MenuCommandTargets {
  /** The shortcut overview's open state (shared with F1 and its button). */
  readonly overviewOpen: Ref<boolean>
  readonly openSection: (section: MenuSection) => void
}

/**
 * What the native menu asks of this page. Main sends only what the page alone can do: open the
 * shortcut overview or a section, and the session-file actions (which show their outcome here).
 * Anything that is not exactly one of those commands is ignored.
 */
export function useMenuCommands(targets: MenuCommandTargets, doc: Document = document) {
  const files = useSessionFileStore()
  let unsubscribe: Unsubscribe | null = null

  function perform(command: MenuCommand): void {
    switch (command.kind) {
      case 'shortcuts':
        targets.overviewOpen.value = true
        return
      case 'section':
        targets.openSection(command.section)
        return
      case 'file':
        commitTyping(doc)
        void files.run(command.action)
        return
      case 'open-recent':
        void files.openRecent(command.index)
        return
      default:
        return command satisfies never
    }
  }

  onMounted(() => {
    unsubscribe = presenterApi().onMenuCommand((payload) => {
      const command = parseMenuCommand(payload)
      if (command !== null) perform(command)
    })
  })
  onUnmounted(() => unsubscribe?.())
}
