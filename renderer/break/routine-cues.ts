// When the stretch routine gives its optional cues (cues.ts), by the routine's clock: a tone as each hold starts and
// ends, and a second one when the side changes; the voice reads each move and stretch as it comes, says each hold
// and release, and counts down the last seconds of a hold. A jump by hand (Next, Previous) gives no "hold ends":
// only the clock ends a hold.
import { useEffect, useRef } from 'preact/hooks'
import type { BreakContent } from '../../main/app/ipc-contract'
import { hush, playTone, say } from './cues'
import type { RoutineStep } from './routine'
import type { Entry } from './routine-entries'
import { announce } from './routine-words'
import { repetitionsOf } from './routine'

/** The voice counts the last this many seconds of a hold. */
export const COUNT_FROM = 3
/** The side-change tone comes this long after the hold's end tone, so the two are heard apart. */
const SWITCH_AFTER_MS = 600

export function useRoutineCues(
  cues: BreakContent['cues'],
  entry: Entry | undefined,
  step: RoutineStep,
  left: number,
  isLast: boolean,
): void {
  const last = useRef<{ key: string; step: RoutineStep } | null>(null)
  const counted = useRef('')
  const later = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)

  useEffect(() => {
    if (!entry || (!cues?.tones && !cues?.voice)) return
    const key = `${step.stretch}:${step.rep}:${step.phase}`
    const before = last.current
    if (before?.key === key) {
      // The count: once per second, on time (whatever is still being read stops).
      const count = `${key}:${left}`
      if (
        cues.voice &&
        step.phase === 'hold' &&
        left <= COUNT_FROM &&
        left > 0 &&
        counted.current !== count
      ) {
        counted.current = count
        say(String(left), true)
      }
      return
    }
    last.current = { key, step }
    const byTheClock = before?.step.stretch === step.stretch
    if (cues.tones) {
      if (step.phase === 'hold') playTone('hold-start')
      else if (byTheClock && before.step.phase === 'hold') {
        playTone('hold-end')
        if (step.phase === 'release' && step.side !== null) {
          later.current = setTimeout(() => playTone('switch'), SWITCH_AFTER_MS)
        }
      }
    }
    if (cues.voice) {
      const reps = entry.kind === 'stretch' ? repetitionsOf(entry.stretch) : 1
      const words = announce(entry, step.phase, step.side, step.rep, reps, isLast)
      // A stretch's start reads its steps and cautions too: the user may not see them from the floor.
      const steps =
        entry.kind === 'stretch' && step.phase === 'position'
          ? ` ${[...entry.stretch.steps, ...entry.stretch.cautions].join(' ')}`
          : ''
      say(words + steps, true)
    }
  })

  // The cues stop with the routine (the break answered, or another shown).
  useEffect(
    () => () => {
      clearTimeout(later.current)
      hush()
    },
    [],
  )
}
