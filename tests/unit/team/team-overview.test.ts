import { describe, expect, it } from 'vitest'
import { teamOverview } from '@core/team/team-overview'
import type { Session } from '@core/session/schema'
import { makeDilemma, sessionWith, withParticipants } from '../core/fixtures'
import { FACILITATOR, TEAM_NAMES, TYPED_EMAIL, teamSessions } from '../../support/team-folder'

const COUNT = 12
const sessions = teamSessions(COUNT)
const overviewOf = (list: readonly Session[], folderName = 'Team Zuid') =>
  teamOverview({
    folderName,
    // Shuffled: the overview puts them in time order itself.
    sessions: [...list].reverse().map((session, i) => ({ name: `s${i}.dilemmas`, session })),
    skipped: [],
  })
const overview = overviewOf(sessions)

describe('teamOverview', () => {
  it('lists the sessions oldest first, an undated one by the day it was last changed', () => {
    expect(overview.sessions.map((s) => s.title)).toEqual(sessions.map((s) => s.setup.title))
    const undated = overview.sessions[3]
    expect(sessions[3]?.setup.date).toBe('')
    expect(undated?.date).toBe('2025-02-17')
    expect(overview.sessions.every((s) => s.discussed === 3)).toBe(true)
  })

  it('adds up "eerste keuze" and "na het gesprek" per principle over every session', () => {
    const total = (moment: 'tally' | 'firstTally', id: string) =>
      sessions.flatMap((s) => s.dilemmas).reduce((sum, d) => sum + (d[moment][id] ?? 0), 0)
    for (const principle of sessions[0]?.principles ?? []) {
      const counted = overview.principles.find((p) => p.name === principle.name)
      expect(counted).toMatchObject({
        first: total('firstTally', principle.id),
        after: total('tally', principle.id),
      })
      const perSession = overview.sessions.map((s) =>
        s.counts.find((c) => c.name === principle.name),
      )
      expect(perSession.reduce((sum, c) => sum + (c?.after ?? 0), 0)).toBe(counted?.after)
    }
    const afters = overview.principles.map((p) => p.after)
    expect(afters).toEqual([...afters].sort((x, y) => y - x))
  })

  it('shows the tension pairs that come back, by principle name, counted once per session', () => {
    expect(overview.pairs).toEqual([
      { a: 'Dienstbaar', b: 'Rechtvaardig', kind: 'tension', sessions: 6 },
      { a: 'Integer', b: 'Open', kind: 'common', sessions: 4 },
    ])
  })

  it('matches principles by name when decks differ between sessions', () => {
    const renamed = (session: Session, id: string): Session => ({
      ...session,
      principles: session.principles.map((p) => (p.id === 'dienstbaar' ? { ...p, id } : p)),
      dilemmas: session.dilemmas.map((d) => ({
        ...d,
        tally: { [id]: 2 },
        firstTally: {},
        pairs: [
          {
            a: id < 'rechtvaardig' ? id : 'rechtvaardig',
            b: id < 'rechtvaardig' ? 'rechtvaardig' : id,
            kind: 'tension',
          },
        ],
      })),
    })
    const [a, b] = sessions
    if (a === undefined || b === undefined) throw new Error('sessions missing')
    const mixed = overviewOf([renamed(a, 'p-dienst'), renamed(b, 'zz-dienst')])
    expect(mixed.principles[0]).toMatchObject({ name: 'Dienstbaar', after: 12 })
    expect(mixed.pairs).toEqual([
      { a: 'Dienstbaar', b: 'Rechtvaardig', kind: 'tension', sessions: 2 },
    ])
  })

  it('gives each follow-up the state the next session looked back with, else open', () => {
    const states = ['done', 'in-progress', 'dropped', 'open']
    const expected = sessions.flatMap((_, index) =>
      [0, 1].map((n) => (index === COUNT - 1 ? 'open' : states[(index + 1 + n) % 4])),
    )
    expect(overview.followUps.map((f) => f.state)).toEqual(expected)
    expect(overview.followUps[0]).toMatchObject({
      date: '2025-01-06',
      what: 'Casus 1.1 uitwerken met [naam]',
    })
  })

  it('leaves a follow-up open when the looking-back session is not in the folder', () => {
    const [first, , third] = sessions
    if (first === undefined || third === undefined) throw new Error('sessions missing')
    expect(
      overviewOf([first, third])
        .followUps.slice(0, 2)
        .map((f) => f.state),
    ).toEqual(['open', 'open'])
  })

  it('never carries a name, a contributor, a follow-up owner or a typed e-mail address', () => {
    const text = JSON.stringify(overview)
    for (const name of [...TEAM_NAMES, FACILITATOR]) expect(text).not.toContain(name)
    expect(text).not.toContain(TYPED_EMAIL)
    expect(overview.threads[0]?.text).toBe(
      'Zoals [naam] zei: eerst de burger, dan de regel. Mail [verwijderd] voor het verslag.',
    )
    // Per session: a name in a thread and in each follow-up; every fifth an e-mail address.
    expect(overview.hidden).toBe(COUNT * 3 + Math.ceil(COUNT / 5))
  })

  it('uses English labels when asked', () => {
    const english = teamOverview({
      folderName: 'Team',
      sessions: sessions.slice(0, 1).map((session) => ({ name: 'a', session })),
      skipped: [],
      locale: 'en',
    })
    expect(english.threads[0]?.text).toBe(
      'Zoals [name] zei: eerst de burger, dan de regel. Mail [removed] voor het verslag.',
    )
  })

  it('counts only variant-1 dilemmas that were discussed or are on the floor', () => {
    const base = withParticipants(sessionWith(0), ['Anouk de Vries'])
    const session: Session = {
      ...base,
      setup: { ...base.setup, date: '2026-01-05', title: 'Losse sessie' },
      dilemmas: [
        makeDilemma('d1', 'A', {
          status: 'discussed',
          tally: { dienstbaar: 3 },
          firstTally: { integer: 2 },
        }),
        makeDilemma('d2', 'B', { status: 'skipped', tally: { dienstbaar: 9 } }),
        makeDilemma('d3', 'C', {
          status: 'discussed',
          variant: 'variant2',
          tally: { dienstbaar: 9 },
        }),
      ],
      nextSeq: 99,
    }
    const result = overviewOf([session])
    expect(result.sessions[0]).toMatchObject({ date: '2026-01-05', discussed: 2 })
    expect(result.principles.find((p) => p.name === 'Dienstbaar')).toMatchObject({
      first: 0,
      after: 3,
    })
    expect(result.principles.find((p) => p.name === 'Integer')).toMatchObject({
      first: 2,
      after: 0,
    })
    expect(result.pairs).toEqual([])
  })

  it('lists skipped files by name', () => {
    const result = teamOverview({
      folderName: 'Team',
      sessions: [],
      skipped: [
        { name: 'b.dilemmas', reason: 'foreign' },
        { name: 'a.dilemmas', reason: 'damaged' },
      ],
    })
    expect(result.skipped.map((s) => s.name)).toEqual(['a.dilemmas', 'b.dilemmas'])
    expect(result).toMatchObject({
      sessions: [],
      principles: [],
      threads: [],
      followUps: [],
      hidden: 0,
    })
  })
})
