// An in-memory LimberBridge for trying the windows in a plain browser (npm run preview) and for the window tests:
// real preference validation (validatePreferences), the real stretch library, and sample history and plans. Every
// text main would send is main's own (its break content, reminder names and answers) in the preview's language.
// Never part of the app's own window bundles.
import { breakContent, stretchInfo } from '../../main/app/on-screen/break-content'
import type { HeldFor } from '../../main/app/busy/hold'
import { withWords } from '../../main/app/busy/detectors'
import { heldSentence } from '../../main/app/busy/hold-words'
import { reminderName, speechFor, type Speech } from '../../main/app/speech'
import { createFormat } from '../../main/core/i18n/format'
import type { Catalog } from '../../locales/catalog'
import { resolveLanguage, type LanguageCode, type LanguageInUse } from '../../main/core/i18n/languages'
import { pseudoCatalog } from '../../main/core/i18n/pseudo'
import { CATALOGS } from '../../locales/index'
import type { BusyDetectors, BusyReason, DetectorWhy } from '../../main/app/platform'
import type {
  AppStatus,
  BreakContent,
  DayHistory,
  ExportResult,
  HistorySummary,
  IpcEvent,
  IpcEvents,
  LimberBridge,
  PauseDuration,
  PreferencesPatch,
  SoreBackDays,
  SoreBackStatus,
  StretchInfo,
  UpcomingItem,
} from '../../main/app/ipc-contract'
import { STRETCHES, type ContentTexts, type Stretch } from '../../main/core/content'
import { painCallsForDoctor, type DoctorWhy } from '../../main/core/pain-trend'
import type { ReminderKind } from '../../main/core/planning/reminders'
import {
  DEFAULT_PREFERENCES,
  mergePreferences,
  validatePreferences,
  type Preferences,
} from '../../main/core/preferences/index'

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

export interface MemoryBridgeOptions {
  breakScenario?: BreakScenario
  idleDetection?: AppStatus['idleDetection']
  sound?: boolean
  /** A first start: the settings window opens at the welcome (until it reports the welcome seen). */
  firstRun?: boolean
  /** Breaks show full screen (as the "Show breaks full screen" setting). */
  fullScreen?: boolean
  /** False: the system shows no notifications, so the test reminder answers { shown: false }. */
  notifications?: boolean
  /** Busy states this system cannot tell (each with a sample reason why), for the settings' "Don't interrupt". */
  unavailable?: readonly BusyReason[]
  /** The next reminder is held while the user is busy for this reason (Today says so; the break says it was). */
  held?: BusyReason
  /** The break window opened by itself (no notification): its keys wait for a click or a focus. */
  openedItself?: boolean
  /** A 3-day sore-back plan on this day of it (day 1: just started, the doctor notice up). */
  soreBackDay?: number
  /** The sore-back plan also says plans keep coming back. */
  frequent?: boolean
  /** The morning check-in waits for an answer. */
  checkInOpen?: boolean
  /**
   * Today's check-in answer called for a doctor (?doctor=high: pain of 9; ?doctor=rising: pain that rose at three
   * check-ins in a row), so Today starts with the suggestion and the warning signs. Answers given in the preview
   * call for one by the app's own rule (main/core/pain-trend.ts).
   */
  doctor?: DoctorWhy
  /** What "Export my data" does: writes (the default), the user cancels, or writing fails. */
  exportOutcome?: 'ok' | 'cancel' | 'fail'
  /**
   * The system's language (?lang=de|es|fr|pt-BR|en|pseudo), in place of the browser's: the windows speak it while
   * the Language setting follows the system. 'pseudo' is the pseudo-locale (main/core/i18n/pseudo.ts).
   */
  systemLanguage?: string
  now?: () => number
}

/** Why a system cannot tell, as the probes say it (the settings window words it). */
const SAMPLE_WHY: Readonly<Record<BusyReason, readonly DetectorWhy[]>> = {
  'full-screen': ['wayland'],
  presenting: ['no-presenting-signal'],
  call: ['no-sound-server'],
  'do-not-disturb': ['needs-full-disk-access'],
}
/** How long the sample held reminder has waited. */
const SAMPLE_HELD_MINUTES = 25

