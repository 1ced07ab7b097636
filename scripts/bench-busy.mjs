// Busy-probe benchmark (run by `npm run bench`): the cost of one busyReasons() call on this machine
// (scripts/bench/busy-probes.ts; koffi, unused on Linux, stays out of the bundle; the X11 probe's worker is built
// beside it, where the probe starts it from, as in the app).
import { fileURLToPath } from 'node:url'
import { buildX11Worker } from './build-main.mjs'
import { runBundled } from './bench/run-bundled.mjs'

export async function benchBusy() {
  await runBundled('scripts/bench/busy-probes.ts', { external: ['koffi'], alongside: buildX11Worker })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchBusy()
