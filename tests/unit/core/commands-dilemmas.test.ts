import { describe, expect, it } from 'vitest'
import exampleFile from '@resources/examples/dilemmas.nl.json'
import { EXAMPLE_DILEMMAS, defaultCaseVariant } from '@core/commands/domains/dilemmas'
import {
  CASE_TEXT_FIELDS,
  DILEMMA_SOURCES,
  LIMITS,
  type Dilemma,
  type DilemmaStatus,
  type Session,
  type Variant,
} from '@core/session/schema'
import { changeDilemma, makeDilemma, sessionWith, projectorShowing } from './fixtures'
import { accepted, expectInvalid, expectNoOp, expectRejected, NOW } from './reduce-helpers'

const ids = (session: Session): string[] => session.dilemmas.map((d) => d.id)
const statuses = (session: Session): DilemmaStatus[] => session.dilemmas.map((d) => d.status)
const withVariant = (variant: Variant): Session => {
  const start = sessionWith(0)
  return { ...start, setup: { ...start.setup, variant } }
}
const withStatus = (session: Session, id: string, status: DilemmaStatus): Session =>
  changeDilemma(session, id, (d) => ({ ...d, status }))

describe('dilemma/add', () => {
  it('adds a queued dilemma with every field and empty case texts', () => {
    const next = accepted(sessionWith(0), {
      type: 'dilemma/add',
      title: 'Regels of maatwerk',
      description: 'Een aanvrager valt net buiten de regeling.',
      contributor: 'Anna',
      source: 'on-the-spot',
      variant: 'variant2',
    })
    expect(next.dilemmas).toEqual([
      makeDilemma('d7', 'Regels of maatwerk', {
        description: 'Een aanvrager valt net buiten de regeling.',
        contributor: 'Anna',
        source: 'on-the-spot',
        variant: 'variant2',
      }),
    ])
    expect(next.updatedAt).toBe(NOW)
  })

  it.each<[Variant, Dilemma['variant']]>([
    ['variant1', 'variant1'],
    ['variant2', 'variant2'],
    ['both', 'variant1'],
  ])('follows a %s session with %s when no variant is given', (variant, expected) => {
    const next = accepted(withVariant(variant), { type: 'dilemma/add', title: 'x' })
    expect(next.dilemmas[0]?.variant).toBe(expected)
    expect(defaultCaseVariant(withVariant(variant))).toBe(expected)
  })

  it('takes an explicit variant over the session variant', () => {
    const next = accepted(withVariant('variant2'), {
      type: 'dilemma/add',
      title: 'x',
      variant: 'variant1',
    })
    expect(next.dilemmas[0]?.variant).toBe('variant1')
  })

  it.each(DILEMMA_SOURCES)('accepts the source %s', (source) => {
    expect(
      accepted(sessionWith(0), { type: 'dilemma/add', title: 'x', source }).dilemmas[0]?.source,
    ).toBe(source)
  })

  it('keeps the current dilemma and the projector', () => {
    const start = sessionWith(2, { currentDilemmaId: 'd1', projector: projectorShowing('open') })
    const next = accepted(start, { type: 'dilemma/add', title: 'x' })
    expect(next.currentDilemmaId).toBe('d1')
    expect(next.projector).toEqual(start.projector)
    expect(next.projector.principleId).toBe('open')
  })

  it(`accepts the ${LIMITS.dilemmas}th dilemma and refuses one more`, () => {
    const next = accepted(sessionWith(LIMITS.dilemmas - 1), { type: 'dilemma/add', title: 'x' })
    expect(next.dilemmas).toHaveLength(LIMITS.dilemmas)
    expectRejected(next, { type: 'dilemma/add', title: 'y' }, 'limit-reached')
  })

  it.each<[string, unknown]>([
    ['an unknown source', { source: 'internet' }],
    ['an unknown variant', { variant: 'both' }],
    ['a contributor of 201 characters', { contributor: 'c'.repeat(LIMITS.shortText + 1) }],
    ['a status', { status: 'discussed' }],
    ['a tally', { tally: { open: 3 } }],
    ['a smuggled id', { id: 'd1' }],
    ['case text', { tops: 'goed gedaan' }],
  ])('refuses %s', (_label, change) => {
    expectInvalid({ type: 'dilemma/add', title: 'x', ...(change as object) })
  })
})

