// Safe advice in both windows, in headless Chromium with the real app in the preview: the warning signs in three
// tiers, most urgent first, each sign under its tier's heading, each tier marked by words, a shape and a frame
// (not by colour alone), reachable and readable by keyboard and screen reader, in English and German; the check-
// in's emergency line on a plan day with the way to all the signs, in Today and in the break window; the doctor
// suggestion after a high answer; and heat and cold: the safety lines and how-to in their section, heat first, and
// the rest rule said at the field in the language in use.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { axeViolations, calls, focused, load, startHarness, type Harness } from './harness'

let h: Harness

beforeAll(async () => {
  h = await startHarness('warning-signs')
})

afterAll(async () => {
  await h?.close()
})

async function open(path: string, size = { width: 720, height: 560 }, scheme: 'light' | 'dark' = 'light') {
  const page = await h.page(size)
  await page.clock.install({ time: new Date('2026-11-26T14:05:00') })
  await load(page, h.url, path, scheme)
  return page
}

/** Each tier in the order shown: its heading, its signs, and how it is marked besides colour. */
function tiers(page: Page, within: string) {
  return page.$$eval(`${within} .tier`, (sections) =>
    sections.map((section) => {
      const heading = section.querySelector('h2, h3, h4')
      const style = getComputedStyle(section)
      return {
        urgency: section.getAttribute('data-urgency'),
        heading: heading?.textContent ?? '',
        named: section.getAttribute('aria-labelledby') === heading?.id,
        signs: [...section.querySelectorAll('li')].map((li) => li.textContent ?? ''),
        shape: section.querySelector('svg.tier-mark')?.innerHTML ?? '',
        frame: `${style.borderTopStyle} ${style.borderTopWidth}`,
      }
    }),
  )
}

describe('the warning signs, graded by urgency', () => {
  it('puts each sign under its tier, most urgent first, when a plan starts', async () => {
    const page = await open('settings.html?soreback=1')
    const shown = await tiers(page, '.doctor')
    expect(shown.map((t) => [t.urgency, t.heading])).toEqual([
      ['emergency', 'Get emergency help now'],
      ['today', 'See a doctor today'],
      ['soon', 'Book an appointment soon'],
    ])
    const [emergency, today, soon] = shown
    expect(emergency!.signs.join('\n')).toMatch(
      /genitals or bottom[\s\S]*bladder or bowels[\s\S]*sex[\s\S]*both legs[\s\S]*chest pain/,
    )
    expect(emergency!.signs.join(' ')).not.toMatch(/temperature|fall|one leg/)
    expect(today!.signs.join('\n')).toMatch(
      /high temperature[\s\S]*fall or an accident[\s\S]*cancer[\s\S]*immune[\s\S]*wakes you at night[\s\S]*over 50[\s\S]*changed shape/,
    )
    expect(today!.signs.join(' ')).not.toMatch(/genitals|bladder|chest|one leg/)
    expect(soon!.signs.join(' ')).toMatch(/few weeks.*one leg/)
    expect(await page.textContent('.doctor')).toMatch(
      /Most new back pain gets much better within a few weeks/,
    )
  })

  it('marks each tier by its words, its own shape and its own frame, not by colour alone', async () => {
    const page = await open('settings.html?soreback=1')
    const shown = await tiers(page, '.doctor')
    expect(new Set(shown.map((t) => t.shape)).size).toBe(3)
    expect(new Set(shown.map((t) => t.frame)).size).toBe(3)
    expect(shown.map((t) => t.frame)).toEqual(['solid 3px', 'solid 2px', 'dashed 1px'])
    // Screen readers hear each tier as a region named by its heading, and the shapes are not read out.
    expect(shown.every((t) => t.named)).toBe(true)
    expect(
      await page.$$eval('.doctor svg.tier-mark', (marks) => marks.map((m) => m.getAttribute('aria-hidden'))),
    ).toEqual(['true', 'true', 'true'])
    expect(await axeViolations(page)).toEqual([])
    // The same screen in dark: only the rule the scheme changes (one full axe pass per screen).
    await page.emulateMedia({ colorScheme: 'dark' })
    expect(await axeViolations(page, { contrastOnly: true })).toEqual([])
  })

  it('keeps every sign in its tier in German, with the emergency tier unmistakable', async () => {
    const page = await open('settings.html?soreback=1&lang=de')
    const shown = await tiers(page, '.doctor')
    expect(shown.map((t) => t.heading)).toEqual([
      'Notfall: sofort Hilfe holen',
      'Noch heute zum Arzt',
      'Bald einen Termin machen',
    ])
    expect(shown[0]!.signs.join(' ')).toMatch(
      /Genitalien oder Po.*Blase oder Darm.*Sex.*beiden Beinen.*Brust/,
    )
    expect(await page.textContent('.doctor .tier-emergency')).toMatch(/Notruf.*Notaufnahme/)
    expect(shown[1]!.signs.join(' ')).toMatch(
      /Fieber.*Sturz.*Krebserkrankung.*Immunsystem.*nachts.*über 50.*Form/,
    )
  })

  it('is one click away in the plan and in About, and reached by keyboard', async () => {
    const page = await open('settings.html?soreback=2')
    await page.focus('.plan details.signs summary')
    await page.keyboard.press('Enter')
    expect((await tiers(page, '.plan details.signs')).map((t) => t.urgency)).toEqual([
      'emergency',
      'today',
      'soon',
    ])
    await page.click('nav a[href="#about"]')
    await page.click('#about details summary')
    expect((await tiers(page, '#about details')).map((t) => t.urgency)).toEqual([
      'emergency',
      'today',
      'soon',
    ])
  })
})

