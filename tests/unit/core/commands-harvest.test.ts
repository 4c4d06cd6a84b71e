import { describe, expect, it } from 'vitest'
import {
  HARVEST_LISTS,
  LIMITS,
  type FollowUp,
  type HarvestItem,
  type HarvestList,
  type Session,
} from '@core/session/schema'
import { sessionWith } from './fixtures'
import { accepted, expectInvalid, expectRejected, NOW } from './reduce-helpers'

const items = (count: number, first = 100): HarvestItem[] =>
  Array.from({ length: count }, (_, i) => ({ id: `h${first + i}`, text: `punt ${i}` }))

/** Threads h100..h102, insights h110..h111, follow-ups f120..f121. */
function harvested(): Session {
  return sessionWith(1, {
    harvest: {
      threads: items(3, 100),
      insights: items(2, 110),
      followUps: [
        { id: 'f120', what: 'Vervolgsessie plannen', who: 'Anna', due: '2026-12-15' },
        { id: 'f121', what: 'Terugkoppeling sturen', who: '', due: '' },
      ],
    },
    nextSeq: 130,
  })
}

const ids = (list: readonly { id: string }[]): string[] => list.map((item) => item.id)

describe('harvest/add', () => {
  it.each(HARVEST_LISTS)('adds to %s with an id from the counter', (list) => {
    const start = sessionWith(0)
    const next = accepted(start, { type: 'harvest/add', list, text: 'Rode draad' })
    expect(next.harvest[list]).toEqual([{ id: 'h7', text: 'Rode draad' }])
    const other: HarvestList = list === 'threads' ? 'insights' : 'threads'
    expect(next.harvest[other]).toEqual([])
    expect(next.nextSeq).toBe(8)
    expect(next.updatedAt).toBe(NOW)
  })

  it('adds an empty item to type into when no text is given', () => {
    const next = accepted(sessionWith(0), { type: 'harvest/add', list: 'insights' })
    expect(next.harvest.insights).toEqual([{ id: 'h7', text: '' }])
  })

  it('appends at the end and never reuses an id', () => {
    let state = accepted(harvested(), { type: 'harvest/remove', list: 'threads', id: 'h102' })
    state = accepted(state, { type: 'harvest/add', list: 'threads', text: 'nieuw' })
    expect(ids(state.harvest.threads)).toEqual(['h100', 'h101', 'h130'])
  })

  it(`allows ${LIMITS.harvestItems} items per list and refuses one more`, () => {
    const start = sessionWith(0, {
      harvest: { threads: items(LIMITS.harvestItems - 1), insights: [], followUps: [] },
      nextSeq: 400,
    })
    const full = accepted(start, { type: 'harvest/add', list: 'threads' })
    expect(full.harvest.threads).toHaveLength(LIMITS.harvestItems)
    expectRejected(full, { type: 'harvest/add', list: 'threads' }, 'limit-reached')
    // A full list of threads does not block insights.
    expect(accepted(full, { type: 'harvest/add', list: 'insights' }).harvest.insights).toHaveLength(
      1,
    )
  })

  it.each<[string, unknown]>([
    ['follow-ups (they have their own command)', { list: 'followUps' }],
    ['an unknown list', { list: 'tops' }],
    ['no list', { list: undefined }],
    ['too long a text', { text: 'x'.repeat(LIMITS.longText + 1) }],
    ['a smuggled id', { id: 'h1' }],
  ])('refuses %s', (_label, change) => {
    expectInvalid({ type: 'harvest/add', list: 'threads', ...(change as object) })
  })
})

describe('harvest/edit', () => {
  it('changes the text of that item only, exactly as typed', () => {
    const start = harvested()
    const next = accepted(start, {
      type: 'harvest/edit',
      list: 'threads',
      id: 'h101',
      text: ' Nieuw ',
    })
    expect(next.harvest.threads).toEqual([
      { id: 'h100', text: 'punt 0' },
      { id: 'h101', text: ' Nieuw ' },
      { id: 'h102', text: 'punt 2' },
    ])
    expect(next.harvest.insights).toEqual(start.harvest.insights)
  })

  it('refuses an unknown item, also one from the other list', () => {
    expectRejected(
      harvested(),
      { type: 'harvest/edit', list: 'threads', id: 'h999', text: 'x' },
      'unknown-item',
    )
    expectRejected(
      harvested(),
      { type: 'harvest/edit', list: 'threads', id: 'h110', text: 'x' },
      'unknown-item',
    )
    expectRejected(
      harvested(),
      { type: 'harvest/edit', list: 'insights', id: 'f120', text: 'x' },
      'unknown-item',
    )
  })

  it('refuses a missing text', () => {
    expectInvalid({ type: 'harvest/edit', list: 'threads', id: 'h100' })
  })
})

describe('harvest/remove', () => {
  it('removes from the given list only', () => {
    const next = accepted(harvested(), { type: 'harvest/remove', list: 'insights', id: 'h110' })
    expect(ids(next.harvest.insights)).toEqual(['h111'])
    expect(ids(next.harvest.threads)).toEqual(['h100', 'h101', 'h102'])
  })

  it('refuses an unknown item, one from the other list, and a second removal', () => {
    const once = accepted(harvested(), { type: 'harvest/remove', list: 'threads', id: 'h100' })
    expectRejected(once, { type: 'harvest/remove', list: 'threads', id: 'h100' }, 'unknown-item')
    expectRejected(once, { type: 'harvest/remove', list: 'insights', id: 'h101' }, 'unknown-item')
  })
})

