// Limber's preferences schema: one TypeBox schema yields the TypeScript type, the runtime validation with
// field-level messages, and the JSON Schema electron-store is given. The defaults follow the guidance in
// docs/architecture.md, "Defaults and health guidance".
import Type, { type Static } from 'typebox'
import { LANGUAGE_CODES, type LanguageSetting } from '../i18n/languages'
import { ZOOM_MAX, ZOOM_MIN } from '../zoom'
import { FIRM_LEVELS, type FirmLevel } from '../firm/levels'
import { deepFreeze } from './plain-data'

export const PREFERENCES_VERSION = 1

/**
 * The longest cold or heat may stay on in one round, in minutes: cold 20 (the guidance's 20 on, 20 off), heat 30.
 * Cold also stays off at least as long as it was on (a rule across fields: check.ts), so the skin
 * warms up again before the next round.
 */
export const ICE_ON_MAX_MINUTES = 20
export const HEAT_ON_MAX_MINUTES = 30

import { TIME_PATTERN } from './time-pattern'

export { TIME_PATTERN }

/** A whole number in [min, max]; the range is kept on the schema so messages and the settings window can show it. */
const Int = (minimum: number, maximum: number, description: string) =>
  Type.Integer({ minimum, maximum, description })

const Clock = (description: string) => Type.String({ pattern: TIME_PATTERN, description })

/** Days of the week as JavaScript numbers them: 0 = Sunday … 6 = Saturday. */
const Weekdays = (description: string) =>
  Type.Array(Type.Integer({ minimum: 0, maximum: 6 }), { maxItems: 7, uniqueItems: true, description })

const SleepTimes = Type.Object(
  {
    bedtime: Clock('bedtime (HH:MM, 24-hour)'),
    wakeTime: Clock('wake time (HH:MM, 24-hour)'),
  },
  { additionalProperties: false },
)

const Session = Type.Object(
  {
    enabled: Type.Boolean(),
    weekdays: Weekdays('days of the session'),
    time: Clock('session time (HH:MM, 24-hour)'),
    durationMinutes: Int(10, 120, 'session length in minutes'),
  },
  { additionalProperties: false },
)

const CustomReminder = Type.Object(
  {
    id: Type.String({ minLength: 1, maxLength: 40, pattern: '^[A-Za-z0-9_-]+$' }),
    enabled: Type.Boolean(),
    title: Type.String({ minLength: 1, maxLength: 80, description: 'reminder title' }),
    time: Clock('reminder time (HH:MM, 24-hour)'),
    weekdays: Weekdays('days of the reminder'),
  },
  { additionalProperties: false },
)

