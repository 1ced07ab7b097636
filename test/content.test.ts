// The back-care content and the stretch rotation, checked against the product's rules: enough stretches of every
// kind, every stretch complete (its words in every language's catalog) with an intensity graded by the definition,
// a way to get up after every floor stretch, the nerve-tension cautions, the stretching cue, gentle desk and
// standing stretches for every area a sore-back day needs, a fair rotation, heat and ice that cannot hurt, braces
// as the guidelines see them, and no text anywhere that suggests medication. The English wording is checked for
// its meaning; every language for its shape and size. (When to see a doctor: test/warning-signs.test.ts.)
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CATALOGS } from '../locales/index'
import { LANGUAGES } from '../main/core/i18n/languages'
import { DEFAULT_PREFERENCES, validatePreferences } from '../main/core/preferences'
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
  getUpFrom,
  stretchWords,
  therapyNotice,
  type ContentTexts,
  type NoticeText,
  type RotationState,
  type Stretch,
  type StretchIntensity,
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

  it('holds every stretch as long as the one preference says: 8 to 30 seconds, 10 by default, twice', () => {
    expect([HOLD_SECONDS_MIN, HOLD_SECONDS_MAX]).toEqual([8, 30])
    const withHold = (holdSeconds: number) =>
      validatePreferences({
        ...DEFAULT_PREFERENCES,
        stretch: { ...DEFAULT_PREFERENCES.stretch, holdSeconds },
      }).ok
    expect([7, 8, 30, 31].map(withHold)).toEqual([false, true, true, false])
    expect(DEFAULT_PREFERENCES.stretch).toMatchObject({ holdSeconds: 10, repetitions: 2 })
    // No stretch carries a timing of its own that the preference would silently override.
    for (const s of STRETCHES) expect(Object.keys(s).sort()).not.toContain('holdSeconds')
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

  it('grades every stretch by the definition: small and supported is gentle; a fold, twist, lunge, roll or propped backbend moderate', () => {
    for (const s of STRETCHES) expect(STRETCH_INTENSITIES).toContain(s.intensity)
    const grade: Record<string, StretchIntensity> = Object.fromEntries(
      STRETCHES.map((s) => [s.id, s.intensity]),
    )
    // End-range flexion while kneeling, the body's weight resting into it: moderate, never gentle.
    expect(grade['childs-pose']).toBe('moderate')
    // A backbend propped on the forearms goes no further into the range than a seated fold: the same grade.
    expect(grade.sphinx).toBe(grade['seated-forward-fold'])
    expect(grade.sphinx).toBe('moderate')
    for (const id of ['seated-twist', 'seated-figure-four', 'standing-hip-flexor', 'lying-knee-roll'])
      expect(grade[id], id).toBe('moderate')
    expect(grade['seated-pelvic-tilt']).toBe('gentle')
    // Nothing built in drives the back to the end of its range with the body's weight.
    expect(STRETCHES.filter((s) => s.intensity === 'strong')).toEqual([])
  })

  it('has gentle stretches at the desk for every area, and enough desk or standing ones for a sore-back day', () => {
    for (const area of STRETCH_AREAS) {
      const gentle = STRETCHES.filter((s) => s.area === area && s.intensity === 'gentle')
      expect(gentle.filter((s) => s.position === 'desk').length, area).toBeGreaterThanOrEqual(1)
    }
    // Enough for a varied routine of three, as the rotation wants, with nobody getting down to the floor.
    const soreDay = STRETCHES.filter((s) => s.intensity === 'gentle' && s.position !== 'floor')
    expect(soreDay.length).toBeGreaterThanOrEqual(10)
  })

  it('ends every floor stretch with how to get up: roll to your side, push up with your arms, then sit', () => {
    const floor = STRETCHES.filter((s) => s.position === 'floor')
    expect(floor.length).toBeGreaterThanOrEqual(5)
    for (const s of floor) {
      const last = stretchWords(english, s).steps.at(-1) ?? ''
      expect(last, s.id).toMatch(/^To get up, .*push up with your arms/)
      if (s.position === 'floor' && (s.floorStart === 'on-back' || s.floorStart === 'on-front'))
        expect(last, s.id).toMatch(/roll onto your side.*then sit\./)
      for (const [language, texts] of IN_EVERY_LANGUAGE) {
        expect(stretchWords(texts, s).steps.at(-1), `${language}: ${s.id}`).toBe(
          texts.getUp[getUpFrom(s.floorStart)],
        )
      }
    }
    for (const s of STRETCHES.filter((x) => x.position !== 'floor'))
      expect(stretchWords(english, s).steps.join(' '), s.id).not.toMatch(/to get up/i)
  })

  it('says to skip a nerve-tension stretch if pain or tingling goes down a leg, in every language', () => {
    const nerveTension = ['seated-forward-fold', 'seated-hamstring', 'knee-to-chest', 'lying-hamstring']
    for (const id of nerveTension) {
      const stretch = stretchById(id)
      if (!stretch) throw new Error(`no stretch ${id}`)
      expect(stretchWords(english, stretch).cautions, id).toContain(
        'Skip this one if pain or tingling goes down a leg.',
      )
      // The same caution, word for word, in each language: one sentence said one way.
      for (const [language, texts] of IN_EVERY_LANGUAGE) {
        const first = stretchWords(texts, stretchById('seated-forward-fold') ?? stretch).cautions[1]
        expect(stretchWords(texts, stretch).cautions, `${language}: ${id}`).toContain(first)
      }
    }
  })

  it('has no caution that contradicts itself (skip it, then do it differently)', () => {
    for (const s of STRETCHES) {
      for (const caution of stretchWords(english, s).cautions)
        expect(caution, s.id).not.toMatch(/^Skip this one[^.]*;.*instead/)
    }
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

  it('suggests at least 10 evening habits, covering the sleep guidance, none said at both steps', () => {
    const { 'wind-down': windDown, 'get-ready': getReady } = english.windDown.suggestions
    expect(new Set([...windDown, ...getReady]).size).toBe(windDown.length + getReady.length)
    expect(windDown.length + getReady.length).toBeGreaterThanOrEqual(10)
    for (const [language, texts] of IN_EVERY_LANGUAGE) {
      expect(texts.windDown.suggestions['wind-down'], language).toHaveLength(windDown.length)
      expect(texts.windDown.suggestions['get-ready'], language).toHaveLength(getReady.length)
    }
    const all = [...windDown, ...getReady].join('\n')
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

  it('reminds about the cloth between ice or heat and skin whenever it goes on, and more at a run’s start', () => {
    const notices = english.therapy.notices
    expect(notices['ice-on'].body).toMatch(/cloth/i)
    expect(notices['heat-on'].body).toMatch(/cloth|layer/i)
    expect(notices['ice-off'].title).toMatch(/ice off/i)
    expect(notices['ice-off'].title).toMatch(/rest/i)
    expect(notices['heat-start'].body).toMatch(/layer.*never on numb or broken skin.*fall asleep/i)
    expect(notices['ice-start'].body).toMatch(/cloth.*never on numb or broken skin.*very red or white/i)
  })

  it('ends every run with “Take the pack off now”, in every language', () => {
    expect(english.therapy.notices.finished.title).toBe('Take the pack off now')
    expect(english.therapy.notices.stopped.title).toBe('Take the pack off now')
    for (const [language, texts] of IN_EVERY_LANGUAGE) {
      expect(texts.therapy.notices.stopped.title, language).toBe(texts.therapy.notices.finished.title)
      expect(texts.therapy.notices.finished.body, language).not.toBe(texts.therapy.notices.stopped.body)
    }
  })

  it('tells how long each therapy phase lasts, within notification limits in every language', () => {
    expect(therapyNotice(english, 'ice-on', 20).body).toMatch(/20 minutes on\.$/)
    expect(therapyNotice(english, 'ice-off', 1).body).toMatch(/1 minute off\.$/)
    expect(therapyNotice(english, 'finished', 20)).toEqual(english.therapy.notices.finished)
    // The longest phase the preferences allow (ice off, 60 minutes): the switch's sentence fits with it.
    for (const [, texts] of IN_EVERY_LANGUAGE) {
      for (const step of THERAPY_SWITCHES) {
        expectNotice(therapyNotice(texts, step))
        expectNotice(therapyNotice(texts, step, 60))
      }
    }
  })

  it('explains heat first, ice timing, and how to use both without harm (the settings window says it)', () => {
    const therapy = CATALOGS.en.settings.therapy
    expect(therapy.intro).toMatch(/heat has the better evidence/i)
    expect(therapy.heatHow.join(' ')).toMatch(/heating pad on a low setting/i)
    expect(therapy.heatHow.join(' ')).toMatch(/rice.*20 to 30 seconds/i)
    expect(therapy.heatHow.join(' ')).toMatch(/check the warmth on your hand/i)
    expect(therapy.iceHow.join(' ')).toMatch(/twenty minutes on, then at least twenty minutes off/i)
    expect(therapy.iceHow.join(' ')).toMatch(/never put ice straight on your skin/i)
    expect(therapy.iceHow.join(' ')).toMatch(/gel pack, crushed ice/i)
    const safety = therapy.safety.join(' ')
    for (const line of [
      /cloth or layer between the pack and your skin/,
      /never use heat or cold on skin that is numb or broken/i,
      /diabetes, nerve damage \(neuropathy\), poor circulation or Raynaud’s, ask a doctor/,
      /never fall asleep with a heating pad or warm pack on/i,
      /stop if it turns very red, blisters or goes white/,
    ])
      expect(safety).toMatch(line)
    for (const [language] of IN_EVERY_LANGUAGE) {
      const texts = CATALOGS[LANGUAGES.find((l) => l.name === language)?.code ?? 'en'].settings.therapy
      expect(texts.safety, language).toHaveLength(therapy.safety.length)
    }
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

  it('says guidelines do not recommend braces; if one is worn, briefly and never too tight, shown how', () => {
    const caution = CATALOGS.en.settings.soreBack.braceCaution
    expect(caution).toMatch(/do not recommend braces/)
    expect(caution).toMatch(/short spells and never too tight/)
    expect(caution).toMatch(/someone qualified.*show you how to put it on/)
    // Never called good, and never "it weakens your muscles" said as a fact.
    const all = [caution, english.soreBack.braceOff.body, CATALOGS.en.settings.activities.ownHint].join(' ')
    expect(all).not.toMatch(/support is good|weaken/i)
    expect(CATALOGS.de.settings.soreBack.brace).toMatch(/Rückenstütze/)
    expect(JSON.stringify(CATALOGS.de)).not.toMatch(/Bandage/)
  })

  it('pauses back-heavy sports on a sore day, and sends strength work to someone who can check its form', () => {
    expect(CATALOGS.en.settings.soreBack.sports).toMatch(/golf, ball games, swimming or kayaking/)
    expect(english.activities.strength.join(' ')).toMatch(/trainer or physiotherapist/)
    expect(english.activities.yoga.join(' ')).not.toMatch(/kindest/)
    expect(CATALOGS.en.settings.activities.paused).toMatch(/come back when it ends/)
    expect(CATALOGS.en.settings.stretches.caution).toMatch(/osteoporosis, are pregnant.*spine or hips/)
    // A warm bath, in Spanish: templada, never caliente (hot).
    expect(CATALOGS.es.content.windDown.suggestions['wind-down'].join(' ')).toMatch(/agua templada/)
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

  it('says when plans keep coming back that a doctor should look, and that this is not medical advice', () => {
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
