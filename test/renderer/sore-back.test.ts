// The sore-back parts of both windows in headless Chromium, against the app in the preview: "My back hurts today" and
// the plan in Today, when to see a doctor, the morning check-in (Today and the break window), the Progress chart's
// check-in line with 14 days and 8 weeks, Export my data, stretch intensity and position; by keyboard alone, and
// clean in axe, light and dark.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { axeViolations, calls, focused, load, startHarness, type Harness } from './harness'

let h: Harness
let page: Page

beforeAll(async () => {
  h = await startHarness('sore-back')
  page = await h.page({ width: 720, height: 560 })
  await page.clock.install({ time: new Date('2026-11-26T14:05:00') })
})

afterAll(async () => {
  await h?.close()
})

const names = async (name: string) => (await calls(page, name)).map((c) => c.args)

describe('sore-back days in Today', () => {
  it('starts a plan of the chosen length, then shows its day and when to see a doctor, up front', async () => {
    await load(page, h.url, 'settings.html')
    await page.click('text=My back hurts today…')
    // The dialog says what the plan does; Cancel has the focus first, so Enter starts nothing by accident.
    expect(await page.textContent('#plan-body')).toMatch(/Rest, but not too much/)
    await expect.poll(() => focused(page)).toBe('button:Cancel')
    await page.selectOption('#plan-days', '5')
    await page.click('text=Start the plan')
    expect(await names('startSoreBack')).toEqual([[5]])
    await expect.poll(() => page.textContent('#plan-title')).toBe('Sore-back plan: day 1 of 5')
    // The notice's heading takes the focus: it is what a plan's start is there to show.
    await expect.poll(() => focused(page)).toBe('doctor-title')
    const notice = await page.textContent('.doctor')
    for (const sign of [
      /Get emergency help now/,
      /both legs/,
      /bladder or bowels/,
      /See a doctor today/,
      /high temperature/,
      /after a fall/,
      /wakes you at night/,
      /Book an appointment soon/,
    ])
      expect(notice).toMatch(sign)
    expect(notice).toMatch(/much better within a few weeks/)
    expect(notice).toMatch(/not medical advice/)
    expect(await axeViolations(page)).toEqual([])
  })

  it('puts the notice away with Got it, keeps it one click away, and ends the plan', async () => {
    await load(page, h.url, 'settings.html?soreback=1')
    await page.click('.doctor button')
    expect(await names('putAwaySoreBackNotices')).toEqual([[]])
    await expect.poll(() => page.locator('.doctor').count()).toBe(0)
    expect(await focused(page)).toBe('plan-title')
    await page.click('.plan details.signs summary')
    expect(await page.textContent('.plan details.signs')).toMatch(/numbness or tingling around your genitals/)
    await page.click('text=End the plan')
    expect(await names('endSoreBack')).toEqual([[]])
    await expect.poll(() => page.locator('text=My back hurts today…').count()).toBe(1)
  })

  it('offers ice and heat, and the brace, while the plan runs', async () => {
    await load(page, h.url, 'settings.html?soreback=2')
    expect(await page.textContent('.plan')).toMatch(/easy walk of 1 minute every 20 min/)
    await page.click('text=Start heat')
    expect(await names('startTherapy')).toEqual([['heat']])
    const putOn = page.locator('button', { hasText: 'I just put it on' })
    expect(await putOn.count()).toBe(0)
    await page.click('nav a[href="#sore-back"]')
    await page.check('#f-soreBack-braceReminder')
    await page.click('nav a[href="#today"]')
    await putOn.click()
    expect(await names('setBrace')).toEqual([[true]])
    await expect
      .poll(() => page.textContent('.plan'))
      .toMatch(/Brace: on since 2:05\s?PM; reminder at 4:05\s?PM/)
  })

  it('says when the plan keeps coming back', async () => {
    await load(page, h.url, 'settings.html?soreback=2&frequent=1', 'dark')
    expect(await page.textContent('.doctor')).toMatch(/sore on 11 of the last 14 days.*doctor/)
    expect(await axeViolations(page)).toEqual([])
  })

  it('takes the morning check-in by keyboard alone, and then shows the answer', async () => {
    await load(page, h.url, 'settings.html?checkin=open')
    await page.focus('#today-check-in-word')
    await page.keyboard.press('Enter')
    // Nothing chosen yet: the window says so at the scale, and nothing is sent.
    expect(await page.textContent('form.check-in [role=alert]')).toContain(
      'Choose a number from 0 to 10 first.',
    )
    expect(await names('saveCheckIn')).toEqual([])
    // The focus went to the scale's first number (0): four to the right is 4, then on to the word.
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight')
    await page.keyboard.press('Tab')
    await page.keyboard.type('stiff')
    await page.keyboard.press('Enter')
    expect(await names('saveCheckIn')).toEqual([[4, 'stiff']])
    await expect.poll(() => page.textContent('#today')).toMatch(/Your back today: 4 of 10, “stiff”/)
  })

  it('shows time at the computer and the longest stretch without a break', async () => {
    await load(page, h.url, 'settings.html')
    expect(await page.textContent('.sitting')).toBe(
      'At the computer today: 3 hr 16 min. Longest without a break: 1 hr 4 min. 1 long sitting bout today.',
    )
  })

  it('checks the plan’s settings at the field, with the allowed range', async () => {
    await load(page, h.url, 'settings.html')
    await page.click('nav a[href="#sore-back"]')
    await page.fill('#f-soreBack-moveEveryMinutes', '5')
    await page.press('#f-soreBack-moveEveryMinutes', 'Tab')
    await expect
      .poll(() => page.textContent('#f-soreBack-moveEveryMinutes-error').catch(() => null))
      .toContain('Enter a whole number from 10 to 60.')
    await page.fill('#f-soreBack-moveEveryMinutes', '30')
    await page.press('#f-soreBack-moveEveryMinutes', 'Tab')
    await expect
      .poll(() => page.textContent('#f-soreBack-moveEveryMinutes-warning').catch(() => null))
      .toMatch(/no more often/i)
    expect(await axeViolations(page)).toEqual([])
  })
})

