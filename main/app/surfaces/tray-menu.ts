// The tray as plain data: a pure function from the app's state to the icon, tooltip and menu, so the Electron
// layer only renders it and the tests read exactly what the user would see. Written in the language in use, with
// times and durations as its locale writes them (main/core/i18n/format.ts).
import { daysFrom } from '../../core/i18n/format'
import type { Preferences } from '../../core/preferences/index'
import type { ReminderKind } from '../../core/planning/reminders'
import { heldLine } from '../busy/hold-words'
import type { TherapyStatus } from '../ipc-contract'
import type { BusyReason, MenuItem, TrayView } from '../platform'
import { reminderName, speechFor, type Speech } from '../speech'

export interface TrayState {
  /** The next reminder and when; null when nothing is coming. */
  next: { kind: ReminderKind; title: string; at: number; ref?: string | undefined } | null
  /** Null when running; `until` null = until resumed. */
  paused: { until: number | null } | null
  /** A reminder is on screen now, waiting for an answer. */
  showing: { kind: ReminderKind | 'therapy'; title: string; ref?: string | undefined } | null
  /** Tonight's bedtime (the next one to come, or the one whose night is running) and the wake time after it. */
  night: { bedtime: number; wake: number } | null
  therapy: TherapyStatus | null
  /**
   * True while the app wakes every minute anyway (a posture or stretch clock runs), so "in 12 min" stays true.
   * Otherwise the menu says "at 07:00": no wake-ups are spent keeping a countdown fresh that nobody watches.
   */
  live: boolean
  /** A reminder due now waits because the user is busy: the first line says so, not "Stretch now". */
  held?: { kind: ReminderKind; title: string; reason: BusyReason; ref?: string | undefined } | null
  /** A sore-back plan runs: its line ("Sore-back plan: day 2 of 3"). Absent or null: none runs. */
  soreBack?: { title: string } | null
  /** Today's time at the computer reached the daily limit of this many hours: the quieter icon and a line. */
  dayLimitReached?: { hours: number } | null
  /** False when firm mode keeps the next break from being skipped ahead ("Skip next" is greyed). */
  nextSkippable?: boolean
  /** A newer version is downloaded and installs on quit; `restartWaiting`: a restart waits for the break. */
  update?: { version: string; restartWaiting: boolean } | null
}

/** Menu action ids, sent back by the tray through `Platform.onMenuAction`. */
export const MENU_ACTIONS = {
  breakNow: 'break-now',
  stretchNow: 'stretch-now',
  therapyIce: 'therapy-ice',
  therapyHeat: 'therapy-heat',
  therapyStop: 'therapy-stop',
  pause30m: 'pause-30m',
  pause1h: 'pause-1h',
  pause2h: 'pause-2h',
  pauseUntilMorning: 'pause-until-morning',
  pauseForever: 'pause-forever',
  resume: 'resume',
  skipNext: 'skip-next',
  showBreak: 'show-break',
  /** Starts a sore-back plan of the default length (3 days). */
  soreBack: 'sore-back',
  soreBackOff: 'sore-back-off',
  /** Quits and installs the downloaded update now (after the break on screen, if one is). */
  updateInstall: 'update-install',
  settings: 'settings',
  quit: 'quit',
} as const

/** `speech`: the language in use (British English, as before languages, when a caller gives none). */
export function trayView(
  state: TrayState,
  now: number,
  prefs: Preferences,
  speech: Speech = speechFor({ code: 'en', locale: 'en-GB' }),
): TrayView {
  const tray = speech.texts.app.tray
  const status = statusLine(state, now, speech)
  return {
    icon: state.showing ? 'due' : state.paused ? 'paused' : state.dayLimitReached ? 'rest' : 'active',
    tooltip: state.soreBack
      ? tray.tooltipWithPlan({ status, plan: state.soreBack.title })
      : tray.tooltip({ status }),
    menu: trayMenu(state, now, prefs, status, speech),
  }
}

function statusLine(state: TrayState, now: number, speech: Speech): string {
  const { tray } = speech.texts.app
  const { format } = speech
  if (state.showing) return tray.now({ name: showingName(state.showing, speech) })
  if (state.paused) {
    return state.paused.until === null
      ? tray.pausedUntilResumed
      : tray.pausedUntil({ when: format.when(state.paused.until, now) })
  }
  if (state.held) return heldLine(state.held, speech)
  if (!state.next) return tray.nothingComing
  const name = reminderName(speech, state.next)
  const at = state.next.at
  if (at <= now) return tray.now({ name })
  if (state.live) return tray.nextIn({ name, duration: format.span(at - now) })
  return daysFrom(now, at) === 0
    ? tray.nextAt({ name, time: format.time(at) })
    : tray.nextLater({ name, when: format.when(at, now) })
}

function showingName(showing: NonNullable<TrayState['showing']>, speech: Speech): string {
  return showing.kind === 'therapy' ? showing.title : reminderName(speech, { ...showing, kind: showing.kind })
}

