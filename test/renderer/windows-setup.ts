// Global setup of the window tests (the vitest project "windows"): one preview build and one headless Chromium for
// the whole run, shared by every test file (each connects to it: harness.ts), and the preview served on 127.0.0.1.
// axe-core is served from the page's own origin, as the strict CSP (rightly) refuses an inline copy.
import { copyFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { TestProject } from 'vitest/node'
import { launchChromiumServer } from '../../scripts/chromium.mjs'
import { startPreview } from '../../scripts/preview.mjs'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The preview's base URL (http://127.0.0.1:port). */
    previewUrl: string
    /** Where the shared Chromium listens for Playwright connections. */
    chromiumEndpoint: string
  }
}

const root = resolve(import.meta.dirname, '../..')
const OUTDIR = 'dist/test-preview'

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const [{ server, url }, chromium] = await Promise.all([
    startPreview({ outdir: OUTDIR }),
    // The pages read local times in the zone the tests' times are written in.
    launchChromiumServer({ timeZone: 'UTC' }),
  ])
  await copyFile(join(root, 'node_modules/axe-core/axe.min.js'), join(root, OUTDIR, 'axe.min.js'))
  project.provide('previewUrl', url)
  project.provide('chromiumEndpoint', chromium.wsEndpoint())
  return async () => {
    await chromium.close()
    await new Promise((done) => server.close(done))
  }
}
