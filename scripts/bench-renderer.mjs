// Window benchmark (run by `npm run bench`): each window's JS+CSS size gzipped with its language file, per
// language (goal: at most 34 KB each), and its time to first render with data in headless Chromium, the median
// of 5 fresh loads.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { chromiumPath, launchChromium } from './chromium.mjs'
import { WINDOWS, buildRenderer, loadLanguageCodes, windowFiles } from './build-renderer.mjs'
import { startPreview } from './preview.mjs'

const BUDGET = 34 * 1024
const LOADS = 5
const QUERY = { settings: '', break: '?break=stretch' }

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

export async function benchRenderer() {
  chromiumPath() // fail before building when there is no browser to measure in
  const out = await buildRenderer({ outdir: 'dist/bench-renderer' })
  const codes = await loadLanguageCodes()
  const gz = async (file) => gzipSync(await readFile(join(out, file))).length
  const sizes = {}
  for (const name of WINDOWS) {
    // Every file the window can load in each language: page script, stylesheet, texts, any lazily loaded chunk.
    const totals = {}
    const texts = {}
    for (const code of codes) {
      totals[code] = 0
      for (const file of await windowFiles(out, name, code)) totals[code] += await gz(file)
      texts[code] = await gz(`locales/${name}.${code}.js`)
    }
    sizes[name] = { js: await gz(`${name}.js`), css: await gz(`${name}.css`), texts, totals }
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

  console.log(
    `Windows (gzipped JS + CSS + the language's texts, goal ≤ ${kb(BUDGET)} each; first render with data, median of 5 loads in headless Chromium)`,
  )
  for (const name of WINDOWS) {
    const { js, css, texts, totals } = sizes[name]
    console.log(
      `  ${name.padEnd(9)} ${kb(js)} JS + ${kb(css)} CSS   first render ${times[name].toFixed(0)} ms`,
    )
    for (const code of codes) {
      const total = totals[code]
      const over = total > BUDGET ? `   over by ${kb(total - BUDGET)}` : ''
      console.log(`    ${code.padEnd(6)} ${kb(total).padStart(8)}  (texts ${kb(texts[code])})${over}`)
      if (total > BUDGET) process.exitCode = 1
    }
  }
  return { sizes, times }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchRenderer()
