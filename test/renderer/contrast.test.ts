// Issue 12: the edges a user must see to find a control (text boxes, menus, buttons, checkboxes, day pills) and
// the ring's track stand out at least 3:1 from what is behind them (WCAG 1.4.11), in light and dark. axe does not
// check this, so it is measured here on Chromium's computed colours; the lowest figures are printed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { edgeContrasts, load, startHarness, type Contrast, type Harness } from './harness'

let h: Harness

beforeAll(async () => {
  h = await startHarness('contrast')
})

afterAll(async () => {
  await h?.close()
})

/** Controls that can be used now (WCAG exempts inactive ones). */
const ACTIVE = ':not(:disabled):not([aria-disabled="true"])'

const SETTINGS: [string, string, 'border' | 'stroke'][] = [
  ['text, number and time boxes', `main input:not([type=checkbox])${ACTIVE}, main select${ACTIVE}`, 'border'],
  ['buttons', `main button:not(.quiet)${ACTIVE}`, 'border'],
  ['checkboxes', `main input[type=checkbox]${ACTIVE}`, 'border'],
  ['day pills', 'main .day', 'border'],
]

const BREAK: [string, string, 'border' | 'stroke'][] = [
  ['answer buttons', `.actions button${ACTIVE}`, 'border'],
  ['timer buttons', `button.icon${ACTIVE}`, 'border'],
  ['ring track', '.ring .track', 'stroke'],
  ['ring fill', '.ring .fill', 'stroke'],
]

function lowest(found: Contrast[]): Contrast {
  return found.reduce((low, c) => (c.ratio < low.ratio ? c : low), { what: 'none found', ratio: Infinity })
}

async function measure(
  page: Page,
  targets: [string, string, 'border' | 'stroke'][],
): Promise<Record<string, Contrast>> {
  const result: Record<string, Contrast> = {}
  for (const [name, selector, edge] of targets) {
    const found = await edgeContrasts(page, selector, edge)
    expect(found.length, `${name}: something to measure`).toBeGreaterThan(0)
    result[name] = lowest(found)
  }
  return result
}

describe('contrast of what marks a control (issue 12)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`is at least 3:1 in the settings window, ${scheme}`, async () => {
      const page = await h.page({ width: 720, height: 560 })
      await load(page, h.url, 'settings.html', scheme)
      // Show every kind of control: the session days, an own reminder, the dialog's buttons stay closed.
      await page.check('#f-activities-strength-enabled')
      await page.click('text=Add a reminder')
      await page.waitForSelector('.custom')
      const figures = await measure(page, SETTINGS)
      console.log(
        `settings ${scheme}:`,
        Object.entries(figures)
          .map(([k, c]) => `${k} ${c.ratio}:1`)
          .join(', '),
      )
      for (const [name, c] of Object.entries(figures))
        expect(c.ratio, `${name}: ${c.what}`).toBeGreaterThanOrEqual(3)
    })

    it(`is at least 3:1 in the break window, ring track included, ${scheme}`, async () => {
      // A tab of its own with the clock: it would stay in the file's tab for the settings window's test that
      // follows, which installs none. Installed again before each load, it starts from the same time as in a new tab.
      const page = await h.page({ width: 420, height: 360 }, { tab: 'clocked' })
      await page.clock.install({ time: new Date('2026-11-26T14:05:00') })
      await load(page, h.url, 'break.html?break=stretch', scheme)
      await page.clock.runFor(12_000) // into the first hold: the ring has its fill
      const figures = await measure(page, BREAK)
      console.log(
        `break ${scheme}:`,
        Object.entries(figures)
          .map(([k, c]) => `${k} ${c.ratio}:1`)
          .join(', '),
      )
      for (const [name, c] of Object.entries(figures))
        expect(c.ratio, `${name}: ${c.what}`).toBeGreaterThanOrEqual(3)
    })
  }
})
