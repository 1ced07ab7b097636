// What the break window plays for a stretch break: its stretches and the moves between them, in main's order
// (content.routine), each stretch with its number in the routine and each move with the stretch it leads to. A
// routine that does not name the stretches in order (an older main) plays the stretches one after another.
import type { BreakContent, MoveInfo, StretchInfo } from '../../main/app/ipc-contract'
import { timingOf } from '../../main/core/content/routine-timing'
import type { Timed } from './routine'

export type Entry =
  | { kind: 'stretch'; stretch: StretchInfo; number: number }
  | { kind: 'move'; move: MoveInfo; next: StretchInfo | null; shows: StretchInfo | null }

export function entriesOf(content: Pick<BreakContent, 'stretches' | 'routine'>): Entry[] {
  const { stretches } = content
  const plain = stretches.map((stretch, i): Entry => ({ kind: 'stretch', stretch, number: i + 1 }))
  const routine = content.routine
  if (!routine) return plain
  const named = routine.flatMap((entry) => (entry.kind === 'stretch' ? [entry.id] : []))
  if (named.length !== stretches.length || named.some((id, i) => stretches[i]?.id !== id)) return plain
  let n = 0
  return routine.flatMap((entry): Entry[] => {
    if (entry.kind === 'move') {
      const shows = stretches.find((s) => s.id === entry.move.figureOf) ?? null
      return [{ kind: 'move', move: entry.move, next: stretches[n] ?? null, shows }]
    }
    // Checked above: the n-th stretch entry is the n-th stretch.
    const stretch = stretches[n++]
    return stretch ? [{ kind: 'stretch', stretch, number: n }] : []
  })
}

/**
 * How the routine's clock sees an entry. `voice`: the steps are read aloud, so a stretch gives the time to hear
 * them (its name, steps and cautions) before the hold starts.
 */
export function timedOf(entry: Entry, voice = false): Timed {
  if (entry.kind === 'move') return { kind: 'move', seconds: entry.move.seconds }
  return { kind: 'stretch', timing: timingOf(entry.stretch, voice) }
}
