// The preview's window.limber: the preload's own bridge (main/app/ipc-bridge.ts) over a transport that hands each
// call to the app running in this page, as this page's window kind, with the payload and the answer copied as IPC
// copies them, and main's pushes delivered after the call that caused them returns. A change of preferences made
// here reaches the other preview pages of this browser (settings and break side by side) through their own app,
// as Electron's windows share one main.
import { bridgeOver } from '../../main/app/ipc-bridge'
import type {
  BreakContent,
  IpcAnswer,
  IpcChannel,
  IpcEvent,
  IpcEvents,
  IpcPayload,
  LimberBridge,
  PreferencesPatch,
} from '../../main/app/ipc-contract'
import { askApp } from './ask-app'
import { HELD_MINUTES, type Running } from './run-scenario'
import type { Scenario } from './scenario'
import { therapySample } from './therapy-sample'

type Listener = (payload: unknown) => void

export interface PreviewBridge {
  bridge: LimberBridge
  /** Pushes an event to this page's windows as main would (the tests' way to show any content). */
  emit<E extends IpcEvent>(event: E, payload: IpcEvents[E]): void
}

export function previewBridge({ app, platform }: Running, scenario: Scenario): PreviewBridge {
  const listeners = new Map<string, Set<Listener>>()
  const deliver = (event: string, payload: unknown) => {
    for (const listener of listeners.get(event) ?? []) listener(payload)
  }
  const speak = scenario.language === 'pseudo' ? asPseudo : (value: unknown) => value
  // The break window can draw a therapy step, but main never sends one: the preview shows a sample, written again
  // in a new language as main writes its break again.
  let therapy: BreakContent | null = null
  const held = scenario.held && { reason: scenario.held, minutes: HELD_MINUTES }
  platform.onBroadcast = (event, payload) => {
    const sent = speak(structuredClone(payload))
    queueMicrotask(() => deliver(event, sent))
    if (event === 'status:changed' && therapy && !sameLanguage(payload, therapy)) {
      const id = therapy.id
      void therapySample(app, held || null).then((next) => {
        if (therapy?.id !== id) return
        therapy = { ...next, id }
        deliver('break:changed', speak(structuredClone(therapy)))
      })
    }
  }
  const relay = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('limber-preview')
  relay?.addEventListener('message', (event: MessageEvent<{ patch?: PreferencesPatch }>) => {
    const { patch } = event.data
    void (patch
      ? askApp(app, 'prefs:set', patch, 'settings')
      : askApp(app, 'prefs:reset', undefined, 'settings'))
  })

  async function answer<C extends IpcChannel>(channel: C, payload?: IpcPayload<C>): Promise<unknown> {
    if (channel === 'reminder:act' && therapy && isFor(payload, therapy.id)) {
      therapy = null
      queueMicrotask(() => deliver('break:changed', null))
      return { ok: true }
    }
    const answered: unknown = structuredClone(
      await app.handleIpc(channel, structuredClone(payload), scenario.window),
    )
    if (channel === 'break:get' && answered === null && scenario.shows === 'therapy') {
      therapy ??= await therapySample(app, held || null)
      return speak(structuredClone(therapy))
    }
    if (channel === 'prefs:set' && isOk(answered)) relay?.postMessage({ patch: payload })
    if (channel === 'prefs:reset') relay?.postMessage({})
    return speak(answered)
  }

  const bridge = bridgeOver({
    // As the preload takes them: each channel's answer is the contract's (what the app answers for it).
    invoke: async <C extends IpcChannel>(channel: C, payload?: IpcPayload<C>) =>
      (await answer(channel, payload)) as IpcAnswer<C>,
    subscribe(event, listener) {
      const set = listeners.get(event) ?? new Set<Listener>()
      const heard: Listener = (payload) => listener(payload as Parameters<typeof listener>[0])
      listeners.set(event, set)
      set.add(heard)
      return () => void set.delete(heard)
    },
  })
  return { bridge, emit: (event, payload) => deliver(event, payload) }
}

const sameLanguage = (status: unknown, content: BreakContent) =>
  typeof status === 'object' &&
  status !== null &&
  'language' in status &&
  JSON.stringify(status.language) === JSON.stringify(content.language)
const isOk = (answer: unknown) =>
  typeof answer === 'object' && answer !== null && 'ok' in answer && answer.ok === true
const isFor = (payload: unknown, id: string) =>
  typeof payload === 'object' && payload !== null && 'id' in payload && payload.id === id

/** The preview's pseudo-locale is English written oddly: the windows load its files where main says English. */
function asPseudo(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value
  const record: Record<string, unknown> = { ...value }
  const language = record.language
  if (typeof language === 'object' && language !== null && 'code' in language && language.code === 'en') {
    record.language = { code: 'pseudo', locale: 'en' }
  }
  if (record.systemLanguage === 'en') record.systemLanguage = 'pseudo'
  return record
}
