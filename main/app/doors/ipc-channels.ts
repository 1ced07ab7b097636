// The windows' door into main, as one table: for every IPC channel, the bridge function that calls it
// (`window.limber.<bridge>`), the windows that may call it, its payload as a TypeBox schema (main checks every
// payload against it before anything touches state), how the bridge's arguments become that payload, and its
// answer. Every type of the contract is derived from this table; the preload builds the bridge from it and main
// checks and routes calls by it. Also the events main pushes. Only TypeBox's builders run here, so the preload
// stays small.
import {
  Array as TArray,
  Boolean as TBoolean,
  Enum,
  Integer,
  Null,
  Object as TObject,
  Optional,
  String as TString,
  Undefined,
  Union,
  type Static,
  type TSchema,
} from 'typebox'
import type { Preferences } from '../../core/preferences/index'
import { PLAN_LENGTHS, type PlanLength } from '../../core/sore-back/days'
import type { BusyDetectors, PageKind } from '../platform'
import { CHECK_IN_WORD_MAX, PAIN_MAX } from '../records/day-records'
import { ROUTINE_TIMES_MAX } from '../../core/routine/use'
import { TIME_PATTERN } from '../../core/preferences/time-pattern'
import {
  PAUSE_DURATIONS,
  REMINDER_ACTIONS,
  THERAPY_MODES,
  type PauseDuration,
  type ReminderAction,
  type TherapyMode,
} from './choices'
import type {
  AppStatus,
  BreakContent,
  DimmedState,
  ExportResult,
  HistorySummary,
  PreferencesPatch,
  RoutineExportResult,
  RoutineImportResult,
  RoutineSummary,
  SetPreferencesResult,
  StretchInfo,
  TestReminderResult,
  UpcomingItem,
  WelcomeState,
} from './ipc-answers'

/** A channel's answer type, carried by its row (main makes the answers; nothing checks them at run time). */
export interface Answer<T> {
  readonly answer?: T
}
function answer<T>(): Answer<T> {
  return {}
}

/** One channel of the table. */
interface Channel<B extends string, P extends TSchema, A extends unknown[], R> {
  /** The bridge function's name: `window.limber.<bridge>(…args)`. */
  bridge: B
  /** The windows that may call it. */
  senders: readonly PageKind[]
  /** The payload main accepts; anything else is refused with a message naming the field. */
  payload: P
  /** The bridge function's arguments, as the payload it sends. */
  send: (...args: A) => Static<P>
  answer: Answer<R>
}
function channel<const B extends string, P extends TSchema, A extends unknown[], R>(
  row: Channel<B, P, A, R>,
): Channel<B, P, A, R> {
  return row
}

const Nothing = Union([Undefined(), Null()])
const nothing = (): undefined => undefined
/** A channel that takes no payload: its bridge function takes no arguments. */
function bare<const B extends string, R>(bridge: B, senders: readonly PageKind[], answer: Answer<R>) {
  return channel({ bridge, senders, payload: Nothing, send: nothing, answer })
}
const ok = answer<{ ok: boolean }>()
const status = answer<AppStatus>()
/** Changing the preferences is the settings window's job; acting on a reminder is the break window's. */
const BOTH: readonly PageKind[] = ['settings', 'break']
const SETTINGS: readonly PageKind[] = ['settings']
const BREAK: readonly PageKind[] = ['break']
/** The calm dimmed screen a full-screen break puts on each other display. */
const DIMMED: readonly PageKind[] = ['dimmed']

/** A routine's id, as main/app/routines gives them. */
const RoutineId = TString({ pattern: '^[a-z0-9-]{1,40}$' })

/** How a routine is used (the routines:use payload without its id). */
export interface RoutineUse {
  forBreaks?: boolean
  reminder?: { enabled: boolean; times: string[]; weekdays: number[] }
}

