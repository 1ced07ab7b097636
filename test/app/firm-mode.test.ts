// Firm mode, for those who want it: off by default; 'no skip' keeps Snooze and takes Skip away; 'firm' allows one
// snooze, then the break stays until done or its time has passed; a daily skip allowance turns Skip into Snooze for
// the rest of the day. Never a trap: a firm break ends on its own, the tray's pause always works, a held or missed
// break is never made firmer, nor one during a sore-back plan or with a stretch on the floor, and holding Esc for
// three seconds leaves any break without Skip, recorded as skipped.
import { describe, expect, it, vi } from 'vitest'
import { STRETCHES } from '../../main/core/content'
import { DEFAULT_PREFERENCES } from '../../main/core/preferences/index'
import { FIRM_GRACE_SECONDS } from '../../main/core/firm/answers'
import { entryLength } from '../../renderer/break/routine'
import { entriesOf, timedOf } from '../../renderer/break/routine-entries'
import { MemoryStore, POSTURE, TestPlatform, inTimeZone } from './test-platform'
import { onScreen, outcomes, shownReminders, useTestApp, type Started } from './test-app'

inTimeZone('Europe/Berlin')

const testApp = useTestApp()

type Firm = Partial<(typeof DEFAULT_PREFERENCES)['firmMode']>

function start(firm: Firm, at = '2026-03-02T10:00', extra: Record<string, unknown> = {}): Started {
  return testApp.start(at, {
    preferences: { version: 1, firmMode: { ...DEFAULT_PREFERENCES.firmMode, ...firm }, ...extra },
  })
}

const breakWindows = (s: Started) => s.platform.windowLog.filter((w) => w.kind === 'break')
const act = async (s: Started, action: 'done' | 'snooze' | 'skip') =>
  await s.call('reminder:act', { id: (await onScreen(s)).id, action })

