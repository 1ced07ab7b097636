// Native notifications: held until answered, click opens the break window, buttons on macOS, urgency on Linux.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Notification, callsTo, recorded, resetDouble } from './electron-double'
import type { NotificationAction, NotificationRequest } from '../../main/app/platform'
import { closeNotification, heldNotifications, inform, notify } from '../../main/electron/notifications'

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
  beforeEach(resetDouble)
  afterEach(() => {
    for (const id of heldNotifications()) closeNotification(id)
    setPlatform(platform)
  })

  it('answers false where the OS cannot show notifications, so the app opens the break window', () => {
    recorded.notificationsSupported = false
    expect(notify(request('r1'), () => {})).toBe(false)
    expect(Notification.created).toEqual([])
  })

  it('holds a notification until it is closed, and reports the close', () => {
    const actions: NotificationAction[] = []
    expect(notify(request('r1'), (action) => actions.push(action))).toBe(true)
    expect(Notification.created[0]!.shown).toBe(true)
    expect(heldNotifications()).toEqual(['r1'])
    Notification.created[0]!.emit('close')
    expect(heldNotifications()).toEqual([])
    expect(actions).toEqual(['closed'])
  })

  it("reports a click as 'open', and not the OS's close that follows it", () => {
    const actions: NotificationAction[] = []
    notify(request('r1'), (action) => actions.push(action))
    Notification.created[0]!.emit('click')
    Notification.created[0]!.emit('close')
    expect(actions).toEqual(['open'])
    expect(heldNotifications()).toEqual([])
  })

  it('offers Start/Snooze/Skip on macOS and reports the button', () => {
    setPlatform('darwin')
    const actions: NotificationAction[] = []
    notify(request('r1'), (action) => actions.push(action))
    const shown = Notification.created[0]!
    expect(shown.options.actions).toEqual([
      { type: 'button', text: 'Start' },
      { type: 'button', text: 'Snooze' },
      { type: 'button', text: 'Skip' },
    ])
    expect(shown.options.urgency).toBeUndefined()
    shown.emit('action', {}, 1)
    expect(actions).toEqual(['snooze'])
  })

  it('sets urgency on Linux, offers no buttons there, and keeps the silent flag', () => {
    setPlatform('linux')
    notify(request('r1'), () => {})
    expect(Notification.created[0]!.options).toEqual({
      title: 'Time to stretch',
      body: 'Three stretches for your lower back.',
      silent: true,
      urgency: 'critical',
    })
  })

  it('withdraws a notification without reporting it as closed by the user', () => {
    const actions: NotificationAction[] = []
    notify(request('r1'), (action) => actions.push(action))
    closeNotification('r1')
    expect(Notification.created[0]!.closed).toBe(true)
    expect(actions).toEqual([])
    expect(heldNotifications()).toEqual([])
  })

  it('replaces a notification shown again under the same id', () => {
    const actions: NotificationAction[] = []
    notify(request('r1'), (action) => actions.push(action))
    notify(request('r1'), (action) => actions.push(action))
    expect(Notification.created[0]!.closed).toBe(true)
    expect(heldNotifications()).toEqual(['r1'])
    expect(actions).toEqual([])
  })

  it('tells the user something once, as a message box where there are no notifications', () => {
    inform('Settings were reset', 'Your settings file could not be read.')
    expect(Notification.created[0]!.options).toMatchObject({ title: 'Settings were reset' })
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
