// The app's faces besides the reminder itself: the status the windows show and the tray (icon, tooltip, menu),
// made from one snapshot of the app (status.ts) and pushed only when they changed, so a minute's wake-up costs no
// redraw when nothing moved.
import type { MenuItem, Platform } from '../platform'
import { speechFor } from '../speech'
import { statusOf, type AppSnapshot } from './status'
import { trayView, type TrayState } from './tray-menu'

function trayStateOf(app: AppSnapshot): TrayState {
  const { next, paused, showing } = app
  const night = app.calendar.prefs.bedtime.enabled ? app.calendar.currentOrNextNight(app.now) : null
  return {
    next: next ? { kind: next.kind, title: next.title, at: next.at, ref: next.ref } : null,
    paused: paused === null ? null : { until: paused === 'forever' ? null : paused },
    showing: showing ? { kind: showing.kind, title: showing.title, ref: showing.ref } : null,
    night: night ? { bedtime: night.bedtime.getTime(), wake: night.wake.getTime() } : null,
    therapy: app.therapy,
    live: app.live,
    held: app.held ?? null,
    soreBack: app.soreBack ? { title: app.soreBack.title } : null,
    dayLimitReached: app.dayLimit?.reached ? { hours: app.dayLimit.hours } : null,
    nextSkippable: app.nextSkippable ?? true,
    update:
      app.update?.phase === 'ready' && app.update.version
        ? { version: app.update.version, restartWaiting: app.update.restartWaiting ?? false }
        : null,
  }
}

export class Publisher {
  private written = { tray: '', status: '' }

  constructor(private readonly platform: Pick<Platform, 'setTray' | 'broadcast'>) {}

  publish(app: AppSnapshot): void {
    const view = trayView(trayStateOf(app), app.now, app.calendar.prefs, speechFor(app.language))
    const signature = `${view.icon}|${view.tooltip}|${menuSignature(view.menu)}`
    if (signature !== this.written.tray) {
      this.written.tray = signature
      this.platform.setTray(view)
    }
    const status = statusOf(app)
    const statusJson = JSON.stringify(status)
    if (statusJson !== this.written.status) {
      this.written.status = statusJson
      this.platform.broadcast('status:changed', status)
    }
  }
}

/** What the user can see of a menu, as one string: cheaper to compare every minute than the menu as JSON. */
function menuSignature(items: readonly MenuItem[]): string {
  let signature = ''
  for (const item of items) {
    if (item.type === 'separator') signature += '-;'
    else {
      signature += `${item.id}:${item.label}:${item.enabled ? 1 : 0}:${item.type === 'submenu' ? '' : item.checked ? 1 : 0};`
      if (item.type === 'submenu') signature += `[${menuSignature(item.items)}]`
    }
  }
  return signature
}
