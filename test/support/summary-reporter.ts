// Prints one plain closing line, "Tests: N passed, N failed, N skipped", after vitest's own summary, and under it
// every skipped test with the reason it gave (`context.skip(reason)`), so a skip is never read as a pass.
import type { Reporter, TestModule } from 'vitest/node'

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0
    let failed = 0
    const skipped: string[] = []
    for (const testModule of testModules) {
      let failedHere = 0
      for (const test of testModule.children.allTests()) {
        const result = test.result()
        if (result.state === 'passed') passed++
        else if (result.state === 'failed') failedHere++
        else {
          const reason = result.state === 'skipped' && result.note ? result.note : 'no reason given'
          skipped.push(
            `  skipped: ${test.fullName} (${testModule.moduleId.replace(/^.*?\/test\//, 'test/')})\n    ${reason}`,
          )
        }
      }
      // A file that failed outside its tests (it did not load, or a hook threw) is still a failure.
      if (testModule.state() === 'failed' && failedHere === 0) failedHere = 1
      failed += failedHere
    }
    const list = skipped.length > 0 ? `${skipped.join('\n')}\n` : ''
    process.stdout.write(`\nTests: ${passed} passed, ${failed} failed, ${skipped.length} skipped\n${list}`)
  }
}
