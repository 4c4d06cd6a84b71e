/** Runs a task once every task handed in before it has settled. */
export type OneAtATime = <T>(task: () => Promise<T>) => Promise<T>

/**
 * A queue of one: tasks run in the order they came, never overlapping, and a task that fails
 * does not stop the ones after it (its caller still gets the failure).
 */
export function oneAtATime(): OneAtATime {
  let queue: Promise<unknown> = Promise.resolve()
  return (task) => {
    const run = queue.then(task, task)
    queue = run.catch(() => undefined)
    return run
  }
}
