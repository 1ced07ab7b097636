// Window benchmark (run by `npm run bench`): each window's JS+CSS size gzipped with its language file, per
// language (goal: at most 25 KB each), and its time to first render as the app loads it, in headless Chromium: the
// production page, in each language, with a bridge as small as the preload that answers what main answered (taken
// once from the app running in the preview), not the preview's bridge, which carries the whole app. The median of
// 5 fresh loads.
import { readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import * as esbuild from 'esbuild'
import { chromiumPath, launchChromium } from './chromium.mjs'
import { WINDOWS, buildRenderer, loadLanguageCodes, windowFiles } from './build-renderer.mjs'
import { serve, startPreview } from './preview.mjs'

export const BUDGET = 25 * 1024
/** First render with data, as the app loads a window (goal). */
const FIRST_RENDER_MS = 150
const LOADS = 5
/** The moment the preview and the measured pages are set to: a weekday afternoon, the same on every run. */
const AT = new Date('2026-11-26T14:05:00').getTime()
const QUERY = { settings: '', break: 'break=stretch' }
const root = resolve(fileURLToPath(import.meta.url), '../..')

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

async function windowSizes(out, codes) {
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
  return sizes
}

/** What main answers each window at its start, in `code`: asked of the app running in the preview. */
async function answersOf(browser, previewUrl, name, code) {
  const page = await browser.newPage()
  try {
    await page.clock.setFixedTime(AT)
    await page.goto(`${previewUrl}/${name}.html?lang=${code}&${QUERY[name]}`)
    return await page.evaluate(async (settings) => {
      const bridge = globalThis.limber
      const [prefs, status, upcoming, history, stretches, shown, detectors] = await Promise.all([
        bridge.getPreferences(),
        bridge.getStatus(),
        bridge.getUpcoming(),
        bridge.getHistory(),
        bridge.getStretches(),
        bridge.getBreak(),
        settings ? bridge.getBusyDetectors() : null,
      ])
      return {
        'prefs:get': prefs,
        'status:get': status,
        'upcoming:get': upcoming,
        'history:get': history,
        'stretches:get': stretches,
        'break:get': shown,
        'busy:detectors': detectors,
        'welcome:get': { show: false },
      }
    }, name === 'settings')
  } finally {
    await page.close()
  }
}

/**
 * Writes `<window>.<code>.bench.html`: the production page, loading first a bridge that answers as main did (the
 * preload's own bridge, main/app/ipc-bridge.ts, over a table of answers).
 */
async function benchPage(out, name, code, answers) {
  const script = `bench-bridge.${name}.${code}.js`
  await esbuild.build({
    stdin: {
      contents: [
        `import { bridgeOver } from './main/app/ipc-bridge.ts'`,
        `const answers = ${JSON.stringify(answers)}`,
        `window.limber = bridgeOver({`,
        `  invoke: (channel) => Promise.resolve(structuredClone(answers[channel] ?? { ok: true })),`,
        `  subscribe: () => () => undefined,`,
        `})`,
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    outfile: join(out, script),
    logLevel: 'warning',
  })
  const html = await readFile(join(out, `${name}.html`), 'utf8')
  const tag = `<script type="module" src="${script}"></script>`
  await writeFile(
    join(out, `${name}.${code}.bench.html`),
    html.replace('<script type="module"', `${tag}\n    $&`),
  )
}

async function firstRender(browser, url, page) {
  const samples = []
  for (let i = 0; i < LOADS; i++) {
    // The page's own clock: a fixed one would stop performance.now(), which times the render.
    const tab = await browser.newPage()
    await tab.goto(`${url}/${page}`)
    const handle = await tab.waitForFunction(
      () => globalThis.performance.getEntriesByName('limber:rendered')[0]?.startTime,
      undefined,
      { timeout: 10_000 },
    )
    samples.push(await handle.jsonValue())
    await tab.close()
  }
  return median(samples)
}

export async function benchRenderer() {
  chromiumPath() // fail before building when there is no browser to measure in
  const [out, codes, preview] = await Promise.all([
    buildRenderer({ outdir: 'dist/bench-renderer' }),
    loadLanguageCodes(),
    startPreview({ outdir: 'dist/bench-preview' }),
  ])
  const sizes = await windowSizes(out, codes)
  const browser = await launchChromium()
  const { server, url } = await serve(out)
  const times = {}
  try {
    for (const name of WINDOWS) {
      times[name] = {}
      for (const code of codes) {
        await benchPage(out, name, code, await answersOf(browser, preview.url, name, code))
        times[name][code] = await firstRender(browser, url, `${name}.${code}.bench.html`)
      }
    }
  } finally {
    await browser.close()
    server.close()
    preview.server.close()
  }

  console.log(
    `Windows (gzipped JS + CSS + the language's texts, goal ≤ ${kb(BUDGET)} each; first render with data as the app ` +
      `loads the window, median of ${LOADS} loads in headless Chromium, goal ≤ ${FIRST_RENDER_MS} ms)`,
  )
  for (const name of WINDOWS) {
    const { js, css, texts, totals } = sizes[name]
    console.log(`  ${name.padEnd(9)} ${kb(js)} JS + ${kb(css)} CSS`)
    for (const code of codes) {
      const total = totals[code]
      const time = times[name][code]
      const over = [
        total > BUDGET ? `over by ${kb(total - BUDGET)}` : '',
        time > FIRST_RENDER_MS ? `slower by ${(time - FIRST_RENDER_MS).toFixed(0)} ms` : '',
      ].filter(Boolean)
      console.log(
        `    ${code.padEnd(6)} ${kb(total).padStart(8)}  (texts ${kb(texts[code])})   first render ${time
          .toFixed(0)
          .padStart(4)} ms${over.length ? `   ${over.join(', ')}` : ''}`,
      )
      if (over.length) process.exitCode = 1
    }
  }
  return { sizes, times }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchRenderer()
