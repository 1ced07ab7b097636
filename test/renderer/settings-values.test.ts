// Issue 12, in the settings window: every field shows what is stored or an error saying why not. A refused value
// never reads "Saved.", garbage is never read as a number, a conflict is shown at the field just changed, a
// setting that would do nothing says so at its field, and the 51st own reminder cannot be added.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { calls, load, startHarness, stored, storeDirectly, type Harness } from './harness'

let h: Harness
let page: Page

const notice = () => page.textContent('nav .notice')
/** The text of an element by id now, or null when there is none (no waiting for it to appear). */
const textOf = (id: string) => page.evaluate((id) => document.getElementById(id)?.textContent ?? null, id)
const errorAt = (id: string) => textOf(`${id}-error`)
const warningAt = (id: string) => textOf(`${id}-warning`)

beforeAll(async () => {
  h = await startHarness('settings-values')
  page = await h.page({ width: 720, height: 560 })
  await page.clock.install({ time: new Date('2026-11-26T14:05:00') })
})

afterAll(async () => {
  await h?.close()
})

/** Types into a field and leaves it with Tab, as a user would. */
async function enter(id: string, text: string): Promise<void> {
  await page.fill(`#${id}`, text)
  await page.press(`#${id}`, 'Tab')
}

/** Sets a time field (the time input has no typing in Playwright's fill; change fires on commit). */
async function setTime(id: string, value: string): Promise<void> {
  await page.fill(`#${id}`, value)
  await page.locator(`#${id}`).dispatchEvent('change')
}

describe('values as stored (issue 12)', () => {
  it('shows bedtime equal to the wake time as an error at Bedtime, then the stored bedtime once wake time changes', async () => {
    await load(page, h.url, 'settings.html')
    await setTime('f-bedtime-bedtime', '06:30')
    await expect.poll(() => errorAt('f-bedtime-bedtime')).toContain('Must differ from “Wake time” (6:30 AM)')
    expect(await errorAt('f-bedtime-wakeTime')).toBeNull()
    expect(await page.getAttribute('#f-bedtime-bedtime', 'aria-invalid')).toBe('true')
    expect(await notice()).toMatch(/^Not saved: “Bedtime”/)
    expect((await stored(page)).bedtime.bedtime).toBe('22:30')

    // Another change is saved: the refused value gives way to what is stored, and the sleep line agrees.
    await setTime('f-bedtime-wakeTime', '07:00')
    await expect.poll(async () => (await stored(page)).bedtime.wakeTime).toBe('07:00')
    await expect.poll(() => page.inputValue('#f-bedtime-bedtime')).toBe('22:30')
    expect(await errorAt('f-bedtime-bedtime')).toBeNull()
    expect(await page.textContent('#bedtime .sleep')).toContain(
      'Bed at 10:30 PM, up at 7:00 AM: 8 hr 30 min in bed.',
    )
  })

  it('shows an evening exception’s conflict at the time that was changed, too', async () => {
    await load(page, h.url, 'settings.html')
    await page.check('#override-5')
    await setTime('f-bedtime-overrides-5-bedtime', '06:30')
    await expect
      .poll(() => errorAt('f-bedtime-overrides-5-bedtime'))
      .toContain('Must differ from “Friday night: Wake on Saturday” (6:30 AM)')
    expect(await errorAt('f-bedtime-overrides-5-wakeTime')).toBeNull()
    expect((await stored(page)).bedtime.overrides).toEqual({})
  })

  it('never says “Saved.” after a refused value, in any of the 27 number fields', async () => {
    await load(page, h.url, 'settings.html')
    // Show the fields that only appear when their reminder is on.
    await page.check('#f-activities-strength-enabled')
    await page.check('#f-activities-yoga-enabled')
    await page.check('#f-soreBack-braceReminder')
    await page.check('#f-firmMode-limitSkips')
    await page.check('#f-dayLimit-enabled')
    await page.click('details.goals summary')
    await expect.poll(notice).toBe('Saved.')
    const before = await stored(page)
    const fields = await page.locator('main input.number').evaluateAll((all) => all.map((el) => el.id))
    // 22, and issue 23's five: firm mode's skips a day (shown once its skip limit is on), the daily limit's hours
    // and Progress's three goals.
    expect(fields).toHaveLength(27)
    for (const id of fields) {
      await enter(id, '9999')
      await expect
        .poll(notice, { message: id })
        .toMatch(/^Not saved: “[^”]+”\. 9999 is too large\. Enter a whole number from/)
      // The field's state in one round trip: marked invalid, the error at it, and the value as typed.
      const seen = await page.evaluate((id) => {
        const field = document.getElementById(id) as HTMLInputElement
        return {
          invalid: field.getAttribute('aria-invalid'),
          error: document.getElementById(`${id}-error`)?.textContent ?? null,
          value: field.value,
        }
      }, id)
      expect(seen.invalid, id).toBe('true')
      expect(seen.error, id).toContain('is too large')
      expect(seen.value, id).toBe('9999')
    }
    expect(await stored(page)).toEqual(before)
    // Twenty-seven fields, each typed into and waited on: more than one step's worth of time on a busy machine.
  }, 60_000)

  it('refuses “12abc”, “1e2” and “1.5” with a message saying what is allowed, storing nothing', async () => {
    await load(page, h.url, 'settings.html')
    const sent = (await calls(page, 'setPreferences')).length
    for (const text of ['12abc', '1e2', '1.5', '-3']) {
      await enter('f-posture-durationSeconds', text)
      await expect
        .poll(() => errorAt('f-posture-durationSeconds'))
        .toBe(
          `✕ “${text}” is not a whole number: use the digits 0–9 only. Enter a whole number from 10 to 600.`,
        )
      expect(await notice()).toContain('Not saved: “Break length”')
    }
    expect((await calls(page, 'setPreferences')).length).toBe(sent)
    expect((await stored(page)).posture.durationSeconds).toBe(60)
    // Digits are read as the number they say, spaces around them aside.
    await enter('f-posture-durationSeconds', ' 120 ')
    await expect.poll(async () => (await stored(page)).posture.durationSeconds).toBe(120)
    expect(await errorAt('f-posture-durationSeconds')).toBeNull()
  })
})