describe('the check-in on a plan day', () => {
  it('says the emergency signs in one marked line in Today, with a link that opens all the signs', async () => {
    const page = await open('settings.html?soreback=2')
    const line = page.locator('#today .emergency-line')
    expect(await line.textContent()).toMatch(
      /^Get emergency help now if your back pain comes with numbness around your genitals or bottom.*chest pain\.All warning signs$/,
    )
    expect(await line.locator('svg.tier-mark').count()).toBe(1)
    await line.locator('a').focus()
    await page.keyboard.press('Enter')
    expect(await page.$eval('#warning-signs', (d) => (d as HTMLDetailsElement).open)).toBe(true)
    expect(await focused(page)).toBe('plan-signs-emergency')
  })

  it('shows no such line on a day without a plan', async () => {
    const page = await open('settings.html?checkin=open')
    expect(await page.locator('#today-check-in').count()).toBe(1)
    expect(await page.locator('.emergency-line').count()).toBe(0)
  })

  it('says it in the break window too, with all the signs a key press away, in German, light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await open(
        'break.html?break=check-in&soreback=2&lang=de',
        { width: 420, height: 360 },
        scheme,
      )
      expect(await page.textContent('.emergency-line')).toMatch(/^Notfall: Wähl sofort den Notruf/)
      await page.focus('.all-signs summary')
      await page.keyboard.press('Enter')
      expect((await tiers(page, '.all-signs')).map((t) => t.heading)).toEqual([
        'Notfall: sofort Hilfe holen',
        'Noch heute zum Arzt',
        'Bald einen Termin machen',
      ])
      expect(await axeViolations(page, { contrastOnly: scheme === 'dark' })).toEqual([])
    }
  })
})

