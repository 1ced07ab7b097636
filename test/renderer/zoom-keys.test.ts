// Issue 22: the windows can be zoomed again. Ctrl+plus, Ctrl+minus and Ctrl+0 in the settings window and in the
// break window each ask main for one step of that window's zoom (the windows have no menu that carried these keys);
// main remembers it per window and the shell applies it. In headless Chromium with the real app in the preview.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { calls, load, startHarness, type Harness } from './harness'

let h: Harness
let page: Page

beforeAll(async () => {
  h = await startHarness('zoom-keys')
  page = await h.page({ width: 720, height: 560 })
})

afterAll(async () => {
  await h?.close()
})

/** The zoom the app told the shell for `kind`'s window, as the preview's platform holds it. */
const shellZoom = (kind: 'settings' | 'break') =>
  page.evaluate((k) => window.__limberPreview!.platform.zoom[k] ?? null, kind)

describe('zoom keys (issue 22)', () => {
  it.each(['settings', 'break'] as const)(
    'step the %s window’s zoom, and Ctrl+0 puts it back',
    async (kind) => {
      await load(page, h.url, kind === 'settings' ? 'settings.html' : 'break.html?break=posture')
      await page.keyboard.press('Control+Equal')
      await page.keyboard.press('Control+Shift+Equal')
      await expect.poll(() => shellZoom(kind)).toBe(1.25)
      await page.keyboard.press('Control+Minus')
      await expect.poll(() => shellZoom(kind)).toBe(1.1)
      await page.keyboard.press('Control+Digit0')
      await expect.poll(() => shellZoom(kind)).toBe(1)
      expect((await calls(page, 'zoom')).map((call) => call.args)).toEqual([
        ['in'],
        ['in'],
        ['out'],
        ['reset'],
      ])
      // Zooming answers no reminder.
      expect(await calls(page, 'act')).toEqual([])
    },
  )
})
