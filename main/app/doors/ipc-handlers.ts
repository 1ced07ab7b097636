// One handler per IPC channel, each answering from the running app after its payload passed ipc-payloads.ts.
// The user's commands go through the app's one command path (commands.ts), as the tray's and the command line's do.
// `handleIpc` is the single door: unknown channels, wrong senders and bad payloads get an answer, never a throw.
import type { IpcAnswer, IpcChannel, IpcPayload, WindowKind } from '../ipc-contract'
import { IPC_SENDERS, checkPayload, isIpcChannel } from './ipc-check'
import type { Limber } from '../limber'
import type { Platform } from '../platform'

/**
 * A handler answers at once, or later where main must wait (busy:detectors asks the system; exporting waits for the
 * user's folder dialog); never by rejecting.
 */
type Handlers = { [C in IpcChannel]: (payload: IpcPayload<C>) => IpcAnswer<C> | Promise<IpcAnswer<C>> }
/**
 * Channels answered elsewhere, merged in index.ts: the first run's by FirstRun (first-run.ts), which busy states
 * the system can tell by busy-detectors.ts.
 */
type AnsweredElsewhere = 'welcome:get' | 'welcome:seen' | 'reminder:test' | 'busy:detectors'

export function ipcHandlers(app: Limber): Omit<Handlers, AnsweredElsewhere> {
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
    'sore-back:start': ({ days }) => (app.run({ type: 'sore-back', days }), app.status()),
    'sore-back:end': () => (app.run({ type: 'sore-back-end' }), app.status()),
    'sore-back:seen': () => (app.run({ type: 'sore-back-seen' }), app.status()),
    'sore-back:brace': ({ on }) => (app.run({ type: 'brace', on }), app.status()),
    'check-in:save': ({ pain, word }) => ({ ok: app.run({ type: 'check-in', pain, word: word ?? '' }).ok }),
    'check-in:dismiss': () => ({ ok: app.run({ type: 'check-in-dismiss' }).ok }),
    'data:export': () => app.exportData(),
  }
}

/** Answers one call. A refused call answers `{ error }` (prefs:set answers field errors, as its contract says). */
export function handleIpc(
  handlers: Handlers,
  platform: Pick<Platform, 'log'>,
  channel: unknown,
  payload: unknown,
  sender: WindowKind,
): unknown {
  if (!isIpcChannel(channel)) {
    return { error: `unknown channel ${JSON.stringify(String(channel).slice(0, 40))}` }
  }
  if (!IPC_SENDERS[channel].includes(sender))
    return { error: `${channel} is not available to the ${sender} window` }
  const checked = checkPayload(channel, payload)
  if (!checked.ok) {
    platform.log('warn', `refused IPC payload: ${checked.message}`)
    if (channel === 'prefs:set')
      return { ok: false, errors: [{ path: checked.path ?? '', message: checked.message }] }
    return { error: checked.message }
  }
  try {
    const handler = handlers[channel] as (payload: unknown) => unknown
    return handler(checked.value)
  } catch (error) {
    platform.log('error', `IPC handler ${channel} failed`, error)
    return { error: `${channel} failed` }
  }
}
