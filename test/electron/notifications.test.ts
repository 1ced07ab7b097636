// Native notifications: held until answered, click opens the break window, buttons on macOS, urgency on Linux.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { becomeReady, callsTo, made, recordOf, recorded, resetDouble } from './electron-double'
import type { NotificationAction, NotificationRequest } from '../../main/app/platform'
import {
  closeNotification,
  heldNotifications,
  inform,
  notify,
} from '../../main/electron/system/notifications'

vi.mock('electron', () => import('./electron-double'))

const request = (id: string): NotificationRequest => ({
  id,
  title: 'Time to stretch',
  body: 'Three stretches for your lower back.',
  actions: true,
  urgency: 'critical',
  silent: true,
})

const platform = process.platform
function setPlatform(value: NodeJS.Platform): void {
  Object.defineProperty(process, 'platform', { value, configurable: true })
}

describe('notifications', () => {
  beforeEach(() => {
    resetDouble()
    becomeReady()
  })
  afterEach(() => {
    for (const id of heldNotifications()) closeNotification(id)
    setPlatform(platform)
  })

  it('answers false where the OS cannot show notifications, so the app opens the break window', () => {
    recorded.notificationsSupported = false
    expect(notify(request('r1'), () => {})).toBe(false)
    expect(made.notifications).toEqual([])
  })

  it('holds a notification until it is closed, and reports the close', () => {
    const actions: NotificationAction[] = []
    expect(notify(request('r1'), (action) => actions.push(action))).toBe(true)
    expect(recordOf(made.notifications[0]!).shown).toBe(true)
    expect(heldNotifications()).toEqual(['r1'])
    made.notifications[0]!.emit('close')
    expect(heldNotifications()).toEqual([])
    expect(actions).toEqual(['closed'])
  })

  it("reports a click as 'open', and not the OS's close that follows it", () => {
    const actions: NotificationAction[] = []
    notify(request('r1'), (action) => actions.push(action))
    made.notifications[0]!.emit('click')
    made.notifications[0]!.emit('close')
    expect(actions).toEqual(['open'])
    expect(heldNotifications()).toEqual([])
  })

  it('offers Start/Snooze/Skip on macOS and reports the button', () => {
    setPlatform('darwin')
    const actions: NotificationAction[] = []
    notify(request('r1'), (action) => actions.push(action))
    const shown = made.notifications[0]!
    expect(recordOf(shown).options.actions).toEqual([
      { type: 'button', text: 'Start' },
      { type: 'button', text: 'Snooze' },
      { type: 'button', text: 'Skip' },
    ])
    expect(recordOf(shown).options.urgency).toBeUndefined()
    shown.emit('action', {}, 1)
    expect(actions).toEqual(['snooze'])
  })

  it('sets urgency on Linux, offers no buttons there, and keeps the silent flag', () => {
    setPlatform('linux')
    notify(request('r1'), () => {})
    expect(recordOf(made.notifications[0]!).options).toEqual({
      title: 'Time to stretch',
      body: 'Three stretches for your lower back.',
      silent: true,
      urgency: 'critical',
    })
  })

  it("reports a notification the OS failed to show as 'failed', not as closed, and says why in the log", async () => {
    recorded.notificationsFail = true
    const actions: NotificationAction[] = []
    const logged: unknown[][] = []
    notify(
      request('r1'),
      (action) => actions.push(action),
      (...entry) => logged.push(entry),
    )
    await new Promise((resolve) => setImmediate(resolve))
    expect(actions).toEqual(['failed'])
    expect(heldNotifications()).toEqual([])
    expect(logged).toEqual([
      [
        'warn',
        'the notification "Time to stretch" could not be shown',
        expect.stringContaining('not available'),
      ],
    ])
  })

  it('withdraws a notification without reporting it as closed by the user', () => {
    const actions: NotificationAction[] = []
    notify(request('r1'), (action) => actions.push(action))
    closeNotification('r1')
    expect(recordOf(made.notifications[0]!).closed).toBe(true)
    expect(actions).toEqual([])
    expect(heldNotifications()).toEqual([])
  })

  it('replaces a notification shown again under the same id', () => {
    const actions: NotificationAction[] = []
    notify(request('r1'), (action) => actions.push(action))
    notify(request('r1'), (action) => actions.push(action))
    expect(recordOf(made.notifications[0]!).closed).toBe(true)
    expect(heldNotifications()).toEqual(['r1'])
    expect(actions).toEqual([])
  })

  it('tells the user something as a message box when the notification for it fails', async () => {
    recorded.notificationsFail = true
    inform('Settings were reset', 'Your settings file could not be read.')
    await new Promise((resolve) => setImmediate(resolve))
    expect(callsTo('dialog.showMessageBox')).toEqual([
      [expect.objectContaining({ title: 'Settings were reset' })],
    ])
  })

  it('tells the user something once, as a message box where there are no notifications', () => {
    inform('Settings were reset', 'Your settings file could not be read.')
    expect(recordOf(made.notifications[0]!).options).toMatchObject({ title: 'Settings were reset' })
    recorded.notificationsSupported = false
    inform('Settings were reset', 'Your settings file could not be read.')
    expect(callsTo('dialog.showMessageBox')).toEqual([
      [
        {
          type: 'info',
          title: 'Settings were reset',
          message: 'Settings were reset',
          detail: 'Your settings file could not be read.',
        },
      ],
    ])
  })
})
