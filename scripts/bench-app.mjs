// App benchmark (run by `npm run bench`): timer wake-ups of the running app on a virtual clock, from
// scripts/bench/app-wakeups.ts (bundled and run by run-bundled.mjs).
import { fileURLToPath } from 'node:url'
import { runBundled } from './bench/run-bundled.mjs'

export const benchApp = () => runBundled('scripts/bench/app-wakeups.ts')

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchApp()