describe('settings that would do nothing (issue 12)', () => {
  it('warns at its days when an own reminder has none, and keeps it as the user set it', async () => {
    await load(page, h.url, 'settings.html')
    await page.click('text=Add a reminder')
    await expect.poll(async () => (await stored(page)).activities.custom.length).toBe(1)
    const days = page.locator('#f-activities-custom-0-weekdays')
    for (const box of await days.locator('input').all()) await box.uncheck()
    await expect.poll(async () => (await stored(page)).activities.custom[0]?.weekdays).toEqual([])
    expect(await warningAt('f-activities-custom-0-weekdays')).toContain(
      'No days chosen, so this reminder will never come',
    )
    expect(await days.getAttribute('aria-describedby')).toContain('f-activities-custom-0-weekdays-warning')
    expect(await page.isChecked('#f-activities-custom-0-enabled')).toBe(true)
    expect(await notice()).toContain('Saved. Note: No days chosen')
  })

  it('warns at the work days when work hours are on with none', async () => {
    await load(page, h.url, 'settings.html')
    await page.check('#f-workHours-enabled')
    for (const box of await page.locator('#f-workHours-weekdays input').all()) await box.uncheck()
    await expect
      .poll(() => warningAt('f-workHours-weekdays'))
      .toContain('no posture or stretch breaks on any day')
    expect((await stored(page)).workHours).toMatchObject({ enabled: true, weekdays: [] })
  })

  it('warns at the list when every stretch is off', async () => {
    await load(page, h.url, 'settings.html')
    const ids = (await page.evaluate(() => window.limber!.getStretches())).map((s) => s.id)
    await storeDirectly(page, { stretch: { disabledStretches: ids } })
    const warning = page.locator('#f-stretch-disabledStretches-warning')
    await expect.poll(() => warning.textContent()).toContain('Every stretch is off')
    expect(await warning.isVisible()).toBe(true)
    expect(await warning.getAttribute('class')).toBe('warning')
    expect(await page.getAttribute('.stretch-group', 'aria-describedby')).toContain(
      'f-stretch-disabledStretches-warning',
    )
  })

  it('warns at “Get ready for bed” when it would come before the wind-down', async () => {
    await load(page, h.url, 'settings.html')
    await enter('f-bedtime-windDownMinutes', '10')
    await enter('f-bedtime-getReadyMinutes', '60')
    await expect
      .poll(async () => (await stored(page)).bedtime)
      .toMatchObject({ windDownMinutes: 10, getReadyMinutes: 60 })
    expect(await warningAt('f-bedtime-getReadyMinutes')).toContain('comes before “Wind down”')
    await enter('f-bedtime-getReadyMinutes', '5')
    await expect.poll(() => warningAt('f-bedtime-getReadyMinutes')).toBeNull()
  })
})

describe('the limit on own reminders (issue 12)', () => {
  it('disables Add at 50 own reminders with the reason beside it, and enables it again after a removal', async () => {
    await load(page, h.url, 'settings.html')
    const custom = Array.from({ length: 50 }, (_, i) => ({
      id: `r${i}`,
      enabled: true,
      title: `Reminder ${i + 1}`,
      time: '12:00',
      weekdays: [1],
    }))
    await storeDirectly(page, { activities: { custom } })
    const add = page.locator('button.add')
    await expect.poll(() => add.isDisabled()).toBe(true)
    expect(await page.textContent('#custom-limit')).toContain(
      'You have 50 reminders of your own, the most Limber keeps',
    )
    expect(await add.getAttribute('aria-describedby')).toBe('custom-limit')
    await page.locator('.custom button.quiet').last().click()
    await expect.poll(() => add.isDisabled()).toBe(false)
    expect(await page.locator('#custom-limit').count()).toBe(0)
  })
})
