// One snapshot of the running app at one moment (what the tray and the windows show is made from it), and the
// status the windows show (AppStatus), in the language in use.
import type { LanguageCode, LanguageInUse } from '../../core/i18n/languages'
import type { Calendar } from '../../core/planning/calendar'
import type { DueReminder } from '../../core/planning/next-due'
import type { HeldNow } from '../busy/hold'
import type { AppStatus, CheckInStatus, SoreBackStatus, TherapyStatus } from '../ipc-contract'
import type { IdleDetection } from '../presence/idle-rules'
import type { OnScreenReminder } from '../on-screen/on-screen'
import { reminderName, speechFor } from '../speech'
import type { UpdateStatus } from '../updates/updates'

/** What the surfaces show, read off the running app at one moment. */
export interface AppSnapshot {
  now: number
  calendar: Calendar
  next: DueReminder | null
  paused: number | 'forever' | null
  showing: Readonly<OnScreenReminder> | null
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
  sitting: { activeMinutes: number; longestMinutes: number; longBouts: number }
  /** The daily limit when it is on: its hours, and whether today reached it. */
  dayLimit: { hours: number; reached: boolean } | null
  language: LanguageInUse
  systemLanguage: LanguageCode
  /** Whether "Skip next" may skip the next reminder (firm mode may keep it); absent: it may. */
  nextSkippable?: boolean
  /** Updates of the installed app (absent from shells without an updater's state). */
  update?: UpdateStatus
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
    dayLimit: app.dayLimit,
    ...(app.update ? { update: app.update } : {}),
  }
}
