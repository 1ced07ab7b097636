// The X11 probe's worker thread as the app ships it: built by the real build (scripts/build-main.mjs) into a
// temporary folder, for the tests and benchmarks that start the probe (the TypeScript source cannot run as a
// worker under Node).
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { buildX11Worker, X11_WORKER_FILE } from '../../scripts/build-main.mjs'

export interface BuiltWorker {
  file: URL
  remove(): Promise<void>
}

export async function buildWorkerForTest(): Promise<BuiltWorker> {
  const folder = await mkdtemp(join(tmpdir(), 'limber-x11-worker-'))
  await buildX11Worker(folder)
  return {
    file: pathToFileURL(join(folder, X11_WORKER_FILE)),
    remove: () => rm(folder, { recursive: true, force: true }),
  }
}
