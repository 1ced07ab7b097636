// A simulated working day with the default preferences: breaks at the right times, the stretch superseding the
// posture break, a lunch away that resets the clocks, quiet nights and the evening's bedtime sequence.
import { beforeEach, describe, expect, it } from 'vitest'
import { inTimeZone, POSTURE, STRETCH } from './test-platform'
import { answerDoneOnShow, hhmm, onScreen, shownReminders, type Started, useTestApp } from './test-app'

inTimeZone('Europe/Berlin')

const testApp = useTestApp()
let run: Started
beforeEach(() => {
  run = testApp.start('2026-03-02T08:00') // a Monday
  answerDoneOnShow(run)
})

describe('a working day', () => {
  it('asks for a posture break after 30 minutes and a stretch every hour, the stretch winning when both fall due', () => {
    run.platform.work(125)
    expect(shownReminders(run.platform)).toEqual([
      `08:30 ${POSTURE}`,
      `09:00 ${STRETCH}`,
      `09:30 ${POSTURE}`,
      `10:00 ${STRETCH}`,
    ])
  })

  it('shows the stretch routine from the rotation, with the hold and repetitions from the preferences', async () => {
    run.platform.onNotified = null
    run.platform.work(60)
    const content = await onScreen(run)
    expect(content.kind).toBe('stretch')
    expect(content.stretches).toHaveLength(3)
    expect(content.stretches.every((s) => s.holdSeconds === 10 && s.repetitions === 2)).toBe(true)
    expect(content.cue).toMatch(/no bouncing/)
  })

  it('counts a 45-minute lunch away as a break: the clocks restart when the user is back', () => {
    run.platform.work(4 * 60 + 5) // to 12:05
    const before = run.platform.notifications.length
    run.platform.away(45) // back at 12:50
    expect(run.platform.notifications.length).toBe(before) // nothing shown to an empty room
    const back = Date.now()
    run.platform.work(70)
    // The return is noticed at the next idle sample (at most a minute later): posture 30 minutes on, stretch 60.
    expect(shownReminders(run.platform, back)).toEqual([`13:20 ${POSTURE}`, `13:50 ${STRETCH}`])
  })

  it('keeps quiet between bedtime and wake time and walks through the evening sequence', () => {
    run.platform.work(24 * 60) // 08:00 Monday to 08:00 Tuesday, at the computer throughout
    const shown = shownReminders(run.platform)
    expect(shown).toContain('20:30 Time to wind down')
    expect(shown).toContain('22:00 Get ready for bed')
    expect(shown).toContain('22:30 Bedtime')
    const night = shown.filter((line) => line >= '22:31' || line < '06:30')
    expect(night).toEqual([])
    // The first break of the morning comes one interval after wake time.
    expect(shown.filter((line) => line >= '06:30' && line < '08:00')).toEqual([
      `07:00 ${POSTURE}`,
      `07:30 ${STRETCH}`,
    ])
    // One reminder at a time: the 22:00 stretch folds into get-ready, and the 20:30 posture break into the wind-down.
    expect(shown.filter((line) => line >= '20:00' && line < '22:31')).toEqual([
      `20:00 ${STRETCH}`,
      '20:30 Time to wind down',
      `21:00 ${STRETCH}`,
      `21:30 ${POSTURE}`,
      '22:00 Get ready for bed',
      '22:30 Bedtime',
    ])
  })

  it('shows the next reminder and the bedtime in the tray', () => {
    run.platform.work(18)
    expect(hhmm(Date.now())).toBe('08:18')
    expect(run.platform.menuLabels).toContain('Posture break in 12 min')
    expect(run.platform.menuLabels).toContain('Bedtime 22:30 (in 14 hr 12 min)')
    expect(run.platform.tray.icon).toBe('active')
  })
})
