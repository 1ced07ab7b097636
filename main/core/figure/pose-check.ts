// Checking a pose or a whole figure from anywhere (the library, a routine file): every field named in POSE_RANGES,
// every value a number in its range, nothing else. Answers with the value or one plain message per bad field, as
// the preferences do ("right.knee must be a number from 0 to 155 (degrees), got 200"). Never throws.
import { isPlainObject, joinPath } from '../preferences/plain-data'
import type { FieldError, ValidationResult } from '../preferences'
import { describeValue as describe } from '../preferences/check'
import { POSE_RANGES, isRange, type Pose, type Range, type RangeTree } from './pose'
import { readPose } from './pose-read'
import {
  CAMERA_RANGES,
  LIMB_NAMES,
  PROP_NAMES,
  TRACE_RANGES,
  TRACED_JOINTS,
  type StretchFigure,
} from './stretch-figure'

/** At most this many messages: a hostile pose with thousands of unknown fields gets a short answer. */
const MAX_ERRORS = 20
/** A figure's key poses: the start, the held stretch, and at most four shapes on the way. */
export const FIGURE_POSES = { min: 2, max: 6 } as const
/** The pelvis's place is in figure units; every other field is an angle. */
const PLACES = new Set(['pelvis.forward', 'pelvis.up', 'pelvis.right'])

/** Collects what is wrong with a number against its range. */
function checkNumber(errors: FieldError[], path: string, value: unknown, [min, max]: Range, unit = ''): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    const units = unit ? ` (${unit})` : ''
    errors.push({
      path,
      message: `${path} must be a number from ${min} to ${max}${units}, got ${describe(value)}`,
    })
  }
}

function checkFields(ranges: RangeTree, value: unknown, path: string, errors: FieldError[]): void {
  if (!isPlainObject(value)) {
    errors.push({ path, message: `${path || 'a pose'} must be an object, got ${describe(value)}` })
    return
  }
  for (const key of Object.keys(value)) {
    if (errors.length >= MAX_ERRORS) return
    const where = joinPath(path, key)
    const range = Object.prototype.hasOwnProperty.call(ranges, key) ? ranges[key] : undefined
    if (range === undefined) {
      errors.push({
        path: where,
        message: `${where} is not a part of a pose (use ${Object.keys(ranges).join(', ')})`,
      })
    } else if (isRange(range)) {
      const field = where.replace(/^poses\.\d+\./, '')
      checkNumber(errors, where, value[key], range, PLACES.has(field) ? 'figure units' : 'degrees')
    } else {
      checkFields(range, value[key], where, errors)
    }
  }
}

/** Runs a check on data that may be hostile (a throwing getter, a proxy): such data is not a pose. */
function guarded<T>(name: string, check: (errors: FieldError[]) => T): ValidationResult<T> {
  const errors: FieldError[] = []
  try {
    const value = check(errors)
    return errors.length === 0 ? { ok: true, value } : { ok: false, errors: errors.slice(0, MAX_ERRORS) }
  } catch {
    return { ok: false, errors: [{ path: '', message: `${name} must be plain data` }] }
  }
}

/** Checks a pose: the pose with every field filled in, or one message per bad field. */
export function checkPose(value: unknown): ValidationResult<Pose> {
  return guarded('a pose', (errors) => {
    checkFields(POSE_RANGES, value, '', errors)
    return errors.length === 0 ? readPose(isPlainObject(value) ? value : {}) : {}
  })
}

function oneOf<T extends string>(
  errors: FieldError[],
  path: string,
  value: unknown,
  allowed: readonly T[],
): T[] {
  const found = allowed.find((word) => word === value)
  if (found === undefined) {
    errors.push({ path, message: `${path} must be one of ${allowed.join(', ')}, got ${describe(value)}` })
    return []
  }
  return [found]
}

function listOf(errors: FieldError[], path: string, value: unknown, [min, max]: Range): unknown[] {
  if (!Array.isArray(value) || value.length < min || value.length > max) {
    const size = min === max ? `${min}` : `${min} to ${max}`
    errors.push({ path, message: `${path} must be a list of ${size} items, got ${describe(value)}` })
    return []
  }
  return value
}

const numberOr = (value: unknown, fallback: number) => (typeof value === 'number' ? value : fallback)

/** Checks a whole figure (camera, props, key poses, working limbs, traced path): the figure or its messages. */
export function checkFigure(value: unknown): ValidationResult<StretchFigure> {
  return guarded('a figure', (errors): StretchFigure => {
    const figure = isPlainObject(value) ? value : {}
    if (!isPlainObject(value))
      errors.push({ path: '', message: `a figure must be an object, got ${describe(value)}` })
    const camera = isPlainObject(figure.camera) ? figure.camera : {}
    checkNumber(errors, 'camera.around', camera.around, CAMERA_RANGES.around, 'degrees')
    checkNumber(errors, 'camera.above', camera.above, CAMERA_RANGES.above, 'degrees')
    const props = listOf(errors, 'props', figure.props, [0, PROP_NAMES.length])
    const working = listOf(errors, 'working', figure.working, [0, LIMB_NAMES.length])
    const poses = listOf(errors, 'poses', figure.poses, [FIGURE_POSES.min, FIGURE_POSES.max])
    poses.forEach((pose, i) => checkFields(POSE_RANGES, pose, `poses.${i}`, errors))
    const checked: StretchFigure = {
      camera: { around: numberOr(camera.around, 0), above: numberOr(camera.above, 0) },
      props: props.flatMap((prop, i) => oneOf(errors, `props.${i}`, prop, PROP_NAMES)),
      working: working.flatMap((limb, i) => oneOf(errors, `working.${i}`, limb, LIMB_NAMES)),
      poses: poses.map((pose) => readPose(isPlainObject(pose) ? pose : {})),
    }
    if (figure.trace === undefined) return checked
    if (!isPlainObject(figure.trace)) {
      errors.push({ path: 'trace', message: `trace must be an object, got ${describe(figure.trace)}` })
      return checked
    }
    const trace = figure.trace
    const [joint] = oneOf(errors, 'trace.joint', trace.joint, TRACED_JOINTS)
    const shift = listOf(errors, 'trace.shift', trace.shift, [2, 2])
    shift.forEach((n, i) => checkNumber(errors, `trace.shift.${i}`, n, TRACE_RANGES.shift))
    if (trace.scale !== undefined) checkNumber(errors, 'trace.scale', trace.scale, TRACE_RANGES.scale)
    return joint === undefined
      ? checked
      : {
          ...checked,
          trace: {
            joint,
            shift: [numberOr(shift[0], 0), numberOr(shift[1], 0)],
            scale: numberOr(trace.scale, 1),
          },
        }
  })
}