describe('the morning check-in in the break window', () => {
  it('asks with the focus on the question, offers ice or heat on a plan day, and Esc says not today', async () => {
    // A tab of its own: the break window runs on the machine's clock (it makes no clock call), not on the clock this
    // file installed in its tab.
    const small = await h.newPage({ width: 420, height: 360 })
    await load(small, h.url, 'break.html?break=check-in&soreback=2')
    expect(await small.textContent('.kicker')).toBe('Sore-back plan: day 2 of 3')
    expect(await focused(small)).toBe('break-title')
    await small.click('text=Start ice')
    expect((await calls(small, 'startTherapy')).map((c) => c.args)).toEqual([['ice']])
    await small.keyboard.press('Escape')
    expect((await calls(small, 'dismissCheckIn')).length).toBe(1)
    await load(small, h.url, 'break.html?break=check-in&soreback=2', 'dark')
    expect(await axeViolations(small)).toEqual([])
    await small.close()
  })
})

describe('Progress', () => {
  it('draws the check-ins as a line on a strip of their own above the bars, for 14 days and for 8 weeks', async () => {
    await load(page, h.url, 'settings.html')
    await page.click('nav a[href="#progress"]')
    // The sample has check-ins on 11 of 14 days, in three runs broken by days without one.
    expect(await page.locator('.chart circle.pain').count()).toBe(11)
    expect(await page.locator('.chart polyline.pain').count()).toBe(3)
    expect(await page.textContent('#chart-desc')).toMatch(/Back pain checked in 11 days/)
    await page.click('text=8 weeks')
    expect(await page.getAttribute('text=8 weeks', 'aria-pressed')).toBe('true')
    expect(await page.locator('.chart text.label').count()).toBe(8)
    expect(await page.locator('.chart circle.pain').count()).toBe(7)
    await page.click('text=Show the numbers')
    const header = await page.locator('.numbers-table thead').textContent()
    expect(header).toMatch(/Pain.*At the computer \(a day\).*Longest without a break/)
    expect(await page.locator('.numbers-table tbody tr').count()).toBe(8)
    await page.emulateMedia({ colorScheme: 'dark' })
    expect(await axeViolations(page)).toEqual([])
  })

  it('exports, saying where the files went or why not', async () => {
    await load(page, h.url, 'settings.html')
    await page.click('nav a[href="#progress"]')
    await page.click('text=Export my data…')
    await expect
      .poll(() => page.textContent('#progress [role="status"]'))
      .toBe('Saved 5 files in /home/you/Documents/Limber export 2026-11-26.')
    await load(page, h.url, 'settings.html?export=fail')
    await page.click('nav a[href="#progress"]')
    await page.click('text=Export my data…')
    await expect
      .poll(() => page.textContent('#progress [role="status"]'))
      .toBe(
        'Limber is not allowed to write into /media/usb. Nothing there was changed; choose another folder.',
      )
    expect(await page.getAttribute('#progress [role="status"]', 'class')).toBe('error')
    // The system's own words are there on request, not in the message (issue 22).
    const detail = page.locator('#progress details.detail')
    expect(await detail.locator('p').isVisible()).toBe(false)
    await detail.locator('summary').click()
    expect(await detail.locator('p').textContent()).toMatch(/^EACCES: permission denied, mkdir/)
  })

  it('says a failed export in the language in use, the system’s English only behind “What the system said” (issue 22)', async () => {
    await load(page, h.url, 'settings.html?export=fail&lang=de')
    await page.click('nav a[href="#progress"]')
    await page.click('text=Meine Daten exportieren…')
    await expect
      .poll(() => page.textContent('#progress [role="status"]'))
      .toBe(
        'Limber darf nicht in /media/usb schreiben. Dort wurde nichts verändert; wähl einen anderen Ordner.',
      )
    expect(await page.textContent('#progress details.detail summary')).toBe('Was das System meldet')
    expect(await page.locator('#progress details.detail p').isVisible()).toBe(false)
  })
})

