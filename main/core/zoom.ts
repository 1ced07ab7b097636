// Zooming a window with Ctrl+plus, Ctrl+minus and Ctrl+0: the steps a browser takes (50% to 300%), so each press
// moves as far as the user expects from any browser, and a factor stored by hand snaps to the nearest step.

/** The zoom factors a press moves between, smallest first (Chromium's own steps). */
export const ZOOM_FACTORS = [0.5, 0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3] as const
export const ZOOM_MIN = 0.5
export const ZOOM_MAX = 3

/** Ctrl+plus, Ctrl+minus, Ctrl+0. */
export const ZOOM_STEPS = ['in', 'out', 'reset'] as const
export type ZoomStep = (typeof ZOOM_STEPS)[number]

/** The factor after one press: the next step up or down from `factor` (held at the ends), or 100%. */
export function zoomAfter(factor: number, step: ZoomStep): number {
  if (step === 'reset') return 1
  if (step === 'in') return ZOOM_FACTORS.find((f) => f > factor + 0.001) ?? ZOOM_MAX
  return [...ZOOM_FACTORS].reverse().find((f) => f < factor - 0.001) ?? ZOOM_MIN
}
