// Issue 22, Progress you can read, in every language at the settings window's sizes: back pain on a 0–10 scale of
// its own, apart from the breaks, with each check-in's value written in its dot; chart labels 11–16 px whatever the
// window's width or zoom; a label under each day that no other day of the fortnight shares; and the numbers table
// with short dates in the language's own way, pain right after the day, and nothing off to the side at 720×560.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { CATALOGS } from '../../locales/index'
import { LANGUAGE_CODES } from '../../main/core/i18n/languages'
import { load, startHarness, type Harness } from './harness'

let h: Harness

beforeAll(async () => {
  h = await startHarness('progress-reading')
})

afterAll(async () => {
  await h?.close()
})

const SIZES = [
  { width: 420, height: 360 },
  { width: 720, height: 560 },
  { width: 1366, height: 768 },
]

/**
 * Progress in `language` at `size` CSS pixels times `zoom` (what the window shows at that zoom; 200% is 2), on the
 * preview's Thursday afternoon.
 */
async function progressAt(size: { width: number; height: number }, language = 'en', zoom = 1): Promise<Page> {
  const page = await h.page({ width: size.width / zoom, height: size.height / zoom }, { zoom })
  await page.clock.install({ time: new Date('2026-11-26T14:05:00') })
  await load(page, h.url, `settings.html?lang=${language}`)
  await page.click('nav a[href="#progress"]')
  await page.locator('.chart text.label').first().waitFor()
  return page
}

/** Each text of the chart as drawn: its words and its size in CSS pixels (an SVG's own scale included). */
function chartTexts(page: Page): Promise<{ text: string; px: number }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement | SVGTextElement>('.chart text, .chart .strip-title')]
      .filter((el) => el.getBoundingClientRect().width > 0)
      .map((el) => {
        const svg = el instanceof SVGTextElement ? el.ownerSVGElement : null
        const drawnPerUnit = svg ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 1
        return {
          text: el.textContent ?? '',
          px: Math.round(parseFloat(getComputedStyle(el).fontSize) * drawnPerUnit * 10) / 10,
        }
      }),
  )
}

const labels = (page: Page) => page.locator('.chart text.label').allTextContents()

describe('the pain line has a scale of its own (issue 22)', () => {
  it('draws back pain on 0–10 apart from the breaks, titled, with each value in its dot', async () => {
    const page = await progressAt(SIZES[1]!)
    const history = await page.evaluate(() => window.limber!.getHistory())
    const painDays = history.days.filter((d) => d.pain !== undefined).map((d) => d.pain)
    const drawn = await page.evaluate(() => {
      const [painStrip, barStrip] = [...document.querySelectorAll<SVGSVGElement>('.chart svg')]
      const centreY = (el: Element) => {
        const box = el.getBoundingClientRect()
        return box.top + box.height / 2
      }
      const scale = [...painStrip!.querySelectorAll('text.scale')].map((el) => ({
        figure: el.textContent,
        y: centreY(el),
      }))
      const dots = [...painStrip!.querySelectorAll('circle.pain')].map((circle) => ({
        y: centreY(circle),
        bottom: circle.getBoundingClientRect().bottom,
        value: circle.nextElementSibling?.textContent,
      }))
      const barsTop = Math.min(
        ...[...barStrip!.querySelectorAll('rect')].map((r) => r.getBoundingClientRect().top),
      )
      const titles = [...document.querySelectorAll('.chart .strip-title')].map((el) => el.textContent)
      return { scale, dots, barsTop, titles }
    })
    expect(drawn.titles).toEqual(['Back pain, 0 to 10 (morning check-in)', 'Breaks'])
    expect(drawn.scale.map((s) => s.figure)).toEqual(['0', '5', '10'])
    // Each dot says its value, and sits where the 0–10 scale puts it.
    expect(drawn.dots.map((d) => Number(d.value))).toEqual(painDays)
    const [zero, , ten] = drawn.scale
    for (const [i, dot] of drawn.dots.entries()) {
      const expected = zero!.y + ((ten!.y - zero!.y) * (painDays[i] ?? 0)) / 10
      expect(Math.abs(dot.y - expected)).toBeLessThan(1)
    }
    // Never among the bars: the whole pain strip is above the tallest bar.
    expect(Math.max(...drawn.dots.map((d) => d.bottom))).toBeLessThan(drawn.barsTop)
  })

  it('stays readable without colour: the dots are outlined, the line dark on light, in both schemes', async () => {
    const page = await progressAt(SIZES[1]!)
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      const look = await page.evaluate(() => {
        const dot = getComputedStyle(document.querySelector('.chart circle.pain')!)
        const value = getComputedStyle(document.querySelector('.chart .pain-value')!)
        return {
          stroke: dot.stroke,
          fill: dot.fill,
          value: value.fill,
          text: getComputedStyle(document.body).color,
        }
      })
      // The dot's ring and its number are in the text colour; inside, the card's colour.
      expect(look.stroke).toBe(look.text)
      expect(look.value).toBe(look.text)
      expect(look.fill).not.toBe(look.stroke)
    }
  })
})

