import type { z } from 'zod'
import type { PageName } from '../core/app-origin'

/**
 * The arguments an action takes: none for a call without payload, else the parsed payload.
 * A payload-less call ignores whatever a window sends with it.
 */
export type ArgsOf<Payload> = [Payload] extends [undefined] ? [] : [payload: Payload]

/** One call a window makes: its channel, how its payload is read, and who may make it. */
export interface InvokeSpec<
  Payload,
  Result,
  Pages extends readonly PageName[] = readonly PageName[],
> {
  readonly channel: string
  readonly pages: Pages
  /** False for a call without payload: the API sends none, whatever the page passes. */
  readonly hasPayload: boolean
  /** Checks the payload and turns it into the action's arguments; null when it is refused. */
  readonly parse: (payload: unknown) => ArgsOf<Payload> | null
  /** Never read: carries the result type from the table to the API and the actions. */
  readonly result?: () => Result
}

/** One message main pushes: its channel and the windows that receive it. */
export interface PushSpec<Payload, Pages extends readonly PageName[] = readonly PageName[]> {
  readonly channel: string
  readonly pages: Pages
  /** Never read: carries the payload type from the table to `send` and the listeners. */
  readonly payload?: Payload
}

export const EVERY_PAGE = ['presenter', 'projector'] as const
export const PRESENTER_ONLY = ['presenter'] as const

/** Whether a window may make a call, or receives a push. */
export function reaches(pages: readonly PageName[], page: PageName): boolean {
  return pages.includes(page)
}

/** A call without payload: `invoke(channel, pages).returns<Result>()` (or `.returnsNothing()`). */
export function invoke<const Pages extends readonly PageName[]>(channel: string, pages: Pages) {
  const spec = <Result>(): InvokeSpec<undefined, Result, Pages> => ({
    channel,
    pages,
    hasPayload: false,
    parse: () => [],
  })
  return { returns: spec, returnsNothing: spec<void> }
}

/** A call whose payload main checks with `schema` before the action sees it. */
export function invokeWith<Payload, const Pages extends readonly PageName[]>(
  channel: string,
  pages: Pages,
  schema: z.ZodType<Payload>,
) {
  const spec = <Result>(): InvokeSpec<Payload, Result, Pages> => ({
    channel,
    pages,
    hasPayload: true,
    parse: (payload) => {
      const parsed = schema.safeParse(payload)
      // ArgsOf<Payload> is [Payload] for every schema that accepts something other than undefined.
      return parsed.success ? ([parsed.data] as ArgsOf<Payload>) : null
    },
  })
  return { returns: spec, returnsNothing: spec<void> }
}

export function push<Payload>() {
  return <const Pages extends readonly PageName[]>(
    channel: string,
    pages: Pages,
  ): PushSpec<Payload, Pages> => ({ channel, pages })
}

export type PayloadOf<S> = S extends InvokeSpec<infer P, unknown, readonly PageName[]> ? P : never
export type ResultOf<S> = S extends { readonly result?: () => infer R } ? R : never
export type PushPayloadOf<S> = S extends PushSpec<infer P, readonly PageName[]> ? P : never
