// The app's faces besides the reminder itself: the status the windows show and the tray (icon, tooltip, menu),
// made from one snapshot of the app and pushed only when they changed, so a minute's wake-up costs no redraw when
// nothing moved.
import type { LanguageCode, LanguageInUse } from '../core/i18n/languages'
import type { Calendar } from '../core/calendar'
import type { DueReminder } from '../core/next-due'
import type { HeldNow } from './busy-hold'
import type { AppStatus, CheckInStatus, SoreBackStatus, TherapyStatus } from './ipc-contract'
import type { IdleDetection } from './natural-breaks'
import type { OnScreenReminder } from './on-screen'
import type { MenuItem, Platform } from './platform'
import { reminderName, speechFor } from './speech'
import { trayView, type TrayState } from './tray-menu'

/** What the surfaces show, read off the running app at one moment. */
export interface AppSnapshot {
  now: number
  calendar: Calendar
  next: DueReminder | null
  paused: number | 'forever' | null
  showing: OnScreenReminder | null
  /** A reminder due now that waits because the user is busy. */
  held?: HeldNow | null
  therapy: TherapyStatus | null
  idleDetection: IdleDetection
  /** The app wakes every minute now, so a countdown ("in 12 min") stays true. */
  live: boolean
  version: string
  /** Where the log is written (absent where nothing is written to a file). */
  logFile?: string
  soreBack: SoreBackStatus | null
  checkIn: CheckInStatus | null
  sitting: { activeMinutes: number; longestMinutes: number }
  language: LanguageInUse
  systemLanguage: LanguageCode
}

export function statusOf(app: AppSnapshot): AppStatus {
  const { next, paused } = app
  const speech = speechFor(app.language)
  return {
    language: app.language,
    systemLanguage: app.systemLanguage,
    paused: paused === null ? null : { until: paused === 'forever' ? null : paused },
    next: next ? { kind: next.kind, at: next.at, title: reminderName(speech, next, 'title') } : null,
    idleDetection: app.idleDetection,
    therapy: app.therapy,
    version: app.version,
    ...(app.logFile === undefined ? {} : { logFile: app.logFile }),
    // The held reminder by its name in the language in use (its planned title is English).
    ...(app.held ? { held: { ...app.held, title: reminderName(speech, app.held, 'title') } } : {}),
    soreBack: app.soreBack,
    checkIn: app.checkIn,
    sitting: app.sitting,
  }
}

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
  }
}

export class Surfaces {
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
