// Busy-probe benchmark (run by `npm run bench`): the cost of one busyReasons() call on this machine
// (scripts/bench/busy-probes.ts; koffi, unused on Linux, stays out of the bundle).
import { fileURLToPath } from 'node:url'
import { runBundled } from './bench/run-bundled.mjs'

export async function benchBusy() {
  await runBundled('scripts/bench/busy-probes.ts', { external: ['koffi'] })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchBusy()
