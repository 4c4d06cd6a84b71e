import { describe, expect, it } from 'vitest'
import {
  labelled,
  measuredRatio,
  renderTable,
  resolveBaselines,
  withinBudget,
  type Figure,
} from '../../bench/table'

const emptyPage: Figure = { name: 'empty page FCP p95', unit: 'ms', measured: 200 }
const projector: Figure = {
  name: 'projector FCP p95',
  unit: 'ms',
  measured: 280,
  baseline: { name: 'empty page FCP p95', ratio: 1.5 },
}

describe('bench budgets as ratios to a baseline of the same run', () => {
  it('set the budget from the baseline measured beside the figure', () => {
    const [, resolved] = resolveBaselines([emptyPage, projector])
    expect(resolved?.budget).toBe(300)
    expect(resolved && withinBudget(resolved)).toBe(true)
    expect(resolved && measuredRatio(resolved)).toBe(1.4)
  })

  it('add a fixed allowance on top, such as one frame', () => {
    const sync: Figure = {
      name: 'sync p95',
      unit: 'ms',
      measured: 40,
      baseline: { name: 'empty page FCP p95', ratio: 0.1, plus: 16.7 },
    }
    const [, resolved] = resolveBaselines([emptyPage, sync])
    expect(resolved?.budget).toBeCloseTo(36.7)
    expect(resolved && withinBudget(resolved)).toBe(false)
  })

  it('refuse a figure whose baseline is missing, instead of dropping its budget', () => {
    expect(() => resolveBaselines([projector])).toThrow('no baseline')
  })

  it('keep each condition’s figures against that condition’s baseline', () => {
    const quiet = labelled([emptyPage, projector], '(quiet)')
    const loaded = labelled(
      [
        { ...emptyPage, measured: 600 },
        { ...projector, measured: 800 },
      ],
      '(loaded)',
    )
    const resolved = resolveBaselines([...quiet, ...loaded])
    expect(resolved.map((f) => f.budget)).toEqual([undefined, 300, undefined, 900])
    const table = renderTable(resolved)
    expect(table).toContain('≤ 1.5 × [empty page FCP p95 (loaded)] (= 900.0 ms)')
    expect(table).toContain('1.33 ×')
  })
})
