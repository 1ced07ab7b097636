// What the preview's store files hold when its app starts: the files a user with this scenario would have on disk
// (preferences, the state file, eight weeks of history, the first-run record), in the app's own formats. The app
// reads them as it reads a real user's; nothing here decides what the app shows.
import { Calendar } from '../../main/core/planning/calendar'
import {
  STRETCHES,
  STRETCH_AREAS,
  pickStretches,
  type RotationState,
  type StretchArea,
} from '../../main/core/content'
import { addDays, atLocalTime, clockOf, dateKeyOf, weekdayOf, type DateKey } from '../../main/core/local-time'
import { DEFAULT_PREFERENCES, type Preferences } from '../../main/core/preferences'
import type { HistoryData } from '../../main/app/records/history'
import { CALLS_FOR_A_DOCTOR, sampleHistory } from './sample-history'
import type { BreakScenario, Scenario } from './scenario'

const MINUTE = 60_000
const HOUR = 60 * MINUTE

export interface Seeds {
  preferences: Preferences
  /** The state file, without the planner's state (a new one starts at the app's start). */
  state: Record<string, unknown>
  history: HistoryData
  /** Undefined on a first start: the welcome has never been shown. */
  firstRun: { version: 1; welcomeSeenAt: number } | undefined
}

/** The routine each sample stretch break starts with (stretch-floor: one done all on the floor). */
const ROUTINES: Partial<Record<BreakScenario, readonly string[]>> = {
  stretch: ['seated-cat-cow', 'seated-twist'],
  'stretch-floor': ['knee-to-chest', 'lying-knee-roll', 'sphinx'],
}

/** Minutes before the bedtime that each evening step comes, with the default preferences. */
const EVENING: Partial<Record<BreakScenario, (prefs: Preferences) => number>> = {
  'wind-down': (prefs) => prefs.bedtime.windDownMinutes,
  'get-ready': (prefs) => prefs.bedtime.getReadyMinutes,
  bedtime: () => 0,
}

/**
 * The stores for `scenario`. `due` is when the scenario's reminder falls due and `from` when its app starts (the
 * preview plays the time between); `customTitle` is the name a new reminder of the user's own starts with.
 */
export function seedsFor(
  scenario: Scenario,
  at: { from: number; due: number; now: number },
  customTitle: string,
): Seeds {
  const today = dateKeyOf(new Date(at.now))
  const preferences = structuredClone(DEFAULT_PREFERENCES) as Preferences
  preferences.notifications.sound = scenario.sound
  // A dimmed screen sits beside a full-screen break.
  preferences.breakWindow.fullScreen = scenario.fullScreen || scenario.window === 'dimmed'
  if (scenario.firm) {
    preferences.firmMode.level =
      scenario.firm === 'allowance' ? 'gentle' : scenario.firm === 'no-skip' ? 'no-skip' : 'firm'
    preferences.firmMode.limitSkips = scenario.firm === 'allowance'
  }
  preferences.stretch.soundCues = scenario.soundCues
  preferences.stretch.voice = scenario.voice
  preferences.checkIn.enabled =
    scenario.checkInOpen ||
    scenario.doctor !== null ||
    (scenario.shows === 'check-in' && scenario.soreBackDay === null)
  awakeBetween(preferences, at.from, at.now)
  if (scenario.dayLimit !== 'off') preferences.dayLimit = { enabled: true, hours: 8 }
  const evening = EVENING[scenario.shows]
  if (evening) {
    // This user's bedtime is such that the step falls due then, and they sleep eight hours from it.
    const bedtime = at.due + evening(preferences) * MINUTE
    preferences.bedtime.bedtime = clockOf(new Date(bedtime))
    preferences.bedtime.wakeTime = clockOf(new Date(bedtime + 8 * HOUR))
  }
  if (scenario.shows === 'custom') {
    preferences.activities.custom = [
      {
        id: 'r-preview',
        enabled: true,
        title: customTitle,
        time: clockOf(new Date(at.due)),
        weekdays: [weekdayOf(dateKeyOf(new Date(at.due)))],
      },
    ]
  }
  // This user's next stretch routine (a sample stretch break's, or "Stretch now"'s) starts the same every time.
  const routine = ROUTINES[scenario.shows] ?? ROUTINES.stretch ?? []
  const rotation = rotationStartingWith(routine, preferences.stretch.stretchesPerBreak)
  return {
    preferences,
    state: {
      version: 1,
      ...(rotation ? { rotation } : {}),
      rotationCount: 0,
      // Today's skips, all used: Skip is Snooze until midnight.
      ...(scenario.firm === 'allowance'
        ? { skips: { day: today, skips: preferences.firmMode.skipsPerDay } }
        : {}),
      ...(scenario.soreBackDay && scenario.soreBackDay > 1
        ? { soreBack: planUnderWay(today, scenario.soreBackDay, scenario.frequent) }
        : scenario.frequent
          ? { soreBack: { past: [{ from: addDays(today, -13), to: addDays(today, -4) }] } }
          : {}),
    },
    history: limitReached(
      sampleHistory(today, scenario.doctor ? CALLS_FOR_A_DOCTOR[scenario.doctor].fortnight : undefined),
      today,
      scenario.dayLimit === 'reached',
    ),
    firstRun: scenario.welcome ? undefined : { version: 1, welcomeSeenAt: at.now - 30 * 24 * HOUR },
  }
}

