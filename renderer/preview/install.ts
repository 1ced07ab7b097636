// The preview's stand-in for Electron's main process and preload (`npm run preview`, the window tests, the
// screenshots): loaded by the page before the window's own script, it runs the real app (startLimber) on a
// browser Platform (browser-platform.ts: memory stores, recorded notifications, the page's clock) and installs the
// preload's bridge to it as window.limber, recording every call in window.__limberCalls.
// The URL chooses the scenario (scenario.ts reads it; run-scenario.ts plays it through the app):
// ?break=stretch|stretch-floor|posture|wind-down|get-ready|bedtime|therapy|custom|check-in|none (the break on
// screen; the break page shows a stretch unless told, the settings page none), ?idle=unavailable|unknown (how the
// system reports idle time), ?sound=1, ?full=1 (breaks full screen), ?welcome=1 (a first start: settings open at
// the welcome), ?notifications=off (the system shows none: the test reminder reports it, reminders open the break
// window by themselves), ?unavailable=full-screen,presenting (busy states this system cannot tell: "Don't
// interrupt" says why; ?busy=unavailable, like ?idle=, makes all four unavailable), ?held=call (the user has been
// in a call for 25 minutes since the posture break fell due: Today says it is held; on the break page the call
// ends and the break says it was; ?held=1 holds it for a call), ?opened=itself (the reminder's notification could
// not be shown and the break window opened by itself: its keys wait for a click or a focus), ?soreback=1|2|3 (a
// 3-day sore-back plan on that day; day 1 shows the doctor notice; with ?break=check-in the morning check-in of
// that day), ?frequent=1 (plans keep coming back), ?checkin=open (the morning check-in waits), ?doctor=high|rising
// (this morning's check-in called for a doctor by the app's own rule: the user answered 9, or their pain rose at
// each of their last three check-ins, this morning's included; Today starts with the suggestion and the signs),
// ?export=cancel|fail (what "Export my data" answers), ?therapy=heat|ice (a run in progress: the user started heat
// or ice from Today 6 minutes ago, so Today, Cold and heat and the tray's first line say "Ice on, 14 min left, round
// 1 of 3" with a Stop), ?routine=1 (the user imported the example routine from a physiotherapist,
// docs/routine-example.json, in Settings → Stretches and uses it for stretch breaks: the settings page lists it, the
// break page's stretch break is its stretches), ?lang=de|es|fr|pt-BR|en|pseudo (the system's language, in place of
// the browser's; pseudo: the pseudo-locale, in main's words too), ?firm=no-skip|firm|snoozed|allowance (firm
// mode for a planned break: Snooze without Skip; firm, its window opened by itself with one Snooze left; firm after
// its one snooze, Done alone; or the gentle level with today's three skips used, Skip turned into Snooze; each says
// that holding Esc for three seconds leaves it), ?displays=2 (a laptop, id 1, with the pointer, and a monitor, id 2:
// a full-screen break dims the monitor), ?update=latest|ready|downloading|failed|system|none (what the release feed
// answers an installed AppImage, for About's updates: up to date (the default), version 1.1.0 downloaded and ready,
// downloading (40 %), the check failed offline; system: a deb the package manager updates; none: not an installed
// app; restarts are counted in window.__limberPreview.platform.updater.restarts), ?cues=1 (the stretch routine's
// tones on), ?voice=1 (its voice on), ?voices=en,de|none (the system's voices: a stand-in with one voice per language
// named, speech-stand-in.ts; none: no voice at all; without it, the browser's own, none in headless Chromium).
// Every cue the break window gives (a tone, or what its voice says) is recorded in window.__limberCues, in order,
// with the page's time: { cue: 'hold-start' | 'hold-end' | 'switch' | 'voice', text?, at }. dimmed.html is the calm
// screen a full-screen break puts on the other displays: ?display=<id> names the display it covers (as the shell's
// address does; 2 for the preview's monitor), and the scenario's break shows full screen on the laptop. ?daylimit=on|reached (the daily limit of 8 hours is on; reached: the user has sat
// 8 h 10 min at the computer today, so Today says so, the tray icon is the quieter one and the limit's notice was
// shown). Every page's history holds eight weeks of a sample user's days: Progress's back figures and Today's long
// sitting bouts come from it.
// The clock is the page's own: a test fixes it with Playwright's clock (page.clock) before the page loads.
// window.__limberPreview.emit(event, payload) pushes an event to the page as main would; its platform holds what
// the app asked of the system (notifications, windows, the tray, the log, and `zoom`: each window's zoom as main last
// told the shell after Ctrl+plus, Ctrl+minus or Ctrl+0; the page itself does not zoom).
// window.__limberPreview.chooseFile(name, contents) makes the next file dialog ("Import a routine…" in Settings →
// Stretches) choose a file called `name` holding the text `contents`; chooseFile(null) makes it cancelled. Main
// reads and checks the file as it would a real one (docs/routine-format.md).
import type { IpcEvent, IpcEvents } from '../../main/app/ipc-contract'
import type { BrowserPlatform } from './browser-platform'
import { previewBridge } from './preview-bridge'
import { runScenario } from './run-scenario'
import { readScenario } from './scenario'
import { installVoices } from './speech-stand-in'

export interface RecordedCue {
  cue: string
  text?: string
  at: number
}

export interface RecordedCall {
  name: string
  args: unknown[]
}

declare global {
  interface Window {
    __limberCalls?: RecordedCall[]
    __limberCues?: RecordedCue[]
    __limberPreview?: {
      emit<E extends IpcEvent>(event: E, payload: IpcEvents[E]): void
      platform: BrowserPlatform
      chooseFile(name: string | null, contents?: string): void
    }
  }
}

const scenario = readScenario(location.search, location.pathname)
if (scenario.voices) installVoices(scenario.voices)
const cues: RecordedCue[] = []
window.__limberCues = cues
window.addEventListener('limber:cue', (event) => {
  const detail: unknown = event instanceof CustomEvent ? event.detail : null
  if (typeof detail !== 'object' || detail === null) return
  const cue: unknown = Reflect.get(detail, 'cue')
  const text: unknown = Reflect.get(detail, 'text')
  if (typeof cue !== 'string') return
  cues.push({ cue, ...(typeof text === 'string' ? { text } : {}), at: Date.now() })
})
const running = runScenario(scenario, Date.now())
const { bridge, emit } = previewBridge(running, scenario)

const calls: RecordedCall[] = []
const recorded = new Proxy(bridge, {
  get(target, key, receiver) {
    const value: unknown = Reflect.get(target, key, receiver)
    if (typeof value !== 'function') return value
    return (...args: unknown[]) => {
      // Copied, so a later change to the object cannot rewrite what was sent.
      calls.push({ name: String(key), args: structuredClone(args.filter((a) => typeof a !== 'function')) })
      return Reflect.apply(value, target, args)
    }
  },
})

window.limber = recorded
window.__limberCalls = calls
window.__limberPreview = {
  emit,
  platform: running.platform,
  chooseFile: (name, contents) => running.platform.chooseFileNext(name, contents),
}
