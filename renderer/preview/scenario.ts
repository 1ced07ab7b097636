// What the preview's URL asks for (the parameters are documented in install.ts), read into one typed scenario:
// which window this page is, which break it shows, and what the system around the app says (idle time, busy
// states, notifications, languages, the export folder). One table of the sample breaks, used by the preview, its
// printed help and the window tests.
import type { PageKind, TherapyMode } from '../../main/app/ipc-contract'
import { BUSY_REASONS, type BusyReason } from '../../main/app/platform'
import type { DoctorWhy } from '../../main/core/pain-trend'
import { UPDATE_SCENARIOS, type UpdateScenario } from './preview-updater'

/** The sample breaks the preview shows (`?break=`), one of each kind the break window can show. */
export const BREAK_SCENARIOS = [
  'stretch',
  'stretch-floor',
  'posture',
  'wind-down',
  'get-ready',
  'bedtime',
  'therapy',
  'custom',
  'check-in',
  'none',
] as const
export type BreakScenario = (typeof BREAK_SCENARIOS)[number]

/** Firm mode for the break shown (`?firm=`): its level, after its one snooze, or with today's skips used. */
export const FIRM_SCENARIOS = ['no-skip', 'firm', 'snoozed', 'allowance'] as const
export type FirmScenario = (typeof FIRM_SCENARIOS)[number]

export interface Scenario {
  /** The page this is (its file name), and so the sender main sees. */
  window: PageKind
  /** The break on screen; the break page shows a stretch unless told otherwise, the settings page none. */
  shows: BreakScenario
  /** How this system reports idle time: working (the user is at the computer), not at all, or not yet known. */
  idle: 'working' | 'unavailable' | 'unknown'
  sound: boolean
  /** A first start: the settings window opens at the welcome. */
  welcome: boolean
  fullScreen: boolean
  /** False: the system shows no notifications (reminders open the break window by itself). */
  notifications: boolean
  /** Busy states this system cannot tell. */
  unavailable: readonly BusyReason[]
  /** The user has been busy for this reason while a reminder fell due (it is held, or was). */
  held: BusyReason | null
  /** The break window opened by itself: the reminder's notification could not be shown. */
  openedItself: boolean
  /** A 3-day sore-back plan on this day of it. */
  soreBackDay: 1 | 2 | 3 | null
  /** Sore-back plans keep coming back (on more than 10 of the last 14 days). */
  frequent: boolean
  /** The morning check-in waits for an answer. */
  checkInOpen: boolean
  /** This morning's check-in answer called for a doctor, and why (the app's own rule decides it from the answers). */
  doctor: DoctorWhy | null
  /** The user imported the example routine (docs/routine-example.json) and uses it for stretch breaks. */
  routine: boolean
  /** What the folder dialog and the disk do for "Export my data". */
  exportOutcome: 'ok' | 'cancel' | 'fail'
  /** What the release feed answers (an up-to-date AppImage unless told). */
  update: UpdateScenario
  /** The system's languages (?lang=), or null for the browser's. 'pseudo': the preview's pseudo-locale. */
  language: string | null
  /** A heat or ice run the user started a few minutes ago (run-scenario.ts says how many), or none. */
  therapy: TherapyMode | null
  /** The user has turned on the stretch routine's tones (?cues=1) and its voice (?voice=1). */
  soundCues: boolean
  voice: boolean
  /** The system's voices, by language (?voices=en,de; none: no voice at all), or null for the browser's own. */
  voices: readonly string[] | null
  /** The daily limit (8 hours): off, on, or on and reached today (?daylimit=on|reached). */
  dayLimit: 'off' | 'on' | 'reached'
  /** Firm mode for the break shown (a planned one: firm mode leaves breaks the user asks for alone). */
  firm: FirmScenario | null
  /** Two displays (a laptop, id 1, with the pointer; a monitor, id 2): a full-screen break dims the monitor. */
  displays: boolean
}

const isBusyReason = (value: string): value is BusyReason =>
  (BUSY_REASONS as readonly string[]).includes(value)
const isBreakScenario = (value: string | null): value is BreakScenario =>
  (BREAK_SCENARIOS as readonly (string | null)[]).includes(value)

export function readScenario(search: string, path: string): Scenario {
  const params = new URLSearchParams(search)
  const window: PageKind = /break\.html$/.test(path)
    ? 'break'
    : /dimmed\.html$/.test(path)
      ? 'dimmed'
      : 'settings'
  const firm = params.get('firm')
  const asked = params.get('break')
  const idle = params.get('idle')
  const unavailable = (params.get('unavailable') ?? '').split(',')
  const everyUnavailable =
    unavailable.includes('all') ||
    params.get('busy') === 'unavailable' ||
    params.get('detectors') === 'unavailable'
  const held = params.get('held') ?? ''
  const day = Number(params.get('soreback'))
  const exported = params.get('export')
  const doctor = params.get('doctor')
  const therapy = params.get('therapy')
  const dayLimit = params.get('daylimit')
  return {
    window,
    shows: isBreakScenario(asked) ? asked : window === 'settings' ? 'none' : 'stretch',
    idle: idle === 'unavailable' || idle === 'unknown' ? idle : 'working',
    sound: params.get('sound') === '1',
    welcome: params.get('welcome') === '1',
    fullScreen: params.get('full') === '1',
    notifications: params.get('notifications') !== 'off',
    unavailable: everyUnavailable ? [...BUSY_REASONS] : unavailable.filter(isBusyReason),
    held: held === '1' || held === 'true' ? 'call' : isBusyReason(held) ? held : null,
    openedItself: params.get('opened') === 'itself',
    soreBackDay: day === 1 || day === 2 || day === 3 ? day : null,
    frequent: params.get('frequent') === '1',
    checkInOpen: params.get('checkin') === 'open',
    doctor: doctor === 'high' || doctor === 'rising' ? doctor : null,
    routine: params.get('routine') === '1',
    exportOutcome: exported === 'cancel' || exported === 'fail' ? exported : 'ok',
    language: params.get('lang'),
    therapy: therapy === 'heat' || therapy === 'ice' ? therapy : null,
    dayLimit: dayLimit === 'on' || dayLimit === 'reached' ? dayLimit : 'off',
    firm: (FIRM_SCENARIOS as readonly (string | null)[]).includes(firm)
      ? (FIRM_SCENARIOS.find((one) => one === firm) ?? null)
      : null,
    // A dimmed screen is there because there are two displays.
    displays: params.get('displays') === '2' || window === 'dimmed',
    update: UPDATE_SCENARIOS.find((name) => name === params.get('update')) ?? 'latest',
    soundCues: params.get('cues') === '1',
    voice: params.get('voice') === '1',
    voices: readVoices(params.get('voices')),
  }
}

function readVoices(value: string | null): readonly string[] | null {
  if (value === null) return null
  return value === 'none' ? [] : value.split(',').filter((tag) => /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(tag))
}
