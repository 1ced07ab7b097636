// General → "Don't interrupt": what a due reminder waits for (a full-screen app or a presentation, a call, Do Not
// Disturb), each a setting that is on by default. Where this system cannot tell, the setting is shown unavailable
// (unticked and disabled; what is stored is kept for a system that can), with one sentence pattern for every
// reason: what cannot be told, then why (main words the why in the language in use). Main words a held reminder's
// own line (main/app/busy/hold-words.ts).
import { signal } from '../shared/signal'
import { useEffect } from 'preact/hooks'
import type { BusyDetectors, BusyReason } from '../../main/app/ipc-contract'
import type { Preferences } from '../../main/core/preferences/index'
import { Toggle } from './fields'
import { status, useBridge } from './state'
import { t } from './texts'

/** Each setting: its key in the preferences (and in the catalog) and the busy states it listens for. */
const SETTINGS = [
  { key: 'fullScreen', reasons: ['full-screen', 'presenting'] },
  { key: 'calls', reasons: ['call'] },
  { key: 'doNotDisturb', reasons: ['do-not-disturb'] },
  { key: 'screenKeptOn', reasons: ['screen-kept-on'] },
] as const satisfies readonly { key: keyof Preferences['dontInterrupt']; reasons: readonly BusyReason[] }[]

/** What main says this system can tell; null until it has answered (asked again when the language changes). */
const detectors = signal<BusyDetectors | null>(null)
let askedIn: string | null = null

export function DontInterrupt({ prefs }: { prefs: Preferences }) {
  const bridge = useBridge()
  // Main words the reasons in the language in use: a new language asks again.
  const language = status.value?.language.code ?? ''
  useEffect(() => {
    if (askedIn === language) return
    askedIn = language
    void bridge.getBusyDetectors().then((answer) => {
      detectors.value = answer
    })
  }, [bridge, language])
  const texts = t().dontInterrupt
  return (
    <>
      <h3 class="sub" id="dont-interrupt">
        {texts.title}
      </h3>
      <p class="intro">{texts.intro}</p>
      {SETTINGS.map((setting) => {
        const known = detectors.value
        const unavailable = known !== null && setting.reasons.every((reason) => !known[reason].available)
        return (
          <Toggle
            key={setting.key}
            path={`dontInterrupt.${setting.key}`}
            label={texts[setting.key]}
            value={prefs.dontInterrupt[setting.key]}
            unavailable={unavailable}
            hint={availability(setting.reasons, known)}
          />
        )
      })}
      <p class="hint">{texts.caveat}</p>
    </>
  )
}

/**
 * What a setting's note says, always as "what cannot be told. Why.": nothing when every state it listens for can be
 * told; "Unavailable on this system." and why when none can; otherwise which part cannot be told, and why (the
 * full-screen setting without presenting; a call seen by its camera but not its microphone).
 */
function availability(reasons: readonly BusyReason[], known: BusyDetectors | null): string | undefined {
  if (!known) return undefined
  const texts = t().dontInterrupt
  const missing = reasons.filter((reason) => !known[reason].available)
  /** Each reason's sentences, once each, in the order main gave them. */
  const whys = (list: readonly BusyReason[]) =>
    [...new Set(list.flatMap((reason) => known[reason].says ?? []))].filter(Boolean).join(' ')
  if (missing.length === reasons.length) return texts.unavailable({ why: whys(missing) }).trim()
  const notes = reasons.flatMap((reason) => {
    const why = whys([reason])
    return why ? [texts.partly[reason]({ why })] : []
  })
  return notes.length > 0 ? notes.join(' ') : undefined
}
