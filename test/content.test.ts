// The back-care content and the stretch rotation, checked against the product's rules: enough stretches of every
// kind, every stretch complete and carrying the stretching cue and an intensity, gentle stretches for every area a
// sore-back day needs, a fair rotation, when to see a doctor, and no text anywhere that suggests medication.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as content from '../main/core/content'
import {
  ACTIVITY_NOTICES,
  AREA_LABELS,
  BEDTIME_REMINDERS,
  BRACE_CAUTION,
  BRACE_OFF,
  DOCTOR_NOTICE,
  SORE_BACK_CAUTION,
  SORE_BACK_CUE,
  STRETCH_INTENSITIES,
  checkInNotice,
  frequentNotice,
  planDayLine,
  DISCLAIMER,
  DISCLAIMER_SHORT,
  HOLD_SECONDS_MAX,
  HOLD_SECONDS_MIN,
  INITIAL_ROTATION_STATE,
  MOVEMENT_GUIDANCE,
  NOTICE_BODY_MAX,
  NOTICE_TITLE_MAX,
  POSTURE_TIPS,
  STRENGTH_GUIDANCE,
  STRETCH_AREAS,
  STRETCH_CUE,
  STRETCHES,
  THERAPY_GUIDANCE,
  THERAPY_NOTICES,
  WIND_DOWN_SUGGESTIONS,
  YOGA_GUIDANCE,
  parseRotationState,
  pickStretches,
  seededRandom,
  stretchById,
  therapyNotice,
  type NoticeText,
  type RotationState,
  type Stretch,
  type TherapySwitch,
} from '../main/core/content'

const THERAPY_SWITCHES = Object.keys(THERAPY_NOTICES) as TherapySwitch[]

describe('stretch library', () => {
  it('has at least 14 stretches, at least 8 of them doable at a desk', () => {
    expect(STRETCHES.length).toBeGreaterThanOrEqual(14)
    expect(STRETCHES.filter((s) => s.position === 'desk').length).toBeGreaterThanOrEqual(8)
  })

  it('covers lower, middle and upper back, abdominals, hips and neck', () => {
    const covered = new Set(STRETCHES.map((s) => s.area))
    expect([...covered].sort()).toEqual(
      ['abdominals', 'hips', 'lower-back', 'middle-back', 'neck-shoulders', 'upper-back'].sort(),
    )
    expect(STRETCH_AREAS).toHaveLength(6)
  })

  it('gives every stretch a unique id and name', () => {
    expect(new Set(STRETCHES.map((s) => s.id)).size).toBe(STRETCHES.length)
    expect(new Set(STRETCHES.map((s) => s.name)).size).toBe(STRETCHES.length)
    for (const s of STRETCHES) expect(s.id).toMatch(/^[a-z]+(-[a-z]+)*$/)
  })

  it.each(STRETCHES.map((s) => [s.id, s] as const))('%s is complete', (_id, s: Stretch) => {
    expect(s.name.trim()).not.toBe('')
    expect(s.areaLabel).toBe(AREA_LABELS[s.area])
    expect(['desk', 'standing', 'floor']).toContain(s.position)
    expect(s.steps.length).toBeGreaterThanOrEqual(3)
    expect(s.steps.length).toBeLessThanOrEqual(6)
    for (const step of s.steps) {
      expect(step.trim()).not.toBe('')
      expect(step.length).toBeLessThanOrEqual(100)
    }
    expect(Number.isInteger(s.holdSeconds)).toBe(true)
    expect(s.holdSeconds).toBeGreaterThanOrEqual(HOLD_SECONDS_MIN)
    expect(s.holdSeconds).toBeLessThanOrEqual(HOLD_SECONDS_MAX)
    expect(Number.isInteger(s.repetitions) && s.repetitions >= 1).toBe(true)
    expect(s.cautions.length).toBeGreaterThan(0)
    for (const caution of s.cautions) expect(caution.trim()).not.toBe('')
  })

  it('holds for 8 to 30 seconds, 10 by default', () => {
    expect([HOLD_SECONDS_MIN, HOLD_SECONDS_MAX]).toEqual([8, 30])
    const holds = STRETCHES.map((s) => s.holdSeconds)
    expect(holds.filter((h) => h === 10).length).toBeGreaterThan(STRETCHES.length / 2)
  })

  it('shows the slow, no-bouncing, discomfort-not-pain cue with every stretch', () => {
    expect(STRETCH_CUE).toMatch(/slow/i)
    expect(STRETCH_CUE).toMatch(/no bouncing/i)
    expect(STRETCH_CUE).toMatch(/never pain/i)
    expect(STRETCH_CUE).toMatch(/hold.*ease out slowly/i)
    for (const s of STRETCHES) expect(s.cue).toBe(STRETCH_CUE)
  })

  it('marks as one-sided exactly the stretches whose steps change sides or legs', () => {
    const changesSides = (steps: readonly string[]) =>
      /other side|change sides|change legs/i.test(steps.join(' '))
    for (const stretch of STRETCHES) {
      expect({ id: stretch.id, oneSided: stretch.oneSided }).toEqual({
        id: stretch.id,
        oneSided: changesSides(stretch.steps),
      })
    }
  })

  it('gives every stretch an intensity, and uses all three', () => {
    for (const s of STRETCHES) expect(STRETCH_INTENSITIES).toContain(s.intensity)
    expect(new Set(STRETCHES.map((s) => s.intensity))).toEqual(new Set(STRETCH_INTENSITIES))
    // A backbend on the floor is the most a back is asked to do here; a sore back starts with the gentle ones.
    expect(stretchById('sphinx')?.intensity).toBe('strong')
    expect(stretchById('seated-pelvic-tilt')?.intensity).toBe('gentle')
  })

  it('has gentle stretches for every area, at a desk too (a sore-back day at work)', () => {
    for (const area of STRETCH_AREAS) {
      const gentle = STRETCHES.filter((s) => s.area === area && s.intensity === 'gentle')
      expect(gentle.filter((s) => s.position === 'desk').length, area).toBeGreaterThanOrEqual(1)
    }
    // Enough for a varied routine of three, as the rotation wants, on any sore-back day.
    expect(STRETCHES.filter((s) => s.intensity === 'gentle').length).toBeGreaterThanOrEqual(12)
  })

  it('finds a stretch by id, and nothing for an unknown id', () => {
    expect(stretchById('seated-twist')?.name).toBe('Seated twist')
    expect(stretchById('headstand')).toBeUndefined()
  })
})

