// A reminder's life from the user's side: done, snoozed, skipped, unanswered; pausing and skipping ahead; the
// heads-up; the therapy timer; time away; a session that never reports idle time; and a wake-up that throws.
import { describe, expect, it } from 'vitest'
import { parseHistory } from '../../main/app/records/history'
import { DEFAULT_PREFERENCES } from '../../main/core/preferences/index'
import { liveJobs, inTimeZone, POSTURE, STRETCH } from './test-platform'
import { hhmm, onScreen, shownReminders, useTestApp, type Started } from './test-app'

inTimeZone('Europe/Berlin')

const testApp = useTestApp()
let run: Started | null = null
function start(at = '2026-03-02T10:00', preferences?: unknown): Started {
  run = testApp.start(at, { preferences })
  return run
}

function counts(started: Started) {
  const history = parseHistory(started.platform.historyStore.value)
  return Object.values(history.days)[0] ?? {}
}

describe('answering a reminder', () => {
  it('snoozes for the snooze length and shows it again then', async () => {
    const { platform, app } = start()
    platform.work(30)
    const first = platform.openNotifications[0]!
    expect(await app.handleIpc('reminder:act', { id: first.id, action: 'snooze' }, 'break')).toEqual({
      ok: true,
    })
    expect(first.closed).toBe(true)
    platform.work(6)
    expect(shownReminders(platform)).toEqual([`10:30 ${POSTURE}`, `10:35 ${POSTURE}`])
    expect(counts(run!).posture).toEqual({ snoozed: 1 })
  })

  it('snoozes and skips from the notification buttons too', () => {
    const { platform } = start()
    platform.work(30)
    platform.answer('skip')
    expect(platform.tray.icon).toBe('active')
    platform.work(30)
    platform.answer('snooze')
    expect(counts(run!).posture).toEqual({ skipped: 1 })
    expect(counts(run!).stretch).toEqual({ snoozed: 1 })
  })

  it('opens the break window from the notification and closes it when the break is done', async () => {
    const started = start()
    const { platform, app } = started
    platform.work(30)
    expect(platform.tray.icon).toBe('due')
    platform.answer('open')
    expect(platform.openWindows.has('break')).toBe(true)
    const content = await onScreen(started)
    expect(content.kind).toBe('posture')
    expect(content.durationSeconds).toBe(60)
    expect(content.tips).toHaveLength(1)
    await app.handleIpc('reminder:act', { id: content.id, action: 'done' }, 'break')
    expect(platform.openWindows.has('break')).toBe(false)
    expect(platform.tray.icon).toBe('active')
    expect(counts(run!).posture).toEqual({ done: 1 })
  })

  it('opens the break window when the system cannot show notifications, without focus, once typing pauses', () => {
    const { platform } = start()
    platform.notificationsSupported = false
    platform.work(30) // 10:30, typing all the while
    expect(platform.windowLog).toEqual([])
    platform.work(1) // a minute is the longest it waits
    expect(platform.windowLog).toEqual([{ kind: 'break', open: true, fullScreen: false, focus: false }])
  })

  it('counts an unanswered reminder as timed out after 10 minutes and starts the clock again', () => {
    const { platform } = start()
    platform.work(30)
    platform.work(10)
    expect(platform.openNotifications).toEqual([])
    expect(counts(run!).posture).toEqual({ 'timed-out': 1 })
    expect(platform.tray.icon).toBe('active')
  })

  it('does not let a stale break window act on a newer reminder', async () => {
    const { platform, app } = start()
    platform.work(30)
    const old = platform.openNotifications[0]!.id
    platform.work(10) // timed out
    platform.work(20) // the stretch at 11:00
    expect(await app.handleIpc('reminder:act', { id: old, action: 'done' }, 'break')).toEqual({ ok: false })
    expect(platform.openNotifications).toHaveLength(1)
  })
})

