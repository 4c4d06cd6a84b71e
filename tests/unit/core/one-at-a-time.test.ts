import { describe, expect, it } from 'vitest'
import { oneAtATime } from '@core/async/one-at-a-time'

describe('oneAtATime', () => {
  it('runs tasks in the order they came, never two at once', async () => {
    const inTurn = oneAtATime()
    const log: string[] = []
    let running = 0
    const task = (name: string, ticks: number) => async () => {
      running += 1
      expect(running).toBe(1)
      log.push(`${name} start`)
      for (let i = 0; i < ticks; i++) await Promise.resolve()
      log.push(`${name} end`)
      running -= 1
      return name
    }
    const results = await Promise.all([
      inTurn(task('a', 5)),
      inTurn(task('b', 1)),
      inTurn(task('c', 3)),
    ])
    expect(results).toEqual(['a', 'b', 'c'])
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end'])
  })

  it('gives a failure to its own caller and goes on with the next task', async () => {
    const inTurn = oneAtATime()
    const failed = inTurn(async () => {
      throw new Error('schijf vol')
    })
    const next = inTurn(async () => 'daarna')
    await expect(failed).rejects.toThrow('schijf vol')
    await expect(next).resolves.toBe('daarna')
  })
})
