// Issue 22's words in the settings window, in headless Chromium with the real app in the preview, in the languages
// where they showed: no "Min.." in German, a time field called "Uhrzeit", French bedtime and heat and ice said as
// a French speaker would, a System default that does not nest parentheses, one clock style whatever the Language
// setting, and the desk-only hint in whole sentences.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { load, startHarness, type Harness } from './harness'

let h: Harness
let page: Page

beforeAll(async () => {
  h = await startHarness('settings-words')
  page = await h.page({ width: 720, height: 560 })
  await page.clock.install({ time: new Date('2026-11-26T14:05:00') })
})

afterAll(async () => {
  await h?.close()
})

/** Every line of the window's text that has a doubled full stop (an ellipsis "…" is one character). */
const doubledStops = () =>
  page.evaluate(() => document.body.innerText.split('\n').filter((line) => /[^.]\.\.(?!\.)|^\.\./.test(line)))

describe('translation slips (issue 22)', () => {
  it('de: sentences that end on a length end with one full stop; time fields say “Uhrzeit”', async () => {
    await load(page, h.url, 'settings.html?lang=de&therapy=ice&soreback=2')
    // The figures stand inside their sentences: "Heute 3 Std., 16 Min. am Computer. Am längsten ohne Pause: …".
    expect(await page.textContent('.sitting')).toMatch(
      /^Heute .*Min\. am Computer\. Am längsten ohne Pause: .*Min\. am Stück\./,
    )
    expect(await doubledStops()).toEqual([])
    // Each label as a screen reader says it, with what it is for ("Krafttraining: Uhrzeit").
    const labels = await page.locator('#activities .field:has(input[type=time]) label').allTextContents()
    expect(labels.length).toBeGreaterThan(0)
    for (const label of labels) expect(label).toMatch(/Uhrzeit$/)
  })

  it('fr: bedtime is “Heure du coucher” in the menu and its section; heat and ice timers are started, not thrown', async () => {
    await load(page, h.url, 'settings.html?lang=fr&soreback=2')
    expect(await page.textContent('nav a[href="#bedtime"]')).toBe('Heure du coucher')
    expect(await page.textContent('#bedtime-title')).toBe('Heure du coucher')
    const buttons = await page.locator('#today button').allTextContents()
    expect(buttons).toEqual(
      expect.arrayContaining(['Lancer le minuteur chaleur', 'Lancer le minuteur glace']),
    )
    expect(buttons.join(' ')).not.toMatch(/Lancer la glace|Lancer la chaleur/)
  })

  it('pt-BR: System default names the language after a colon, with no parentheses inside parentheses', async () => {
    await load(page, h.url, 'settings.html?lang=pt-BR')
    const option = await page.textContent('#f-language option[value="system"]')
    expect(option).toBe('Padrão do sistema: Português (Brasil)')
    expect(option).not.toMatch(/\([^)]*\(/)
  })

  it('says desk-only stretches plainly: what happens without work hours, in a whole sentence', async () => {
    await load(page, h.url, 'settings.html')
    expect(await page.textContent('#stretches')).toContain(
      'If you have not set work hours, Limber never suggests a floor stretch.',
    )
    expect(await page.textContent('#stretches')).not.toContain('none at all')
  })
})

describe('one clock style (issue 22)', () => {
  it('keeps the German system’s 24-hour clock when the Language setting is English', async () => {
    await load(page, h.url, 'settings.html?lang=de')
    await page.selectOption('#f-language', 'en')
    await expect.poll(() => page.textContent('#today-title')).toBe('Today')
    const times = await page.locator('#today time').allTextContents()
    expect(times.length).toBeGreaterThan(0)
    for (const time of times) expect(time).toMatch(/^\d\d:\d\d$/)
    expect(await page.textContent('#today')).not.toMatch(/\b(AM|PM)\b/)
  })
})