describe('dilemma/add-many', () => {
  it('adds one queued dilemma per title, in order, as prepared unless told otherwise', () => {
    const start = sessionWith(1)
    const next = accepted(start, {
      type: 'dilemma/add-many',
      titles: ['Een burger vraagt om uitstel', '  Een collega deelt gegevens  '],
    })
    expect(next.dilemmas.map((d) => d.title)).toEqual([
      'Dilemma 1',
      'Een burger vraagt om uitstel',
      'Een collega deelt gegevens',
    ])
    expect(next.dilemmas.slice(1).map((d) => [d.status, d.source, d.description])).toEqual([
      ['queued', 'prepared', ''],
      ['queued', 'prepared', ''],
    ])
    const onTheSpot = accepted(start, {
      type: 'dilemma/add-many',
      titles: ['Ter plekke'],
      source: 'on-the-spot',
    })
    expect(onTheSpot.dilemmas.at(-1)?.source).toBe('on-the-spot')
  })

  it(`refuses the whole list when it would pass ${LIMITS.dilemmas} dilemmas, and empty lists`, () => {
    const full = sessionWith(LIMITS.dilemmas - 1)
    expectRejected(full, { type: 'dilemma/add-many', titles: ['a', 'b'] }, 'limit-reached')
    expect(accepted(full, { type: 'dilemma/add-many', titles: ['a'] }).dilemmas).toHaveLength(
      LIMITS.dilemmas,
    )
    expectInvalid({ type: 'dilemma/add-many', titles: [] })
    expectInvalid({ type: 'dilemma/add-many', titles: ['   '] })
  })
})

describe('dilemma/add-example', () => {
  it('ships the examples of the resource file', () => {
    expect(EXAMPLE_DILEMMAS).toEqual(exampleFile.dilemmas)
    expect(EXAMPLE_DILEMMAS.length).toBeGreaterThanOrEqual(5)
  })

  it.each(EXAMPLE_DILEMMAS.map((e) => [e.id, e] as const))(
    'adds the example %s as an anonymous example dilemma',
    (exampleId, example) => {
      const next = accepted(withVariant('variant2'), { type: 'dilemma/add-example', exampleId })
      expect(next.dilemmas).toEqual([
        makeDilemma('d7', example.title, {
          description: example.description,
          contributor: '',
          source: 'example',
          variant: 'variant2',
        }),
      ])
    },
  )

  it('can add the same example twice, as two dilemmas', () => {
    let state = sessionWith(0)
    state = accepted(state, { type: 'dilemma/add-example', exampleId: 'collega' })
    state = accepted(state, { type: 'dilemma/add-example', exampleId: 'collega' })
    expect(ids(state)).toEqual(['d7', 'd8'])
  })

  it('refuses an unknown example', () => {
    expectRejected(
      sessionWith(0),
      { type: 'dilemma/add-example', exampleId: 'bestaat-niet' },
      'unknown-example',
    )
  })

  it('refuses to go over the dilemma limit', () => {
    expectRejected(
      sessionWith(LIMITS.dilemmas),
      { type: 'dilemma/add-example', exampleId: 'collega' },
      'limit-reached',
    )
  })

  it('refuses extra fields and a bad id', () => {
    expectInvalid({ type: 'dilemma/add-example', exampleId: 'collega', title: 'x' })
    expectInvalid({ type: 'dilemma/add-example', exampleId: '../collega' })
  })
})

describe('dilemma/edit', () => {
  const start = sessionWith(2)

  it.each<[string, Partial<Dilemma>]>([
    ['title', { title: 'Nieuwe titel' }],
    ['description', { description: 'Meer uitleg' }],
    ['contributor', { contributor: 'Bram' }],
    ['source', { source: 'current-events' }],
    ['variant', { variant: 'variant2' }],
  ])('changes only the %s', (_field, change) => {
    const next = accepted(start, { type: 'dilemma/edit', id: 'd2', ...change })
    expect(next).toEqual({
      ...start,
      updatedAt: NOW,
      dilemmas: start.dilemmas.map((d) => (d.id === 'd2' ? { ...d, ...change } : d)),
    })
  })

  it('keeps tally, rounds and case texts when the variant changes', () => {
    const used = changeDilemma(start, 'd1', (d) => ({ ...d, tally: { open: 2 }, tops: 'top' }))
    const next = accepted(used, { type: 'dilemma/edit', id: 'd1', variant: 'variant2' })
    expect(next.dilemmas[0]).toEqual({ ...used.dilemmas[0], variant: 'variant2' })
  })

  it('refuses an unknown dilemma', () => {
    expectRejected(start, { type: 'dilemma/edit', id: 'd3', title: 'x' }, 'unknown-dilemma')
  })

  it.each<[string, unknown]>([
    ['a status', { status: 'skipped' }],
    ['a blank title', { title: ' ' }],
    ['a case text', { tippingPoint: 'x' }],
    ['an unknown source', { source: 'krant' }],
  ])('refuses %s', (_label, change) => {
    expectInvalid({ type: 'dilemma/edit', id: 'd1', ...(change as object) })
  })
})