describe('firm mode', () => {
  it('is off by default: Done, Snooze and Skip, from the notification', async () => {
    const s = testApp.start('2026-03-02T10:00')
    s.platform.work(30)
    expect(shownReminders(s.platform)).toEqual([`10:30 ${POSTURE}`])
    expect((await onScreen(s)).answers).toMatchObject({ snooze: true, skip: true, stays: false })
    expect(s.platform.notifications.at(-1)?.offers).toBeUndefined()
  })

  describe('no skip', () => {
    it('keeps Snooze and takes Skip away, in the window and on the notification', async () => {
      const s = start({ level: 'no-skip' })
      s.platform.work(30)
      expect((await onScreen(s)).answers).toMatchObject({ snooze: true, skip: false, noSkip: 'level' })
      expect(s.platform.notifications.at(-1)?.offers).toEqual({ snooze: true, skip: false })
    })

    it('answers a Skip that comes anyway (an old notification, a stale window) as a Snooze', async () => {
      const s = start({ level: 'no-skip' })
      s.platform.work(30)
      expect(await act(s, 'skip')).toEqual({ ok: true })
      expect(outcomes(s).posture).toEqual({ snoozed: 1 })
      s.platform.work(5)
      expect(shownReminders(s.platform)).toEqual([`10:30 ${POSTURE}`, `10:35 ${POSTURE}`])
    })

    it('greys the tray’s “Skip next” for a break, and refuses it from the command line', () => {
      const s = start({ level: 'no-skip' })
      const skipNext = () =>
        s.platform.tray.menu.find((item) => item.type !== 'separator' && item.id === 'skip-next')
      expect(skipNext()).toMatchObject({ enabled: false })
      expect(s.app.handleCommandLine(['--skip-next']).ok).toBe(false)
      expect(outcomes(s)).toEqual({})
    })
  })

  describe('firm', () => {
    it('opens the break in its window, firm and without the keyboard, with one Snooze and no Skip', async () => {
      const s = start({ level: 'firm' })
      s.platform.work(30)
      expect(shownReminders(s.platform)).toEqual([])
      // No notification to wave away: the window itself comes, at the first pause in typing (a minute at most).
      s.platform.work(1)
      expect(breakWindows(s)).toEqual([{ kind: 'break', open: true, fullScreen: false, focus: false }])
      expect(s.platform.firmWindows).toBe(1)
      expect((await onScreen(s)).answers).toMatchObject({ snooze: true, skip: false, stays: true })
    })

    it('after its one snooze, stays with Done alone: a Snooze is refused, a closed window comes back', async () => {
      const s = start({ level: 'firm' })
      s.platform.work(30)
      await act(s, 'snooze')
      s.platform.work(5) // 10:35: back, firm
      const back = await onScreen(s)
      expect(back.answers).toMatchObject({ snooze: false, skip: false, stays: true })
      expect(await s.call('reminder:act', { id: back.id, action: 'snooze' })).toEqual({ ok: false })
      expect(await s.call('reminder:act', { id: back.id, action: 'skip' })).toEqual({ ok: false })
      const opened = breakWindows(s).filter((w) => w.open).length
      s.app.windowClosed('break') // the system closed it anyway
      expect(breakWindows(s).filter((w) => w.open).length).toBe(opened + 1)
      expect(await act(s, 'done')).toEqual({ ok: true })
      expect(outcomes(s).posture).toEqual({ snoozed: 1, done: 1 })
    })

    it('ends on its own when its time has passed: the minute’s break and half a minute to press Done', async () => {
      const s = start({ level: 'firm' })
      s.platform.work(30) // 10:30, due; the user is typing
      s.platform.idle = 5 // a pause: its window opens
      vi.advanceTimersByTime(2_000)
      expect(s.platform.openWindows.has('break')).toBe(true)
      s.platform.work(1) // 10:31: the minute has passed, Done may still be pressed
      expect(s.platform.openWindows.has('break')).toBe(true)
      s.platform.work(0.5) // 10:31:30
      expect(s.platform.openWindows.has('break')).toBe(false)
      expect(await s.call('break:get', undefined, 'break')).toBeNull()
      expect(outcomes(s).posture).toEqual({ done: 1 })
    })

    it('stays for the whole routine the window plays: its change of place, and the steps read aloud first', async () => {
      // One stretch at the desk and one standing: the routine stands the user up between them (a move of its own),
      // and with the voice on each stretch gives the time to hear its steps before the hold.
      const desk = STRETCHES.find((one) => one.position === 'desk')
      const standing = STRETCHES.find((one) => one.position === 'standing')
      const kept = new Set([desk?.id, standing?.id])
      const s = start({ level: 'firm' }, '2026-03-02T10:00', {
        posture: { ...DEFAULT_PREFERENCES.posture, enabled: false },
        stretch: {
          ...DEFAULT_PREFERENCES.stretch,
          stretchesPerBreak: 2,
          voice: true,
          disabledStretches: STRETCHES.filter((one) => !kept.has(one.id)).map((one) => one.id),
        },
      })
      s.platform.work(60) // 11:00: due; the user is typing
      s.platform.idle = 5 // a pause: its window opens, firm
      vi.advanceTimersByTime(2_000)
      const openedBy = Date.now()
      expect(s.platform.openWindows.has('break')).toBe(true)
      const stretch = await onScreen(s)
      expect(stretch.answers).toMatchObject({ stays: true })
      expect(stretch.routine?.some((entry) => entry.kind === 'move')).toBe(true)
      // The routine as the break window's own clock plays it, nobody pressing "I'm ready".
      const entries = entriesOf(stretch)
      const plays = entries.reduce((sum, entry) => sum + entryLength(timedOf(entry, true)), 0)
      const unread = entries.reduce((sum, entry) => sum + entryLength(timedOf(entry, false)), 0)
      expect(plays).toBeGreaterThan(unread) // the voice's longer "get ready" counts
      // Until the routine is over and the half minute to press Done has passed, the break stays (the window opened
      // within the two seconds before openedBy).
      s.platform.work((openedBy + plays + FIRM_GRACE_SECONDS * 1000 - 3_000 - Date.now()) / 60_000)
      expect(s.platform.openWindows.has('break')).toBe(true)
      expect((await onScreen(s)).id).toBe(stretch.id)
      s.platform.work(4 / 60)
      expect(s.platform.openWindows.has('break')).toBe(false)
      expect(outcomes(s).stretch).toEqual({ done: 1 })
    })

    it('gives way to a pause from the tray at once, recorded as skipped', () => {
      const s = start({ level: 'firm' })
      s.platform.work(30)
      s.platform.clickMenu('pause-30m')
      expect(s.platform.openWindows.has('break')).toBe(false)
      expect(s.platform.tray.icon).toBe('paused')
      expect(outcomes(s).posture).toEqual({ skipped: 1 })
    })
  })

  describe('the emergency way out', () => {
    it('leaves a firm break at once, recorded as skipped and logged', async () => {
      const s = start({ level: 'firm' })
      s.platform.work(30)
      const firm = await onScreen(s)
      expect(await s.call('break:leave', { id: firm.id })).toEqual({ ok: true })
      expect(s.platform.openWindows.has('break')).toBe(false)
      expect(outcomes(s).posture).toEqual({ skipped: 1 })
      expect(s.platform.events('emergency-exit')).toEqual([{ event: 'emergency-exit', kind: 'posture' }])
    })

    it('names the break it leaves: a stale window cannot leave a newer one', async () => {
      const s = start({ level: 'firm' })
      s.platform.work(31)
      expect(await s.call('break:leave', { id: 'posture:old:1' })).toEqual({ ok: false })
      expect(s.platform.openWindows.has('break')).toBe(true)
    })
  })

  describe('the daily skip allowance', () => {
    /** Skips each posture break as it comes, `n` times (one every 30 minutes of work). */
    async function skipBreaks(s: Started, n: number): Promise<void> {
      for (let i = 0; i < n; i++) {
        s.platform.work(30)
        expect((await onScreen(s)).answers?.skip).toBe(true)
        await act(s, 'skip')
      }
    }

    const breaksOnly = { stretch: { ...DEFAULT_PREFERENCES.stretch, enabled: false } }

    it('turns Skip into Snooze after the day’s skips are used, and says how many are left before', async () => {
      const s = start({ limitSkips: true, skipsPerDay: 3 }, '2026-03-02T10:00', breaksOnly)
      s.platform.work(30)
      expect((await onScreen(s)).answers).toMatchObject({ skip: true, skipsLeft: 3 })
      await act(s, 'skip')
      await skipBreaks(s, 2)
      s.platform.work(30)
      expect((await onScreen(s)).answers).toMatchObject({
        skip: false,
        snooze: true,
        noSkip: 'allowance',
        skipsLeft: 0,
      })
      await act(s, 'skip')
      expect(outcomes(s).posture).toEqual({ skipped: 3, snoozed: 1 })
    })

    it('counts again from midnight, and a restart keeps the day’s count', async () => {
      const state = new MemoryStore()
      // Bedtime off, so the late evening has breaks.
      const prefs = {
        version: 1,
        firmMode: { level: 'gentle', limitSkips: true, skipsPerDay: 1 },
        bedtime: { ...DEFAULT_PREFERENCES.bedtime, enabled: false },
        ...breaksOnly,
      }
      const platform = () => new TestPlatform({ state, preferences: new MemoryStore(structuredClone(prefs)) })
      const s = testApp.start('2026-03-02T22:00', { platform: platform() })
      await skipBreaks(s, 1)
      s.app.dispose()
      const again = testApp.again({ platform: platform() })
      again.platform.work(30) // 23:00
      expect((await onScreen(again)).answers).toMatchObject({ skip: false, noSkip: 'allowance' })
      await act(again, 'snooze')
      again.platform.work(5) // 23:05
      await act(again, 'done')
      again.platform.work(30) // 23:35
      await act(again, 'done')
      again.platform.work(30) // 00:05, a new day
      expect((await onScreen(again)).answers).toMatchObject({ skip: true, skipsLeft: 1 })
    })
  })

  describe('never made firmer', () => {
    it('a break held while the user was busy', async () => {
      const s = start({ level: 'firm' })
      s.platform.work(29)
      s.platform.busy = ['call']
      s.platform.work(10)
      s.platform.busy = []
      s.platform.work(1)
      const held = await onScreen(s)
      expect(held.held).not.toBeNull()
      expect(held.answers).toMatchObject({ snooze: true, skip: true, stays: false })
      expect(s.platform.firmWindows).toBe(0)
    })

    it('a break the user started themselves', async () => {
      const s = start({ level: 'firm' })
      s.platform.clickMenu('break-now')
      expect((await onScreen(s)).answers).toMatchObject({ skip: true, stays: false })
    })

    it('any break during a sore-back plan', async () => {
      const s = start({ level: 'firm' })
      await s.call('sore-back:start', { days: 2 }, 'settings')
      s.platform.work(20) // the plan's easy walk
      expect((await onScreen(s)).answers).toMatchObject({ snooze: true, skip: true, stays: false })
    })

    it('a stretch break with a stretch on the floor', async () => {
      const s = start({ level: 'firm' }, '2026-03-02T10:00', {
        posture: { ...DEFAULT_PREFERENCES.posture, enabled: false },
        // Only the floor's stretches are left on.
        stretch: {
          ...DEFAULT_PREFERENCES.stretch,
          disabledStretches: STRETCHES.filter((one) => one.position !== 'floor').map((one) => one.id),
        },
      })
      s.platform.work(60)
      const stretch = await onScreen(s)
      expect(stretch.stretches.some((one) => one.position === 'floor')).toBe(true)
      expect(stretch.answers).toMatchObject({ skip: true, stays: false })
    })

    it('a reminder that is not a break (a wind-down is never firm)', async () => {
      const s = start({ level: 'firm' }, '2026-03-02T20:29')
      s.platform.work(2)
      const windDown = await onScreen(s)
      expect(windDown.kind).toBe('wind-down')
      expect(windDown.answers).toMatchObject({ skip: true, stays: false })
    })
  })
})
