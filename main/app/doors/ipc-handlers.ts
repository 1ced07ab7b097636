// One handler per IPC channel of the contract's table, each answering from the running app after its payload
// passed ipc-check.ts. The user's commands go through the app's one command path (commands.ts), as the tray's and
// the command line's do. `answerIpc` is the single door: unknown channels, wrong senders and bad payloads get an
// answer, never a throw.
import { logEvent } from '../log-events'
import type { Limber } from '../limber'
import type { IpcRefusal } from '../limber-app'
import type { PageKind, Platform } from '../platform'
import { busyDetectorsOf } from '../busy/detectors'
import type { FirstRun } from './first-run'
import { checkPayload } from './ipc-check'
import { IPC_CHANNELS, isIpcChannel, type IpcAnswer, type IpcChannel, type IpcPayload } from './ipc-channels'

/**
 * A handler answers at once, or later where main must wait (busy:detectors asks the system; exporting waits for the
 * user's folder dialog); never by rejecting.
 */
export type IpcHandlers = {
  [C in IpcChannel]: (payload: IpcPayload<C>) => IpcAnswer<C> | Promise<IpcAnswer<C>>
}

export function ipcHandlers(
  app: Limber,
  firstRun: FirstRun,
  platform: Pick<Platform, 'busyDetectors' | 'log'>,
): IpcHandlers {
  return {
    'prefs:get': () => app.getPreferences(),
    'prefs:set': (patch) => app.setPreferences(patch),
    'prefs:reset': () => app.resetPreferences(),
    'upcoming:get': () => app.upcomingList(),
    'history:get': () => app.historySummary(),
    'status:get': () => app.status(),
    'stretches:get': () => app.stretches(),
    'break:get': () => app.breakContent(),
    'reminder:act': ({ id, action }) => ({ ok: app.run({ type: 'answer', id, action }).ok }),
    'pause:start': ({ duration }) => (app.run({ type: 'pause', duration }), app.status()),
    'pause:resume': () => (app.run({ type: 'resume' }), app.status()),
    'break:now': () => ({ ok: app.run({ type: 'break-now' }).ok }),
    'stretch:now': () => ({ ok: app.run({ type: 'stretch-now' }).ok }),
    'therapy:start': ({ mode }) => (app.run({ type: 'therapy-start', mode }), app.status()),
    'therapy:stop': () => (app.run({ type: 'therapy-stop' }), app.status()),
    'welcome:get': () => firstRun.welcome(),
    'welcome:seen': () => firstRun.markSeen(),
    'reminder:test': () => firstRun.sendTestReminder(),
    'busy:detectors': () => busyDetectorsOf(platform, app.speech().texts.app),
    'sore-back:start': ({ days }) => (app.run({ type: 'sore-back', days }), app.status()),
    'sore-back:end': () => (app.run({ type: 'sore-back-end' }), app.status()),
    'sore-back:seen': () => (app.run({ type: 'sore-back-seen' }), app.status()),
    'sore-back:brace': ({ on }) => (app.run({ type: 'brace', on }), app.status()),
    'check-in:save': ({ pain, word }) => ({ ok: app.run({ type: 'check-in', pain, word: word ?? '' }).ok }),
    'check-in:dismiss': () => ({ ok: app.run({ type: 'check-in-dismiss' }).ok }),
    'data:export': () => app.exportData(),
    'routines:get': () => app.routineList(),
    'routines:import': () => app.importRoutine(),
    'routines:remove': ({ id }) => ({ ok: app.removeRoutine(id) }),
    'routines:use': ({ id, ...use }) => ({ ok: app.useRoutine(id, use) }),
    'routines:export': ({ id }) => app.exportRoutine(id),
    'break:leave': ({ id }) => ({ ok: app.run({ type: 'emergency-exit', id }).ok }),
    'dimmed:get': () => app.dimmedState(),
    'break:here': ({ display }) => ({ ok: app.bringBreakHere(display) }),
    'updates:check': () => (app.run({ type: 'update-check' }), app.status()),
    'updates:install': () => (app.run({ type: 'update-install' }), app.status()),
  }
}

type RefusedAnswers = { [C in IpcChannel]?: (path: string, message: string) => IpcAnswer<C> }

/** Channels that answer a refused payload in their own terms: prefs:set with field errors, as the window shows them. */
const REFUSED_ANSWERS: RefusedAnswers = {
  'prefs:set': (path, message) => ({ ok: false, errors: [{ path, message }] }),
}

/** Answers one call. A refused call answers `{ error }` (prefs:set answers field errors, as its contract says). */
export function answerIpc(
  handlers: IpcHandlers,
  platform: Pick<Platform, 'log'>,
  channel: unknown,
  payload: unknown,
  sender: PageKind,
): unknown {
  if (!isIpcChannel(channel)) {
    return refuse(`unknown channel ${JSON.stringify(String(channel).slice(0, 40))}`)
  }
  return answerChannel(handlers, platform, channel, payload, sender)
}

/** Answers one call of a known channel, typed by it. */
export function answerChannel<C extends IpcChannel>(
  handlers: IpcHandlers,
  platform: Pick<Platform, 'log'>,
  channel: C,
  payload: unknown,
  sender: PageKind,
): IpcAnswer<C> | Promise<IpcAnswer<C>> | IpcRefusal {
  if (!IPC_CHANNELS[channel].senders.includes(sender))
    return refuse(`${channel} is not available to the ${sender} window`)
  const checked = checkPayload(channel, payload)
  if (!checked.ok) {
    logEvent(platform, { event: 'ipc-refused', message: checked.message })
    const refused: RefusedAnswers[C] = REFUSED_ANSWERS[channel]
    return refused ? refused(checked.path ?? '', checked.message) : refuse(checked.message)
  }
  try {
    const handler: IpcHandlers[C] = handlers[channel]
    return handler(checked.value)
  } catch (error) {
    platform.log('error', `IPC handler ${channel} failed`, error)
    return refuse(`${channel} failed`)
  }
}

function refuse(error: string): IpcRefusal {
  return { error }
}
