// What the stretch routine says at each moment: the word under the ring's number, and the sentence a screen
// reader is told as the routine moves on (the voice says the same, routine-cues.ts).
import type { Phase, Side } from './routine'
import type { Entry } from './routine-entries'
import { t, words } from './texts'

export function phaseWord(phase: Phase, side: Side): string {
  const words = t().phase
  // Between the holds of a one-sided stretch the side always changes.
  return phase === 'release' && side !== null ? words.switch : phase === 'move' ? '' : words[phase]
}

/** What a screen reader is told as the routine moves on (and the voice says, routine-cues.ts). */
export function announce(
  entry: Entry,
  phase: Phase,
  side: Side,
  rep: number,
  reps: number,
  isLast: boolean,
): string {
  const shared = words()
  const say = t().say
  const onSide = side ? shared.side[side] : ''
  if (phase === 'finished') return isLast ? t().complete : ''
  if (entry.kind === 'move') return `${entry.move.title}. ${entry.move.steps.join(' ')}`
  const { stretch } = entry
  // Where it is done and how hard, said before it starts (the kicker shows the same).
  const where = stretch.position === 'desk' ? '' : shared.position[stretch.position]
  const intensity = shared.intensity[stretch.intensity]
  switch (phase) {
    case 'hold':
      return say.hold({ side: onSide, n: rep, of: reps })
    case 'release':
      return side ? say.switch : say.release
    default:
      return say.position({ name: stretch.name, intensity, where, side: onSide })
  }
}
