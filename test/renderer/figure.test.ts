// The stretch figure in headless Chromium (issue 21): every break that shows a stretch shows its figure with what it
// shows in words, in the language in use; the figure moves slowly into the stretch as the steps are read, holds
// still while the ring holds and eases out (on a fake clock); it holds still with reduced motion; a one-sided stretch
// turns over for its other side and says which side; Settings' list and the welcome show the figures held; and the
// strokes keep their contrast in light, dark and the system's high-contrast colours.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { CATALOGS } from '../../locales/index'
import { STRETCHES, stretchWords } from '../../main/core/content'
import { BREAK_SCENARIOS } from '../../renderer/preview/scenario'
import { axeViolations, edgeContrasts, startHarness, type Harness } from './harness'

let h: Harness

const T0 = new Date('2026-11-26T14:05:00').getTime()

beforeAll(async () => {
  h = await startHarness('figure')
})

afterAll(async () => {
  await h?.close()
})

type Motion = 'reduce' | 'no-preference'

/** A window of `size` with its clock stopped at T0 (only runFor moves time), the motion the user asked for. */
async function openPaused(
  path: string,
  options: { motion?: Motion; scheme?: 'light' | 'dark'; size?: { width: number; height: number } } = {},
): Promise<Page> {
  // The file's tab: this install and pauseAt are the last of its clock's calls before the load, so the app starts
  // on the same paused clock as in a page of its own (a test's resume() before is undone by the pauseAt).
  const page = await h.page(options.size ?? { width: 420, height: 360 })
  await page.emulateMedia({
    colorScheme: options.scheme ?? 'light',
    reducedMotion: options.motion ?? 'reduce',
    // As a new page has it: a test before may have emulated the system's high-contrast colours in this tab.
    forcedColors: 'none',
  })
  // A minute early: on a loaded machine a second can pass before the clock is paused at T0.
  await page.clock.install({ time: T0 - 60_000 })
  await page.clock.pauseAt(T0)
  await page.goto(`${h.url}/${path}`)
  await page.waitForSelector('#today-title, #welcome-title, #break-title, .empty h1')
  return page
}

/**
 * The routine as it reads now, in one look: the figure as drawn (its strokes, its text alternative, the side it
 * shows and its marker), the stretch's name, its steps, whether "I'm ready" is shown (a change of position) and
 * whether Next can act.
 */
const onScreen = (page: Page) =>
  page.evaluate(() => {
    const holder = document.querySelector('.routine-figure')
    const svg = holder?.querySelector('svg')
    const ready = document.querySelector('button.ready')
    const readyBox = ready?.getBoundingClientRect()
    const steps = [...document.querySelectorAll('.steps li')]
    return {
      figure: svg
        ? {
            strokes: [...svg.querySelectorAll('path')].map((p) => p.getAttribute('d')).join('|'),
            role: svg.getAttribute('role'),
            label: svg.getAttribute('aria-label'),
            side: holder?.getAttribute('data-side') ?? null,
            marker: holder?.querySelector('.figure-side')?.textContent ?? null,
            turned: getComputedStyle(svg).transform,
          }
        : null,
      name: document.querySelector('.stretch-name')?.textContent ?? null,
      // Visible as Playwright's isVisible has it: a box of some size, and not visibility: hidden.
      ready:
        !!ready &&
        !!readyBox &&
        readyBox.width > 0 &&
        readyBox.height > 0 &&
        getComputedStyle(ready).visibility !== 'hidden',
      steps: steps.length,
      lastStep: steps.at(-1)?.textContent ?? null,
      nextDisabled:
        document.querySelector('button[aria-label="Next stretch"]')?.getAttribute('aria-disabled') ?? null,
    }
  })

/** The figure as drawn now: its strokes, its text alternative, the side it shows and its marker. */
const figure = async (page: Page) => (await onScreen(page)).figure

/** The stretch named `name` as the catalog of `code` writes it, with its words. */
function stretchNamed(name: string | null, code: 'en' | 'de' = 'en') {
  const stretch = STRETCHES.find((s) => stretchWords(CATALOGS[code].content, s).name === name)
  if (!stretch) throw new Error(`no stretch is named ${name}`)
  return { ...stretch, words: stretchWords(CATALOGS[code].content, stretch) }
}

