// The stretch figures (main/core/figure): every stretch of the library has one, posed with valid joint angles, on
// its first side, with the body above the floor; any pose or figure from outside (a routine file) is checked with a
// message naming the field and what is allowed; the figure moves with the routine's clock slowly in, still through
// the hold, out between holds, changing sides while it is back at the start.
import { describe, expect, it } from 'vitest'
import { CATALOGS } from '../locales/index'
import { STRETCHES, stretchWords } from '../main/core/content'
import {
  FIGURES,
  MOVE_MS,
  POSE_RANGES,
  checkFigure,
  checkPose,
  figureAt,
  figureFor,
  filmOf,
  pictureOf,
  jointsOf,
  pointsAt,
  strokesAt,
  type Pose,
} from '../main/core/figure'
import { LANGUAGES } from '../main/core/i18n/languages'

describe('the figure library', () => {
  it('has a figure for every stretch of the library, and none for a stretch it does not have', () => {
    for (const stretch of STRETCHES) expect(figureFor(stretch.id), stretch.id).not.toBeNull()
    expect(Object.keys(FIGURES).sort()).toEqual(STRETCHES.map((s) => s.id).sort())
    expect(figureFor('headstand')).toBeNull()
    expect(figureFor('toString')).toBeNull()
  })

  it('poses every stretch with valid joint angles: a start, maybe shapes on the way, and the held stretch', () => {
    for (const stretch of STRETCHES) {
      const figure = figureFor(stretch.id)
      expect(checkFigure(figure), stretch.id).toMatchObject({ ok: true })
      for (const pose of figure?.poses ?? []) expect(checkPose(pose), stretch.id).toMatchObject({ ok: true })
    }
  })

  it('keeps every key pose above the floor, the head resting on it at most', () => {
    for (const stretch of STRETCHES) {
      for (const [i, pose] of (figureFor(stretch.id)?.poses ?? []).entries()) {
        const j = jointsOf(pose)
        const points = [j.pelvis, j.waist, j.chest, ...Object.values(j.right), ...Object.values(j.left)]
        const lowest = Math.min(...points.map((p) => p[1]))
        expect(lowest, `${stretch.id}, pose ${i}`).toBeGreaterThanOrEqual(0)
        expect(j.head[1], `${stretch.id}, pose ${i}: the head`).toBeGreaterThanOrEqual(6)
      }
    }
  })

  it('shows which side a one-sided stretch works: a limb of the right side in the accent, or its path traced', () => {
    for (const stretch of STRETCHES.filter((s) => s.oneSided)) {
      const figure = figureFor(stretch.id)
      const marked = figure?.working.some((limb) => limb.startsWith('right')) || figure?.trace !== undefined
      expect(marked, stretch.id).toBe(true)
    }
  })

  it('says what every figure shows, in every language', () => {
    for (const { code } of LANGUAGES) {
      for (const stretch of STRETCHES) {
        const words = stretchWords(CATALOGS[code].content, stretch)
        expect(words.figure.length, `${code} ${stretch.id}`).toBeGreaterThan(30)
        expect(words.figure, `${code} ${stretch.id}`).not.toBe(words.steps.join(' '))
      }
    }
  })
})

describe('checking a pose from outside', () => {
  const message = (value: unknown) => {
    const result = checkPose(value)
    return result.ok ? [] : result.errors.map((e) => e.message)
  }

  it('accepts a pose that names only the joints that move, and fills in the rest', () => {
    const result = checkPose({ right: { knee: 90 }, neck: { flexion: -10 } })
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.value).toMatchObject({ right: { knee: 90, elbow: 0 }, left: { knee: 0 } })
  })

  it('names the field and its range when an angle is out of it', () => {
    expect(message({ right: { knee: 200 } })).toEqual([
      'right.knee must be a number from 0 to 155 (degrees), got 200',
    ])
    expect(message({ pelvis: { up: -5 } })).toEqual([
      'pelvis.up must be a number from 0 to 120 (figure units), got -5',
    ])
    expect(message({ lowerBack: { flexion: '20' } })[0]).toMatch(
      /lowerBack\.flexion must be a number .* got "20"/,
    )
    expect(message({ left: { hip: { rotation: Number.NaN } } })[0]).toMatch(/left\.hip\.rotation .* got NaN/)
  })

  it('names a field that is not part of a pose, and what would be', () => {
    expect(message({ right: { kneee: 10 } })[0]).toMatch(/^right\.kneee is not a part of a pose \(use .*knee/)
    expect(message({ tail: 3 })[0]).toMatch(/^tail is not a part of a pose/)
  })

  it('refuses what is not a pose at all, and hostile data, without throwing', () => {
    expect(message(null)).toEqual(['a pose must be an object, got null'])
    expect(message([1, 2])).toEqual(['a pose must be an object, got a list'])
    expect(message({ right: 'bent' })).toEqual(['right must be an object, got "bent"'])
    const hostile = {
      get right(): never {
        throw new Error('gotcha')
      },
    }
    expect(message(hostile)).toEqual(['a pose must be plain data'])
    const huge = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`joint${i}`, i]))
    expect(message(huge).length).toBeLessThanOrEqual(20)
  })

  it('checks a whole figure: camera, props, working limbs, two to six poses, a traced joint', () => {
    const pose: Pose = { pelvis: { up: 54 } }
    const errors = (figure: unknown) => {
      const result = checkFigure(figure)
      return result.ok ? [] : result.errors.map((e) => e.path)
    }
    const good = { camera: { around: 0, above: 0 }, props: ['chair'], working: [], poses: [pose, pose] }
    expect(errors(good)).toEqual([])
    expect(errors({ ...good, camera: { around: 0, above: 120 } })).toEqual(['camera.above'])
    expect(errors({ ...good, props: ['trampoline'] })).toEqual(['props.0'])
    expect(errors({ ...good, working: ['tail'] })).toEqual(['working.0'])
    expect(errors({ ...good, poses: [pose] })).toEqual(['poses'])
    expect(errors({ ...good, poses: [pose, { right: { elbow: 400 } }] })).toEqual(['poses.1.right.elbow'])
    expect(errors({ ...good, trace: { joint: 'nose', shift: [0, 0] } })).toEqual(['trace.joint'])
  })

  it('reads every field of POSE_RANGES, and only those', () => {
    const full = checkPose({})
    expect(full.ok).toBe(true)
    const shape = (value: unknown): unknown =>
      Array.isArray(value)
        ? 'number'
        : typeof value === 'number'
          ? 'number'
          : Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, shape(v)]))
    if (full.ok) expect(shape(full.value)).toEqual(shape(POSE_RANGES))
  })
})

