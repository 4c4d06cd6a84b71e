import type { CDPSession, Page } from 'playwright-core'
import type { CommandInput } from '@core/commands/schema'
import type { DispatchResult } from '@core/host/session-host'

/** The page calls these DevTools bindings; a binding call is a native message, no script. */
export const REVISION_BINDING = '__ddSoakRevision'
export const DISPATCHED_BINDING = '__ddSoakDispatched'
/** A push on this channel asks the presenter page to dispatch the command it carries. */
export const DISPATCH_CHANNEL = 'dd-soak:dispatch'

/** The harness's push to one page (Harness.pushTo). */
export interface PushToPage {
  pushTo(page: Page, channel: string, json: string): Promise<unknown>
}

/**
 * What a page tells the soak without being asked: the revision of each snapshot it gets and the
 * result of each command it dispatches. Asking with `page.evaluate` would compile a script in
 * the page each time, thousands over the day, and the page's heap would count them.
 */
export class PageReports {
  #revision = 0
  #waiters: { readonly revision: number; readonly resolve: () => void }[] = []
  #dispatches: ((result: DispatchResult) => void)[] = []

  private constructor(readonly page: Page) {}

  /** Listens before the page is hooked up (snapshot-count.ts), so no report is missed. */
  static async attach(page: Page, cdp: CDPSession): Promise<PageReports> {
    const reports = new PageReports(page)
    cdp.on('Runtime.bindingCalled', ({ name, payload }) => reports.#receive(name, payload))
    await cdp.send('Runtime.addBinding', { name: REVISION_BINDING })
    await cdp.send('Runtime.addBinding', { name: DISPATCHED_BINDING })
    return reports
  }

  #receive(name: string, payload: string): void {
    if (name === REVISION_BINDING) {
      this.#revision = Math.max(this.#revision, Number(payload))
      const due = this.#waiters.filter((waiter) => waiter.revision <= this.#revision)
      this.#waiters = this.#waiters.filter((waiter) => waiter.revision > this.#revision)
      for (const waiter of due) waiter.resolve()
    } else if (name === DISPATCHED_BINDING) {
      this.#dispatches.shift()?.(JSON.parse(payload) as DispatchResult)
    }
  }

  /** Resolves once the page has been handed the snapshot of this revision (or a later one). */
  reached(revision: number): Promise<void> {
    if (revision <= this.#revision) return Promise.resolve()
    return new Promise((resolve) => this.#waiters.push({ revision, resolve }))
  }

  /** The presenter page's own dispatch, asked for over its push channel. */
  dispatch(harness: PushToPage, command: CommandInput): Promise<DispatchResult> {
    const result = new Promise<DispatchResult>((resolve) => this.#dispatches.push(resolve))
    void harness.pushTo(this.page, DISPATCH_CHANNEL, JSON.stringify(command))
    return result
  }
}