/** Every request/response call, by channel. */
export const IPC_CHANNELS = {
  'prefs:get': bare('getPreferences', BOTH, answer<Preferences>()),
  // Preference patches are checked field by field after merging (validatePreferences); here only their shape.
  'prefs:set': channel({
    bridge: 'setPreferences',
    senders: SETTINGS,
    // An object of at most 32 fields with names of at most 64 characters (TypeBox's Record would cost the preload
    // 40 KB of its type engine).
    payload: TObject({}, { additionalProperties: true, propertyNames: { maxLength: 64 }, maxProperties: 32 }),
    send: (patch: PreferencesPatch) => patch,
    answer: answer<SetPreferencesResult>(),
  }),
  'prefs:reset': bare('resetPreferences', SETTINGS, answer<Preferences>()),
  'upcoming:get': bare('getUpcoming', BOTH, answer<UpcomingItem[]>()),
  'history:get': bare('getHistory', BOTH, answer<HistorySummary>()),
  'status:get': bare('getStatus', BOTH, status),
  'stretches:get': bare('getStretches', BOTH, answer<StretchInfo[]>()),
  /** The reminder on screen; else the morning check-in while it waits for an answer. */
  'break:get': bare('getBreak', BOTH, answer<BreakContent | null>()),
  /** Done, snooze or skip for the reminder on screen, named by its showing's id. */
  'reminder:act': channel({
    bridge: 'act',
    senders: BREAK,
    payload: TObject(
      { id: TString({ minLength: 1, maxLength: 100 }), action: Enum(REMINDER_ACTIONS) },
      { additionalProperties: false },
    ),
    send: (id: string, action: ReminderAction) => ({ id, action }),
    answer: ok,
  }),
  'pause:start': channel({
    bridge: 'pause',
    senders: BOTH,
    payload: TObject({ duration: Enum(PAUSE_DURATIONS) }, { additionalProperties: false }),
    send: (duration: PauseDuration) => ({ duration }),
    answer: status,
  }),
  'pause:resume': bare('resume', BOTH, status),
  'break:now': bare('breakNow', BOTH, ok),
  'stretch:now': bare('stretchNow', BOTH, ok),
  'therapy:start': channel({
    bridge: 'startTherapy',
    senders: BOTH,
    payload: TObject({ mode: Enum(THERAPY_MODES) }, { additionalProperties: false }),
    send: (mode: TherapyMode) => ({ mode }),
    answer: status,
  }),
  'therapy:stop': bare('stopTherapy', BOTH, status),
  'welcome:get': bare('getWelcome', SETTINGS, answer<WelcomeState>()),
  'welcome:seen': bare('markWelcomeSeen', SETTINGS, ok),
  'reminder:test': bare('sendTestReminder', SETTINGS, answer<TestReminderResult>()),
  /** Which busy states this system can tell, and why not (the settings' "Don't interrupt" group). */
  'busy:detectors': bare('getBusyDetectors', SETTINGS, answer<BusyDetectors>()),
  /** "My back hurts today": a gentler plan of `days` days. */
  'sore-back:start': channel({
    bridge: 'startSoreBack',
    senders: BOTH,
    payload: TObject({ days: Enum(PLAN_LENGTHS) }, { additionalProperties: false }),
    send: (days: PlanLength) => ({ days }),
    answer: status,
  }),
  'sore-back:end': bare('endSoreBack', BOTH, status),
  /** The health notices at the top of Today were read ("Got it"): the plan's, and the check-in's doctor suggestion. */
  'sore-back:seen': bare('putAwaySoreBackNotices', SETTINGS, status),
  'sore-back:brace': channel({
    bridge: 'setBrace',
    senders: SETTINGS,
    payload: TObject({ on: TBoolean() }, { additionalProperties: false }),
    send: (on: boolean) => ({ on }),
    answer: status,
  }),
  'check-in:save': channel({
    bridge: 'saveCheckIn',
    senders: BOTH,
    payload: TObject(
      {
        pain: Integer({ minimum: 0, maximum: PAIN_MAX }),
        word: Optional(TString({ maxLength: CHECK_IN_WORD_MAX })),
      },
      { additionalProperties: false },
    ),
    send: (pain: number, word?: string) => (word === undefined ? { pain } : { pain, word }),
    answer: ok,
  }),
  'check-in:dismiss': bare('dismissCheckIn', BOTH, ok),
  'data:export': bare('exportData', SETTINGS, answer<ExportResult>()),
  /** The routines from a physiotherapist (main/app/routines), as Settings lists them. */
  'routines:get': bare('getRoutines', SETTINGS, answer<RoutineSummary[]>()),
  /** "Import a routine…": main opens the file dialog, reads the file and keeps it when nothing is wrong. */
  'routines:import': bare('importRoutine', SETTINGS, answer<RoutineImportResult>()),
  'routines:remove': channel({
    bridge: 'removeRoutine',
    senders: SETTINGS,
    payload: TObject({ id: RoutineId }, { additionalProperties: false }),
    send: (id: string) => ({ id }),
    answer: ok,
  }),
  /** How a routine is used: for stretch breaks (one at most), and as its own reminder at chosen days and times. */
  'routines:use': channel({
    bridge: 'useRoutine',
    senders: SETTINGS,
    payload: TObject(
      {
        id: RoutineId,
        forBreaks: Optional(TBoolean()),
        reminder: Optional(
          TObject(
            {
              enabled: TBoolean(),
              times: TArray(TString({ pattern: TIME_PATTERN }), { minItems: 1, maxItems: ROUTINE_TIMES_MAX }),
              weekdays: TArray(Integer({ minimum: 0, maximum: 6 }), { maxItems: 7 }),
            },
            { additionalProperties: false },
          ),
        ),
      },
      { additionalProperties: false },
    ),
    send: (id: string, use: RoutineUse) => ({ id, ...use }),
    answer: ok,
  }),
  /** "Export…": the routine written where the user chooses, in the format it came in. */
  'routines:export': channel({
    bridge: 'exportRoutine',
    senders: SETTINGS,
    payload: TObject({ id: RoutineId }, { additionalProperties: false }),
    send: (id: string) => ({ id }),
    answer: answer<RoutineExportResult>(),
  }),
  /** The emergency way out of a break without Skip (Esc held for three seconds): recorded as skipped. */
  'break:leave': channel({
    bridge: 'leaveBreak',
    senders: BREAK,
    payload: TObject({ id: TString({ minLength: 1, maxLength: 100 }) }, { additionalProperties: false }),
    send: (id: string) => ({ id }),
    answer: ok,
  }),
  /** What a dimmed screen shows: the language its words are in, and whether a break is still on screen. */
  'dimmed:get': bare('getDimmed', DIMMED, answer<DimmedState>()),
  /** "Show the break here", from the dimmed screen on `display`: the break moves to that display. */
  'break:here': channel({
    bridge: 'bringBreakHere',
    senders: DIMMED,
    payload: TObject(
      { display: Integer({ minimum: -(2 ** 53 - 1), maximum: 2 ** 53 - 1 }) },
      { additionalProperties: false },
    ),
    send: (display: number) => ({ display }),
    answer: ok,
  }),
  /** About's "Check for updates": answers at once; the check's outcome follows in status:changed. */
  'updates:check': bare('checkForUpdates', SETTINGS, status),
  /** About's "Restart to update": now, or once the break on screen is answered. */
  'updates:install': bare('installUpdate', SETTINGS, status),
}