describe('a check-in that calls for a doctor', () => {
  it('brings the suggestion and the signs to the top of Today after an answer of 9, once', async () => {
    const page = await open('settings.html?checkin=open')
    expect(await page.locator('.doctor').count()).toBe(0)
    await page.locator('input[name="today-check-in-pain"][value="9"]').check({ force: true })
    await page.click('form.check-in button[type="submit"]')
    await expect.poll(() => page.locator('.doctor').count()).toBe(1)
    expect(await page.textContent('.doctor')).toMatch(
      /You rated your back 9 of 10 today.*worth showing to a doctor/,
    )
    expect((await tiers(page, '.doctor')).map((t) => t.urgency)).toEqual(['emergency', 'today', 'soon'])
    await expect.poll(() => focused(page)).toBe('doctor-title')
    await page.click('.doctor > button')
    expect((await calls(page, 'putAwaySoreBackNotices')).length).toBe(1)
    await expect.poll(() => page.locator('.doctor').count()).toBe(0)
    expect(await focused(page)).toBe('today-title')
  })

  it('opens on the suggestion when this morning’s answer was 9, and says the answer', async () => {
    const page = await open('settings.html?doctor=high')
    await expect.poll(() => focused(page)).toBe('doctor-title')
    expect(await page.textContent('.doctor')).toMatch(/You rated your back 9 of 10 today/)
    expect((await tiers(page, '.doctor')).map((t) => t.urgency)).toEqual(['emergency', 'today', 'soon'])
    expect(await page.textContent('#today')).toContain('Your back today: 9 of 10.')
  })

  it('says why when pain keeps rising, in German', async () => {
    const page = await open('settings.html?doctor=rising&lang=de', { width: 420, height: 360 })
    expect(await page.textContent('.doctor')).toMatch(/bei jedem deiner letzten drei Rücken-Checks gestiegen/)
    expect(await axeViolations(page)).toEqual([])
  })
})

describe('heat and cold in their section', () => {
  it('shows the safety lines, then heat before ice, each with how to use it', async () => {
    const page = await open('settings.html')
    await page.click('nav a[href="#therapy"]')
    const section = await page.textContent('#therapy')
    expect(section).toMatch(/Heat has the better evidence/)
    for (const line of [
      /cloth or layer between the pack and your skin/,
      /numb or broken/,
      /diabetes, nerve damage \(neuropathy\), poor circulation or Raynaud’s/,
      /Never fall asleep with a heating pad/,
      /very red, blisters or goes white/,
      /heating pad on a low setting/,
      /rice/,
      /check the warmth on your hand/i,
      /gel pack, crushed ice/,
    ])
      expect(section).toMatch(line)
    const subs = await page.$$eval('#therapy h3.sub', (hs) => hs.map((x) => x.textContent))
    expect(subs).toEqual(['Use heat and cold safely', 'Heat', 'Ice'])
    expect(await axeViolations(page)).toEqual([])
  })

  it('keeps cold on at most 20 minutes, and says at the field that it stays off as long as it was on', async () => {
    const page = await open('settings.html')
    await page.click('nav a[href="#therapy"]')
    await page.fill('#f-therapy-iceOnMinutes', '25')
    await page.press('#f-therapy-iceOnMinutes', 'Tab')
    await expect
      .poll(() => page.textContent('#f-therapy-iceOnMinutes-error').catch(() => null))
      .toContain('Enter a whole number from 5 to 20.')
    await page.fill('#f-therapy-iceOnMinutes', '20')
    await page.press('#f-therapy-iceOnMinutes', 'Tab')
    await page.fill('#f-therapy-iceOffMinutes', '10')
    await page.press('#f-therapy-iceOffMinutes', 'Tab')
    await expect
      .poll(() => page.textContent('#f-therapy-iceOffMinutes-error').catch(() => null))
      .toContain('Keep it off at least as long as it is on (20 min), so your skin can warm up again.')
  })

  it('says the rest rule in German at the field that was changed', async () => {
    const page = await open('settings.html?lang=de')
    await page.click('nav a[href="#therapy"]')
    await page.fill('#f-therapy-iceOffMinutes', '15')
    await page.press('#f-therapy-iceOffMinutes', 'Tab')
    await page.fill('#f-therapy-iceOnMinutes', '20')
    await page.press('#f-therapy-iceOnMinutes', 'Tab')
    await expect
      .poll(() => page.textContent('#f-therapy-iceOffMinutes-error').catch(() => null))
      .toMatch(/Mach mindestens so lange Pause, wie du kühlst \(20 Min/)
  })
})

describe('the other cautions', () => {
  it('asks those with osteoporosis, a pregnancy or recent surgery to check first, and says what guidelines say of braces', async () => {
    const page = await open('settings.html')
    await page.click('nav a[href="#stretches"]')
    expect(await page.textContent('#stretches .caution')).toMatch(/osteoporosis, are pregnant.*spine or hips/)
    await page.click('nav a[href="#sore-back"]')
    expect(await page.textContent('#sore-back')).toMatch(
      /do not recommend braces or support belts.*never too tight/,
    )
  })
})