describe('chart labels keep their size (issue 22)', () => {
  it.each([...SIZES.map((size) => ({ size, zoom: 1 })), { size: SIZES[1]!, zoom: 2 }])(
    'draws every label at 11–16 px at $size.width×$size.height (zoom $zoom)',
    async ({ size, zoom }) => {
      const page = await progressAt(size, 'en', zoom)
      for (const range of ['14 days', '8 weeks']) {
        await page.click(`text=${range}`)
        const texts = await chartTexts(page)
        expect(texts.length).toBeGreaterThan(20)
        const wrong = texts.filter((t) => t.px < 11 || t.px > 16)
        expect(wrong, JSON.stringify(wrong)).toEqual([])
      }
    },
  )
})

describe('a label for every day that no other day shares (issue 22)', () => {
  // One test per language and width: each loads its own page, so a loaded machine times each on its own.
  const cases = LANGUAGE_CODES.flatMap((code) => SIZES.map((size) => ({ code, size, width: size.width })))
  it.each(cases)('in $code, $width wide, for 14 days and for 8 weeks', async ({ code, size }) => {
    const page = await progressAt(size, code)
    const days = await labels(page)
    expect(days).toHaveLength(14)
    // Any seven days in a row, whichever day the week starts on, read seven different ways.
    for (let first = 0; first + 7 <= days.length; first++) {
      const week = days.slice(first, first + 7)
      expect(new Set(week).size, `${size.width}: ${week.join(' ')}`).toBe(7)
    }
    await page.click(`text=${CATALOGS[code].settings.progress.weeks}`)
    await expect.poll(() => labels(page).then((l) => l.length)).toBe(8)
    const weeks = await labels(page)
    expect(new Set(weeks).size, `${size.width}: ${weeks.join(' ')}`).toBe(8)
    // No two labels drawn over one another.
    const edges = await page
      .locator('.chart text.label')
      .evaluateAll((els) =>
        els.map((el) => el.getBoundingClientRect()).map((box) => ({ left: box.left, right: box.right })),
      )
    edges.slice(1).forEach((box, i) => expect(box.left).toBeGreaterThan(edges[i]?.right ?? 0))
  })

  it('says weekdays where they fit, and Today under the last bar at full screen', async () => {
    const page = await progressAt(SIZES[2]!)
    expect(await labels(page)).toEqual([
      'Fri',
      'Sat',
      'Sun',
      'Mon',
      'Tue',
      'Wed',
      'Thu',
      'Fri',
      'Sat',
      'Sun',
      'Mon',
      'Tue',
      'Wed',
      'Today',
    ])
  })
})

describe('the numbers table (issue 22)', () => {
  it.each(LANGUAGE_CODES)(
    'in %s at 720×560: short local dates, pain second, nothing off to the side',
    async (code) => {
      const page = await progressAt(SIZES[1]!, code)
      const texts = CATALOGS[code].settings.progress
      await page.click(`text=${texts.numbers}`)
      const table = page.locator('#progress table')
      const headers = (await table.locator('thead th').allTextContents()).map((t) => t.trim())
      expect(headers.slice(0, 2)).toEqual([texts.day, texts.pain])
      const rows = await table.locator('tbody th').allTextContents()
      expect(rows).toHaveLength(14)
      // As the language in use writes a short date with its weekday: Thursday 26 November is today's row.
      const { language } = await page.evaluate(() => window.limber!.getStatus())
      const today = new Intl.DateTimeFormat(language.locale, {
        weekday: 'short',
        day: 'numeric',
        month: 'short',
      })
      expect(rows.at(-1)?.replace(/\s/g, ' ')).toBe(today.format(new Date(2026, 10, 26)).replace(/\s/g, ' '))
      expect(rows.join(' ')).not.toMatch(/\d{4}-\d\d-\d\d/)
      const fits = await page.evaluate(() => {
        const box = document.querySelector('#progress table')!.parentElement!
        const edge = box.getBoundingClientRect().right
        const cells = [...document.querySelectorAll('#progress table :is(th, td)')]
        return {
          scrolls: box.scrollWidth > box.clientWidth || document.getElementById('content')!.scrollWidth > 544,
          outside: cells
            .filter((c) => c.getBoundingClientRect().right > edge + 0.5)
            .map((c) => c.textContent),
          cut: cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent),
        }
      })
      expect(fits).toEqual({ scrolls: false, outside: [], cut: [] })
    },
  )
})