/** Runs routines of `perRoutine` until `total` picks, carrying the state through JSON like the store does. */
function runRotation(
  disabled: readonly string[],
  total: number,
  perRoutine: number,
  seed: number,
): Stretch[] {
  const random = seededRandom(seed)
  let state: RotationState = INITIAL_ROTATION_STATE
  const shown: Stretch[] = []
  while (shown.length < total) {
    const result = pickStretches(
      STRETCHES,
      disabled,
      Math.min(perRoutine, total - shown.length),
      state,
      random,
    )
    if (!result.ok) throw new Error(result.reason)
    expect(new Set(result.picks.map((s) => s.id)).size).toBe(result.picks.length)
    shown.push(...result.picks)
    state = JSON.parse(JSON.stringify(result.state)) as RotationState
  }
  return shown
}

describe('stretch rotation', () => {
  const disabled = ['sphinx', 'chin-tuck', 'knee-to-chest', 'doorway-chest-stretch', 'lying-hamstring']
  const enabled = STRETCHES.filter((s) => !disabled.includes(s.id))

  it('shows every enabled stretch once in each full cycle over 1,000 picks, never a disabled one', () => {
    const shown = runRotation(disabled, 1000, 3, 7)
    expect(shown).toHaveLength(1000)
    expect(shown.filter((s) => disabled.includes(s.id))).toEqual([])
    const fullCycles = Math.floor(shown.length / enabled.length)
    for (let c = 0; c < fullCycles; c++) {
      const cycle = shown.slice(c * enabled.length, (c + 1) * enabled.length).map((s) => s.id)
      expect(cycle.sort()).toEqual(enabled.map((s) => s.id).sort())
    }
  })

  it('keeps the counts within one of each other', () => {
    const shown = runRotation(disabled, 1000, 3, 11)
    const counts = enabled.map((e) => shown.filter((s) => s.id === e.id).length)
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1)
  })

  it('never puts two stretches for the same area back to back when it has a choice', () => {
    for (const seed of [1, 2, 3]) {
      const shown = runRotation(disabled, 1000, 3, seed)
      const repeats = shown.slice(1).filter((s, i) => s.area === shown[i]?.area)
      expect(repeats).toEqual([])
    }
  })

  it('does not always pick in the same order', () => {
    const first = runRotation([], STRETCHES.length, 3, 1).map((s) => s.id)
    const second = runRotation([], STRETCHES.length, 3, 2).map((s) => s.id)
    expect(first).not.toEqual(second)
  })

  it('starts a routine in a different area from the last stretch shown', () => {
    const state: RotationState = { used: [], lastArea: 'lower-back' }
    const onlyTwoAreas = STRETCHES.filter((s) => s.area !== 'lower-back' && s.area !== 'hips').map(
      (s) => s.id,
    )
    for (const seed of [1, 2, 3, 4, 5]) {
      const result = pickStretches(STRETCHES, onlyTwoAreas, 1, state, seededRandom(seed))
      expect(result.ok && result.picks[0]?.area).toBe('hips')
    }
  })

  it('still rotates fairly when every enabled stretch works the same area', () => {
    const lowerBack = STRETCHES.filter((s) => s.area === 'lower-back')
    const others = STRETCHES.filter((s) => s.area !== 'lower-back').map((s) => s.id)
    const shown = runRotation(others, lowerBack.length * 4, 2, 5)
    for (const s of lowerBack) expect(shown.filter((x) => x.id === s.id)).toHaveLength(4)
  })

  it('shows each stretch at most once per routine, even when fewer are enabled than asked for', () => {
    const keep = ['seated-twist', 'chest-opener']
    const result = pickStretches(
      STRETCHES,
      STRETCHES.map((s) => s.id).filter((id) => !keep.includes(id)),
      3,
      INITIAL_ROTATION_STATE,
    )
    expect(result.ok && result.picks.map((s) => s.id).sort()).toEqual([...keep].sort())
  })

  it('reports an empty enabled set instead of failing', () => {
    const all = STRETCHES.map((s) => s.id)
    expect(pickStretches(STRETCHES, all, 3, INITIAL_ROTATION_STATE)).toEqual({
      ok: false,
      reason: 'no-enabled-stretches',
    })
  })

  it('rejects a routine length that is not a whole number of at least 1', () => {
    expect(() => pickStretches(STRETCHES, [], 0, INITIAL_ROTATION_STATE)).toThrow(
      /count must be .* at least 1, got 0/,
    )
    expect(() => pickStretches(STRETCHES, [], 1.5, INITIAL_ROTATION_STATE)).toThrow(RangeError)
  })

  it('gives the same routine for the same state, so a stored state replays exactly', () => {
    const state: RotationState = { used: ['seated-twist', 'sphinx'], lastArea: 'middle-back' }
    const a = pickStretches(STRETCHES, [], 3, state)
    const b = pickStretches(STRETCHES, [], 3, JSON.parse(JSON.stringify(state)) as RotationState)
    expect(a).toEqual(b)
  })

  it('does not count a stretch that was disabled mid-cycle towards the cycle', () => {
    const state: RotationState = { used: ['sphinx', 'seated-twist'], lastArea: 'abdominals' }
    const result = pickStretches(STRETCHES, ['sphinx'], 1, state, seededRandom(3))
    expect(result.ok && result.state.used).not.toContain('sphinx')
    expect(result.ok && result.state.used).toContain('seated-twist')
  })

  it('reads back a stored state, starting afresh from anything unreadable', () => {
    expect(parseRotationState({ used: ['a', 'a', 3, 'b'], lastArea: 'hips' })).toEqual({
      used: ['a', 'b'],
      lastArea: 'hips',
    })
    expect(parseRotationState({ used: 'x', lastArea: 'knees' })).toEqual({ used: [], lastArea: null })
    expect(parseRotationState(null)).toEqual({ used: [], lastArea: null })
  })
})

