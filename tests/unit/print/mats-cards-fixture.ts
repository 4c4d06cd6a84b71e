import { createSession } from '@core/session/default-session'
import { dilemmaSchema, type Dilemma, type DilemmaSource, type Session } from '@core/session/schema'

export function ownDilemma(
  id: string,
  title: string,
  description: string,
  source: DilemmaSource = 'prepared',
): Dilemma {
  return dilemmaSchema.parse({
    id,
    title,
    description,
    contributor: 'Geheime Inbrenger',
    source,
    status: 'queued',
    variant: 'variant1',
    tally: {},
    variant2: { principleIds: [], rounds: [{ speakers: [null, null, null, null] }] },
    ...{ tippingPoint: '', tensions: '', good: '', hard: '', tops: '', tips: '' },
  })
}

export function matsSession(overrides: Partial<Session> = {}): Session {
  const session = createSession(0)
  return { ...session, setup: { ...session.setup, title: 'Teamdag <Noord>' }, ...overrides }
}

/** Inside one `<style>`: the document's whole stylesheet. */
export function stylesheet(html: string): string {
  return /<style>([\s\S]*)<\/style>/.exec(html)?.[1] ?? ''
}

export function pageCount(html: string): number {
  return (html.match(/<section class="page">/g) ?? []).length
}
