// `npm run bench`: runs every scripts/bench-*.mjs in turn (each in its own Node process, so one bench's globals
// and timers cannot disturb the next) and fails when any of them fails. Add a bench by adding such a file.
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const benches = readdirSync(here)
  .filter((name) => /^bench-.+\.mjs$/.test(name))
  .sort()

let failed = 0
for (const name of benches) {
  console.log(`\n▶ ${name}`)
  const result = spawnSync(process.execPath, [join(here, name)], { stdio: 'inherit' })
  if (result.status !== 0) {
    failed++
    console.log(`✖ ${name} failed (exit ${result.status ?? result.signal})`)
  }
}
if (failed > 0) process.exitCode = 1
