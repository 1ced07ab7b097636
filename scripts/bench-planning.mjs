// Planning benchmark (run by `npm run bench`): a year of reminders through the app's own planning path, from
// scripts/bench/planning.ts (bundled and run by run-bundled.mjs).
import { fileURLToPath } from 'node:url'
import { runBundled } from './bench/run-bundled.mjs'

export const benchPlanning = () => runBundled('scripts/bench/planning.ts')

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchPlanning()
