// App benchmark (run by `npm run bench`): timer wake-ups of the running app on a virtual clock
// (scripts/bench/app-wakeups.ts, bundled and run by scripts/bench/run-bundled.mjs).
import { fileURLToPath } from 'node:url'
import { runBundled } from './bench/run-bundled.mjs'

export async function benchApp() {
  await runBundled('scripts/bench/app-wakeups.ts')
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchApp()
