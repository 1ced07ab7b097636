// Starts the real app (startLimber) on the browser Platform and brings it to the scenario the URL asks for, the way
// a user's day would: the stores hold what such a user has on disk (seed.ts); a reminder that was due earlier comes
// due as the preview plays the minutes before now on the app's clock (the user at the computer, in a call while
// one is held); what the user does themselves ("Take a break now", "My back hurts today", "Start ice", this
// morning's check-in answer, importing a routine) goes in through the app's own IPC doors. On the break page the user opens each
// reminder from its notification (or the notification could not be shown: the window opened by itself).
import ROUTINE_EXAMPLE from '../../docs/routine-example.json'
import { startLimber, type LimberApp } from '../../main/app'
import type { IpcAnswer, IpcChannel, IpcPayload, PageKind } from '../../main/app/ipc-contract'
import { DEFAULT_PREFERENCES } from '../../main/core/preferences'
import { askApp } from './ask-app'
import { BrowserPlatform } from './browser-platform'
import { CATALOGS } from './catalogs'
import { CALLS_FOR_A_DOCTOR } from './sample-history'
import type { BreakScenario, Scenario } from './scenario'
import { seedsFor } from './seed'
import { resolveLanguage } from '../../main/core/i18n/languages'

const MINUTE = 60_000
/** How long the sample held reminder has waited when the page opens. */
export const HELD_MINUTES = 25

/** The breaks that are planned reminders in every scenario (the others are asked for unless held or unseen). */
const ALWAYS_PLANNED: readonly BreakScenario[] = ['wind-down', 'get-ready', 'bedtime', 'custom']
/** How long after the app's start a planned posture or stretch break falls due (their default intervals). */
const LEAD_IN: Partial<Record<BreakScenario, number>> = {
  posture: 30 * MINUTE,
  stretch: 60 * MINUTE,
  'stretch-floor': 60 * MINUTE,
}

export interface Running {
  app: LimberApp
  platform: BrowserPlatform
}

export function runScenario(scenario: Scenario, now: number): Running {
  const planned = plannedReminder(scenario)
  // A firm break after its one snooze fell due a snooze ago.
  const heldFor = scenario.held
    ? HELD_MINUTES * MINUTE
    : scenario.firm === 'snoozed'
      ? DEFAULT_PREFERENCES.snoozeMinutes * MINUTE
      : 0
  // When the reminder fell due (wall-clock ones on a whole minute), and from when the preview plays the app's past.
  const lead = planned ? LEAD_IN[planned] : undefined
  const due = lead !== undefined ? now - heldFor : Math.floor(now / MINUTE) * MINUTE - heldFor
  const from = planned ? due - (lead ?? MINUTE) : now
  const played = Math.ceil((now - from) / MINUTE)
  const language = resolveLanguage('system', scenario.language ? [scenario.language] : navigator.languages)
  const customTitle = CATALOGS[language.code].settings.activities.fresh
  const seeds = seedsFor(scenario, { from: now - played * MINUTE, due, now }, customTitle)
  const platform = new BrowserPlatform(scenario, seeds)
  platform.lead = -played * MINUTE
  platform.busy = scenario.held ? [scenario.held] : []
  if (scenario.window !== 'settings') answerAsTheUser(platform, scenario.openedItself)
  const app = startLimber(platform)
  const snoozeOnce = scenario.firm === 'snoozed' ? snoozeTheFirst(app, platform) : () => undefined
  for (let left = played; left > 0; left--) {
    // The last minute: the call is over, and the held reminder comes (the settings page shows it still held).
    if (left === 1 && scenario.window !== 'settings') platform.busy = []
    platform.advance(MINUTE)
    if (left > 1) doneBeforeNow(app, platform)
    if (left > 1) snoozeOnce()
  }
  platform.onBroadcast = () => undefined
  void askedForByTheUser(app, platform, scenario, planned !== null)
  return { app, platform }
}

/** The firm break that came while the preview played the past: snoozed once, the moment it showed. */
function snoozeTheFirst(app: LimberApp, platform: BrowserPlatform): () => void {
  let showing: string | null = null
  let snoozed = false
  platform.onBroadcast = (event, payload) => {
    if (event === 'break:changed' && payload && typeof payload === 'object' && 'id' in payload)
      showing = String(payload.id)
  }
  return () => {
    if (snoozed || showing === null) return
    snoozed = true
    void call(app, 'reminder:act', { id: showing, action: 'snooze' }, 'break')
  }
}

/**
 * The reminder the scenario's past brings: an evening or custom reminder always; a posture or stretch break that
 * was held or opened by itself (one the user asks for is theirs at once); the held posture break Today shows.
 */
function plannedReminder(scenario: Scenario): BreakScenario | null {
  const { shows } = scenario
  if (ALWAYS_PLANNED.includes(shows)) return shows
  if ((scenario.held || scenario.openedItself || scenario.firm) && LEAD_IN[shows] !== undefined) return shows
  return scenario.held && shows === 'none' ? 'posture' : null
}

/** On the break page, the user opens each reminder and the morning check-in from its notification. */
function answerAsTheUser(platform: BrowserPlatform, unseen: boolean): void {
  platform.onNotified = (shown) => {
    if (!shown.actions && !shown.id.startsWith('check-in:')) return
    // Unseen: the notification could not be shown after all, and the window opened by itself.
    shown.onAction(unseen ? 'failed' : 'open')
  }
}

/** A reminder that came while the preview played the past was done at once by this diligent user. */
function doneBeforeNow(app: LimberApp, platform: BrowserPlatform): void {
  for (const shown of platform.notifications) {
    if (!shown.actions || shown.closed) continue
    shown.closed = true
    void call(app, 'reminder:act', { id: shown.id, action: 'done' }, 'break')
  }
}

/** What the user does themselves, from the settings window, once the app runs at the page's time. */
async function askedForByTheUser(
  app: LimberApp,
  platform: BrowserPlatform,
  scenario: Scenario,
  planned: boolean,
): Promise<void> {
  if (scenario.soreBackDay === 1) void call(app, 'sore-back:start', { days: 3 })
  // This morning's answer; the app's own rule (core/pain-trend.ts) decides that it calls for a doctor.
  if (scenario.doctor) void call(app, 'check-in:save', { pain: CALLS_FOR_A_DOCTOR[scenario.doctor].today })
  // "Import a routine…" and "Use it for stretch breaks", before the break that shows it.
  if (scenario.routine) await routineForBreaks(app, platform)
  if (planned) return
  switch (scenario.shows) {
    case 'posture':
      return void call(app, 'break:now', undefined)
    case 'stretch':
    case 'stretch-floor':
      return void call(app, 'stretch:now', undefined)
    case 'therapy':
      return void call(app, 'therapy:start', { mode: 'ice' })
    default:
      return
  }
}

/** The user chooses the example routine file in "Import a routine…", then uses it for stretch breaks. */
async function routineForBreaks(app: LimberApp, platform: BrowserPlatform): Promise<void> {
  platform.chooseFileNext('back-routine.json', JSON.stringify(ROUTINE_EXAMPLE, null, 2))
  await call(app, 'routines:import', undefined)
  const [routine] = await call(app, 'routines:get', undefined)
  if (routine) await call(app, 'routines:use', { id: routine.id, forBreaks: true })
}

function call<C extends IpcChannel>(
  app: LimberApp,
  channel: C,
  payload: IpcPayload<C>,
  sender: PageKind = 'settings',
): Promise<IpcAnswer<C>> {
  return askApp(app, channel, payload, sender)
}
