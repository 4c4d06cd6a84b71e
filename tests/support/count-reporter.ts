import { mkdirSync, writeFileSync } from 'node:fs'
import type { Reporter, TestModule } from 'vitest/node'
import { fromRoot } from './paths'

/**
 * Writes the pass/fail counts for .ci/run without printing anything, so the terminal output
 * still ends with Vitest's own summary line.
 */
export default class CountReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0
    let failed = 0
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state
        if (state === 'passed') passed += 1
        else if (state === 'failed') failed += 1
      }
    }
    mkdirSync(fromRoot('reports'), { recursive: true })
    writeFileSync(
      fromRoot('reports/vitest.json'),
      JSON.stringify({ numPassedTests: passed, numFailedTests: failed }),
    )
  }
}
