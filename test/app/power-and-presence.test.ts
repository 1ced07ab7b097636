// Power events the OS loses and idle sources that lie, lived as a user lives them: a resume that never comes,
// a session whose idle time reads 0 (XWayland), a lock that must stay a lock, an idle source that fails.
import { describe, expect, it } from 'vitest'
import type { AppStatus } from '../../main/app/ipc-contract'
import { MemoryStore, POSTURE, STRETCH, TestPlatform, inTimeZone } from './test-platform'
import { answerDoneOnShow, shownReminders, useTestApp, type Started } from './test-app'

inTimeZone('Europe/Berlin')

const testApp = useTestApp()
let run: Started | null = null
function start(at = '2026-03-02T10:00', platform?: TestPlatform): Started {
  run = testApp.start(at, platform ? { platform } : {})
  answerDoneOnShow(run)
  return run
}
async function idleDetection(started: Started): Promise<AppStatus['idleDetection']> {
  return (await started.call('status:get', undefined, 'settings')).idleDetection
}

describe('a lost resume', () => {
  it('suspend, then unlock with no resume: reminders resume', () => {
    const { platform } = start()
    platform.work(20)
    platform.sleep(60, { resume: false }) // 10:20 → 11:20, the resume event lost
    const back = Date.now()
    platform.emit('unlock-screen')
    platform.work(65)
    // The hour asleep was a break: the clocks restarted at the unlock.
    expect(shownReminders(platform, back)).toEqual([`11:50 ${POSTURE}`, `12:20 ${STRETCH}`])
  })

  it('suspend with neither resume nor unlock: running again is noticed within minutes', () => {
    const { platform } = start()
    platform.work(20)
    platform.sleep(60, { resume: false }) // no resume, no unlock (no lock screen on this machine)
    const back = Date.now()
    platform.work(40)
    expect(platform.events('resume-inferred')).toHaveLength(1)
    // Seen running again at the watch's next look, five minutes in: the next break half an hour after that.
    expect(shownReminders(platform, back)).toEqual([`11:55 ${POSTURE}`])
  })

  it('takes fresh input for a lost resume, at the first wake-up after it', () => {
    const { platform } = start()
    platform.idleSeconds = () => 3 // idle time works here: the user touched the keyboard 3 s ago, always
    platform.work(20)
    platform.sleep(60, { resume: false })
    platform.work(0.5) // typing again, half a minute after waking
    platform.emit('time-zone-changed') // any wake-up will do; this one names no zone change
    expect(platform.events('resume-inferred')).toHaveLength(1)
  })

  it('does not take the hour asleep for someone setting the clock forward', () => {
    const { platform } = start()
    platform.work(20)
    platform.sleep(60, { resume: false })
    platform.emit('unlock-screen')
    platform.work(5)
    expect(platform.events('clock-moved')).toEqual([])
  })
})

describe('a lock is away, whatever idle reads', () => {
  it('XWayland idle reads 0 and the screen locks: no posture break while locked', () => {
    const { platform } = start()
    platform.idleSeconds = () => 0
    platform.work(25)
    platform.emit('lock-screen') // 10:25, the 10:30 posture break still to come
    platform.work(120) // locked for two hours; idle time reads 0 throughout
    expect(shownReminders(platform)).toEqual([])
    platform.emit('unlock-screen')
    platform.work(31)
    expect(shownReminders(platform)).toEqual([`12:55 ${POSTURE}`])
  })

  it('learns idle detection anew each session: a "working" remembered from last time is not trusted', async () => {
    // Last session (on X11) idle time worked; this one (on XWayland) reads 0.
    const state = new MemoryStore({ version: 1, idleDetection: 'working', scheduler: {} })
    const started = start('2026-03-02T10:00', new TestPlatform({ state }))
    expect(await idleDetection(started)).toBe('unknown')
    started.platform.idleSeconds = () => 0
    started.platform.work(10)
    started.platform.emit('lock-screen')
    started.platform.work(60)
    expect(shownReminders(started.platform)).toEqual([])
    expect(await idleDetection(started)).toBe('unavailable')
    expect(JSON.stringify(started.platform.stateStore.value)).not.toContain('idleDetection')
  })
})

describe('an idle source that fails', () => {
  it('is said once in the log, not every minute, and the settings show idle time as unavailable', async () => {
    const started = start()
    const { platform } = started
    platform.idleSeconds = () => {
      throw new Error('org.gnome.Mutter.IdleMonitor is not available')
    }
    platform.work(8 * 60)
    const warnings = platform.logs.filter((entry) => entry.level !== 'info')
    expect(warnings.map((entry) => entry.message)).toEqual([
      'idle time cannot be read; only locking and sleep count as breaks',
    ])
    expect(await idleDetection(started)).toBe('unavailable')
    // Breaks still come, from the clocks alone.
    expect(shownReminders(platform).slice(0, 2)).toEqual([`10:30 ${POSTURE}`, `11:00 ${STRETCH}`])
    // And when it works again, that is said once too.
    platform.idleSeconds = () => 3
    platform.work(2)
    expect(await idleDetection(started)).toBe('working')
    expect(platform.events('idle-readable-again')).toHaveLength(1)
  })
})