const MINUTE = 60_000

export function createMemoryBridge(options: MemoryBridgeOptions = {}): LimberBridge & {
  emit<E extends IpcEvent>(event: E, payload: IpcEvents[E]): void
} {
  const now = options.now ?? (() => Date.now())
  let prefs: Preferences = structuredClone(DEFAULT_PREFERENCES) as Preferences
  prefs.notifications.sound = options.sound ?? false
  prefs.breakWindow.fullScreen = options.fullScreen ?? false
  let paused: AppStatus['paused'] = null
  let welcomeSeen = !(options.firstRun ?? false)
  let plan: { day: number; days: SoreBackDays; doctorOpen: boolean } | null = options.soreBackDay
    ? { day: options.soreBackDay, days: 3, doctorOpen: options.soreBackDay === 1 }
    : null
  let frequentOpen = options.frequent ?? false
  let braceSince: number | null = null
  let checkInOpen = options.checkInOpen ?? plan !== null
  let checkIn: { pain: number; word?: string } | null =
    options.doctor === 'high' ? { pain: 9 } : options.doctor === 'rising' ? { pain: 5 } : null
  let doctor: { why: DoctorWhy; pain: number } | null =
    options.doctor && checkIn ? { why: options.doctor, pain: checkIn.pain } : null
  const listeners = new Map<IpcEvent, Set<(payload: never) => void>>()
  const openedAt = now()
  /** What main would say is the language in use. */
  const speaking = () => previewLanguage(prefs, options.systemLanguage)
  /** The sample on screen, so a change of language can write it again, as main re-sends its break. */
  let sample: { kind: BreakScenario; at: number; how: { userAsked: boolean; held?: BusyReason } } = {
    kind: options.breakScenario ?? 'stretch',
    at: openedAt,
    how: { userAsked: !(options.openedItself ?? false), held: options.held },
  }
  const write = () =>
    sampleBreak(
      sample.kind,
      prefs,
      sample.at,
      speaking(),
      sample.how,
      options.soreBackDay
        ? previewContent(speaking()).soreBack.planDay({ day: options.soreBackDay, days: 3 })
        : null,
    )
  let showing: BreakContent | null = write()
  const detectors = Object.fromEntries(
    (['full-screen', 'presenting', 'call', 'do-not-disturb'] as const).map((reason) => [
      reason,
      options.unavailable?.includes(reason)
        ? { available: false, why: SAMPLE_WHY[reason] }
        : { available: true },
    ]),
  ) as BusyDetectors

  const emit = <E extends IpcEvent>(event: E, payload: IpcEvents[E]) => {
    for (const listener of listeners.get(event) ?? []) (listener as (p: IpcEvents[E]) => void)(payload)
  }
  const status = (): AppStatus => {
    const next = paused ? null : (upcoming(prefs, now(), speaking(), options.held !== undefined)[0] ?? null)
    const held =
      options.held && next && !paused
        ? {
            kind: next.kind,
            title: next.title,
            since: now() - SAMPLE_HELD_MINUTES * MINUTE,
            reason: options.held,
          }
        : null
    return {
      language: speaking(),
      systemLanguage: previewLanguage({ ...prefs, language: 'system' }, options.systemLanguage).code,
      paused,
      next,
      idleDetection: options.idleDetection ?? 'working',
      therapy: null,
      version: '0.1.0-preview',
      logFile: '/home/you/.config/Limber/logs/main.log',
      ...(held ? { held } : {}),
      soreBack: plan && soreBackStatus(plan, frequentOpen, braceSince, prefs, now(), speaking()),
      checkIn:
        prefs.checkIn.enabled || plan || checkInOpen || checkIn
          ? { open: checkInOpen, ...(checkIn ? { today: checkIn } : {}), ...(doctor ? { doctor } : {}) }
          : null,
      sitting: { activeMinutes: 196, longestMinutes: 64 },
    }
  }
  const changed = () => {
    emit('status:changed', status())
    return status()
  }
  const setPaused = (duration: PauseDuration | null) => {
    paused = duration === null ? null : { until: pauseEnd(duration, now()) }
    emit('status:changed', status())
    return status()
  }

  /**
   * New preferences, as main takes them: every window hears of them, and of what comes next; a new language
   * reaches the break on screen too. Other preview pages of this browser (settings and break side by side) share
   * them, as Electron's windows share main.
   */
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('limber-preview')
  const apply = (next: Preferences) => {
    const before = speaking()
    prefs = next
    emit('prefs:changed', structuredClone(prefs))
    emit('status:changed', status())
    const after = speaking()
    if (showing && (after.code !== before.code || after.locale !== before.locale)) {
      showing = write()
      emit('break:changed', showing)
    }
  }
  const store = (next: Preferences) => {
    apply(next)
    channel?.postMessage(prefs)
  }
  channel?.addEventListener('message', (event: MessageEvent<Preferences>) => apply(event.data))

  return {
    emit,
    async getPreferences() {
      return structuredClone(prefs)
    },
    async setPreferences(patch: PreferencesPatch) {
      const result = validatePreferences(mergePreferences(prefs, patch))
      if (!result.ok) return result
      store(result.value)
      return { ok: true as const, value: structuredClone(prefs) }
    },
    async resetPreferences() {
      store(structuredClone(DEFAULT_PREFERENCES) as Preferences)
      return structuredClone(prefs)
    },
    async getUpcoming() {
      return paused ? [] : upcoming(prefs, now(), speaking(), options.held !== undefined)
    },
    async getHistory() {
      return sampleHistory(now(), checkIn)
    },
    async getStatus() {
      return status()
    },
    async getStretches() {
      return STRETCHES.map((s) => stretchInfo(s, prefs, previewContent(speaking())))
    },
    async getBreak() {
      return showing
    },
    async act(id) {
      if (!showing || showing.id !== id) return { ok: false }
      showing = null
      emit('break:changed', null)
      return { ok: true }
    },
    async pause(duration) {
      return setPaused(duration)
    },
    async resume() {
      return setPaused(null)
    },
    async breakNow() {
      sample = { kind: 'posture', at: now(), how: { userAsked: true } }
      showing = write()
      emit('break:changed', showing)
      return { ok: true }
    },
    async stretchNow() {
      sample = { kind: 'stretch', at: now(), how: { userAsked: true } }
      showing = write()
      emit('break:changed', showing)
      return { ok: true }
    },
    async startTherapy() {
      return status()
    },
    async stopTherapy() {
      return status()
    },
    async getWelcome() {
      return { show: !welcomeSeen }
    },
    async markWelcomeSeen() {
      welcomeSeen = true
      return { ok: true }
    },
    async sendTestReminder() {
      return { shown: options.notifications ?? true }
    },
    async getBusyDetectors() {
      return withWords(structuredClone(detectors), previewSpeech(speaking()).texts.app)
    },
    async startSoreBack(days) {
      plan = { day: 1, days, doctorOpen: true }
      checkInOpen = checkIn === null
      return changed()
    },
    async endSoreBack() {
      plan = null
      return changed()
    },
    async putAwaySoreBackNotices() {
      if (plan) plan.doctorOpen = false
      frequentOpen = false
      doctor = null
      return changed()
    },
    async setBrace(on) {
      braceSince = on ? now() : null
      return changed()
    },
    async saveCheckIn(pain, word) {
      const suggestedToday = checkIn !== null && doctor !== null
      checkIn = word ? { pain, word } : { pain }
      checkInOpen = false
      // As the app: an answer that calls for a doctor brings the suggestion to Today, once a day.
      const why = painCallsForDoctor(sampleAnswers(now(), checkIn), localDate(new Date(now())))
      if (why && !suggestedToday) doctor = { why, pain }
      if (showing?.kind === 'check-in') {
        showing = null
        emit('break:changed', null)
      }
      changed()
      return { ok: true }
    },
    async dismissCheckIn() {
      checkInOpen = false
      if (showing?.kind === 'check-in') {
        showing = null
        emit('break:changed', null)
      }
      changed()
      return { ok: true }
    },
    async exportData(): Promise<ExportResult> {
      const outcome = options.exportOutcome ?? 'ok'
      const words = previewSpeech(speaking()).texts.app.export
      if (outcome === 'cancel') return { ok: false, cancelled: true, message: words.cancelled }
      if (outcome === 'fail') {
        // The reason is the system's own (main passes on the OS's words).
        const message = words.writeFailed({ folder: '/media/usb', reason: 'permission denied' })
        return { ok: false, cancelled: false, message }
      }
      return {
        ok: true,
        folder: `/home/you/Documents/${words.folder({ date: '2026-11-26' })}`,
        files: ['limber-days.csv', 'limber-events.csv', 'limber-preferences.csv', 'limber-data.json'],
      }
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set()
      listeners.set(event, set)
      set.add(listener as (payload: never) => void)
      return () => set.delete(listener as (payload: never) => void)
    },
  }
}