function expectNotice(notice: NoticeText): void {
  expect(notice.title.trim()).not.toBe('')
  expect(notice.body.trim()).not.toBe('')
  expect(notice.title.length).toBeLessThanOrEqual(NOTICE_TITLE_MAX)
  expect(notice.body.length).toBeLessThanOrEqual(NOTICE_BODY_MAX)
}

describe('tips and reminders', () => {
  it('has at least 20 distinct posture tips, each short enough for a notification', () => {
    expect(new Set(POSTURE_TIPS).size).toBeGreaterThanOrEqual(20)
    for (const tip of POSTURE_TIPS) expect(tip.length).toBeLessThanOrEqual(NOTICE_BODY_MAX)
  })

  it('suggests at least 10 wind-down habits, covering the sleep guidance', () => {
    expect(new Set(WIND_DOWN_SUGGESTIONS).size).toBeGreaterThanOrEqual(10)
    const all = WIND_DOWN_SUGGESTIONS.join('\n')
    for (const topic of [
      /dim the lights/i,
      /screens/i,
      /tea/i,
      /bath/i,
      /dark/i,
      /weekends/i,
      /seven to nine hours/i,
    ]) {
      expect(all).toMatch(topic)
    }
  })

  it('has notification-sized texts for the wind-down, get-ready and bedtime reminders', () => {
    expect(Object.keys(BEDTIME_REMINDERS).sort()).toEqual(['bedtime', 'get-ready', 'wind-down'])
    for (const notice of Object.values(BEDTIME_REMINDERS)) expectNotice(notice)
  })

  it('reminds about the cloth between ice or heat and skin whenever it goes on', () => {
    expect(THERAPY_NOTICES['ice-on'].body).toMatch(/cloth/i)
    expect(THERAPY_NOTICES['heat-on'].body).toMatch(/cloth|layer/i)
    expect(THERAPY_NOTICES['ice-off'].title).toMatch(/ice off/i)
    expect(THERAPY_NOTICES['ice-off'].title).toMatch(/rest/i)
  })

  it('tells how long each therapy phase lasts, within notification limits', () => {
    expect(therapyNotice('ice-on', 20).body).toMatch(/20 minutes on\.$/)
    expect(therapyNotice('ice-off', 1).body).toMatch(/1 minute off\.$/)
    expect(therapyNotice('finished', 20)).toEqual(THERAPY_NOTICES.finished)
    for (const step of THERAPY_SWITCHES) {
      expectNotice(therapyNotice(step))
      expectNotice(therapyNotice(step, 120))
    }
  })

  it('explains ice timing and the heat alternatives', () => {
    expect(THERAPY_GUIDANCE.ice.join(' ')).toMatch(/twenty minutes on, then twenty minutes off/i)
    expect(THERAPY_GUIDANCE.ice.join(' ')).toMatch(/never put ice straight on your skin/i)
    expect(THERAPY_GUIDANCE.heat.join(' ')).toMatch(/heating pad/i)
    expect(THERAPY_GUIDANCE.heat.join(' ')).toMatch(/rice.*20 to 30 seconds/i)
  })

  it('frames strength work as back and belly together, with the weekly guidance', () => {
    const all = STRENGTH_GUIDANCE.join(' ')
    expect(all).toMatch(/back muscles and your abdominal muscles/i)
    expect(all).toMatch(/two to four sessions a week, 30 to 45 minutes/i)
    expect(all).toMatch(/form/i)
    expect(YOGA_GUIDANCE.length).toBeGreaterThan(0)
    for (const notice of [...ACTIVITY_NOTICES.strength, ...ACTIVITY_NOTICES.yoga]) expectNotice(notice)
  })

  it('warns that a brace worn too long lets muscles weaken', () => {
    expect(BRACE_CAUTION).toMatch(/too long/i)
    expect(BRACE_CAUTION).toMatch(/muscles/i)
  })

  it('says rest helps, too much stiffens, and overdoing it worsens spasms', () => {
    const all = MOVEMENT_GUIDANCE.join(' ')
    expect(all).toMatch(/rest helps/i)
    expect(all).toMatch(/stiffer/i)
    expect(all).toMatch(/spasms worse/i)
  })

  it('says again on a sore-back day to stop at the first sign of pain, and never to bounce', () => {
    expect(SORE_BACK_CAUTION).toMatch(/stop at the first sign of pain/i)
    expect(SORE_BACK_CUE).toMatch(/no bouncing/i)
    expect(SORE_BACK_CUE).toMatch(/stop at the first sign of pain/i)
  })

  it('names the signs that need a doctor now, in plain words, and is not medical advice', () => {
    const signs = DOCTOR_NOTICE.signs.join(' ')
    expect(signs).toMatch(/numbness.*weakness in a leg/)
    expect(signs).toMatch(/bladder or bowels/)
    expect(signs).toMatch(/fever/)
    expect(signs).toMatch(/fall.*injury/)
    expect(signs).toMatch(/wakes you at night/)
    expect(DOCTOR_NOTICE.lasting).toMatch(/more than a few days.*doctor/)
    expect(DOCTOR_NOTICE.disclaimer).toMatch(/not medical advice/)
    expect(frequentNotice(11, 14)).toMatch(/11 of the last 14 days.*doctor.*not medical advice/)
  })

  it('fits the sore-back notifications on screen', () => {
    expectNotice(BRACE_OFF)
    expectNotice(checkInNotice(null))
    expectNotice(checkInNotice({ day: 5, days: 5 }))
    expect(planDayLine(2, 3)).toBe('Sore-back plan: day 2 of 3')
  })

  it('says it is not medical advice and sends persistent or severe pain to a doctor', () => {
    expect(DISCLAIMER_SHORT).toMatch(/not medical advice/i)
    const all = DISCLAIMER.join(' ')
    expect(all).toMatch(/not medical advice/i)
    expect(all).toMatch(/severe.*see a doctor/i)
    expect(all).toMatch(/never recommends medicines/i)
  })
})

