// Window benchmark (run by `npm run bench`): each window's JS+CSS size gzipped (goal: settings at most 30 KB)
// and its time to first render with data in headless Chromium, the median of 5 fresh loads.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { chromiumPath, launchChromium } from './chromium.mjs'
import { WINDOWS, buildRenderer } from './build-renderer.mjs'
import { startPreview } from './preview.mjs'

const SETTINGS_BUDGET = 30 * 1024
const LOADS = 5
const QUERY = { settings: '', break: '?break=stretch' }

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

export async function benchRenderer() {
  chromiumPath() // fail before building when there is no browser to measure in
  const out = await buildRenderer({ outdir: 'dist/bench-renderer' })
  const sizes = {}
  for (const name of WINDOWS) {
    const gz = async (ext) => gzipSync(await readFile(join(out, `${name}.${ext}`))).length
    sizes[name] = { js: await gz('js'), css: await gz('css') }
  }

  const { server, url } = await startPreview({ outdir: 'dist/bench-preview' })
  const browser = await launchChromium()
  const times = {}
  try {
    for (const name of WINDOWS) {
      const samples = []
      for (let i = 0; i < LOADS; i++) {
        const page = await browser.newPage()
        await page.goto(`${url}/${name}.html${QUERY[name]}`)
        const handle = await page.waitForFunction(
          () => globalThis.performance.getEntriesByName('limber:rendered')[0]?.startTime,
          undefined,
          { timeout: 10_000 },
        )
        samples.push(await handle.jsonValue())
        await page.close()
      }
      times[name] = median(samples)
    }
  } finally {
    await browser.close()
    server.close()
  }

  console.log('Windows (gzipped JS + CSS; first render with data, median of 5 loads in headless Chromium)')
  for (const name of WINDOWS) {
    const { js, css } = sizes[name]
    const budget = name === 'settings' ? ` (goal ≤ ${kb(SETTINGS_BUDGET)})` : ''
    console.log(
      `  ${name.padEnd(9)} ${kb(js + css).padStart(8)}  = ${kb(js)} JS + ${kb(css)} CSS${budget}   first render ${times[name].toFixed(0)} ms`,
    )
  }
  const settings = sizes.settings.js + sizes.settings.css
  if (settings > SETTINGS_BUDGET) {
    console.log(`  settings window is over its size goal by ${kb(settings - SETTINGS_BUDGET)}`)
    process.exitCode = 1
  }
  return { sizes, times }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchRenderer()
