// The tray as plain data: a pure function from the app's state to the icon, tooltip and menu, so the Electron
// layer only renders it and the tests read exactly what the user would see.
import type { Preferences } from '../core/preferences'
import { shortName, type ReminderKind } from '../core/reminders'
import { formatDuration, formatWhen } from './format'
import { heldLine } from './hold-words'
import type { TherapyStatus } from './ipc-contract'
import type { BusyReason, MenuItem, TrayView } from './platform'
import { speechFor, type Speech } from './speech'

export interface TrayState {
  /** The next reminder and when; null when nothing is coming. */
  next: { kind: ReminderKind; title: string; at: number } | null
  /** Null when running; `until` null = until resumed. */
  paused: { until: number | null } | null
  /** A reminder is on screen now, waiting for an answer. */
  showing: { kind: ReminderKind | 'therapy'; title: string } | null
  /** Tonight's bedtime (the next one to come, or the one whose night is running) and the wake time after it. */
  night: { bedtime: number; wake: number } | null
  therapy: TherapyStatus | null
  /**
   * True while the app wakes every minute anyway (a posture or stretch clock runs), so "in 12 min" stays true.
   * Otherwise the menu says "at 07:00": no wake-ups are spent keeping a countdown fresh that nobody watches.
   */
  live: boolean
  /** A reminder due now waits because the user is busy: the first line says so, not "Stretch now". */
  held?: { kind: ReminderKind; title: string; reason: BusyReason } | null
  /** A sore-back plan runs: its line ("Sore-back plan: day 2 of 3"). Absent or null: none runs. */
  soreBack?: { title: string } | null
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
  const status = statusLine(state, now)
  return {
    icon: state.showing ? 'due' : state.paused ? 'paused' : 'active',
    tooltip: state.soreBack ? `Limber — ${status} · ${state.soreBack.title}` : `Limber — ${status}`,
    menu: trayMenu(state, now, prefs, status, speech),
  }
}

function statusLine(state: TrayState, now: number): string {
  if (state.showing) return `${showingName(state.showing)} now`
  if (state.paused) {
    return state.paused.until === null
      ? 'Paused until you resume'
      : `Paused until ${formatWhen(state.paused.until, now)}`
  }
  if (state.held) return heldLine(state.held)
  if (!state.next) return 'No reminders coming up'
  const name = shortName(state.next.kind, state.next.title)
  if (state.next.at <= now) return `${name} now`
  return state.live
    ? `${name} in ${formatDuration(state.next.at - now)}`
    : `${name} at ${formatWhen(state.next.at, now)}`
}

function showingName(showing: NonNullable<TrayState['showing']>): string {
  return showing.kind === 'therapy' ? showing.title : shortName(showing.kind, showing.title)
}

function trayMenu(
  state: TrayState,
  now: number,
  prefs: Preferences,
  status: string,
  speech: Speech,
): MenuItem[] {
  const soreBack = speech.texts.content.soreBack
  const items: MenuItem[] = [info('status', status)]
  if (state.showing) items.push(action('show-break', 'Show the break', MENU_ACTIONS.showBreak))
  const bedtime = bedtimeLine(state, now, prefs)
  if (bedtime) items.push(info('bedtime', bedtime))
  if (state.therapy) items.push(info('therapy-status', therapyLine(state.therapy, now)))
  if (state.soreBack) items.push(info('sore-back-status', state.soreBack.title))
  items.push(
    { type: 'separator' },
    action('break-now', 'Take a break now', MENU_ACTIONS.breakNow),
    action('stretch-now', 'Start a stretch now', MENU_ACTIONS.stretchNow),
    therapyMenu(state, prefs),
    state.soreBack
      ? action('sore-back-off', soreBack.end, MENU_ACTIONS.soreBackOff)
      : action('sore-back', soreBack.start, MENU_ACTIONS.soreBack),
    { type: 'separator' },
  )
  if (state.paused) {
    items.push(action('resume', 'Resume', MENU_ACTIONS.resume))
  } else {
    items.push({
      type: 'submenu',
      id: 'pause',
      label: 'Pause',
      enabled: true,
      items: [
        action('pause-30m', '30 minutes', MENU_ACTIONS.pause30m),
        action('pause-1h', '1 hour', MENU_ACTIONS.pause1h),
        action('pause-2h', '2 hours', MENU_ACTIONS.pause2h),
        action('pause-until-morning', 'Until tomorrow morning', MENU_ACTIONS.pauseUntilMorning),
        action('pause-forever', 'Until I resume', MENU_ACTIONS.pauseForever),
      ],
    })
  }
  items.push(
    action('skip-next', skipLabel(state), MENU_ACTIONS.skipNext, !state.paused && state.next !== null),
    { type: 'separator' },
    action('settings', 'Settings…', MENU_ACTIONS.settings),
    action('quit', 'Quit Limber', MENU_ACTIONS.quit),
  )
  return items
}

function skipLabel(state: TrayState): string {
  if (!state.next || state.paused) return 'Skip next'
  return `Skip next (${shortName(state.next.kind, state.next.title)})`
}

function bedtimeLine(state: TrayState, now: number, prefs: Preferences): string | null {
  if (!prefs.bedtime.enabled || !state.night) return null
  const { bedtime, wake } = state.night
  if (now >= bedtime && now < wake) return `Sleep time until ${formatWhen(wake, now)}`
  if (now >= bedtime) return null
  const when = formatWhen(bedtime, now)
  return state.live ? `Bedtime ${when} (in ${formatDuration(bedtime - now)})` : `Bedtime ${when}`
}

function therapyLine(therapy: TherapyStatus, now: number): string {
  const mode = therapy.mode === 'ice' ? 'Ice' : 'Heat'
  const left = formatDuration(therapy.phaseEndsAt - now)
  return `${mode} ${therapy.phase}, round ${therapy.cycle} of ${therapy.cycles}: ${left} left`
}

function therapyMenu(state: TrayState, prefs: Preferences): MenuItem {
  const t = prefs.therapy
  const running = state.therapy !== null
  return {
    type: 'submenu',
    id: 'therapy',
    label: 'Therapy timer',
    enabled: true,
    items: [
      {
        type: 'radio',
        id: 'therapy-ice',
        label: `Ice (${t.iceOnMinutes} min on, ${t.iceOffMinutes} min off, ${rounds(t.iceCycles)})`,
        enabled: true,
        checked: state.therapy?.mode === 'ice',
        action: MENU_ACTIONS.therapyIce,
      },
      {
        type: 'radio',
        id: 'therapy-heat',
        label: `Heat (${t.heatOnMinutes} min on, ${t.heatOffMinutes} min off, ${rounds(t.heatCycles)})`,
        enabled: true,
        checked: state.therapy?.mode === 'heat',
        action: MENU_ACTIONS.therapyHeat,
      },
      action('therapy-stop', 'Stop the timer', MENU_ACTIONS.therapyStop, running),
    ],
  }
}

function rounds(n: number): string {
  return n === 1 ? '1 round' : `${n} rounds`
}

function info(id: string, label: string): MenuItem {
  return { type: 'normal', id, label, enabled: false }
}

function action(id: string, label: string, actionId: string, enabled = true): MenuItem {
  return { type: 'normal', id, label, enabled, action: actionId }
}
