// An app keeping the screen on (a video, a call: an idle inhibitor) as one more "Don't interrupt" reason: only when
// the user turns it on, named in its own words, and never a sign that anyone is at the computer — a user who walked
// away from a playing video is away, and their time away is a natural break.
import { describe, expect, it } from 'vitest'
import { DEFAULT_PREFERENCES } from '../../main/core/preferences/index'
import { POSTURE, inTimeZone } from './test-platform'
import { shownReminders, useTestApp } from './test-app'

inTimeZone('Europe/Berlin')

const defaults = structuredClone(DEFAULT_PREFERENCES)
const postureOnly = { ...defaults, stretch: { ...defaults.stretch, enabled: false } }
const listening = { ...postureOnly, dontInterrupt: { ...postureOnly.dontInterrupt, screenKeptOn: true } }

const testApp = useTestApp()

describe('an app keeping the screen on', () => {
  it('does not hold a reminder unless the user turned the setting on (it is off by default)', () => {
    const { platform } = testApp.start('2026-03-02T10:00', { preferences: postureOnly })
    platform.busy = ['screen-kept-on']
    platform.work(31)
    expect(shownReminders(platform)).toEqual([`10:30 ${POSTURE}`])
  })

  it('holds a due reminder while it lasts, once turned on, and says why', async () => {
    const started = testApp.start('2026-03-02T10:00', { preferences: listening })
    const { platform } = started
    platform.busy = ['screen-kept-on']
    platform.work(40)
    expect(shownReminders(platform)).toEqual([])
    const status = await started.call('status:get')
    expect(status.held).toMatchObject({ kind: 'posture', reason: 'screen-kept-on' })
    expect(platform.tray?.tooltip).toMatch(/held: an app is keeping the screen on/)
    platform.busy = []
    platform.work(1)
    expect(shownReminders(platform)).toEqual([`10:41 ${POSTURE}`])
    expect(platform.notifications.at(-1)?.body).toMatch(/^Held 11 min while an app kept the screen on\. /)
  })

  it('never makes a user who walked away look present: their time away is a natural break', () => {
    const started = testApp.start('2026-03-02T10:00', { preferences: listening })
    const { platform } = started
    platform.busy = ['screen-kept-on']
    platform.work(20)
    platform.away(15) // a film plays on; nobody touches the keyboard
    platform.busy = []
    platform.work(15)
    // The posture clock began again when the user came back at 10:35 (its first minute of use counted at 10:36): no break at 10:30, none held.
    expect(shownReminders(platform)).toEqual([])
    platform.work(16)
    expect(shownReminders(platform)).toEqual([`11:06 ${POSTURE}`])
  })
})