describe('stretch intensity and position', () => {
  it('are in the settings list for every stretch, the intensity read out with it', async () => {
    await load(page, h.url, 'settings.html')
    const rows = await page.locator('.stretch-list > li .toggle').allTextContents()
    expect(rows).toHaveLength(22)
    for (const row of rows) expect(row).toMatch(/(gentle|moderate|strong)$/)
    expect(rows.find((r) => r.startsWith('Knee to chest'))).toBe(
      'Knee to chest · Lower back · on the floorgentle',
    )
    expect(rows.find((r) => r.startsWith('Sphinx'))).toMatch(/on the floormoderate$/)
    expect(rows.find((r) => r.startsWith('Child'))).toMatch(/on the floormoderate$/)
    const described = await page.getAttribute('#stretch-sphinx', 'aria-describedby')
    expect(await page.textContent(`#${described}`)).toBe('moderate')
  })

  it('are said in the break window before a floor stretch starts', async () => {
    // A tab of its own: the break window runs on the machine's clock (it makes no clock call), not on the clock this
    // file installed in its tab.
    const small = await h.newPage({ width: 420, height: 360 })
    await load(small, h.url, 'break.html?break=stretch-floor')
    // Getting down to the floor comes first, naming the stretch it leads to; "I'm ready" brings the stretch.
    expect(await small.textContent('.kicker')).toBe('Next: Knee to chest')
    await small.click('button.ready')
    expect(await small.textContent('.kicker')).toBe('Stretch 1 of 3 · Lower back · on the floor · gentle')
    expect(await small.isVisible('.kicker')).toBe(true)
    // While the user reads the steps and gets into position, a screen reader says it too.
    expect(await small.textContent('[aria-live="polite"]')).toBe(
      'Knee to chest, gentle. Read the steps and get into position on the floor, first side.',
    )
    await small.close()
  })
})
