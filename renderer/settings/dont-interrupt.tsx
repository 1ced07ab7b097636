// General → "Don't interrupt": what a due reminder waits for (a full-screen app or a presentation, a call, Do Not
// Disturb), each a setting that is on by default, and each shown as unavailable, with main's reason, where this
// system cannot tell. Words: renderer/shared/busy-words.ts.
import { signal } from '@preact/signals'
import { useEffect } from 'preact/hooks'
import type { BusyDetectors, BusyReason } from '../../main/app/platform'
import type { Preferences } from '../../main/core/preferences'
import { DONT_INTERRUPT } from '../shared/busy-words'
import { Toggle } from './fields'
import { useBridge } from './state'

/** What main says this system can tell; null until it has answered (asked once per window). */
const detectors = signal<BusyDetectors | null>(null)
let asked = false

export function DontInterrupt({ prefs }: { prefs: Preferences }) {
  const bridge = useBridge()
  useEffect(() => {
    if (asked) return
    asked = true
    void bridge.getBusyDetectors().then((answer) => {
      detectors.value = answer
    })
  }, [bridge])
  return (
    <>
      <h3 class="sub" id="dont-interrupt">
        {DONT_INTERRUPT.title}
      </h3>
      <p class="intro">{DONT_INTERRUPT.intro}</p>
      {DONT_INTERRUPT.settings.map((setting) => (
        <Toggle
          key={setting.path}
          path={setting.path}
          label={setting.label}
          value={prefs.dontInterrupt[setting.key]}
          hint={availability(setting.reasons, detectors.value)}
        />
      ))}
      <p class="hint">{DONT_INTERRUPT.caveat}</p>
    </>
  )
}

/**
 * What a setting's note says: nothing when every state it listens for can be told; "Unavailable on this system"
 * and why when none can; otherwise which part cannot be told, and why.
 */
function availability(reasons: readonly BusyReason[], known: BusyDetectors | null): string | undefined {
  if (!known) return undefined
  const missing = reasons.filter((reason) => !known[reason].available)
  const whys = (list: readonly BusyReason[]) =>
    [...new Set(list.map((reason) => known[reason].why ?? '').filter(Boolean))].join(' ')
  if (missing.length === reasons.length) return `${DONT_INTERRUPT.unavailable} ${whys(missing)}`.trim()
  const notes = reasons
    .filter((reason) => known[reason].why)
    .map((reason) => `${DONT_INTERRUPT.partly[reason]} ${known[reason].why}`.trim())
  return notes.length > 0 ? notes.join(' ') : undefined
}
