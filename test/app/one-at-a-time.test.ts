// One reminder at a time, as a user meets it: breaks that fall with an evening step fold into it, nothing comes
// twice in a minute, the timeline in the settings window is what then happens, a kind turned off takes its
// reminder off the screen, and a notification that fails still reaches the user.
import { describe, expect, it } from 'vitest'
import { parseHistory } from '../../main/app/records/history'
import { POSTURE, STRETCH, inTimeZone } from './test-platform'
import { answerDoneOnShow, hhmm, shownReminders, useTestApp, type Started } from './test-app'

inTimeZone('Europe/Berlin')

const testApp = useTestApp()
let run: Started | null = null
function start(at = '2026-03-02T10:00'): Started {
  run = testApp.start(at)
  return run
}
function counts(started: Started) {
  return Object.values(parseHistory(started.platform.historyStore.value).days)[0] ?? {}
}

describe('one reminder at a time', () => {
  it('folds the posture break into the 20:30 wind-down and the 22:00 stretch into get-ready', () => {
    const started = start('2026-03-02T19:35')
    answerDoneOnShow(started)
    started.platform.work(3 * 60)
    expect(shownReminders(started.platform)).toEqual([
      `20:05 ${POSTURE}`,
      '20:30 Time to wind down',
      `21:00 ${POSTURE}`,
      `21:30 ${STRETCH}`,
      '22:00 Get ready for bed',
      '22:30 Bedtime',
    ])
  })

  it('shows the day the settings window’s timeline promised, never two in the same minute', async () => {
    const started = start('2026-03-02T08:00')
    answerDoneOnShow(started)
    const promised = await started.call('upcoming:get', undefined, 'settings')
    started.platform.work(15 * 60)
    const shown = started.platform.notifications.filter((n) => n.actions)
    expect(shown.map((n) => hhmm(n.at))).toEqual(
      promised.filter((item) => item.at <= Date.now()).map((item) => hhmm(item.at)),
    )
    const minutes = shown.map((n) => Math.floor(n.at / 60_000))
    expect(new Set(minutes).size).toBe(minutes.length)
  })
})

describe('turning a kind off', () => {
  it('withdraws its reminder on screen, recorded as withdrawn, not timed out', async () => {
    const started = start()
    started.platform.work(30) // the posture break is on screen
    expect(started.platform.openNotifications.map((n) => n.title)).toEqual([POSTURE])
    await started.app.handleIpc('prefs:set', { posture: { enabled: false } }, 'settings')
    expect(started.platform.openNotifications).toEqual([])
    started.platform.work(20)
    expect(counts(started).posture).toEqual({ withdrawn: 1 })
    expect(started.platform.tray.icon).toBe('active')
  })

  it('leaves a break the user started themselves', async () => {
    const started = start()
    started.platform.clickMenu('break-now')
    await started.app.handleIpc('prefs:set', { posture: { enabled: false } }, 'settings')
    expect(started.platform.openWindows.has('break')).toBe(true)
    expect(await started.app.handleIpc('break:get', undefined, 'break')).toMatchObject({ kind: 'posture' })
  })
})

describe('a notification that fails', () => {
  it('opens the break window instead, and the reminder waits there rather than timing out unseen', () => {
    const started = start()
    started.platform.work(30)
    started.platform.answer('failed')
    // It opened by itself: it waits for a pause in typing (a minute at most) and takes no focus.
    started.platform.work(1)
    expect(started.platform.windowLog.filter((w) => w.open)).toEqual([
      { kind: 'break', open: true, fullScreen: false, focus: false },
    ])
    started.platform.work(8)
    expect(started.platform.openWindows.has('break')).toBe(true)
  })
})