/** The id of the stretch on screen, from its name as the catalog of `code` writes it. */
async function stretchOnScreen(page: Page, code: 'en' | 'de' = 'en') {
  return stretchNamed(await page.textContent('.stretch-name'), code)
}

describe('the figure in the break window', () => {
  it('shows every stretch of every break that shows one, with what it shows in words', async () => {
    for (const kind of BREAK_SCENARIOS) {
      const query = kind === 'check-in' ? 'check-in&soreback=2' : kind
      for (const variant of ['', '&full=1']) {
        const page = await openPaused(`break.html?break=${query}${variant}`)
        await page.clock.runFor(500)
        // One look per step (the page only changes when the clock moves or a button is pressed).
        let now = await onScreen(page)
        if (now.name === null) {
          expect(now.figure, kind).toBeNull()
          continue
        }
        const names = new Set<string>()
        for (;;) {
          const drawn = now.figure
          if (now.ready) {
            // A change of position: the figure shows the position it leads to, said as the move's last step.
            expect(drawn, `${kind}${variant}: a move`).toMatchObject({ role: 'img', label: now.lastStep })
          } else {
            const stretch = stretchNamed(now.name)
            names.add(stretch.id)
            const side = stretch.oneSided ? ' Right side.' : ''
            expect(drawn, `${kind}${variant}: ${stretch.id}`).toMatchObject({
              role: 'img',
              label: `${stretch.words.figure}${side}`,
            })
            expect(drawn?.strokes.length, stretch.id).toBeGreaterThan(100)
            // The steps are still there beside it (in a break, a floor stretch leaves getting up to the routine).
            expect(now.steps).toBe(stretchWords(CATALOGS.en.content, stretch, false).steps.length)
          }
          if (now.nextDisabled === 'true') break
          await page.click('button[aria-label="Next stretch"]')
          await page.clock.runFor(300)
          now = await onScreen(page)
        }
        expect(names.size, kind).toBeGreaterThan(1)
      }
    }
  }, 120_000)

  it('says what it shows in the language in use', async () => {
    const page = await openPaused('break.html?break=stretch-floor&lang=de')
    // Past getting down to the floor ("I'm ready"), the first stretch.
    await page.click('button.ready')
    await page.clock.runFor(500)
    const stretch = await stretchOnScreen(page, 'de')
    expect((await figure(page))?.label).toBe(`${stretch.words.figure} Rechte Seite.`)
    expect((await figure(page))?.marker).toBe('Rechte Seite')
  })

  it('moves slowly into the stretch as the steps are read, holds still with the ring, and eases out', async () => {
    const page = await openPaused('break.html?break=stretch', { motion: 'no-preference' })
    await page.clock.runFor(500)
    const start = (await figure(page))?.strokes
    await page.clock.runFor(3000) // 3.5 s: still reading the steps
    expect((await figure(page))?.strokes).toBe(start)
    await page.clock.runFor(2500) // 6 s: on the way in
    const moving = (await figure(page))?.strokes
    expect(moving).not.toBe(start)
    await page.clock.runFor(1000) // 7 s: further in
    expect((await figure(page))?.strokes).not.toBe(moving)
    await page.clock.runFor(1500) // 8.5 s: the hold has begun
    expect(await page.textContent('.ring-label')).toBe('Hold')
    const held = (await figure(page))?.strokes
    await page.clock.runFor(4000) // 12.5 s: still holding
    expect((await figure(page))?.strokes).toBe(held)
    expect(held).not.toBe(start)
    await page.clock.runFor(6500) // 19 s: easing out before the next repetition
    expect(await page.textContent('.ring-label')).toBe('Ease out')
    expect((await figure(page))?.strokes).not.toBe(held)
    // Each stroke glides between the window's ticks, as the ring does.
    expect(await page.$eval('.routine-picture path', (p) => getComputedStyle(p).transitionDuration)).toBe(
      '0.2s',
    )
  })

  it('holds the stretch, still, for someone who asked for less motion', async () => {
    const page = await openPaused('break.html?break=stretch', { motion: 'reduce' })
    await page.clock.runFor(500)
    const held = (await figure(page))?.strokes
    for (const step of [3000, 3000, 2000, 4000, 6500]) {
      await page.clock.runFor(step)
      expect((await figure(page))?.strokes).toBe(held)
    }
    expect(await page.$eval('.routine-picture path', (p) => getComputedStyle(p).transitionDuration)).toBe(
      '0s',
    )
  })

  it('turns a one-sided stretch over for its other side, and says which side it shows', async () => {
    const page = await openPaused('break.html?break=stretch')
    await page.click('button[aria-label="Next stretch"]')
    await page.clock.runFor(9000) // the first hold, on the first side
    const stretch = await stretchOnScreen(page)
    expect(stretch.oneSided).toBe(true)
    const first = await figure(page)
    expect(first).toMatchObject({
      side: 'first',
      marker: 'Right side',
      label: `${stretch.words.figure} Right side.`,
      turned: 'none',
    })
    expect(await page.textContent('[data-testid=rep]')).toContain('first side')
    await page.clock.runFor(15_000) // the second hold, on the other side
    const other = await figure(page)
    expect(await page.textContent('[data-testid=rep]')).toContain('other side')
    expect(other).toMatchObject({
      side: 'other',
      marker: 'Left side',
      label: `${stretch.words.figure} Left side.`,
      turned: 'matrix(-1, 0, 0, 1, 0, 0)',
    })
    // The same picture, turned over: the strokes themselves are the held stretch's.
    expect(other?.strokes).toBe(first?.strokes)
  })

  it('keeps its strokes clear of the page in light, dark and high contrast, and passes axe', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      for (const forced of ['none', 'active'] as const) {
        const page = await openPaused('break.html?break=stretch-floor', { scheme })
        await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce', forcedColors: forced })
        await page.click('button.ready')
        await page.clock.runFor(12_000)
        for (const paint of ['body', 'work']) {
          const found = await edgeContrasts(page, `.routine-picture path.${paint}`, 'stroke')
          expect(found.length, paint).toBeGreaterThan(0)
          const lowest = Math.min(...found.map((c) => c.ratio))
          expect(lowest, `${scheme}, forced colors ${forced}: ${paint}`).toBeGreaterThanOrEqual(3)
        }
        if (forced === 'none') {
          // axe waits on timers of its own: the clock runs again (the hold goes on, the figure stays held).
          await page.clock.resume()
          expect(await axeViolations(page), scheme).toEqual([])
        }
      }
    }
  }, 60_000)
})