describe('dilemma/remove and dilemma/move', () => {
  it('removing the current dilemma leaves none current', () => {
    const next = accepted(sessionWith(3, { currentDilemmaId: 'd2' }), {
      type: 'dilemma/remove',
      id: 'd2',
    })
    expect(ids(next)).toEqual(['d1', 'd3'])
    expect(next.currentDilemmaId).toBeNull()
  })

  it('moving keeps statuses and the current dilemma', () => {
    const start = withStatus(sessionWith(3, { currentDilemmaId: 'd3' }), 'd1', 'skipped')
    const next = accepted(start, { type: 'dilemma/move', id: 'd1', toIndex: 2 })
    expect(ids(next)).toEqual(['d2', 'd3', 'd1'])
    expect(statuses(next)).toEqual(['queued', 'queued', 'skipped'])
    expect(next.currentDilemmaId).toBe('d3')
  })

  it('refuse unknown dilemmas and bad indexes', () => {
    expectRejected(sessionWith(1), { type: 'dilemma/remove', id: 'd2' }, 'unknown-dilemma')
    expectRejected(
      sessionWith(1),
      { type: 'dilemma/move', id: 'd2', toIndex: 0 },
      'unknown-dilemma',
    )
    expectInvalid({ type: 'dilemma/move', id: 'd1', toIndex: -2 })
    expectInvalid({ type: 'dilemma/remove', id: 'd1', force: true })
  })
})

describe('dilemma/make-current', () => {
  it('marks the previous (queued) dilemma discussed', () => {
    const next = accepted(sessionWith(3, { currentDilemmaId: 'd1' }), {
      type: 'dilemma/make-current',
      id: 'd2',
    })
    expect(next.currentDilemmaId).toBe('d2')
    expect(statuses(next)).toEqual(['discussed', 'queued', 'queued'])
  })

  it('leaves a previous dilemma that was skipped or discussed as it was', () => {
    for (const status of ['skipped', 'discussed'] as const) {
      const start = withStatus(sessionWith(3, { currentDilemmaId: 'd1' }), 'd1', status)
      const next = accepted(start, { type: 'dilemma/make-current', id: 'd3' })
      expect(statuses(next)).toEqual([status, 'queued', 'queued'])
    }
  })

  it('takes a discussed or skipped dilemma back to the floor as queued', () => {
    const start = withStatus(withStatus(sessionWith(3), 'd2', 'discussed'), 'd3', 'skipped')
    expect(statuses(accepted(start, { type: 'dilemma/make-current', id: 'd2' }))).toEqual([
      'queued',
      'queued',
      'skipped',
    ])
    expect(statuses(accepted(start, { type: 'dilemma/make-current', id: 'd3' }))).toEqual([
      'queued',
      'discussed',
      'queued',
    ])
  })

  it('with null marks the current one discussed and leaves none current', () => {
    const next = accepted(sessionWith(2, { currentDilemmaId: 'd2' }), {
      type: 'dilemma/make-current',
      id: null,
    })
    expect(next.currentDilemmaId).toBeNull()
    expect(statuses(next)).toEqual(['queued', 'discussed'])
  })

  it('clears the principle shown on the projector', () => {
    const start = sessionWith(2, { currentDilemmaId: 'd1', projector: projectorShowing('open') })
    expect(
      accepted(start, { type: 'dilemma/make-current', id: 'd2' }).projector.principleId,
    ).toBeNull()
  })

  it('making the current dilemma current again changes nothing', () => {
    expectNoOp(sessionWith(2, { currentDilemmaId: 'd1', projector: projectorShowing('open') }), {
      type: 'dilemma/make-current',
      id: 'd1',
    })
    expectNoOp(sessionWith(2), { type: 'dilemma/make-current', id: null })
  })

  it('refuses an unknown dilemma, also a principle id', () => {
    const start = sessionWith(2, { currentDilemmaId: 'd1' })
    expectRejected(start, { type: 'dilemma/make-current', id: 'd9' }, 'unknown-dilemma')
    expectRejected(start, { type: 'dilemma/make-current', id: 'open' }, 'unknown-dilemma')
  })
})

