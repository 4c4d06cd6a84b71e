import { describe, expect, it } from 'vitest'
import { UndoHistory } from '@core/host/undo-history'
import type { Session } from '@core/session/schema'
import { sessionWith, T0 } from './fixtures'

/** `count` distinct sessions, told apart by updatedAt (T0 + index). */
const sessions = (count: number): Session[] =>
  Array.from({ length: count }, (_, n) => sessionWith(0, { updatedAt: T0 + n }))

const at = (list: readonly Session[], index: number): Session => {
  const session = list[index]
  if (!session) throw new Error(`no session ${index}`)
  return session
}

/** Records list[0..n-2] as separate steps (10 s apart); list[n-1] is the current session. */
function recordAll(history: UndoHistory, list: readonly Session[], key: string | null = null) {
  list.slice(0, -1).forEach((session, n) => history.record(session, key, T0 + n * 10_000))
  return at(list, list.length - 1)
}

/** Undoes until nothing is left; returns the sessions it went through. */
function undoAll(history: UndoHistory, current: Session): Session[] {
  const visited: Session[] = []
  for (let previous = history.undo(current); previous !== null;) {
    visited.push(previous)
    previous = history.undo(previous)
  }
  return visited
}

describe('UndoHistory', () => {
  it('starts empty: nothing to undo or redo', () => {
    const history = new UndoHistory()
    const current = at(sessions(1), 0)
    expect(history.state).toEqual({ canUndo: false, canRedo: false })
    expect(history.undo(current)).toBeNull()
    expect(history.redo(current)).toBeNull()
    expect(history.state).toEqual({ canUndo: false, canRedo: false })
  })

  it('undoes to the exact session before each step and redoes back, in order', () => {
    const history = new UndoHistory()
    const list = sessions(3)
    const current = recordAll(history, list)
    expect(history.state).toEqual({ canUndo: true, canRedo: false })
    expect(history.undo(current)).toBe(at(list, 1))
    expect(history.state).toEqual({ canUndo: true, canRedo: true })
    expect(history.undo(at(list, 1))).toBe(at(list, 0))
    expect(history.undo(at(list, 0))).toBeNull()
    expect(history.state).toEqual({ canUndo: false, canRedo: true })
    expect(history.redo(at(list, 0))).toBe(at(list, 1))
    expect(history.redo(at(list, 1))).toBe(current)
    expect(history.redo(current)).toBeNull()
    expect(history.state).toEqual({ canUndo: true, canRedo: false })
  })

  it('goes back at least 100 steps (the default keeps 200)', () => {
    const history = new UndoHistory()
    const list = sessions(201)
    const visited = undoAll(history, recordAll(history, list))
    expect(visited).toHaveLength(200)
    expect(visited).toEqual(list.slice(0, 200).reverse())
  })

  it('forgets the oldest steps beyond its limit', () => {
    const history = new UndoHistory({ limit: 100 })
    const list = sessions(131)
    const visited = undoAll(history, recordAll(history, list))
    expect(visited).toHaveLength(100)
    expect(visited.at(-1)).toBe(at(list, 30))
  })

  it('redoes every undone step after undoing 150', () => {
    const history = new UndoHistory()
    const list = sessions(151)
    const current = recordAll(history, list)
    let session = current
    for (let i = 0; i < 150; i++) session = history.undo(session) ?? session
    expect(session).toBe(at(list, 0))
    for (let i = 0; i < 150; i++) session = history.redo(session) ?? session
    expect(session).toBe(current)
    expect(history.state).toEqual({ canUndo: true, canRedo: false })
  })

  it('a new step after undo clears the redo', () => {
    const history = new UndoHistory()
    const list = sessions(4)
    const back = history.undo(recordAll(history, list)) ?? at(list, 0)
    expect(history.state.canRedo).toBe(true)
    history.record(back, null, T0 + 100_000)
    expect(history.state).toEqual({ canUndo: true, canRedo: false })
    expect(history.redo(at(list, 3))).toBeNull()
  })

  describe('merging a burst of typing', () => {
    it('goes back to before the first keystroke in one undo', () => {
      const history = new UndoHistory()
      const [a, b, c, d] = sessions(4) as [Session, Session, Session, Session]
      history.record(a, 'k', T0)
      history.record(b, 'k', T0 + 1000)
      history.record(c, 'k', T0 + 2000)
      expect(history.undo(d)).toBe(a)
      expect(history.state).toEqual({ canUndo: false, canRedo: true })
      expect(history.redo(a)).toBe(d)
    })

    it('measures the window from the last keystroke (a steady typist stays one step)', () => {
      const history = new UndoHistory()
      const list = sessions(21)
      list.slice(0, 20).forEach((session, n) => history.record(session, 'k', T0 + n * 2900))
      expect(history.undo(at(list, 20))).toBe(at(list, 0))
      expect(history.state.canUndo).toBe(false)
    })

    it('keeps a pause of exactly the window (3 s) as two steps, one ms less as one', () => {
      const [a, b, c] = sessions(3) as [Session, Session, Session]
      const two = new UndoHistory()
      two.record(a, 'k', T0)
      two.record(b, 'k', T0 + 3000)
      expect(two.undo(c)).toBe(b)
      expect(two.undo(b)).toBe(a)

      const one = new UndoHistory()
      one.record(a, 'k', T0)
      one.record(b, 'k', T0 + 2999)
      expect(one.undo(c)).toBe(a)
      expect(one.state.canUndo).toBe(false)
    })

    it('does not merge different keys (two fields), nor null keys', () => {
      const history = new UndoHistory()
      const [a, b, c, d, e] = sessions(5) as [Session, Session, Session, Session, Session]
      history.record(a, 'dilemma/edit:d1:title', T0)
      history.record(b, 'dilemma/edit:d1:description', T0 + 10)
      history.record(c, null, T0 + 20)
      history.record(d, null, T0 + 30)
      expect(undoAll(history, e)).toEqual([d, c, b, a])
    })

    it('does not merge across another step in between', () => {
      const history = new UndoHistory()
      const [a, b, c, d] = sessions(4) as [Session, Session, Session, Session]
      history.record(a, 'title', T0)
      history.record(b, 'other', T0 + 10)
      history.record(c, 'title', T0 + 20)
      expect(undoAll(history, d)).toEqual([c, b, a])
    })

    it('starts a new step when typing goes on after an undo', () => {
      const history = new UndoHistory()
      const [a, b, c, d] = sessions(4) as [Session, Session, Session, Session]
      history.record(a, 'k', T0)
      history.record(b, 'k', T0 + 10)
      expect(history.undo(c)).toBe(a)
      history.record(a, 'k', T0 + 20)
      expect(history.undo(d)).toBe(a)
      expect(history.state.canUndo).toBe(false)
    })

    it('starts a new step when typing goes on after a redo', () => {
      const history = new UndoHistory()
      const [a, b, c] = sessions(3) as [Session, Session, Session]
      history.record(a, 'k', T0)
      history.undo(b)
      history.redo(a)
      history.record(b, 'k', T0 + 10)
      expect(undoAll(history, c)).toEqual([b, a])
    })

    it('honours a custom window', () => {
      const history = new UndoHistory({ mergeWindowMs: 100 })
      const [a, b, c] = sessions(3) as [Session, Session, Session]
      history.record(a, 'k', T0)
      history.record(b, 'k', T0 + 150)
      expect(undoAll(history, c)).toEqual([b, a])
    })
  })

  it('clear forgets past and future', () => {
    const history = new UndoHistory()
    const list = sessions(4)
    history.undo(recordAll(history, list))
    expect(history.state).toEqual({ canUndo: true, canRedo: true })
    history.clear()
    expect(history.state).toEqual({ canUndo: false, canRedo: false })
    expect(history.undo(at(list, 2))).toBeNull()
    expect(history.redo(at(list, 2))).toBeNull()
  })

  it('clear also ends a typing burst', () => {
    const history = new UndoHistory()
    const [a, b, c] = sessions(3) as [Session, Session, Session]
    history.record(a, 'k', T0)
    history.clear()
    history.record(b, 'k', T0 + 10)
    expect(undoAll(history, c)).toEqual([b])
  })
})
