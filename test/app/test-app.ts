// Running Limber on the test platform: `useTestApp()` gives a test file a `start()` that starts the app at a local
// time on a fresh platform and disposes it (and stops the fake clock) after each test; each started app answers
// typed calls (`call('status:get')`) as the windows would make them. Also what many tests read off a run: the
// reminders shown, what became of them, and the structured log events.
import { afterEach } from 'vitest'
import { isRefusal, startLimber, type LimberApp } from '../../main/app/index'
import {
  IPC_CHANNELS,
  type IpcAnswer,
  type IpcChannel,
  type BreakContent,
  type IpcPayload,
  type PageKind,
} from '../../main/app/ipc-contract'
import { parseHistory } from '../../main/app/records/history'
import { MemoryStore, TestPlatform, stopFakeClock, useFakeClock } from './test-platform'

/** A typed call, as a window makes it: by default from the first window the contract lets call the channel. */
export type Call = <C extends IpcChannel>(
  channel: C,
  payload?: IpcPayload<C>,
  sender?: PageKind,
) => Promise<IpcAnswer<C>>

export interface Started {
  platform: TestPlatform
  app: LimberApp
  /** Answers one call of the contract; a refused call fails the test with main's reason. */
  call: Call
}

export interface StartOptions {
  /** Stored preferences (none: a fresh install's defaults). */
  preferences?: unknown
  /** A platform of the test's own (stores, languages, busy answers…). */
  platform?: TestPlatform
  /** The system's languages (default ['en-GB']). */
  systemLanguages?: readonly string[]
}

/** Starts Limber on a fresh test platform, optionally with stored preferences. */
export function startTestApp(options: StartOptions = {}): Started {
  const platform =
    options.platform ??
    new TestPlatform({
      preferences: new MemoryStore(
        options.preferences === undefined ? undefined : structuredClone(options.preferences),
      ),
      ...(options.systemLanguages ? { systemLanguages: options.systemLanguages } : {}),
    })
  const app = startLimber(platform)
  const call: Call = async (channel, payload, sender = IPC_CHANNELS[channel].senders[0] ?? 'settings') => {
    const reply = await app.call(channel, payload, sender)
    if (isRefusal(reply)) throw new Error(`${channel} was refused: ${reply.error}`)
    return reply
  }
  return { platform, app, call }
}

/**
 * One app per test: `start(at, options)` sets the fake clock to `at` (a local time such as '2026-03-02T08:00')
 * and starts Limber; after each test the apps started are disposed and the clock is real again.
 */
export function useTestApp(defaults: StartOptions = {}): {
  start(at: string, options?: StartOptions): Started
  /** Starts another app on the clock as it is now (a restart, or a second launch), disposed after the test too. */
  again(options?: StartOptions): Started
} {
  const running: Started[] = []
  afterEach(() => {
    for (const started of running.splice(0)) started.app.dispose()
    stopFakeClock()
  })
  return {
    start(at, options = {}) {
      useFakeClock(at)
      const started = startTestApp({ ...defaults, ...options })
      running.push(started)
      return started
    },
    again(options = {}) {
      const started = startTestApp({ ...defaults, ...options })
      running.push(started)
      return started
    },
  }
}

/** What the break window shows now; fails the test when nothing is on screen. */
export async function onScreen(started: Started): Promise<BreakContent> {
  const content = await started.call('break:get', undefined, 'break')
  if (!content) throw new Error('nothing is on screen')
  return content
}

/** A diligent user: every reminder is done the moment its notification appears. */
export function answerDoneOnShow(started: Started): void {
  started.platform.onNotified = (n) => {
    if (n.actions) void started.app.handleIpc('reminder:act', { id: n.id, action: 'done' }, 'break')
  }
}

/** "HH:MM" of an epoch, in the process's time zone. */
export function hhmm(at: number): string {
  const d = new Date(at)
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`
}

/** The reminders (not heads-ups or therapy notices) shown so far, as "HH:MM title". */
export function shownReminders(platform: TestPlatform, since = 0): string[] {
  return platform.notifications
    .filter((n) => n.actions && n.at >= since)
    .map((n) => `${hhmm(n.at)} ${n.title}`)
}

/** What became of each kind of reminder, across all days. */
export function outcomes(started: Started): Record<string, Record<string, number>> {
  const totals: Record<string, Record<string, number>> = {}
  for (const day of Object.values(parseHistory(started.platform.historyStore.value).days)) {
    for (const [kind, counts] of Object.entries(day)) {
      for (const [outcome, n] of Object.entries(counts ?? {})) {
        totals[kind] ??= {}
        totals[kind][outcome] = (totals[kind][outcome] ?? 0) + n
      }
    }
  }
  return totals
}
