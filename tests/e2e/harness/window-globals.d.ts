import type { PresenterApi, ProjectorApi } from '@contract'

declare global {
  interface Window {
    /** What the preload (here: the API shim) exposes. */
    dilemmaApi?: PresenterApi | ProjectorApi
    /** The shim's entry for a push from the test process: the channel and the message as JSON. */
    __ddPushJson?: (channel: string, json: string) => void
    /** The shim's delivery of a push to the page's listeners; a bench may wrap it. */
    __ddPush?: (channel: string, payload: unknown) => void
  }
}
