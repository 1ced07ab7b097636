// Choosing a language in General → Language changes both open windows at once: the settings and a break window
// open beside it (one browser context; the preview bridge shares preferences between pages as main does between
// windows) switch their <html lang> and their texts in place, with no reload, and the focus stays on the select.
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { CATALOGS } from '../../locales/index'
import { load, startHarness, type Harness } from './harness'

let h: Harness

beforeAll(async () => {
  h = await startHarness('language-change')
})

afterAll(async () => {
  await h?.close()
})

/** Marks the page's document and one of its nodes, so a reload (a new document, new nodes) shows. */
function mark(page: Page, selector: string): Promise<void> {
  return page.evaluate((selector) => {
    const marks = window as unknown as Record<string, unknown>
    marks.__sameDocument = true
    marks.__node = document.querySelector(selector)
  }, selector)
}

function stillMarked(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const marks = window as unknown as Record<string, unknown>
    return marks.__sameDocument === true && document.contains(marks.__node as Node)
  })
}

const lang = (page: Page) => page.locator('html').getAttribute('lang')
const text = (page: Page) => page.evaluate(() => document.body.innerText)

it('changes the settings and an open break window to Deutsch at once, without a reload, focus kept', async () => {
  const context = await h.browser.newContext({ viewport: { width: 720, height: 560 } })
  try {
    // Both open in the pseudo-locale (the "system" language here), so every catalog text visibly changes.
    const settings = await context.newPage()
    const pause = await context.newPage()
    await load(settings, h.url, 'settings.html?lang=pseudo')
    await load(pause, h.url, 'break.html?lang=pseudo&break=posture')
    expect(await lang(settings)).toBe('en-XA')
    expect(await lang(pause)).toBe('en-XA')
    expect(await text(pause)).toContain('⟦')
    await mark(settings, '#general-title')
    await mark(pause, '#break-title')

    const select = settings.locator('#f-language')
    await select.focus()
    await select.selectOption('de')

    const de = CATALOGS.de
    await expect.poll(() => lang(settings)).toMatch(/^de\b/)
    await expect.poll(() => lang(pause)).toMatch(/^de\b/)
    await expect.poll(() => settings.textContent('#general-title')).toBe(de.settings.general.title)
    await expect.poll(() => settings.textContent('#breaks-title')).toBe(de.settings.breaks.title)
    await expect.poll(() => text(pause)).not.toContain('⟦')
    expect((await text(pause)).toLowerCase()).toContain(de.breakWindow.kind.posture.toLowerCase())
    expect(await text(settings)).not.toContain('⟦')

    expect(await stillMarked(settings)).toBe(true)
    expect(await stillMarked(pause)).toBe(true)
    expect(await settings.evaluate(() => document.activeElement?.id)).toBe('f-language')
    expect(await settings.inputValue('#f-language')).toBe('de')
  } finally {
    await context.close()
  }
})
