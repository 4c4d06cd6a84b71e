import { presenterApi } from '@common/api'
import type { ReportFolderInfo } from '@contract'
import { onMounted, ref } from 'vue'

/** The remembered report folder and the fallback folder: shown, never sent back to main. */
export function useReportFolder() {
  const info = ref<ReportFolderInfo | null>(null)
  const unavailable = ref(false)
  const choosing = ref(false)

  async function refresh(): Promise<void> {
    try {
      info.value = await presenterApi().getReportFolder()
      unavailable.value = false
    } catch {
      unavailable.value = true
    }
  }

  /** Main shows the folder dialog; a cancelled dialog answers with the folder as it was. */
  async function choose(): Promise<void> {
    if (choosing.value) return
    choosing.value = true
    try {
      info.value = await presenterApi().chooseReportFolder()
      unavailable.value = false
    } catch {
      unavailable.value = true
    } finally {
      choosing.value = false
    }
  }

  onMounted(refresh)

  return { info, unavailable, choosing, refresh, choose }
}
