// The figure of the stretch on screen, moving with the routine's clock (main/core/figure/timeline.ts): into the
// stretch as the steps are read, still through the hold, out between holds, mirrored for the other side with a
// marker saying which side it shows (the mirror image is the same picture, turned over: it never sweeps across).
// With reduced motion, the held stretch, still.
import type { StretchInfo } from '../../main/app/ipc-contract'
import { pointsAt, strokesAt } from '../../main/core/figure/film-play'
import { figureAt } from '../../main/core/figure/timeline'
import { FigureView } from '../shared/figure'
import type { RoutineStep } from './routine'
import { t } from './texts'

export function RoutineFigure(props: { stretch: StretchInfo; step: RoutineStep; elapsed: number }) {
  const { stretch, step } = props
  const figure = stretch.figure
  if (!figure) return null
  const still = matchMedia('(prefers-reduced-motion: reduce)').matches
  // Past the last hold a one-sided stretch is on its other side: its repetitions come in pairs.
  const side = step.phase === 'finished' && stretch.oneSided ? 'other' : step.side
  // A stretch has no move of its own (moves are entries of their own: MoveFigure).
  const phase = step.phase === 'move' ? 'position' : step.phase
  const moment = figureAt({ phase, side, elapsed: props.elapsed, length: step.length }, still)
  const film = figure.film
  const words = t().figure
  const marker = moment.side && (moment.side === 'first' ? words.right : words.left)
  return (
    <div class="routine-figure" data-side={moment.side ?? undefined}>
      <FigureView
        class="figure routine-picture"
        figure={figure}
        strokes={still || !film ? undefined : strokesAt(film, pointsAt(film, moment.way, moment.share))}
        label={marker ? words.alt({ what: figure.description, side: marker }) : figure.description}
      />
      {marker && (
        <span class="figure-side" aria-hidden="true">
          {marker}
        </span>
      )}
    </div>
  )
}

/**
 * During a move, the position it leads to, still: the next stretch's start (for getting up, the last stretch's),
 * with the move's last step as its text alternative.
 */
export function MoveFigure(props: { stretch: StretchInfo | null; label: string }) {
  const figure = props.stretch?.figure
  if (!figure) return null
  const film = figure.film
  return (
    <div class="routine-figure">
      <FigureView
        class="figure routine-picture"
        figure={figure}
        strokes={film ? strokesAt(film, pointsAt(film, 'into', 0)) : undefined}
        label={props.label}
      />
    </div>
  )
}