function trayMenu(
  state: TrayState,
  now: number,
  prefs: Preferences,
  status: string,
  speech: Speech,
): MenuItem[] {
  const { tray } = speech.texts.app
  const soreBack = speech.texts.content.soreBack
  const items: MenuItem[] = [info('status', status)]
  if (state.showing) items.push(action('show-break', tray.showBreak, MENU_ACTIONS.showBreak))
  const bedtime = bedtimeLine(state, now, prefs, speech)
  if (bedtime) items.push(info('bedtime', bedtime))
  if (state.therapy) items.push(info('therapy-status', therapyLine(state.therapy, now, speech)))
  if (state.soreBack) items.push(info('sore-back-status', state.soreBack.title))
  if (state.dayLimitReached) {
    const limit = speech.format.minutes(state.dayLimitReached.hours * 60)
    items.push(info('day-limit', speech.texts.app.dayLimit.tray({ limit })))
  }
  items.push(
    { type: 'separator' },
    action('break-now', tray.breakNow, MENU_ACTIONS.breakNow),
    action('stretch-now', tray.stretchNow, MENU_ACTIONS.stretchNow),
    therapyMenu(state, prefs, speech),
    state.soreBack
      ? action('sore-back-off', soreBack.end, MENU_ACTIONS.soreBackOff)
      : action('sore-back', soreBack.start, MENU_ACTIONS.soreBack),
    { type: 'separator' },
  )
  if (state.paused) {
    items.push(action('resume', tray.resume, MENU_ACTIONS.resume))
  } else {
    items.push({
      type: 'submenu',
      id: 'pause',
      label: tray.pause,
      enabled: true,
      items: [
        action('pause-30m', tray.pause30m, MENU_ACTIONS.pause30m),
        action('pause-1h', tray.pause1h, MENU_ACTIONS.pause1h),
        action('pause-2h', tray.pause2h, MENU_ACTIONS.pause2h),
        action('pause-until-morning', tray.pauseUntilMorning, MENU_ACTIONS.pauseUntilMorning),
        action('pause-forever', tray.pauseForever, MENU_ACTIONS.pauseForever),
      ],
    })
  }
  items.push(
    action(
      'skip-next',
      skipLabel(state, speech),
      MENU_ACTIONS.skipNext,
      !state.paused && state.next !== null && state.nextSkippable !== false,
    ),
    { type: 'separator' },
    ...updateItems(state, speech),
    action('settings', tray.settings, MENU_ACTIONS.settings),
    action('quit', tray.quit, MENU_ACTIONS.quit),
  )
  return items
}

/** An update ready to install: a line that says so, and the way to install it now. Nothing otherwise. */
function updateItems(state: TrayState, speech: Speech): MenuItem[] {
  if (!state.update) return []
  const { tray } = speech.texts.app
  const { version, restartWaiting } = state.update
  return [
    info('update-ready', restartWaiting ? tray.updateAfterBreak({ version }) : tray.updateReady({ version })),
    action('update-install', tray.updateInstall, MENU_ACTIONS.updateInstall, !restartWaiting),
  ]
}

function skipLabel(state: TrayState, speech: Speech): string {
  const { tray } = speech.texts.app
  if (!state.next || state.paused) return tray.skipNext
  return tray.skipNextNamed({ name: reminderName(speech, state.next) })
}

function bedtimeLine(state: TrayState, now: number, prefs: Preferences, speech: Speech): string | null {
  if (!prefs.bedtime.enabled || !state.night) return null
  const { tray } = speech.texts.app
  const { format } = speech
  const { bedtime, wake } = state.night
  if (now >= bedtime && now < wake) return tray.sleepUntil({ when: format.when(wake, now) })
  if (now >= bedtime) return null
  const when = format.when(bedtime, now)
  return state.live
    ? tray.bedtimeIn({ when, duration: format.span(bedtime - now) })
    : tray.bedtimeAt({ when })
}

function therapyLine(therapy: TherapyStatus, now: number, speech: Speech): string {
  return speech.texts.app.tray.therapyLine[`${therapy.mode}-${therapy.phase}`]({
    round: therapy.cycle,
    rounds: therapy.cycles,
    left: speech.format.span(therapy.phaseEndsAt - now),
  })
}

function therapyMenu(state: TrayState, prefs: Preferences, speech: Speech): MenuItem {
  const { tray } = speech.texts.app
  const { format } = speech
  const t = prefs.therapy
  const running = state.therapy !== null
  return {
    type: 'submenu',
    id: 'therapy',
    label: tray.therapy,
    enabled: true,
    items: [
      // Heat first: it has the better evidence for a new bout of back pain (docs/health-content.md).
      {
        type: 'radio',
        id: 'therapy-heat',
        label: tray.heat({
          on: format.minutes(t.heatOnMinutes),
          off: format.minutes(t.heatOffMinutes),
          count: t.heatCycles,
        }),
        enabled: true,
        checked: state.therapy?.mode === 'heat',
        action: MENU_ACTIONS.therapyHeat,
      },
      {
        type: 'radio',
        id: 'therapy-ice',
        label: tray.ice({
          on: format.minutes(t.iceOnMinutes),
          off: format.minutes(t.iceOffMinutes),
          count: t.iceCycles,
        }),
        enabled: true,
        checked: state.therapy?.mode === 'ice',
        action: MENU_ACTIONS.therapyIce,
      },
      action('therapy-stop', tray.stopTimer, MENU_ACTIONS.therapyStop, running),
    ],
  }
}

function info(id: string, label: string): MenuItem {
  return { type: 'normal', id, label, enabled: false }
}

function action(id: string, label: string, actionId: string, enabled = true): MenuItem {
  return { type: 'normal', id, label, enabled, action: actionId }
}
