// The stretch routine's optional tones and voice, following its clock. Both are off by default, so their code
// (cues.ts) is loaded only when a break comes with one on, beside its texts and before it is shown (main.tsx): the
// break window most people see stays small, and the routine that has cues has them from its first moment. The
// player hears where the routine is at every render and gives the cues that moment calls for.
import { useEffect, useMemo } from 'preact/hooks'
import type { BreakContent } from '../../main/app/ipc-contract'
import type { CuePlayer, cuePlayer } from './cues'
import type { RoutineStep } from './routine'
import { repetitionsOf } from './routine'
import type { Entry } from './routine-entries'
import { announce } from './routine-words'

let makePlayer: typeof cuePlayer | null = null

/**
 * Loads the cues' code if `content` has a tone or the voice on; at once otherwise. The cues are optional: if their
 * code cannot be loaded, the break is shown without them.
 */
export async function loadCues(content: BreakContent | null): Promise<void> {
  if (makePlayer || (!content?.cues?.tones && !content?.cues?.voice)) return
  try {
    makePlayer = (await import('./cues')).cuePlayer
  } catch {
    // Shown without its cues, as where the system has no voice.
  }
}

/** The routine's cue player if a tone or the voice is on (its code loaded by loadCues); otherwise null. */
export function useCuePlayer(cues: BreakContent['cues']): CuePlayer | null {
  const tones = cues?.tones === true
  const voice = cues?.voice === true
  const player = useMemo(
    () => ((tones || voice) && makePlayer ? makePlayer({ tones, voice }) : null),
    [tones, voice],
  )
  // The cues stop with the routine (the break answered, or another shown).
  useEffect(() => () => player?.stop(), [player])
  return player
}

/** Tells the player where the routine is, at every render: it gives the cues that moment calls for. */
export function useRoutineCues(
  player: CuePlayer | null,
  entry: Entry | undefined,
  step: RoutineStep,
  left: number,
  isLast: boolean,
): void {
  useEffect(() => {
    if (!player || !entry) return
    const reps = entry.kind === 'stretch' ? repetitionsOf(entry.stretch) : 1
    const said = announce(entry, step.phase, step.side, step.rep, reps, isLast)
    // A stretch's start reads its steps and cautions too: the user may not see them from the floor.
    const steps =
      entry.kind === 'stretch' && step.phase === 'position'
        ? ` ${[...entry.stretch.steps, ...entry.stretch.cautions].join(' ')}`
        : ''
    const { stretch, rep, phase, side } = step
    player.follow({ entry: stretch, rep, phase, side, left, words: said + steps })
  })
}