describe('pause, resume, skip next, break now', () => {
  it('pauses for an hour: nothing shown, the tray says until when, and the clocks restart after', () => {
    const { platform } = start()
    platform.work(20)
    platform.clickMenu('pause-1h')
    expect(platform.tray.icon).toBe('paused')
    expect(platform.menuLabels).toContain('Paused until 11:20')
    expect(platform.menuLabels).toContain('Resume')
    platform.work(60)
    expect(platform.notifications).toEqual([])
    expect(platform.tray.icon).toBe('active')
    platform.work(30)
    expect(shownReminders(platform)).toEqual([`11:50 ${POSTURE}`])
  })

  it('pauses until tomorrow morning, past the evening reminders, and resumes at wake time', async () => {
    const { platform, call } = start('2026-03-02T19:00')
    const status = await call('pause:start', { duration: 'until-morning' }, 'settings')
    expect(hhmm(status.paused!.until!)).toBe('06:30')
    platform.work(12 * 60) // to 07:00
    expect(shownReminders(platform)).toEqual([`07:00 ${POSTURE}`])
  })

  it('pauses until resumed, from the command line', () => {
    const { platform, app } = start()
    expect(app.handleCommandLine(['--pause', 'forever'])).toEqual({
      ok: true,
      message: 'Limber is paused until you resume.',
    })
    expect(platform.menuLabels).toContain('Paused until you resume')
    platform.work(24 * 60)
    expect(platform.notifications).toEqual([])
    expect(app.handleCommandLine(['--resume']).ok).toBe(true)
    platform.work(30)
    expect(shownReminders(platform)).toHaveLength(1)
  })

  it('while paused, takes no idle samples and wakes only for the pause end', () => {
    const { platform } = start()
    platform.clickMenu('pause-2h')
    const samples = platform.idleSamples
    platform.work(119)
    expect(platform.idleSamples).toBe(samples)
  })

  it('skips the next reminder: the following one comes a full interval after it', () => {
    const { platform } = start()
    platform.work(5)
    expect(platform.menuLabels).toContain('Skip next (Posture break)')
    platform.clickMenu('skip-next')
    platform.work(60)
    expect(shownReminders(platform)).toEqual([`11:00 ${STRETCH}`])
    expect(counts(run!).posture).toEqual({ skipped: 1 })
  })

  it('starts a stretch now from the menu, in the break window, with a routine', async () => {
    const started = start()
    const { platform, app } = started
    platform.clickMenu('stretch-now')
    expect(platform.openWindows.has('break')).toBe(true)
    const content = await onScreen(started)
    expect(content.kind).toBe('stretch')
    expect(content.stretches).toHaveLength(3)
    expect(app.handleCommandLine(['--break-now'])).toEqual({ ok: true, message: 'Posture break started.' })
  })
})

describe('heads-up', () => {
  it('gives a quiet notice the set number of seconds before a break, once', () => {
    const prefs = {
      ...structuredClone(DEFAULT_PREFERENCES),
      notifications: { sound: false, headsUpSeconds: 30 },
    }
    const { platform } = start('2026-03-02T10:00', prefs)
    platform.work(31)
    const headsUps = platform.notifications.filter((n) => n.id.startsWith('heads-up'))
    expect(headsUps.map((n) => [hhmm(n.at), n.title, n.silent])).toEqual([
      ['10:29', 'A posture break in 30 seconds', true],
    ])
    expect(headsUps[0]!.closed).toBe(true) // taken away when the break itself shows
  })
})

describe('therapy timer', () => {
  it('notifies at every switch with the cloth cue, and after the last round says to take the pack off', () => {
    const { platform } = start()
    platform.clickMenu('therapy-ice')
    expect(platform.menuLabels).toContain('Ice on, round 1 of 3: 20 min left')
    platform.work(3 * 40)
    const therapy = platform.notifications.filter((n) => n.id.startsWith('therapy'))
    expect(therapy.map((n) => `${hhmm(n.at)} ${n.title}`)).toEqual([
      '10:00 Ice on',
      '10:20 Ice off — time to rest',
      '10:40 Ice on',
      '11:00 Ice off — time to rest',
      '11:20 Ice on',
      '11:40 Take the pack off now',
    ])
    expect(therapy.filter((n) => n.title === 'Ice on').every((n) => /cloth/.test(n.body))).toBe(true)
    expect(platform.menuLabels.some((label) => label.startsWith('Ice on'))).toBe(false)
  })
})

