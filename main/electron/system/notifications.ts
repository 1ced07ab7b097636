// Native notifications for reminders. Each one is held in a map until it is clicked, acted on or closed, because a
// Notification nothing references is garbage-collected and its click never arrives.
import { dialog, Notification, type NotificationConstructorOptions } from 'electron'
import type { NotificationAction, NotificationRequest, Platform } from '../../app/platform'
import { shorten } from '../files/log'

const shown = new Map<string, Notification>()

// The order of the buttons on macOS; the 'action' event reports the index.
const BUTTONS = [
  { action: 'start', text: 'Start' },
  { action: 'snooze', text: 'Snooze' },
  { action: 'skip', text: 'Skip' },
] as const

/**
 * Shows the notification; false when the OS has none to show (the app then opens the break window). One the OS
 * fails to show is answered 'failed', with the OS's reason in the log: it was never seen, so it is not 'closed'.
 */
export function notify(
  request: NotificationRequest,
  onAction: (action: NotificationAction) => void,
  log?: Platform['log'],
): boolean {
  if (!Notification.isSupported()) return false
  closeNotification(request.id)
  const options: NotificationConstructorOptions = {
    title: request.title,
    body: request.body,
    silent: request.silent,
  }
  // Action buttons reliably work only on macOS; elsewhere a click opens the break window, which has all three.
  // Firm mode may take Snooze or Skip away: only the buttons offered are shown, and answered by their own index.
  const buttons = BUTTONS.filter(({ action }) => action === 'start' || request.offers?.[action] !== false)
  if (process.platform === 'darwin' && request.actions) {
    options.actions = buttons.map(({ action, text }) => ({
      type: 'button',
      text: request.actionLabels?.[action] ?? text,
    }))
  }
  if (process.platform === 'linux') options.urgency = request.urgency
  const notification = new Notification(options)
  // Only the first answer counts: after a click or a button, the OS's 'close' is not the user dismissing it.
  const answer = (action: NotificationAction) => {
    if (shown.get(request.id) !== notification) return
    shown.delete(request.id)
    onAction(action)
  }
  notification.on('click', () => answer('open'))
  notification.on('action', (_event, index) => answer(buttons[index]?.action ?? 'open'))
  notification.on('close', () => answer('closed'))
  notification.on('failed', (_event, error) => {
    log?.('warn', `the notification "${request.title}" could not be shown`, shorten(String(error)))
    answer('failed')
  })
  shown.set(request.id, notification)
  notification.show()
  return true
}

/** Withdraws a notification the app no longer needs; this is not reported back as 'closed'. */
export function closeNotification(id: string): void {
  const notification = shown.get(id)
  shown.delete(id)
  notification?.close()
}

let informed = 0

/** A one-off message (e.g. "settings were repaired"); a message box where a notification cannot be shown. */
export function inform(title: string, body: string): void {
  const messageBox = () => void dialog.showMessageBox({ type: 'info', title, message: title, detail: body })
  const shownAsNotification = notify(
    { id: `inform-${++informed}`, title, body, actions: false, urgency: 'normal', silent: false },
    (action) => {
      if (action === 'failed') messageBox()
    },
  )
  if (!shownAsNotification) messageBox()
}

/** The ids still held, for tests and for closing everything at quit. */
export function heldNotifications(): string[] {
  return [...shown.keys()]
}
