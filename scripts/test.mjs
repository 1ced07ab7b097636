// `npm test`: the type check, the lint (ESLint, Prettier and the import-cycle check) and the tests (vitest), side by side rather than one
// after the other: the checks use the CPU the window tests leave while they wait on Chromium. The checks run at a
// lower priority and their output is held back: each says one line when it ends, and what a failing one found is
// printed once everything is over. Fails when any of them fails. `npm test -- <vitest arguments>` passes them on.
import { spawn } from 'node:child_process'
import { setPriority } from 'node:os'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const bin = (name) => resolve(root, 'node_modules/.bin', name)

const CHECKS = [
  { name: 'typecheck', command: bin('tsc'), args: ['-p', 'tsconfig.json', '--noEmit'] },
  { name: 'eslint', command: bin('eslint'), args: ['.'] },
  { name: 'prettier', command: bin('prettier'), args: ['--check', '.', '--log-level', 'warn'] },
  // No import cycle, type imports included (docs/architecture.md).
  {
    name: 'cycles',
    command: bin('madge'),
    args: ['--circular', '--extensions', 'ts,tsx', '--no-spinner', 'main', 'renderer', 'locales'],
  },
]

/** Runs `command`; resolves to its exit code and, unless `inherit`, what it printed. */
function run(command, args, { inherit = false, lowPriority = false } = {}) {
  return new Promise((done) => {
    const started = Date.now()
    const child = spawn(command, args, { cwd: root, stdio: inherit ? 'inherit' : ['ignore', 'pipe', 'pipe'] })
    if (lowPriority && child.pid) {
      try {
        setPriority(child.pid, 10)
      } catch {
        // Not allowed here: it runs at the usual priority.
      }
    }
    let output = ''
    child.stdout?.on('data', (chunk) => (output += chunk))
    child.stderr?.on('data', (chunk) => (output += chunk))
    child.on('error', (error) =>
      done({ code: 1, output: `${output}${error.message}\n`, ms: Date.now() - started }),
    )
    child.on('close', (code, signal) =>
      done({ code: code ?? (signal ? 1 : 0), output, ms: Date.now() - started }),
    )
  })
}

const checks = CHECKS.map(async (check) => {
  const result = await run(check.command, check.args, { lowPriority: true })
  const seconds = (result.ms / 1000).toFixed(0)
  console.log(`${check.name}: ${result.code === 0 ? 'ok' : 'FAILED'} (${seconds} s)`)
  return { ...check, ...result }
})
const tests = run(bin('vitest'), ['run', ...process.argv.slice(2)], { inherit: true })

const [testResult, ...checkResults] = await Promise.all([tests, ...checks])
const failed = checkResults.filter((check) => check.code !== 0)
for (const check of failed) console.log(`\n${check.name} failed:\n${check.output.trim()}`)
if (failed.length > 0 || testResult.code !== 0) process.exitCode = 1