/** Every string reachable from the content exports, plus what the text-building functions produce. */
function allContentText(): string[] {
  const out: string[] = []
  const walk = (value: unknown): void => {
    if (typeof value === 'string') out.push(value)
    else if (Array.isArray(value)) value.forEach(walk)
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk)
  }
  walk(Object.values(content).filter((v) => typeof v !== 'function'))
  for (const step of THERAPY_SWITCHES) walk(therapyNotice(step, 20))
  walk([planDayLine(2, 3), checkInNotice(null), checkInNotice({ day: 2, days: 3 }), frequentNotice(11, 14)])
  return out
}

/** Every source file with words a user reads: the app's own messages, both windows, the README and docs. */
function userFacingFiles(): string[] {
  const root = join(import.meta.dirname, '..')
  const files: string[] = []
  const walkDir = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walkDir(path)
      else if (/\.(ts|tsx|md)$/.test(name)) files.push(path)
    }
  }
  for (const dir of ['main', 'renderer', 'docs']) walkDir(join(root, dir))
  files.push(join(root, 'README.md'))
  return files
}

const DOSE = /\d+(\.\d+)?\s*(mg|ml|milligrams?|millilitres?|tablets?|pills?|capsules?|doses?)\b/i
const DRUG =
  /\b(ibuprofen|paracetamol|acetaminophen|aspirin|naproxen|diclofenac|codeine|tramadol|advil|tylenol|aleve|nurofen|muscle relaxants?|painkillers?)\b/i

describe('medication', () => {
  it('the check itself catches a dose or a drug name', () => {
    expect('take 400 mg of something').toMatch(DOSE)
    expect('2 tablets').toMatch(DOSE)
    expect('some Ibuprofen').toMatch(DRUG)
  })

  it('no content text names a drug or a dose', () => {
    const texts = allContentText()
    expect(texts.length).toBeGreaterThan(150)
    expect(texts.filter((t) => DOSE.test(t) || DRUG.test(t))).toEqual([])
  })

  it('no other text either: the app’s messages, the windows (the sore-back plan, the check-in), the docs', () => {
    const files = userFacingFiles()
    expect(files.some((f) => f.endsWith('sore-back.tsx'))).toBe(true)
    const found = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => DOSE.test(line) || DRUG.test(line))
        .map((line) => `${file}: ${line.trim()}`),
    )
    expect(found).toEqual([])
  })
})