describe('dilemma/set-status', () => {
  it.each(['discussed', 'skipped'] as const)(
    'setting the current dilemma %s takes it off the floor',
    (status) => {
      const next = accepted(sessionWith(2, { currentDilemmaId: 'd2' }), {
        type: 'dilemma/set-status',
        id: 'd2',
        status,
      })
      expect(next.currentDilemmaId).toBeNull()
      expect(statuses(next)).toEqual(['queued', status])
    },
  )

  it('setting the current dilemma queued keeps it current', () => {
    const next = accepted(sessionWith(2, { currentDilemmaId: 'd2' }), {
      type: 'dilemma/set-status',
      id: 'd2',
      status: 'queued',
    })
    expect(next.currentDilemmaId).toBe('d2')
  })

  it.each(['queued', 'discussed', 'skipped'] as const)(
    'sets another dilemma %s and keeps the current one',
    (status) => {
      const start = withStatus(sessionWith(3, { currentDilemmaId: 'd1' }), 'd3', 'skipped')
      const next = accepted(start, { type: 'dilemma/set-status', id: 'd3', status })
      expect(next.currentDilemmaId).toBe('d1')
      expect(next.dilemmas[2]?.status).toBe(status)
    },
  )

  it('refuses an unknown dilemma', () => {
    expectRejected(
      sessionWith(1),
      { type: 'dilemma/set-status', id: 'd5', status: 'skipped' },
      'unknown-dilemma',
    )
  })

  it('refuses "current" (derived, never stored) and unknown statuses', () => {
    expectInvalid({ type: 'dilemma/set-status', id: 'd1', status: 'current' })
    expectInvalid({ type: 'dilemma/set-status', id: 'd1', status: 'done' })
    expectInvalid({ type: 'dilemma/set-status', id: 'd1' })
  })
})

describe('dilemma/set-text', () => {
  it.each(CASE_TEXT_FIELDS)('writes %s and nothing else', (field) => {
    const start = sessionWith(2)
    const next = accepted(start, { type: 'dilemma/set-text', id: 'd1', field, text: ' Tekst ' })
    expect(next.dilemmas[0]).toEqual({ ...start.dilemmas[0], [field]: ' Tekst ' })
    expect(next.dilemmas[1]).toEqual(start.dilemmas[1])
  })

  it('accepts the longest text and an empty one', () => {
    const text = 'x'.repeat(LIMITS.longText)
    let next = accepted(sessionWith(1), { type: 'dilemma/set-text', id: 'd1', field: 'tops', text })
    expect(next.dilemmas[0]?.tops).toBe(text)
    next = accepted(next, { type: 'dilemma/set-text', id: 'd1', field: 'tops', text: '' })
    expect(next.dilemmas[0]?.tops).toBe('')
  })

  it('refuses an unknown dilemma', () => {
    expectRejected(
      sessionWith(1),
      { type: 'dilemma/set-text', id: 'd2', field: 'tips', text: 'x' },
      'unknown-dilemma',
    )
  })

  it.each<[string, unknown]>([
    ['the title (not a case text)', { field: 'title' }],
    ['the status', { field: 'status', text: 'discussed' }],
    ['the id', { field: 'id', text: 'd9' }],
    ['a prototype key', { field: '__proto__' }],
    ['too long a text', { text: 'x'.repeat(LIMITS.longText + 1) }],
    ['a numeric text', { text: 5 }],
    ['no text', { text: undefined }],
  ])('refuses %s', (_label, change) => {
    expectInvalid({
      type: 'dilemma/set-text',
      id: 'd1',
      field: 'tops',
      text: 'x',
      ...(change as object),
    })
  })
})