describe('time away', () => {
  it('does not show a break to an empty room, and counts it as a break taken', () => {
    const { platform } = start()
    platform.work(25)
    platform.emit('lock-screen')
    platform.work(20) // locked across 10:30
    expect(platform.notifications).toEqual([])
    platform.emit('unlock-screen')
    platform.work(30)
    expect(shownReminders(platform)).toEqual([`11:15 ${POSTURE}`])
    expect(counts(run!).posture).toEqual({ away: 1 })
  })

  it('while locked, takes one look every five minutes (for a lost unlock), nothing more', () => {
    const { platform } = start()
    platform.emit('lock-screen')
    const samples = platform.idleSamples
    platform.away(60) // the first look reads 300 s: idle time counts while locked, so look now and then
    expect(platform.idleSamples - samples).toBeLessThanOrEqual(12)
    expect(platform.notifications).toEqual([])
  })

  it('takes no idle samples while locked where idle time is not known to work', () => {
    const { platform } = start()
    platform.emit('lock-screen')
    const samples = platform.idleSamples
    platform.work(60) // idle reads 0: the first look learns idle time does not count here, and stops
    expect(platform.idleSamples - samples).toBeLessThanOrEqual(1)
  })

  it('treats recent input during a lock as the user back when the desktop never reports the unlock', () => {
    const { platform } = start()
    platform.work(10)
    platform.emit('lock-screen') // 10:10
    platform.away(20) // idle grows; the look at 10:15 reads 300 s, so idle time counts during this lock
    expect(platform.notifications).toEqual([]) // the 10:30 posture break fell due in an empty room
    platform.work(40) // back at 10:30 and typing, but no unlock event ever comes
    expect(platform.events('unlock-inferred')).toHaveLength(1)
    // Seen back at the 10:35 look (every five minutes while locked): the time away was a break, the clocks
    // restarted then.
    expect(shownReminders(platform)).toEqual([`11:05 ${POSTURE}`])
    expect(counts(run!).posture).toEqual({ away: 1 })
  })

  it('notices a session whose idle time is always 0 and says so; lock and sleep still count as breaks', async () => {
    const { platform, call } = start()
    platform.idleSeconds = () => 0
    platform.work(5)
    platform.emit('lock-screen')
    platform.work(10) // the look five minutes into the lock reads 0: idle time does not work here
    const status = await call('status:get', undefined, 'settings')
    expect(status.idleDetection).toBe('unavailable')
    platform.emit('unlock-screen')
    platform.work(30)
    expect(shownReminders(platform)).toEqual([`10:45 ${POSTURE}`])
  })

  it('learns the same from hours of samples that all read exactly 0', async () => {
    const { platform, app, call } = start('2026-03-02T08:00')
    platform.idleSeconds = () => 0
    platform.onNotified = (n) => {
      if (n.actions) void app.handleIpc('reminder:act', { id: n.id, action: 'done' }, 'break')
    }
    platform.work(119)
    expect((await call('status:get', undefined, 'settings')).idleDetection).toBe('unknown')
    platform.work(2)
    expect((await call('status:get', undefined, 'settings')).idleDetection).toBe('unavailable')
  })
})

describe('robustness', () => {
  it('keeps scheduling when a wake-up throws', () => {
    const { platform } = start()
    const notify = platform.notify.bind(platform)
    let failures = 1
    platform.notify = (request, onAction) => {
      if (failures-- > 0) throw new Error('notification service crashed')
      return notify(request, onAction)
    }
    platform.work(30)
    expect(platform.logs.some((entry) => entry.level === 'error')).toBe(true)
    expect(liveJobs()).toBe(1)
    platform.work(31)
    expect(shownReminders(platform)).toContain(`11:00 ${STRETCH}`)
  })

  it('applies preferences live: re-plans, tells the windows and sets the login item', async () => {
    const { platform, call } = start()
    platform.work(10)
    const answer = await call('prefs:set', { posture: { everyMinutes: 15 }, startAtLogin: true }, 'settings')
    expect(answer.ok).toBe(true)
    expect(platform.startAtLogin).toBe(true)
    expect(platform.broadcasts.some((b) => b.event === 'prefs:changed')).toBe(true)
    expect(platform.menuLabels).toContain('Posture break in 5 min')
    platform.work(5)
    expect(shownReminders(platform)).toEqual([`10:15 ${POSTURE}`])
  })

  it('repairs a damaged preferences file, keeps a backup and says once what was reset', () => {
    const damaged = { ...structuredClone(DEFAULT_PREFERENCES), snoozeMinutes: 900, stretch: 'lots' }
    const { platform } = start('2026-03-02T10:00', damaged)
    expect(platform.informed).toHaveLength(1)
    expect(platform.informed[0]!.body).toMatch(/snoozeMinutes/)
    expect(platform.informed[0]!.body).toMatch(/stretch/)
    expect(platform.preferencesStore.backups.map((b) => b.label)).toEqual(['repaired'])
    expect(platform.preferencesStore.value).toEqual(DEFAULT_PREFERENCES)
  })

  it('starts with defaults from a corrupt preferences file and says so', () => {
    const started = start('2026-03-02T10:00')
    started.app.dispose()
    started.platform.preferencesStore.corrupt = true
    run = testApp.again({ platform: started.platform })
    expect(started.platform.informed.at(-1)?.title).toBe('Settings were reset')
  })

  it('releases its timer and listeners when disposed', () => {
    const { platform, app } = start()
    expect(liveJobs()).toBe(1)
    app.dispose()
    expect(liveJobs()).toBe(0)
    expect(platform.listenerCount).toBe(0)
  })
})
