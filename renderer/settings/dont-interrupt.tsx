// General → "Don't interrupt": what a due reminder waits for (a full-screen app or a presentation, a call, Do Not
// Disturb), each a setting that is on by default, and each shown as unavailable, with the reason main gives (a code,
// worded here from the catalog), where this system cannot tell. Main words a held reminder's own line
// (main/app/busy/hold-words.ts).
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
      {SETTINGS.map((setting) => (
        <Toggle
          key={setting.key}
          path={`dontInterrupt.${setting.key}`}
          label={texts[setting.key]}
          value={prefs.dontInterrupt[setting.key]}
          hint={availability(setting.reasons, detectors.value)}
        />
      ))}
      <p class="hint">{texts.caveat}</p>
    </>
  )
}

/**
 * What a setting's note says: nothing when every state it listens for can be told; "Unavailable on this system"
 * and why when none can; otherwise which part cannot be told, and why.
 */
function availability(reasons: readonly BusyReason[], known: BusyDetectors | null): string | undefined {
  if (!known) return undefined
  const texts = t().dontInterrupt
  const missing = reasons.filter((reason) => !known[reason].available)
  /** Each reason's sentences, once each, in the order main gave them. */
  const whys = (list: readonly BusyReason[]) =>
    [...new Set(list.flatMap((reason) => known[reason].says ?? []))].filter(Boolean).join(' ')
  if (missing.length === reasons.length) return texts.unavailable({ why: whys(missing) }).trim()
  // Only a setting that listens for two states can be partly unavailable: full screen, and presenting.
  const notes = reasons.flatMap((reason) => {
    const why = whys([reason])
    if (!why) return []
    return reason === 'full-screen' || reason === 'presenting' ? [texts.partly[reason]({ why })] : [why]
  })
  return notes.length > 0 ? notes.join(' ') : undefined
}
