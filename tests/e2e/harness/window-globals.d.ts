import type { PresenterApi, ProjectorApi } from '@contract'

declare global {
  interface Window {
    /** What the preload (here: the API shim) exposes. */
    dilemmaApi?: PresenterApi | ProjectorApi
  }
}