describe('the figure moves with the routine clock', () => {
  const at = (
    phase: 'position' | 'hold' | 'release' | 'finished',
    elapsed: number,
    length: number,
    still = false,
  ) => figureAt({ phase, side: 'other', elapsed, length }, still)

  it('waits in the start position while the steps are read, then moves in slowly, arriving as the hold begins', () => {
    expect(MOVE_MS).toBeGreaterThanOrEqual(3000)
    expect(at('position', 0, 8000).share).toBeLessThanOrEqual(0)
    expect(at('position', 8000 - MOVE_MS, 8000).share).toBe(0)
    expect(at('position', 8000 - MOVE_MS / 2, 8000)).toMatchObject({ way: 'into', share: 0.5 })
    expect(at('position', 8000, 8000).share).toBe(1)
  })

  it('holds the stretch, still, while the ring holds', () => {
    for (const elapsed of [0, 4000, 9999])
      expect(at('hold', elapsed, 10_000)).toEqual({ way: 'into', share: 1, side: 'other' })
  })

  it('eases out between holds, changes sides while back at the start, and moves in for the next hold', () => {
    expect(at('release', 1000, 5000)).toMatchObject({ way: 'out', share: 0.5, side: 'first' })
    expect(at('release', 2000, 5000)).toMatchObject({ way: 'out', share: 1, side: 'first' })
    expect(at('release', 2600, 5000)).toMatchObject({ way: 'into', side: 'other' })
    expect(at('release', 2600, 5000).share).toBeLessThanOrEqual(0)
    expect(at('release', 3000, 5000)).toMatchObject({ way: 'into', share: 0, side: 'other' })
    expect(at('release', 5000, 5000)).toMatchObject({ way: 'into', share: 1, side: 'other' })
    expect(figureAt({ phase: 'release', side: null, elapsed: 1000, length: 5000 }).side).toBeNull()
  })

  it('eases out at the end', () => {
    expect(at('finished', MOVE_MS / 2, 0)).toMatchObject({ way: 'out', share: 0.5 })
  })

  it('shows only the held stretch, still, when asked for less motion', () => {
    for (const phase of ['position', 'hold', 'release', 'finished'] as const) {
      expect(at(phase, 1000, 5000, true)).toEqual({ way: 'into', share: 1, side: 'other' })
    }
  })
})

describe('the film a window plays', () => {
  it('runs from the start position to the held stretch and back, with no jump between its samples', () => {
    for (const stretch of STRETCHES) {
      const figure = figureFor(stretch.id)
      if (!figure) continue
      const film = filmOf(figure)
      const start = filmOf({ ...figure, poses: [figure.poses[0] ?? {}, figure.poses[0] ?? {}] }).into[0]
      expect(film.into[0], stretch.id).toEqual(start)
      expect(film.out[film.out.length - 1], stretch.id).toEqual(start)
      expect(film.out[0], stretch.id).toEqual(film.into[film.into.length - 1])
      expect(pictureOf(film), stretch.id).toEqual({
        frame: film.frame,
        strokes: strokesAt(film, pointsAt(film, 'into', 1)),
      })
      for (const way of [film.into, film.out]) {
        for (let i = 1; i < way.length; i++) {
          const step = Math.max(...(way[i] ?? []).map((v, k) => Math.abs(v - (way[i - 1]?.[k] ?? v))))
          expect(step, `${stretch.id}: sample ${i}`).toBeLessThan(20)
        }
      }
    }
  })

  it('frames every sample and prop: nothing leaves the picture while the figure moves', () => {
    for (const stretch of STRETCHES) {
      const figure = figureFor(stretch.id)
      if (!figure) continue
      const film = filmOf(figure)
      const [x, y, width, height] = film.frame
      for (const points of [...film.into, ...film.out]) {
        for (let i = 0; i < points.length; i += 2) {
          expect(points[i], stretch.id).toBeGreaterThanOrEqual(x)
          expect(points[i], stretch.id).toBeLessThanOrEqual(x + width)
          expect(points[i + 1], stretch.id).toBeGreaterThanOrEqual(y)
          expect(points[i + 1], stretch.id).toBeLessThanOrEqual(y + height)
        }
      }
    }
  })

  it('blends between its samples', () => {
    const film = filmOf(
      figureFor('knee-to-chest') ?? { camera: { around: 0, above: 0 }, props: [], working: [], poses: [] },
    )
    const half = pointsAt(film, 'into', 0.5 / (film.into.length - 1))
    const [a, b] = [film.into[0] ?? [], film.into[1] ?? []]
    expect(half).toEqual(a.map((v, i) => v + ((b[i] ?? v) - v) / 2))
  })
})