function soreBackStatus(
  plan: { day: number; days: SoreBackDays; doctorOpen: boolean },
  frequent: boolean,
  braceSince: number | null,
  prefs: Preferences,
  now: number,
  language: LanguageInUse,
): SoreBackStatus {
  const end = new Date(now)
  end.setDate(end.getDate() + plan.days - plan.day + 1)
  end.setHours(0, 0, 0, 0)
  const words = previewContent(language)
  return {
    day: plan.day,
    days: plan.days,
    title: words.soreBack.planDay(plan),
    endsAt: end.getTime(),
    doctor: { open: plan.doctorOpen },
    frequent: frequent ? words.soreBack.frequent({ days: 11, window: 14 }) : null,
    brace: prefs.soreBack.braceReminder
      ? {
          since: braceSince,
          remindAt: braceSince === null ? null : braceSince + prefs.soreBack.braceMinutes * MINUTE,
        }
      : null,
  }
}

function pauseEnd(duration: PauseDuration, now: number): number | null {
  switch (duration) {
    case '30m':
      return now + 30 * MINUTE
    case '1h':
      return now + 60 * MINUTE
    case '2h':
      return now + 120 * MINUTE
    case 'until-morning': {
      const morning = new Date(now)
      morning.setDate(morning.getDate() + 1)
      morning.setHours(6, 30, 0, 0)
      return morning.getTime()
    }
    case 'forever':
      return null
  }
}

