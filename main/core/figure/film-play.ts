// Plays a figure's film (film.ts makes it in main): the points of the picture at any share of the way into or out
// of the stretch, blended between the two nearest samples, and the SVG strokes through them. The windows' only
// figure code: small, because every angle, projection and prop was worked out before it crossed to the window.

/**
 * How a stroke is painted (renderer/shared/figure.css): the body in the text colour; a limb on the far side of the
 * body, props and the floor paler (thinner, props are told from limbs by their width); a limb that does the
 * stretch, a traced path and a mat in the accent; an eye in the colour behind.
 */
export type Paint = 'body' | 'far' | 'work' | 'eye'

/** The picture's frame: x, y, width and height, as an SVG viewBox. */
export type Frame = readonly [x: number, y: number, width: number, height: number]

/** A moving stroke: lines through the film's points (by index), a single point being a dot. */
export interface FilmPart {
  id: string
  paint: Paint
  /** The stroke's width, in figure units. */
  width: number
  runs: readonly (readonly number[])[]
  /** One smooth curve through its three points (the spine). */
  curved?: boolean
}

/** A figure's held stretch, drawn: all a still picture needs (a list of stretches, reduced motion). */
export interface FigurePicture {
  /** On the first side; the other side is its mirror image. */
  frame: Frame
  strokes: readonly Stroke[]
}

/** A figure ready to move: its frame (the picture's), what never moves, what moves, and the points along the way. */
export interface FigureFilm {
  frame: Frame
  /** Strokes that never move (floor, chair, door frame, mat, a traced path), behind the figure. */
  still: readonly { paint: Paint; width: number; d: string }[]
  /** The moving strokes, furthest first. */
  parts: readonly FilmPart[]
  /** The points (x, y, x, y …) from the start position (first) to the held stretch (last), already eased. */
  into: readonly (readonly number[])[]
  /** The points from the held stretch (first) straight back to the start position (last), already eased. */
  out: readonly (readonly number[])[]
}

export interface Stroke {
  paint: Paint
  width: number
  d: string
}

/** The points `share` of the way along `way` (0: its first sample, 1: its last). */
export function pointsAt(film: FigureFilm, way: 'into' | 'out', share: number): readonly number[] {
  const samples = film[way]
  const at = Math.min(1, Math.max(0, share)) * (samples.length - 1)
  const before = samples[Math.floor(at)] ?? []
  const after = samples[Math.ceil(at)] ?? before
  const mix = at - Math.floor(at)
  return mix === 0 ? before : before.map((value, i) => value + ((after[i] ?? value) - value) * mix)
}

/** The film's strokes through `points`: what never moves first, then the moving parts in their order. */
export function strokesAt(film: FigureFilm, points: readonly number[]): Stroke[] {
  const xy = (i: number) =>
    `${Math.round((points[i * 2] ?? 0) * 10) / 10} ${Math.round((points[i * 2 + 1] ?? 0) * 10) / 10}`
  const still = film.still.map((s): Stroke => ({ ...s }))
  // Each segment of a limb is a line of its own: their round ends make round joints at the knees and elbows.
  const moving = film.parts.map((part): Stroke => {
    const d = part.runs
      .map((run) =>
        run.length === 1
          ? `M${xy(run[0] ?? 0)}h0`
          : part.curved
            ? `M${xy(run[0] ?? 0)}Q${xy(run[1] ?? 0)} ${xy(run[2] ?? 0)}`
            : run
                .slice(1)
                .map((to, i) => `M${xy(run[i] ?? 0)}L${xy(to)}`)
                .join(''),
      )
      .join('')
    return { paint: part.paint, width: part.width, d }
  })
  return [...still, ...moving]
}
