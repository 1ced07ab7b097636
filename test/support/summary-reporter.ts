// Prints one plain closing line, "Tests: N passed, N failed" (", N skipped" when any), after vitest's own
// summary, so CI logs state the count in a form any reader or tool can take in at a glance.
import type { Reporter, TestModule } from 'vitest/node'

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0
    let failed = 0
    let skipped = 0
    for (const testModule of testModules) {
      for (const test of testModule.children.allTests()) {
        const state = test.result().state
        if (state === 'passed') passed++
        else if (state === 'failed') failed++
        else skipped++
      }
      // A file that failed to load has no tests to count but is still a failure.
      if (testModule.state() === 'failed' && [...testModule.children.allTests()].length === 0) failed++
    }
    const tail = skipped > 0 ? `, ${skipped} skipped` : ''
    process.stdout.write(`\nTests: ${passed} passed, ${failed} failed${tail}\n`)
  }
}