/**
 * With `reached`, this user has sat 8 hours 10 minutes at the computer today (and started Limber again since): the
 * history keeps it, as it keeps a real user's day across a restart.
 */
function limitReached(history: HistoryData, today: DateKey, reached: boolean): HistoryData {
  const day = history.sitting[today]
  if (!reached || !day) return history
  return { ...history, sitting: { ...history.sitting, [today]: { ...day, active: (8 * 60 + 10) * 60 } } }
}

/**
 * A scenario plays from `from` to `now` with the user at the computer. Where the default sleep times make any of it
 * night (the preview opened late), this user keeps other hours: up since eight hours ago, in bed in eight.
 */
function awakeBetween(prefs: Preferences, from: number, now: number): void {
  const calendar = new Calendar(prefs)
  if (!calendar.isQuietTime(from) && !calendar.isQuietTime(now)) return
  prefs.bedtime.bedtime = clockOf(new Date(now + 8 * HOUR))
  prefs.bedtime.wakeTime = clockOf(new Date(from - 8 * HOUR))
}

/**
 * The stretch rotation (as the state file keeps it) from which the app's own picker starts the next routine with
 * `first`, or undefined when none does (the app then picks as it would for anyone).
 */
function rotationStartingWith(first: readonly string[], count: number): RotationState | undefined {
  const areas: (StretchArea | null)[] = [null, ...STRETCH_AREAS]
  for (const lastArea of areas) {
    for (const extra of STRETCHES) {
      const left = new Set([...first, extra.id])
      const state = { used: STRETCHES.filter((s) => !left.has(s.id)).map((s) => s.id), lastArea }
      const picked = pickStretches(STRETCHES, [], count, state)
      if (picked.ok && first.every((id, i) => picked.picks[i]?.id === id)) return state
    }
  }
  return undefined
}

/**
 * A 3-day sore-back plan on day `day`, as the state file keeps it: started on its first morning, when-to-see-a-doctor
 * read that day; with `frequent`, plans on 11 of the last 14 days, said and not yet put away.
 */
function planUnderWay(today: DateKey, day: number, frequent: boolean): Record<string, unknown> {
  const firstDay = addDays(today, 1 - day)
  const days = 11
  return {
    plan: { firstDay, days: 3, startedAt: atLocalTime(firstDay, '09:00').getTime() },
    past: frequent ? [{ from: addDays(today, -13), to: addDays(today, days - 14 - day) }] : [],
    doctor: { shownOn: firstDay, open: false },
    frequent: frequent ? { said: true, open: true, days } : { said: false, open: false, days: 0 },
    brace: null,
    morningOn: null,
  }
}