function atClock(now: number, hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number)
  const date = new Date(now)
  date.setHours(h ?? 0, m ?? 0, 0, 0)
  return date.getTime()
}

/**
 * A plausible "rest of today", good enough to show the timeline; the real one comes from the planner. Each named as
 * main names it. `held`: the posture break is due now and waits (the planner lists a held reminder when asked).
 */
function upcoming(prefs: Preferences, now: number, language: LanguageInUse, held = false): UpcomingItem[] {
  const speech = previewSpeech(language)
  const postureAt = held ? now : now + 12 * MINUTE
  const items: Omit<UpcomingItem, 'title'>[] = []
  const custom: UpcomingItem[] = []
  if (prefs.posture.enabled) items.push({ kind: 'posture', at: postureAt })
  if (prefs.stretch.enabled) items.push({ kind: 'stretch', at: now + 41 * MINUTE })
  for (const own of prefs.activities.custom) {
    if (own.enabled && own.weekdays.includes(new Date(now).getDay())) {
      custom.push({ kind: 'custom', at: atClock(now, own.time), title: own.title })
    }
  }
  if (prefs.bedtime.enabled) {
    const bed = atClock(now, prefs.bedtime.bedtime)
    if (prefs.bedtime.windDownMinutes > 0)
      items.push({ kind: 'wind-down', at: bed - prefs.bedtime.windDownMinutes * MINUTE })
    if (prefs.bedtime.getReadyMinutes > 0)
      items.push({ kind: 'get-ready', at: bed - prefs.bedtime.getReadyMinutes * MINUTE })
    items.push({ kind: 'bedtime', at: bed })
  }
  const endOfDay = atClock(now, '23:59')
  return [
    ...items.map((item) => ({ ...item, title: reminderName(speech, { ...item, title: '' }, 'title') })),
    ...custom,
  ]
    .filter((i) => (i.at > now || i.at === postureAt) && i.at <= endOfDay)
    .sort((a, b) => a.at - b.at)
}

