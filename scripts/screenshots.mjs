// `npm run screenshots`: the README's pictures of both windows, made in headless Chromium with the preview (the
// real app in each page) and a frozen clock (Playwright's setFixedTime), so two runs write byte-identical files into
// docs/screenshots, the pseudo-locale's pictures of every section and break kind at 420x360 and 720x560 into
// docs/screenshots/pseudo, and a sheet of every stretch's figure, held, light and dark
// (docs/screenshots/figures-*.png).
// `npm run screenshots -- --review` also writes a review set (every screen at 420x360, 720x560, 200% zoom and
// full screen, light and dark) into dist/review, for looking at the windows as a user would; it is not committed.
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as esbuild from 'esbuild'
import { loadBreakScenarios } from './build-renderer.mjs'
import { launchChromium } from './chromium.mjs'
import { startPreview } from './preview.mjs'
import { pseudoShots, readmeShots, reviewShots, sheetShots } from './screenshot-list.mjs'

const root = resolve(fileURLToPath(import.meta.url), '../..')
const PREVIEW = 'dist/screenshots-preview'
const DOCS = join(root, 'docs/screenshots')
const REVIEW = join(root, 'dist/review')

/** A Thursday afternoon in late November: the timeline, history and breaks look the same on every run. */
const FROZEN_AT = new Date('2026-11-26T14:05:00').getTime()

/**
 * Adds the figure sheet to the preview's folder: a page of its own (renderer/preview/figure-sheet.tsx) that loads the
 * preview's script first, as the windows do.
 */
async function addFigureSheet() {
  const out = join(root, PREVIEW)
  await esbuild.build({
    entryPoints: { 'figure-sheet': join(root, 'renderer/preview/figure-sheet.tsx') },
    outdir: out,
    bundle: true,
    format: 'esm',
    target: 'chrome130',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'warning',
  })
  const page = [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8" /><meta name="color-scheme" content="light dark" />',
    '<title>Limber stretch figures</title><link rel="stylesheet" href="figure-sheet.css" />',
    '<script type="module" src="preview-bridge.js"></script><script type="module" src="figure-sheet.js"></script>',
    '</head><body><div id="app"></div></body></html>',
  ].join('\n')
  await writeFile(join(out, 'figure-sheet.html'), page)
}

async function take(
  browser,
  url,
  folder,
  [name, path, viewport, scale, scheme, runFor = 0, setup, options = {}],
) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: scale })
  const page = await context.newPage()
  try {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' })
    // A fixed time rather than a paused clock: every Date.now() answers exactly this, while the page's own
    // timers keep running, so what a timer shows depends only on the time set, never on how fast the page loaded.
    await page.clock.setFixedTime(FROZEN_AT)
    await page.goto(`${url}/${path}`)
    await page.waitForSelector(options.ready ?? '#today-title, #welcome-title, #break-title, .empty h1')
    // The settings window draws Today first, then the sections below it.
    await page.waitForSelector('#content[aria-busy]', { state: 'detached' })
    if (setup) {
      await setup(page)
      // Scrolling marks the section in the side menu on the next frame: let it settle.
      await page.waitForTimeout(300)
    }
    if (runFor > 0) {
      await page.clock.setFixedTime(FROZEN_AT + runFor)
      // The break window's timers tick every 200 ms (real time here) and then show the new time.
      await page.waitForTimeout(600)
    }
    await page.screenshot({
      path: join(folder, `${name}.png`),
      animations: 'disabled',
      caret: 'hide',
      fullPage: options.fullPage ?? false,
    })
  } finally {
    await context.close()
  }
}

export async function makeScreenshots({ review = false } = {}) {
  const { server, url } = await startPreview({ outdir: PREVIEW })
  await addFigureSheet()
  const browser = await launchChromium()
  try {
    await mkdir(DOCS, { recursive: true })
    const readme = readmeShots()
    for (const shot of readme) await take(browser, url, DOCS, shot)
    console.log(`wrote ${readme.length} screenshots to docs/screenshots`)
    const sheets = sheetShots()
    for (const shot of sheets) await take(browser, url, DOCS, shot)
    console.log(
      `wrote ${sheets.length} figure sheets to docs/screenshots (figures-light.png, figures-dark.png)`,
    )
    const pseudo = join(DOCS, 'pseudo')
    await rm(pseudo, { recursive: true, force: true })
    await mkdir(pseudo, { recursive: true })
    const shots = pseudoShots()
    for (const shot of shots) await take(browser, url, pseudo, shot)
    console.log(`wrote ${shots.length} pseudo-locale screenshots to docs/screenshots/pseudo`)
    if (review) {
      await rm(REVIEW, { recursive: true, force: true })
      await mkdir(REVIEW, { recursive: true })
      const shots = reviewShots(await loadBreakScenarios())
      for (const shot of shots) await take(browser, url, REVIEW, shot)
      console.log(`wrote ${shots.length} review screenshots to dist/review`)
    }
  } finally {
    await browser.close()
    server.close()
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await makeScreenshots({ review: process.argv.includes('--review') })
}
