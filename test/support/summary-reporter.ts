// Prints one plain closing line, "Tests: N passed, N failed" (", N skipped" when any), after vitest's own
// summary, so CI logs state the count in a form any reader or tool can take in at a glance.
import type { Reporter, TestModule } from 'vitest/node'

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0
    let failed = 0
    let skipped = 0
    for (const testModule of testModules) {
      let failedHere = 0
      for (const test of testModule.children.allTests()) {
        const state = test.result().state
        if (state === 'passed') passed++
        else if (state === 'failed') failedHere++
        else skipped++
      }
      // A file that failed outside its tests (it did not load, or a hook threw) is still a failure.
      if (testModule.state() === 'failed' && failedHere === 0) failedHere = 1
      failed += failedHere
    }
    const tail = skipped > 0 ? `, ${skipped} skipped` : ''
    process.stdout.write(`\nTests: ${passed} passed, ${failed} failed${tail}\n`)
  }
}
