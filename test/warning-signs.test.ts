// When to see a doctor, graded by urgency as the product's health guidance grades it (docs/health-content.md):
// every sign in its tier in every language, the English wording saying what the NHS back-pain page says in plain
// words, the emergency tier unmistakable in every language, the reassurance the guidelines give, and never a
// diagnosis. A sign moved to another tier, in any language, fails here (and in test/renderer/warning-signs.test.ts,
// where the windows show them).
import { describe, expect, it } from 'vitest'
import { CATALOGS } from '../locales/index'
import { URGENCIES, signsOf } from '../main/core/content'
import { LANGUAGES } from '../main/core/i18n/languages'

const english = CATALOGS.en.common.warningSigns

/** Each tier's signs, by key: the grading the issue and the guidance give, and no other. */
const TIERS = {
  emergency: ['saddle', 'bladder', 'sexual', 'legs', 'chest'],
  today: ['fever', 'fall', 'cancer', 'immunity', 'severe', 'age', 'shape'],
  soon: ['lasting', 'leg'],
} as const

describe('the warning signs', () => {
  it('are shown most urgent first: emergency now, a doctor today, an appointment soon', () => {
    expect(URGENCIES).toEqual(['emergency', 'today', 'soon'])
  })

  it.each(LANGUAGES.map((l) => [l.name, l.code] as const))(
    'keep every sign in its tier, in %s',
    (_name, code) => {
      const texts = CATALOGS[code].common.warningSigns
      for (const urgency of URGENCIES) {
        expect(Object.keys(texts[urgency].signs), `${code} ${urgency}`).toEqual([...TIERS[urgency]])
        for (const sign of signsOf(texts, urgency)) expect(sign.trim(), `${code} ${urgency}`).not.toBe('')
      }
    },
  )

  it('need emergency help now for the signs of a nerve emergency and for chest pain, in plain words', () => {
    const signs = english.emergency.signs
    expect(english.emergency.title).toBe('Get emergency help now')
    expect(english.emergency.action).toMatch(/local emergency number or go to an emergency department/)
    expect(signs.saddle).toBe('numbness or tingling around your genitals or bottom')
    expect(signs.bladder).toMatch(/new difficulty peeing.*control of your bladder or bowels/)
    expect(signs.sexual).toMatch(/^new problems with sex/)
    expect(signs.legs).toMatch(/both legs.*keeps getting worse.*unsteady/)
    expect(signs.chest).toBe('chest pain')
    // Named plainly, never "between your legs".
    expect(JSON.stringify(english)).not.toMatch(/between your legs/)
  })

  it('need a doctor today for the signs of a serious cause', () => {
    const signs = english.today.signs
    expect(english.today.title).toBe('See a doctor today')
    expect(signs.fever).toMatch(/high temperature.*unwell/)
    expect(signs.fall).toMatch(/fall or an accident.*small fall.*osteoporosis.*steroids/)
    expect(signs.cancer).toMatch(/cancer.*lost weight without trying/)
    expect(signs.immunity).toMatch(/immune system.*steroid.*inject drugs/)
    expect(signs.severe).toMatch(/constant and severe.*wakes you at night.*lie still/)
    expect(signs.age).toMatch(/new back pain.*over 50/)
    expect(signs.shape).toMatch(/lump.*changed shape/)
  })

  it('need an appointment soon when pain lingers or comes back, and say one-sided leg tingling is no emergency', () => {
    expect(english.soon.title).toBe('Book an appointment soon')
    expect(english.soon.signs.lasting).toMatch(/not getting better after a few weeks.*keeps coming back/)
    expect(english.soon.signs.leg).toMatch(/down one leg is not settling/)
    expect(english.soon.note).toMatch(/one leg.*not an emergency/)
  })

  it('give the reassurance the guidelines give, and say it is not medical advice', () => {
    expect(english.reassurance).toBe('Most new back pain gets much better within a few weeks.')
    expect(english.disclaimer).toMatch(/not medical advice.*never suggests medicines/)
  })

  it('name every emergency sign in the check-in’s one line', () => {
    expect(english.line).toMatch(/^Get emergency help now/)
    for (const part of [/genitals or bottom/, /bladder, bowel or sexual/, /both legs/, /chest pain/])
      expect(english.line).toMatch(part)
  })

  it.each([
    ['de', /Notfall/, /Notruf.*Notaufnahme/],
    ['es', /Emergencia/, /número de emergencias.*urgencias/],
    ['fr', /Urgence/, /numéro d’urgence.*urgences/],
    ['pt-BR', /Emergência/, /número de emergência.*pronto-socorro/],
  ] as const)(
    'make the emergency tier unmistakable in %s, naming the local emergency number',
    (code, title, action) => {
      const texts = CATALOGS[code].common.warningSigns
      expect(texts.emergency.title).toMatch(title)
      expect(texts.emergency.action).toMatch(action)
      expect(texts.line).toMatch(title)
    },
  )

  it('never give a diagnosis: no condition is named, in any language', () => {
    const condition =
      /\b(cauda|equina|sciatica|ischias|ciática|sciatique|ciático|slipped disc|bandscheibe|hernia|hernie|fracture|fraktur|fractura|fratura|tumou?r|infection|infektion|infección|infecção)/i
    for (const { code } of LANGUAGES) {
      const words = CATALOGS[code].common.warningSigns
      const all = [
        words.line,
        ...URGENCIES.flatMap((u) => [words[u].title, words[u].action, ...signsOf(words, u)]),
      ]
      expect(
        all.filter((text) => condition.test(text)),
        code,
      ).toEqual([])
    }
  })
})