describe('harvest/move', () => {
  it.each<[string, number, string[]]>([
    ['h100', 2, ['h101', 'h102', 'h100']],
    ['h102', 0, ['h102', 'h100', 'h101']],
    ['h101', 50, ['h100', 'h102', 'h101']],
  ])('moves %s to index %i', (id, toIndex, expected) => {
    const next = accepted(harvested(), { type: 'harvest/move', list: 'threads', id, toIndex })
    expect(ids(next.harvest.threads)).toEqual(expected)
  })

  it('refuses an unknown item and a negative index', () => {
    expectRejected(
      harvested(),
      { type: 'harvest/move', list: 'insights', id: 'h100', toIndex: 0 },
      'unknown-item',
    )
    expectInvalid({ type: 'harvest/move', list: 'threads', id: 'h100', toIndex: -1 })
  })
})

describe('harvest/add-followup', () => {
  it('adds a follow-up with an id from the counter', () => {
    const next = accepted(sessionWith(0), {
      type: 'harvest/add-followup',
      what: 'Sessie over integriteit',
      who: 'Bram',
      due: '2027-01-31',
    })
    expect(next.harvest.followUps).toEqual([
      { id: 'f7', what: 'Sessie over integriteit', who: 'Bram', due: '2027-01-31' },
    ])
    expect(next.nextSeq).toBe(8)
  })

  it('defaults every field to empty', () => {
    const next = accepted(sessionWith(0), { type: 'harvest/add-followup' })
    expect(next.harvest.followUps).toEqual([{ id: 'f7', what: '', who: '', due: '' }])
  })

  it('accepts 29 February in a leap year', () => {
    const next = accepted(sessionWith(0), { type: 'harvest/add-followup', due: '2028-02-29' })
    expect(next.harvest.followUps[0]?.due).toBe('2028-02-29')
  })

  it(`allows ${LIMITS.harvestItems} follow-ups and refuses one more`, () => {
    const followUps: FollowUp[] = Array.from({ length: LIMITS.harvestItems - 1 }, (_, i) => ({
      id: `f${100 + i}`,
      what: '',
      who: '',
      due: '',
    }))
    const start = sessionWith(0, {
      harvest: { threads: [], insights: [], followUps },
      nextSeq: 400,
    })
    const full = accepted(start, { type: 'harvest/add-followup' })
    expect(full.harvest.followUps).toHaveLength(LIMITS.harvestItems)
    expectRejected(full, { type: 'harvest/add-followup' }, 'limit-reached')
  })

  it.each<[string, unknown]>([
    ['a Dutch-style date', { due: '31-01-2027' }],
    ['29 February in a common year', { due: '2027-02-29' }],
    ['a date and time', { due: '2027-01-31T09:00:00Z' }],
    ['a who of 201 characters', { who: 'w'.repeat(LIMITS.shortText + 1) }],
    ['a numeric what', { what: 3 }],
    ['a smuggled id', { id: 'f1' }],
  ])('refuses %s', (_label, change) => {
    expectInvalid({ type: 'harvest/add-followup', ...(change as object) })
  })
})

describe('harvest/edit-followup', () => {
  it.each<[string, Partial<FollowUp>]>([
    ['what', { what: 'Anders' }],
    ['who', { who: 'Chris' }],
    ['due', { due: '2027-03-01' }],
  ])('changes only the %s of that follow-up', (_field, change) => {
    const start = harvested()
    const next = accepted(start, { type: 'harvest/edit-followup', id: 'f120', ...change })
    expect(next.harvest).toEqual({
      ...start.harvest,
      followUps: start.harvest.followUps.map((f) => (f.id === 'f120' ? { ...f, ...change } : f)),
    })
  })

  it('clears the due date with an empty string', () => {
    const next = accepted(harvested(), { type: 'harvest/edit-followup', id: 'f120', due: '' })
    expect(next.harvest.followUps[0]?.due).toBe('')
  })

  it('refuses an unknown follow-up, also a harvest item id', () => {
    expectRejected(
      harvested(),
      { type: 'harvest/edit-followup', id: 'f999', what: 'x' },
      'unknown-item',
    )
    expectRejected(
      harvested(),
      { type: 'harvest/edit-followup', id: 'h100', what: 'x' },
      'unknown-item',
    )
  })

  it('refuses a bad date and extra fields', () => {
    expectInvalid({ type: 'harvest/edit-followup', id: 'f120', due: 'morgen' })
    expectInvalid({ type: 'harvest/edit-followup', id: 'f120', list: 'threads' })
  })
})

describe('harvest/remove-followup', () => {
  it('removes that follow-up only', () => {
    const next = accepted(harvested(), { type: 'harvest/remove-followup', id: 'f120' })
    expect(ids(next.harvest.followUps)).toEqual(['f121'])
    expect(next.harvest.threads).toEqual(harvested().harvest.threads)
  })

  it('refuses an unknown follow-up and a second removal', () => {
    const once = accepted(harvested(), { type: 'harvest/remove-followup', id: 'f121' })
    expectRejected(once, { type: 'harvest/remove-followup', id: 'f121' }, 'unknown-item')
    expectRejected(once, { type: 'harvest/remove-followup', id: 'h100' }, 'unknown-item')
  })
})

describe('harvest/add at a position', () => {
  it('inserts the new item where it is asked, in one step', () => {
    const next = accepted(harvested(), { type: 'harvest/add', list: 'threads', index: 1 })
    expect(ids(next.harvest.threads)).toEqual(['h100', 'h130', 'h101', 'h102'])
  })

  it('puts an item asked for past the end at the end', () => {
    const next = accepted(harvested(), { type: 'harvest/add', list: 'insights', index: 99 })
    expect(ids(next.harvest.insights)).toEqual(['h110', 'h111', 'h130'])
  })

  it('refuses a negative or fractional position', () => {
    expectInvalid({ type: 'harvest/add', list: 'threads', index: -1 })
    expectInvalid({ type: 'harvest/add', list: 'threads', index: 1.5 })
  })
})