/** A sore spell in the middle of the sample fortnight, easing as the breaks come back; no check-in on some days. */
const SAMPLE_PAIN = [2, 2, null, 3, 6, 7, 6, 5, null, 4, 3, 3, 2, null]

/** The local date of a day as the app keys it (YYYY-MM-DD). */
function localDate(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`
}

/** The sample's check-ins by local date, today's answer last: what the app's pain rule reads. */
function sampleAnswers(now: number, today: { pain: number }): Record<string, { pain: number }> {
  const answers: Record<string, { pain: number }> = {}
  SAMPLE_PAIN.forEach((pain, i) => {
    const date = new Date(now)
    date.setDate(date.getDate() - (SAMPLE_PAIN.length - 1 - i))
    if (pain !== null) answers[localDate(date)] = { pain }
  })
  answers[localDate(new Date(now))] = { pain: today.pain }
  return answers
}

/** Two weeks (and eight weeks) of made-up but believable history, the same every time. */
function sampleHistory(now: number, today: { pain: number; word?: string } | null): HistorySummary {
  const done = [5, 6, 3, 7, 6, 2, 1, 6, 7, 5, 8, 6, 7, 3]
  const skipped = [1, 0, 2, 1, 0, 1, 0, 2, 0, 1, 1, 0, 1, 0]
  const pain = SAMPLE_PAIN
  const active = [310, 295, 340, 280, 150, 120, 90, 200, 260, 300, 320, 290, 305, 196]
  const longest = [95, 80, 130, 75, 40, 35, 30, 50, 60, 70, 85, 65, 70, 64]
  const iso = localDate
  const days = done.map((count, i): DayHistory => {
    const date = new Date(now)
    date.setDate(date.getDate() - (done.length - 1 - i))
    const day: DayHistory = {
      date: iso(date),
      done: count,
      snoozed: i % 3 === 0 ? 1 : 0,
      skipped: skipped[i] ?? 0,
      timedOut: 0,
      activeMinutes: active[i] ?? 0,
      longestMinutes: longest[i] ?? 0,
    }
    const answer = i === done.length - 1 && today ? today.pain : pain[i]
    if (answer !== null && answer !== undefined) day.pain = answer
    if (i === 5) day.word = 'stiff'
    return day
  })
  const monday = new Date(now)
  monday.setDate(monday.getDate() - ((monday.getDay() + 6) % 7))
  const weekDone = [31, 28, 35, 22, 18, 30, 41, 25]
  const weekPain = [3, 2.5, null, 4, 6.2, 4.1, 2.6, 2.5]
  const weeks = weekDone.map((count, i): DayHistory => {
    const date = new Date(monday)
    date.setDate(date.getDate() - 7 * (weekDone.length - 1 - i))
    const week: DayHistory = {
      date: iso(date),
      done: count,
      snoozed: i % 2,
      skipped: (i * 3) % 4,
      timedOut: 0,
      activeMinutes: 280 - i * 7,
      longestMinutes: 90 - i * 4,
    }
    const p = weekPain[i]
    if (p !== null && p !== undefined) week.pain = p
    return week
  })
  return { days, streak: 14, totalDone: done.reduce((a, b) => a + b, 0), weeks }
}

let pseudo: Catalog | null = null

/** Main's words in the language the preview speaks; 'pseudo' (preview only) is English made pseudo. */
function previewSpeech(language: LanguageInUse): Speech {
  if ((language.code as string) !== 'pseudo') return speechFor(language)
  pseudo ??= pseudoCatalog(CATALOGS.en)
  return { language, texts: pseudo, format: createFormat(language.locale, pseudo.common.format) }
}

/** The back-care content in the language the preview speaks (main's words, as main would send them). */
function previewContent(language: LanguageInUse): ContentTexts {
  return previewSpeech(language).texts.content
}

/**
 * The language the preview speaks: the preference, or the system's (`system`, else the browser's languages) as
 * main resolves it. The pseudo-locale is no LanguageCode: its files are built for the preview only.
 */
function previewLanguage(prefs: Preferences, system: string | undefined): LanguageInUse {
  if (system === 'pseudo' && prefs.language === 'system')
    return { code: 'pseudo' as LanguageCode, locale: 'en' }
  const browser = typeof navigator === 'undefined' ? [] : navigator.languages
  return resolveLanguage(prefs.language, system ? [system] : browser)
}

/**
 * A sample break as main would show it: a reminder's through main's own breakContent (its title, line, tips and
 * held sentence in the preview's language); the ice timer and the morning check-in as main words them.
 */
function sampleBreak(
  kind: BreakScenario,
  prefs: Preferences,
  now: number,
  language: LanguageInUse,
  how: { userAsked: boolean; held?: BusyReason | undefined },
  planLine: string | null = null,
): BreakContent | null {
  const speech = previewSpeech(language)
  const words = speech.texts.content
  const held: HeldFor | null = how.held ? { ms: SAMPLE_HELD_MINUTES * MINUTE, reason: how.held } : null
  const reminder = (
    reminderKind: ReminderKind,
    title: string,
    stretches: readonly Stretch[] = [],
  ): BreakContent => {
    const showing = {
      id: `${kind}-${now}`,
      kind: reminderKind,
      key: reminderKind,
      title,
      startedAt: now,
      stretches,
      rotation: 0,
      held,
      userAsked: how.userAsked,
    }
    return breakContent(showing, prefs, speech)
  }
  const base = {
    language,
    id: `${kind}-${now}`,
    startedAt: now,
    durationSeconds: 0,
    stretches: [] as StretchInfo[],
    cue: '',
    tips: [] as string[],
    sound: prefs.notifications.sound,
    fullScreen: prefs.breakWindow.fullScreen,
    snoozeMinutes: prefs.snoozeMinutes,
    userAsked: how.userAsked,
  }
  switch (kind) {
    case 'none':
      return null
    case 'stretch':
    case 'stretch-floor': {
      // stretch-floor: a routine that begins on the floor, to see how the window says so before it starts.
      const picks = (
        kind === 'stretch' ? ['seated-cat-cow', 'seated-twist'] : ['knee-to-chest', 'childs-pose']
      )
        .map((id) => STRETCHES.find((s) => s.id === id))
        .filter((s): s is Stretch => s !== undefined)
      const routine = [...picks, ...STRETCHES.filter((s) => !picks.includes(s))].slice(
        0,
        prefs.stretch.stretchesPerBreak,
      )
      return reminder('stretch', '', routine)
    }
    case 'posture':
    case 'wind-down':
    case 'get-ready':
    case 'bedtime':
      return reminder(kind, '')
    case 'custom':
      // A reminder of the user's own, by the name a new one starts with.
      return reminder('custom', speech.texts.settings.activities.fresh)
    case 'therapy':
      return {
        ...base,
        kind: 'therapy',
        title: words.therapy.notices['ice-start'].title,
        message: words.therapy.notices['ice-start'].body,
        tips: speech.texts.settings.therapy.iceHow.slice(0, 2),
        held: held && {
          minutes: SAMPLE_HELD_MINUTES,
          reason: held.reason,
          text: heldSentence(held, speech),
        },
      }
    case 'check-in':
      return {
        ...base,
        id: 'check-in:preview',
        kind: 'check-in',
        // As the app: the check-in is a small prompt, never full screen, and never held (it is asked once the
        // user is no longer busy).
        fullScreen: false,
        title: words.soreBack.checkIn.question,
        message: planLine ?? '',
        tips: planLine ? [words.soreBack.iceOrHeat] : [],
        held: null,
        ...(planLine ? { soreDay: true } : {}),
      }
  }
}
