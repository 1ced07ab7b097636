// The back-care content and the stretch rotation, checked against the product's rules: enough stretches of every
// kind, every stretch complete (its words in every language's catalog) with an intensity, the stretching cue,
// gentle stretches for every area a sore-back day needs, a fair rotation, when to see a doctor, and no text anywhere
// that suggests medication. The English wording is checked for its meaning; every language for its shape and size.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CATALOGS } from '../locales/index'
import { LANGUAGES } from '../main/core/i18n/languages'
import {
  STRETCH_INTENSITIES,
  checkInNotice,
  HOLD_SECONDS_MAX,
  HOLD_SECONDS_MIN,
  INITIAL_ROTATION_STATE,
  NOTICE_BODY_MAX,
  NOTICE_TITLE_MAX,
  STRETCH_AREAS,
  STRETCHES,
  parseRotationState,
  pickStretches,
  seededRandom,
  stretchById,
  stretchWords,
  therapyNotice,
  type ContentTexts,
  type NoticeText,
  type RotationState,
  type Stretch,
  type TherapySwitch,
} from '../main/core/content'

const english = CATALOGS.en.content
const THERAPY_SWITCHES = Object.keys(english.therapy.notices) as TherapySwitch[]
const IN_EVERY_LANGUAGE = LANGUAGES.map(({ code, name }) => [name, CATALOGS[code].content] as const)

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

  it('gives every stretch a unique id, and a unique name in every language', () => {
    expect(new Set(STRETCHES.map((s) => s.id)).size).toBe(STRETCHES.length)
    for (const s of STRETCHES) expect(s.id).toMatch(/^[a-z]+(-[a-z]+)*$/)
    for (const [language, texts] of IN_EVERY_LANGUAGE) {
      const names = STRETCHES.map((s) => stretchWords(texts, s).name)
      expect(new Set(names).size, language).toBe(STRETCHES.length)
    }
  })

  it('has words for exactly the built-in stretches in every catalog, and none for an unknown one', () => {
    for (const [language, texts] of IN_EVERY_LANGUAGE) {
      expect(Object.keys(texts.stretches).sort(), language).toEqual(STRETCHES.map((s) => s.id).sort())
    }
    expect(() => stretchWords(english, { id: 'headstand', area: 'hips' })).toThrow(/headstand/)
  })

  it.each(STRETCHES.map((s) => [s.id, s] as const))('%s is complete', (_id, s: Stretch) => {
    expect(['desk', 'standing', 'floor']).toContain(s.position)
    expect(Number.isInteger(s.holdSeconds)).toBe(true)
    expect(s.holdSeconds).toBeGreaterThanOrEqual(HOLD_SECONDS_MIN)
    expect(s.holdSeconds).toBeLessThanOrEqual(HOLD_SECONDS_MAX)
    expect(Number.isInteger(s.repetitions) && s.repetitions >= 1).toBe(true)
    const inEnglish = stretchWords(english, s)
    for (const [language, texts] of IN_EVERY_LANGUAGE) {
      const words = stretchWords(texts, s)
      expect(words.name.trim(), language).not.toBe('')
      expect(words.areaLabel, language).toBe(texts.areas[s.area])
      expect(words.steps.length, language).toBeGreaterThanOrEqual(3)
      expect(words.steps.length, language).toBeLessThanOrEqual(6)
      // Every language says the same steps and cautions, one for one.
      expect(words.steps.length, language).toBe(inEnglish.steps.length)
      expect(words.cautions.length, language).toBe(inEnglish.cautions.length)
      for (const step of words.steps) {
        expect(step.trim(), language).not.toBe('')
        expect(step.length, `${language}: ${step}`).toBeLessThanOrEqual(130)
      }
      for (const step of inEnglish.steps) expect(step.length).toBeLessThanOrEqual(100)
      expect(words.cautions.length, language).toBeGreaterThan(0)
      for (const caution of words.cautions) expect(caution.trim(), language).not.toBe('')
    }
  })

  it('holds for 8 to 30 seconds, 10 by default', () => {
    expect([HOLD_SECONDS_MIN, HOLD_SECONDS_MAX]).toEqual([8, 30])
    const holds = STRETCHES.map((s) => s.holdSeconds)
    expect(holds.filter((h) => h === 10).length).toBeGreaterThan(STRETCHES.length / 2)
  })

  it('has the slow, no-bouncing, discomfort-not-pain cue the break window shows with every stretch', () => {
    expect(english.cue).toMatch(/slow/i)
    expect(english.cue).toMatch(/no bouncing/i)
    expect(english.cue).toMatch(/never pain/i)
    expect(english.cue).toMatch(/hold.*ease out slowly/i)
    for (const [language, texts] of IN_EVERY_LANGUAGE) expect(texts.cue.trim(), language).not.toBe('')
  })

  it('marks as one-sided exactly the stretches whose steps change sides or legs', () => {
    const changesSides = (steps: readonly string[]) =>
      /other side|change sides|change legs/i.test(steps.join(' '))
    for (const stretch of STRETCHES) {
      expect({ id: stretch.id, oneSided: stretch.oneSided }).toEqual({
        id: stretch.id,
        oneSided: changesSides(stretchWords(english, stretch).steps),
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
    expect(stretchById('seated-twist')?.area).toBe('middle-back')
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
  it('has at least 20 distinct posture tips, each short enough for a notification in every language', () => {
    expect(new Set(english.postureTips).size).toBeGreaterThanOrEqual(20)
    for (const [language, texts] of IN_EVERY_LANGUAGE) {
      expect(texts.postureTips, language).toHaveLength(english.postureTips.length)
      for (const tip of texts.postureTips)
        expect(tip.length, `${language}: ${tip}`).toBeLessThanOrEqual(NOTICE_BODY_MAX)
    }
  })

  it('suggests at least 10 wind-down habits, covering the sleep guidance', () => {
    expect(new Set(english.windDown.suggestions).size).toBeGreaterThanOrEqual(10)
    const all = english.windDown.suggestions.join('\n')
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

  it('has notification-sized texts for the wind-down, get-ready and bedtime reminders in every language', () => {
    expect(Object.keys(english.windDown.reminders).sort()).toEqual(['bedtime', 'get-ready', 'wind-down'])
    for (const [, texts] of IN_EVERY_LANGUAGE) {
      for (const notice of Object.values(texts.windDown.reminders)) expectNotice(notice)
    }
  })

  it('reminds about the cloth between ice or heat and skin whenever it goes on', () => {
    const notices = english.therapy.notices
    expect(notices['ice-on'].body).toMatch(/cloth/i)
    expect(notices['heat-on'].body).toMatch(/cloth|layer/i)
    expect(notices['ice-off'].title).toMatch(/ice off/i)
    expect(notices['ice-off'].title).toMatch(/rest/i)
  })

  it('tells how long each therapy phase lasts, within notification limits in every language', () => {
    expect(therapyNotice(english, 'ice-on', 20).body).toMatch(/20 minutes on\.$/)
    expect(therapyNotice(english, 'ice-off', 1).body).toMatch(/1 minute off\.$/)
    expect(therapyNotice(english, 'finished', 20)).toEqual(english.therapy.notices.finished)
    for (const [, texts] of IN_EVERY_LANGUAGE) {
      for (const step of THERAPY_SWITCHES) {
        expectNotice(therapyNotice(texts, step))
        expectNotice(therapyNotice(texts, step, 120))
      }
    }
  })

  it('explains ice timing and the heat alternatives', () => {
    expect(english.therapy.ice.join(' ')).toMatch(/twenty minutes on, then twenty minutes off/i)
    expect(english.therapy.ice.join(' ')).toMatch(/never put ice straight on your skin/i)
    expect(english.therapy.heat.join(' ')).toMatch(/heating pad/i)
    expect(english.therapy.heat.join(' ')).toMatch(/rice.*20 to 30 seconds/i)
  })

  it('frames strength work as back and belly together, with the weekly guidance', () => {
    const all = english.activities.strength.join(' ')
    expect(all).toMatch(/back muscles and your abdominal muscles/i)
    expect(all).toMatch(/two to four sessions a week, 30 to 45 minutes/i)
    expect(all).toMatch(/form/i)
    expect(english.activities.yoga.length).toBeGreaterThan(0)
    for (const [, texts] of IN_EVERY_LANGUAGE) {
      for (const notice of [...texts.activities.notices.strength, ...texts.activities.notices.yoga])
        expectNotice(notice)
    }
  })

  it('warns that a brace worn too long lets muscles weaken', () => {
    expect(english.activities.braceCaution).toMatch(/too long/i)
    expect(english.activities.braceCaution).toMatch(/muscles/i)
  })

  it('says rest helps, too much stiffens, and overdoing it worsens spasms', () => {
    const all = english.movement.guidance.join(' ')
    expect(all).toMatch(/rest helps/i)
    expect(all).toMatch(/stiffer/i)
    expect(all).toMatch(/spasms worse/i)
  })

  it('says again on a sore-back day to stop at the first sign of pain, and never to bounce', () => {
    expect(english.soreBack.caution).toMatch(/stop at the first sign of pain/i)
    expect(english.soreBack.cue).toMatch(/no bouncing/i)
    expect(english.soreBack.cue).toMatch(/stop at the first sign of pain/i)
  })

  it('names the signs that need a doctor now, in plain words, and is not medical advice', () => {
    const doctor = english.doctor
    const signs = doctor.signs.join(' ')
    expect(signs).toMatch(/numbness.*weakness in a leg/)
    expect(signs).toMatch(/bladder or bowels/)
    expect(signs).toMatch(/fever/)
    expect(signs).toMatch(/fall.*injury/)
    expect(signs).toMatch(/wakes you at night/)
    expect(doctor.lasting).toMatch(/more than a few days.*doctor/)
    expect(doctor.disclaimer).toMatch(/not medical advice/)
    expect(english.soreBack.frequent({ days: 11, window: 14 })).toMatch(
      /11 of the last 14 days.*doctor.*not medical advice/,
    )
  })

  it('fits the sore-back notifications on screen in every language', () => {
    for (const [, texts] of IN_EVERY_LANGUAGE) {
      expectNotice(texts.soreBack.braceOff)
      expectNotice(checkInNotice(texts, null))
      expectNotice(checkInNotice(texts, { day: 5, days: 5 }))
    }
    expect(english.soreBack.planDay({ day: 2, days: 3 })).toBe('Sore-back plan: day 2 of 3')
  })

  it('says it is not medical advice and sends persistent or severe pain to a doctor', () => {
    expect(english.disclaimer.short).toMatch(/not medical advice/i)
    const all = english.disclaimer.full.join(' ')
    expect(all).toMatch(/not medical advice/i)
    expect(all).toMatch(/severe.*see a doctor/i)
    expect(all).toMatch(/never recommends medicines/i)
  })
})

/** Every string of a content catalog, plus what its messages and the text-building functions produce. */
function allContentText(texts: ContentTexts): string[] {
  const out: string[] = []
  const walk = (value: unknown): void => {
    if (typeof value === 'string') out.push(value)
    else if (Array.isArray(value)) value.forEach(walk)
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk)
  }
  walk(texts)
  for (const step of THERAPY_SWITCHES) walk(therapyNotice(texts, step, 20))
  walk([
    texts.soreBack.planDay({ day: 2, days: 3 }),
    checkInNotice(texts, null),
    checkInNotice(texts, { day: 2, days: 3 }),
    texts.soreBack.frequent({ days: 11, window: 14 }),
  ])
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
  for (const dir of ['main', 'renderer', 'locales', 'docs']) walkDir(join(root, dir))
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

  it.each(IN_EVERY_LANGUAGE)('no content text names a drug or a dose (%s)', (_language, catalog) => {
    const texts = allContentText(catalog)
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