type Channels = typeof IPC_CHANNELS
export type IpcChannel = keyof Channels
export type IpcPayload<C extends IpcChannel> = Static<Channels[C]['payload']>
export type IpcAnswer<C extends IpcChannel> = Channels[C]['answer'] extends Answer<infer R> ? R : never
/** The arguments of the bridge function that calls channel `C`. */
export type IpcArguments<C extends IpcChannel> = Parameters<Channels[C]['send']>
export type BridgeName<C extends IpcChannel> = Channels[C]['bridge']

/** Events pushed from main to every open window: event name → payload. */
export interface IpcEvents {
  'status:changed': AppStatus
  'prefs:changed': Preferences
  'break:changed': BreakContent | null
  'routines:changed': RoutineSummary[]
}
export type IpcEvent = keyof IpcEvents
export const IPC_EVENTS: readonly IpcEvent[] = [
  'status:changed',
  'prefs:changed',
  'break:changed',
  'routines:changed',
]

/**
 * The bridge the preload script exposes as `window.limber`: one function per call, named and shaped by the table,
 * plus event subscriptions that return an unsubscribe function.
 */
export type LimberBridge = {
  [C in IpcChannel as BridgeName<C>]: (...args: IpcArguments<C>) => Promise<IpcAnswer<C>>
} & {
  on<E extends IpcEvent>(event: E, listener: (payload: IpcEvents[E]) => void): () => void
}

/** Every channel, in the table's order. */
export const IPC_CHANNEL_NAMES: readonly IpcChannel[] = Object.keys(IPC_CHANNELS).filter(isIpcChannel)

/** Which channel each bridge function calls (for the preview's record of calls, and tests). */
export const BRIDGE_CHANNELS: Readonly<Record<string, IpcChannel>> = Object.fromEntries(
  IPC_CHANNEL_NAMES.map((name) => [IPC_CHANNELS[name].bridge, name]),
)

export function isIpcChannel(channel: unknown): channel is IpcChannel {
  return typeof channel === 'string' && Object.prototype.hasOwnProperty.call(IPC_CHANNELS, channel)
}
