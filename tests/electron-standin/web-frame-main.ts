import type { WebFrameMain } from 'electron'
import type { Frame, Page } from 'playwright-core'
import { counter } from './events'
import { electronOrigin, toElectronUrl } from './url-bridge'

const nextFrameId = counter()
const frameIds = new WeakMap<Frame, number>()

function idOf(frame: Frame): number {
  let id = frameIds.get(frame)
  if (id === undefined) {
    id = nextFrameId()
    frameIds.set(frame, id)
  }
  return id
}

type FrameFields =
  | 'url'
  | 'origin'
  | 'name'
  | 'parent'
  | 'top'
  | 'frames'
  | 'framesInSubtree'
  | 'detached'
  | 'isDestroyed'
  | 'frameTreeNodeId'
  | 'routingId'
  | 'processId'
  | 'osProcessId'
  | 'frameToken'
  | 'visibilityState'
  | 'executeJavaScript'

/**
 * A frame as main sees it (docs/api/web-frame-main.md). Electron does not promise that two
 * lookups of the same frame give the same object (frames are swapped across navigations and
 * may be detached, electron/electron#43473), so every lookup here makes a new one: identity
 * comparisons in main fail here as they may in Electron. The fields read the frame live.
 */
export class StandinWebFrameMain implements Pick<WebFrameMain, FrameFields> {
  constructor(
    private readonly frame: Frame,
    private readonly page: Page,
    /** One renderer process per window in the stand-in. */
    readonly processId: number,
  ) {}

  /** The frame as Electron's type, for the places main receives one. */
  static of(frame: Frame, page: Page, processId: number): WebFrameMain {
    return new StandinWebFrameMain(frame, page, processId) as unknown as WebFrameMain
  }

  get url(): string {
    return toElectronUrl(this.frame.url())
  }
  get origin(): string {
    return electronOrigin(this.url)
  }
  get name(): string {
    return this.frame.name()
  }
  get parent(): WebFrameMain | null {
    const parent = this.frame.parentFrame()
    return parent === null ? null : StandinWebFrameMain.of(parent, this.page, this.processId)
  }
  get top(): WebFrameMain | null {
    return StandinWebFrameMain.of(this.page.mainFrame(), this.page, this.processId)
  }
  get frames(): WebFrameMain[] {
    return this.frame.childFrames().map((f) => StandinWebFrameMain.of(f, this.page, this.processId))
  }
  get framesInSubtree(): WebFrameMain[] {
    const all: Frame[] = []
    const walk = (frame: Frame) => {
      all.push(frame)
      frame.childFrames().forEach(walk)
    }
    walk(this.frame)
    return all.map((f) => StandinWebFrameMain.of(f, this.page, this.processId))
  }
  get detached(): boolean {
    return this.frame.isDetached()
  }
  isDestroyed(): boolean {
    return this.frame.isDetached() || this.page.isClosed()
  }
  get frameTreeNodeId(): number {
    return idOf(this.frame)
  }
  get routingId(): number {
    return idOf(this.frame)
  }
  get osProcessId(): number {
    return this.processId
  }
  get frameToken(): string {
    return `frame-${idOf(this.frame)}`
  }
  get visibilityState(): string {
    return 'visible'
  }
  executeJavaScript(code: string): Promise<unknown> {
    return this.frame.evaluate(code)
  }
}
