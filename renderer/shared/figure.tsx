// The stretch figure as an SVG line drawing, with its text alternative: the held stretch (drawn by main, in its
// picture), or the strokes of the moment of its film (main/core/figure/film-play.ts). Both windows use it: the break
// window moves it with the routine's clock (and mirrors it for the other side); Settings shows it held, still.
import type { StretchInfo } from '../../main/app/ipc-contract'
import type { Stroke } from '../../main/core/figure/film-play'
import './figure.css'

type Figure = NonNullable<StretchInfo['figure']>

export function FigureView(props: {
  figure: Figure
  /** `figure`, and the class that sizes it where it is shown. */
  class: string
  /** The strokes of the moment; the held stretch's when left out. */
  strokes?: readonly Stroke[]
  /** What it shows, in the language in use; the figure's description when left out. */
  label?: string
}) {
  const { picture, description } = props.figure
  return (
    <svg
      class={props.class}
      viewBox={picture.frame.join(' ')}
      role="img"
      aria-label={props.label ?? description}
    >
      {/* The same strokes in the same order in every frame: each path keeps its place and glides to its next. */}
      {(props.strokes ?? picture.strokes).map((s) => (
        <path class={s.paint} stroke-width={s.width} d={s.d} />
      ))}
    </svg>
  )
}
