// Window benchmark (run by `npm run bench`): what each window loads, gzipped, per language, against the budgets the
// build test holds (scripts/window-loads.mjs): the settings window's first load (its shell, the side menu and Today;
// on a first start the welcome in Today's place), each section it loads later (what that section alone brings), what
// those sections share, and everything together; the break window's scripts, stylesheet and texts (its page aside,
// as issue 21 counts it) as it opens and with the routine's cues. And each window's time to first render as the app
// loads it, in headless Chromium: the production page, in each language, with a bridge as small as the
// preload that answers what main answered (taken once from the app running in the preview), not the preview's
// bridge, which carries the whole app. The median of 5 fresh loads.
import { readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as esbuild from 'esbuild'
import { chromiumPath, launchChromium } from './chromium.mjs'
import { WINDOWS, buildRenderer, loadLanguageCodes } from './build-renderer.mjs'
import { serve, startPreview } from './preview.mjs'
import { BUDGETS, gzipped, scriptsAndStyles, windowLoads } from './window-loads.mjs'

/** First render with data, as the app loads a window (goal). */
const FIRST_RENDER_MS = 150
const LOADS = 5
/** The moment the preview and the measured pages are set to: a weekday afternoon, the same on every run. */
const AT = new Date('2026-11-26T14:05:00').getTime()
/** The pages measured: each window as it opens, and the settings window on a first start (the welcome). */
const PAGES = [
  { page: 'settings', name: 'settings', query: '', welcome: false },
  { page: 'settings-welcome', name: 'settings', query: 'welcome=1', welcome: true },
  { page: 'break', name: 'break', query: 'break=stretch', welcome: false },
]
const root = resolve(fileURLToPath(import.meta.url), '../..')

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/**
 * What each window loads in each language, gzipped: `first` (and for settings `firstStart`, each part's `own`,
 * `shared` and `total`, every file it can load).
 */
async function windowSizes(out, codes) {
  const sizes = {}
  for (const name of WINDOWS) {
    sizes[name] = {}
    for (const code of codes) {
      const { first, firstStart, parts, shared } = await windowLoads(out, name, code)
      const every = new Set([...first, ...firstStart, ...parts.flatMap((part) => part.files)])
      sizes[name][code] = {
        first: await gzipped(out, first),
        firstStart: await gzipped(out, firstStart),
        parts: await Promise.all(
          parts.map(async (part) => ({ id: part.id, own: await gzipped(out, part.own) })),
        ),
        shared: await gzipped(out, shared),
        total: await gzipped(out, [...every]),
        // The break window's budget counts its scripts, stylesheet and texts (issue 21), as it opens and with the
        // routine's cues.
        opens: await gzipped(out, scriptsAndStyles(first)),
        withParts: await gzipped(
          out,
          scriptsAndStyles([...first, ...(parts.find((part) => part.id === 'cues')?.files ?? [])]),
        ),
      }
    }
  }
  return sizes
}

/** What main answers each window at its start, in `code`: asked of the app running in the preview. */
async function answersOf(browser, previewUrl, { name, query, welcome }, code) {
  const page = await browser.newPage()
  try {
    await page.clock.setFixedTime(AT)
    await page.goto(`${previewUrl}/${name}.html?lang=${code}&${query}`)
    return await page.evaluate(
      async ({ settings, welcome }) => {
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
          'welcome:get': { show: welcome },
        }
      },
      { settings: name === 'settings', welcome },
    )
  } finally {
    await page.close()
  }
}

/**
 * Writes `<page>.<code>.bench.html`: window `name`'s production page, loading first a bridge that answers as main
 * did (the preload's own bridge, main/app/ipc-bridge.ts, over a table of answers).
 */
async function benchPage(out, { page, name }, code, answers) {
  const script = `bench-bridge.${page}.${code}.js`
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
    join(out, `${page}.${code}.bench.html`),
    html.replace('<script type="module"', `${tag}\n    $&`),
  )
}

/**
 * Chromium's own share of a first render on this machine: a page whose one module script marks the render at once,
 * measured as the windows are. What a window takes beyond it is the window's own (its scripts, texts and drawing).
 */
