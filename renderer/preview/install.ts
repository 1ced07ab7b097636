// Installs the in-memory bridge as window.limber before a window's own script runs (the page loads this first,
// as Electron's preload would), and records every call in window.__limberCalls for the tests.
// The URL chooses the sample: ?break=stretch|stretch-floor|posture|wind-down|get-ready|bedtime|therapy|custom|check-in|none,
// ?idle=unavailable, ?sound=1, ?full=1 (breaks full screen), ?welcome=1 (a first start: settings open at the welcome), ?notifications=off (the
// system shows none: the test reminder reports it), ?unavailable=full-screen,presenting (busy states this system
// cannot tell: "Don't interrupt" says why; ?busy=unavailable, like ?idle=, makes all four unavailable), ?held=call
// (the next reminder is held: Today says so, the break says it was; ?held=1 holds it for a call), ?opened=itself
// (the break window opened by itself: its keys wait for a click or a focus), ?soreback=1|2|3 (a 3-day sore-back
// plan on that day; day 1 shows the doctor notice; with ?break=check-in the morning check-in of that day),
// ?frequent=1 (plans keep coming back), ?checkin=open (the morning check-in waits), ?doctor=high|rising (today's
// check-in called for a doctor: an answer of 9, or pain that rose at three check-ins in a row; Today starts with
// the suggestion and the warning signs), ?export=cancel|fail (what "Export my data" answers),
// ?lang=de|es|fr|pt-BR|en|pseudo (the system's language, in place of the browser's).
import type { IpcEvent, IpcEvents, LimberBridge } from '../../main/app/ipc-contract'
import { BUSY_REASONS, type BusyReason } from '../../main/app/platform'
import { createMemoryBridge, type BreakScenario } from './memory-bridge'

export interface RecordedCall {
  name: string
  args: unknown[]
}

declare global {
  interface Window {
    __limberCalls?: RecordedCall[]
    __limberPreview?: { emit<E extends IpcEvent>(event: E, payload: IpcEvents[E]): void }
  }
}

const params = new URLSearchParams(location.search)
const idle = params.get('idle')
const isBusyReason = (value: string): value is BusyReason => BUSY_REASONS.includes(value as BusyReason)
/** ?unavailable=call,presenting (or all), or ?busy=unavailable / ?detectors=unavailable for every one. */
const unavailableList = (params.get('unavailable') ?? '').split(',')
const allUnavailable =
  unavailableList.includes('all') ||
  params.get('busy') === 'unavailable' ||
  params.get('detectors') === 'unavailable'
const unavailable = allUnavailable ? [...BUSY_REASONS] : unavailableList.filter(isBusyReason)
const heldParam = params.get('held') ?? ''
const doctorParam = params.get('doctor')
const held = heldParam === '1' || heldParam === 'true' ? 'call' : heldParam
const memory = createMemoryBridge({
  breakScenario: (params.get('break') as BreakScenario | null) ?? 'stretch',
  idleDetection: idle === 'unavailable' || idle === 'unknown' ? idle : 'working',
  sound: params.get('sound') === '1',
  firstRun: params.get('welcome') === '1',
  fullScreen: params.get('full') === '1',
  notifications: params.get('notifications') !== 'off',
  unavailable,
  ...(isBusyReason(held) ? { held } : {}),
  openedItself: params.get('opened') === 'itself',
  soreBackDay: Number(params.get('soreback') ?? 0) || undefined,
  frequent: params.get('frequent') === '1',
  checkInOpen: params.get('checkin') === 'open' || undefined,
  ...(doctorParam === 'high' || doctorParam === 'rising' ? { doctor: doctorParam } : {}),
  exportOutcome: (params.get('export') as 'cancel' | 'fail' | null) ?? 'ok',
  ...(params.get('lang') ? { systemLanguage: params.get('lang') ?? '' } : {}),
})

const calls: RecordedCall[] = []
const recorded = new Proxy(memory, {
  get(target, key, receiver) {
    const value: unknown = Reflect.get(target, key, receiver)
    if (typeof value !== 'function' || key === 'emit') return value
    return (...args: unknown[]) => {
      // Copied, so a later change to the object cannot rewrite what was sent.
      calls.push({ name: String(key), args: structuredClone(args.filter((a) => typeof a !== 'function')) })
      return (value as (...a: unknown[]) => unknown).apply(target, args)
    }
  },
}) as LimberBridge

window.limber = recorded
window.__limberCalls = calls
window.__limberPreview = { emit: memory.emit }