export const PreferencesSchema = Type.Object(
  {
    version: Type.Literal(PREFERENCES_VERSION),
    posture: Type.Object(
      {
        enabled: Type.Boolean(),
        everyMinutes: Int(5, 240, 'minutes of active use between posture breaks'),
        durationSeconds: Int(10, 600, 'length of a posture break in seconds'),
      },
      { additionalProperties: false },
    ),
    stretch: Type.Object(
      {
        enabled: Type.Boolean(),
        everyMinutes: Int(10, 480, 'minutes of active use between stretch breaks'),
        stretchesPerBreak: Int(1, 6, 'stretches in one break'),
        holdSeconds: Int(8, 30, 'seconds to hold each stretch'),
        repetitions: Int(1, 10, 'repetitions of each stretch'),
        disabledStretches: Type.Array(Type.String({ minLength: 1, maxLength: 60 }), {
          maxItems: 200,
          uniqueItems: true,
        }),
        /** No floor stretches in breaks during work hours (all day when work hours are off). */
        deskOnly: Type.Boolean(),
        /** A soft tone in the break window when a hold starts, when it ends and when to change sides. */
        soundCues: Type.Boolean(),
        /** The break window reads each step aloud and counts the last seconds of a hold (the system's voice). */
        voice: Type.Boolean(),
      },
      { additionalProperties: false },
    ),
    bedtime: Type.Object(
      {
        enabled: Type.Boolean(),
        bedtime: Clock('bedtime (HH:MM, 24-hour)'),
        wakeTime: Clock('wake time (HH:MM, 24-hour)'),
        windDownMinutes: Int(0, 240, 'minutes before bedtime for the wind-down reminder (0 turns it off)'),
        getReadyMinutes: Int(0, 120, 'minutes before bedtime for the get-ready reminder (0 turns it off)'),
        /**
         * Per-weekday exceptions, keyed by the weekday of the *evening* (0 = Sunday … 6 = Saturday):
         * "5" sets Friday night's bedtime and the wake time of the Saturday morning after it.
         */
        overrides: Type.Record(Type.String({ pattern: '^[0-6]$' }), SleepTimes, {
          maxProperties: 7,
          additionalProperties: false,
        }),
      },
      { additionalProperties: false },
    ),
    workHours: Type.Object(
      {
        enabled: Type.Boolean(),
        start: Clock('start of work hours (HH:MM, 24-hour)'),
        end: Clock('end of work hours (HH:MM, 24-hour)'),
        weekdays: Weekdays('work days'),
      },
      { additionalProperties: false },
    ),
    naturalBreaks: Type.Object(
      {
        enabled: Type.Boolean(),
        idleMinutes: Int(1, 60, 'minutes away that count as a break'),
      },
      { additionalProperties: false },
    ),
    snoozeMinutes: Int(1, 60, 'snooze length in minutes'),
    activities: Type.Object(
      {
        strength: Session,
        yoga: Session,
        custom: Type.Array(CustomReminder, { maxItems: 50 }),
      },
      { additionalProperties: false },
    ),
    therapy: Type.Object(
      {
        iceOnMinutes: Int(5, ICE_ON_MAX_MINUTES, 'minutes of ice on'),
        iceOffMinutes: Int(5, 60, 'minutes of ice off'),
        iceCycles: Int(1, 6, 'ice cycles'),
        heatOnMinutes: Int(5, HEAT_ON_MAX_MINUTES, 'minutes of heat on'),
        heatOffMinutes: Int(5, 60, 'minutes of heat off'),
        heatCycles: Int(1, 6, 'heat cycles'),
      },
      { additionalProperties: false },
    ),
    notifications: Type.Object(
      {
        sound: Type.Boolean(),
        headsUpSeconds: Int(0, 300, 'seconds of heads-up before a break (0 turns it off)'),
      },
      { additionalProperties: false },
    ),
    breakWindow: Type.Object(
      {
        fullScreen: Type.Boolean(),
        /** A full-screen break dims every other display (true) or leaves them be (false). */
        everyDisplay: Type.Boolean(),
      },
      { additionalProperties: false },
    ),
    /** Firm mode (main/core/firm/answers.ts): how hard breaks are to wave away. Off ('gentle') by default. */
    firmMode: Type.Object(
      {
        level: Type.Unsafe<FirmLevel>(
          Type.Union(
            FIRM_LEVELS.map((level) => Type.Literal(level)),
            { description: `firm mode (${FIRM_LEVELS.join(', ')})` },
          ),
        ),
        /** After `skipsPerDay` skips in a day, Skip turns into Snooze until midnight. */
        limitSkips: Type.Boolean(),
        skipsPerDay: Int(1, 10, 'skips a day before Skip turns into Snooze'),
      },
      { additionalProperties: false },
    ),
    /** What a due reminder waits for (docs/dont-interrupt.md): each kind of busy can be turned off. */
    dontInterrupt: Type.Object(
      {
        /** A full-screen app in front, or presenting. */
        fullScreen: Type.Boolean(),
        /** A camera or microphone in use. */
        calls: Type.Boolean(),
        /** The system's Do Not Disturb or Focus. */
        doNotDisturb: Type.Boolean(),
        /** An app keeps the screen on (an idle inhibitor: a video, a call). Off unless the user turns it on. */
        screenKeptOn: Type.Boolean(),
      },
      { additionalProperties: false },
    ),
    startAtLogin: Type.Boolean(),
    /** The sore-back plan (main/core/sore-back/): its easy walks, and the optional brace reminder. */
    soreBack: Type.Object(
      {
        moveEveryMinutes: Int(10, 60, 'minutes between easy walks'),
        moveSeconds: Int(30, 300, 'length of an easy walk in seconds'),
        braceReminder: Type.Boolean(),
        braceMinutes: Int(15, 240, 'minutes of brace wear before the reminder'),
      },
      { additionalProperties: false },
    ),
    /** The daily "How is your back today?" (always on while a sore-back plan runs). */
    checkIn: Type.Object({ enabled: Type.Boolean() }, { additionalProperties: false }),
    /** 'system' speaks the system's language (the best match among ours, else English); a code picks one. */
    // Built from the LANGUAGES table, so the static type is given (a mapped list would widen it to 'system').
    language: Type.Unsafe<LanguageSetting>(
      Type.Union([Type.Literal('system'), ...LANGUAGE_CODES.map((code) => Type.Literal(code))], {
        description: `language (system, ${LANGUAGE_CODES.join(', ')})`,
      }),
    ),
    /** Each window's zoom (Ctrl+plus, Ctrl+minus, Ctrl+0 in it; main/core/zoom.ts): 1 is 100%. */
    zoom: Type.Object(
      {
        settings: Type.Number({ minimum: ZOOM_MIN, maximum: ZOOM_MAX, description: 'settings window zoom' }),
        break: Type.Number({ minimum: ZOOM_MIN, maximum: ZOOM_MAX, description: 'break window zoom' }),
      },
      { additionalProperties: false },
    ),
    /**
     * An honest end to the day (main/app/day-limit/): a limit on time at the computer, counted as the sitting figures
     * count it (time away is not counted), told once when reached and every hour after. Off by default.
     */
    dayLimit: Type.Object(
      {
        enabled: Type.Boolean(),
        hours: Int(1, 16, 'hours at the computer a day'),
      },
      { additionalProperties: false },
    ),
    /** The goals the week's back figures are measured against (Progress; docs/health-content.md). */
    goals: Type.Object(
      {
        /** Long sitting bouts (core/sitting.ts) a workday may have and still count as a good day. */
        longBoutsPerDay: Int(0, 10, 'long sitting bouts a good day has at most'),
        /** Good days wanted a week, of the work days (workHours.weekdays, on or off). */
        goodDays: Int(1, 7, 'good days wanted a week'),
        breaksTakenPercent: Int(0, 100, 'percent of the breaks offered to take'),
      },
      { additionalProperties: false },
    ),
    /** Updates from the release feed, where the installed package can update itself (docs/updates.md). */
    updates: Type.Object(
      {
        /** Check at start and once a day, download in the background, install on quit. */
        automatic: Type.Boolean(),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
)

export type Preferences = Static<typeof PreferencesSchema>
export type SessionPreferences = Static<typeof Session>
export type CustomReminderPreferences = Static<typeof CustomReminder>
export type SleepTimesPreferences = Static<typeof SleepTimes>

export const DEFAULT_PREFERENCES: Preferences = deepFreeze({
  version: PREFERENCES_VERSION,
  posture: { enabled: true, everyMinutes: 30, durationSeconds: 60 },
  stretch: {
    enabled: true,
    everyMinutes: 60,
    stretchesPerBreak: 3,
    holdSeconds: 10,
    repetitions: 2,
    disabledStretches: [],
    deskOnly: false,
    soundCues: false,
    voice: false,
  },
  bedtime: {
    enabled: true,
    bedtime: '22:30',
    wakeTime: '06:30',
    windDownMinutes: 120,
    getReadyMinutes: 30,
    overrides: {},
  },
  workHours: { enabled: false, start: '09:00', end: '17:30', weekdays: [1, 2, 3, 4, 5] },
  naturalBreaks: { enabled: true, idleMinutes: 5 },
  snoozeMinutes: 5,
  activities: {
    // Off until the user chooses; when turned on, three days a week in the 30–45 minute range.
    strength: { enabled: false, weekdays: [1, 3, 5], time: '18:00', durationMinutes: 40 },
    yoga: { enabled: false, weekdays: [2, 4, 6], time: '07:30', durationMinutes: 30 },
    custom: [],
  },
  therapy: {
    iceOnMinutes: 20,
    iceOffMinutes: 20,
    iceCycles: 3,
    heatOnMinutes: 20,
    heatOffMinutes: 20,
    heatCycles: 1,
  },
  notifications: { sound: false, headsUpSeconds: 0 },
  breakWindow: { fullScreen: false, everyDisplay: true },
  firmMode: { level: 'gentle', limitSkips: false, skipsPerDay: 3 },
  dontInterrupt: { fullScreen: true, calls: true, doNotDisturb: true, screenKeptOn: false },
  startAtLogin: false,
  // "Rest, but not too much": a minute's easy walk every 20 minutes at the computer on a sore-back day.
  soreBack: { moveEveryMinutes: 20, moveSeconds: 60, braceReminder: false, braceMinutes: 120 },
  checkIn: { enabled: false },
  language: 'system',
  zoom: { settings: 1, break: 1 },
  dayLimit: { enabled: false, hours: 8 },
  // Sitting-break trials: few bouts over half an hour on most workdays, and most breaks taken (health-content.md).
  goals: { longBoutsPerDay: 1, goodDays: 4, breaksTakenPercent: 70 },
  updates: { automatic: true },
})

/** The JSON Schema handed to electron-store (TypeBox schemas are plain JSON Schema). */
export const PREFERENCES_JSON_SCHEMA: Record<string, unknown> = JSON.parse(JSON.stringify(PreferencesSchema))

export interface FieldError {
  /** Dotted path of the field, e.g. "stretch.holdSeconds" (empty for the whole object). */
  path: string
  message: string
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] }