async function writeFloorPage(out) {
  await writeFile(join(out, 'floor.js'), "requestAnimationFrame(() => performance.mark('limber:rendered'))\n")
  await writeFile(
    join(out, 'floor.html'),
    '<!doctype html><html><head><meta charset="utf-8"><script type="module" src="floor.js"></script></head></html>\n',
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
    await writeFloorPage(out)
    times.floor = await firstRender(browser, url, 'floor.html')
    for (const page of PAGES) {
      times[page.page] = {}
      for (const code of codes) {
        await benchPage(out, page, code, await answersOf(browser, preview.url, page, code))
        times[page.page][code] = await firstRender(browser, url, `${page.page}.${code}.bench.html`)
      }
    }
  } finally {
    await browser.close()
    server.close()
    preview.server.close()
  }
  report(sizes, times, codes)
  return { sizes, times }
}

/** Prints the figures, each with how far it is over its goal; exits with 1 when one is. */
function report(sizes, times, codes) {
  const over = (value, goal, say) => (value > goal ? `  ${say(value - goal)} over` : '')
  const size = (bytes, goal) => `${kb(bytes).padStart(8)}${over(bytes, goal, kb)}`
  const ms = (time) =>
    `${time.toFixed(0).padStart(4)} ms${over(time, FIRST_RENDER_MS, (d) => `${d.toFixed(0)} ms`)}`
  const names = sizes.settings[codes[0]].parts.map((part) => part.id)
  console.log(
    `Windows, gzipped (HTML, CSS, scripts and the language's texts) and first render with data as the app loads ` +
      `them (median of ${LOADS} loads in headless Chromium, goal ≤ ${FIRST_RENDER_MS} ms)`,
  )
  console.log(
    `  Chromium's floor on this machine (a page with one module script that marks at once): ` +
      `${times.floor.toFixed(0)} ms; a window's own time is its render less that`,
  )
  console.log(
    `  settings: first load (shell, menu, Today) and first start (welcome), goal ≤ ${kb(BUDGETS.firstLoad)}`,
  )
  for (const code of codes) {
    const at = sizes.settings[code]
    console.log(
      `    ${code.padEnd(6)} first load ${size(at.first, BUDGETS.firstLoad)}   render ${ms(times.settings[code])}` +
        `   first start ${size(at.firstStart, BUDGETS.firstLoad)}   render ${ms(times['settings-welcome'][code])}` +
        `   all ${kb(at.total)}`,
    )
  }
  console.log(
    `  settings: each section loaded later (what it alone brings, goal ≤ ${kb(BUDGETS.part)}) and what they share ` +
      `(goal ≤ ${kb(BUDGETS.shared)})`,
  )
  console.log(`    ${''.padEnd(6)} ${[...names, 'shared'].map((id) => id.padStart(11)).join('')}`)
  for (const code of codes) {
    const at = sizes.settings[code]
    const cells = at.parts.map((part) => `${kb(part.own)}${part.own > BUDGETS.part ? '!' : ''}`)
    cells.push(`${kb(at.shared)}${at.shared > BUDGETS.shared ? '!' : ''}`)
    console.log(`    ${code.padEnd(6)} ${cells.map((cell) => cell.padStart(11)).join('')}`)
  }
  console.log(
    `  break: JS + CSS + one language as it opens, and with the routine's cues on, goal ≤ ${kb(BUDGETS.breakWindow)}`,
  )
  for (const code of codes) {
    const at = sizes.break[code]
    console.log(
      `    ${code.padEnd(6)} ${size(at.opens, BUDGETS.breakWindow)}   with cues ${size(at.withParts, BUDGETS.breakWindow)}` +
        `   render ${ms(times.break[code])}`,
    )
  }
  const failed = codes.some((code) => {
    const at = sizes.settings[code]
    return (
      Math.max(at.first, at.firstStart) > BUDGETS.firstLoad ||
      at.parts.some((part) => part.own > BUDGETS.part) ||
      at.shared > BUDGETS.shared ||
      sizes.break[code].withParts > BUDGETS.breakWindow ||
      PAGES.some(({ page }) => times[page][code] > FIRST_RENDER_MS)
    )
  })
  if (failed) process.exitCode = 1
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchRenderer()
