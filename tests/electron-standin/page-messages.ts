/** What the page runtime sends to the stand-in through its binding (one shape per kind). */
export type PageMessage =
  | { readonly kind: 'ready' }
  | { readonly kind: 'invoke'; readonly channel: string; readonly args: unknown[] }
  | { readonly kind: 'send'; readonly channel: string; readonly args: unknown[] }
  | {
      readonly kind: 'open'
      readonly url: string
      readonly frameName: string
      readonly features: string
    }
  | {
      readonly kind: 'unhandled-key'
      readonly key: string
      readonly code: string
      readonly control: boolean
      readonly shift: boolean
      readonly alt: boolean
      readonly meta: boolean
    }

/** The answer to an invoke, as Electron's renderer receives it before it throws or returns. */
export type InvokeReply =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: string }

export interface PageRuntimeConfig {
  /** The binding every frame can call (the model of a renderer's raw IPC). */
  readonly binding: string
  /** The global main's pushes arrive through (main frame only). */
  readonly deliver: string
  /** Where the preload came from, for `__filename` and `__dirname`. */
  readonly preloadFile: string | null
  /** The few `process` fields a sandboxed preload gets. */
  readonly process: {
    readonly platform: string
    readonly arch: string
    readonly versions: Record<string, string>
    readonly env: Record<string, string>
  }
}