describe('the figures in Settings', () => {
  it('shows every stretch of the list with its figure held, and what it shows in words', async () => {
    const page = await openPaused('settings.html', { size: { width: 720, height: 560 } })
    await page.click('nav a[href="#stretches"]')
    // The section is a part of its own (section-table.ts): on a loaded machine it may still be on its way.
    await page.waitForSelector('.stretch-list > li')
    const rows = await page.$$eval('.stretch-list > li', (items) =>
      items.map((li) => ({
        name: li.querySelector('label')?.firstChild?.textContent?.trim(),
        label: li.querySelector('svg.list-figure')?.getAttribute('aria-label'),
        strokes: li.querySelectorAll('svg.list-figure path').length,
      })),
    )
    expect(rows).toHaveLength(STRETCHES.length)
    for (const stretch of STRETCHES) {
      const words = stretchWords(CATALOGS.en.content, stretch)
      expect(
        rows.find((row) => row.name === words.name),
        stretch.id,
      ).toMatchObject({ label: words.figure })
    }
    expect(Math.min(...rows.map((row) => row.strokes))).toBeGreaterThan(5)
  })

  it('shows an example of what a stretch break shows in the first-run welcome', async () => {
    const page = await openPaused('settings.html?welcome=1', { size: { width: 720, height: 560 } })
    await page.waitForSelector('svg.example-figure')
    const label = await page.getAttribute('svg.example-figure', 'aria-label')
    const first = STRETCHES[0]
    expect(first && label).toBe(first && stretchWords(CATALOGS.en.content, first).figure)
  })
})

it('keeps to its Content-Security-Policy: no violations in any page of this file', () => {
  expect(h.cspViolations).toEqual([])
})
