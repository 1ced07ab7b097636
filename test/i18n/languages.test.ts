// Which language Limber speaks: the user's choice, else the system's best match among ours, else English; and the
// locale that formats times keeps the system's region (British English writes 14:30, American 2:30 PM).
import { describe, expect, it } from 'vitest'
import { resolveLanguage } from '../../main/core/i18n/languages'
import { createFormat } from '../../main/core/i18n/format'
import { pluralFor } from '../../main/core/i18n/plural'
import { CATALOGS } from '../../locales/index'

describe('choosing the language', () => {
  it('follows the system: the first preferred language we speak, in its own region', () => {
    expect(resolveLanguage('system', ['de-AT', 'en-US'])).toEqual({ code: 'de', locale: 'de-AT' })
    expect(resolveLanguage('system', ['ja-JP', 'fr-CA', 'en-US'])).toEqual({ code: 'fr', locale: 'fr-CA' })
    expect(resolveLanguage('system', ['pt-PT'])).toEqual({ code: 'pt-BR', locale: 'pt-PT' })
    expect(resolveLanguage('system', ['pt_BR.UTF-8'])).toEqual({ code: 'pt-BR', locale: 'pt-BR' })
  })

  it('falls back to English when the system speaks none of ours, or says nothing usable', () => {
    // English, on the 24-hour clock the Japanese system's own fields and clock show.
    expect(resolveLanguage('system', ['ja-JP', 'zh-CN'])).toEqual({ code: 'en', locale: 'en-u-hc-h23' })
    expect(resolveLanguage('system', ['en-US'])).toEqual({ code: 'en', locale: 'en-US' })
    expect(resolveLanguage('system', [])).toEqual({ code: 'en', locale: 'en' })
    expect(resolveLanguage('system', ['', '%%%'])).toEqual({ code: 'en', locale: 'en' })
  })

  it("takes the user's choice over the system, keeping the system's region when it is the same language", () => {
    expect(resolveLanguage('es', ['en-GB'])).toEqual({ code: 'es', locale: 'es' })
    expect(resolveLanguage('en', ['de-DE', 'en-GB'])).toEqual({ code: 'en', locale: 'en-GB' })
  })

  it('keeps one clock style everywhere: the system’s, as its time fields and clock show it (issue 22)', () => {
    const tenThirty = new Date(2026, 10, 26, 22, 30).getTime()
    const timeIn = (setting: string, system: string[]) => {
      const { code, locale } = resolveLanguage(setting, system)
      return createFormat(locale, CATALOGS[code].common.format).time(tenThirty).replace(/\s/g, ' ')
    }
    // English chosen on a German system: 22:30, as the fields beside the words show it; never 10:30 PM.
    expect(timeIn('en', ['de-DE'])).toBe('22:30')
    // German, Spanish or Portuguese chosen on an American system: the American clock, in their words.
    expect(timeIn('de', ['en-US'])).toBe('10:30 PM')
    expect(timeIn('es', ['en-US'])).toBe('10:30 p. m.')
    expect(timeIn('pt-BR', ['en-US'])).toBe('10:30 PM')
    // The same language as the system's: its own tag, unchanged.
    expect(timeIn('system', ['en-US'])).toBe('10:30 PM')
    expect(timeIn('system', ['fr-FR'])).toBe('22:30')
  })
})

describe('formatting through Intl', () => {
  const at = new Date(2026, 11, 4, 14, 30).getTime() // a Friday
  const now = new Date(2026, 11, 1, 9, 0).getTime() // the Tuesday before

  it('writes the same time the way each locale does', () => {
    const us = createFormat('en-US', CATALOGS.en.common.format)
    const gb = createFormat('en-GB', CATALOGS.en.common.format)
    expect(us.time(at)).toMatch(/^2:30\sPM$/)
    expect(gb.time(at)).toBe('14:30')
    expect(us.when(at, now)).toMatch(/^Friday at 2:30\sPM$/)
    expect(gb.when(now + 24 * 3600_000, now)).toBe('tomorrow at 09:00')
  })

  it('names days and lists of days in the locale', () => {
    const gb = createFormat('en-GB', CATALOGS.en.common.format)
    expect(gb.days([1, 2, 3, 4, 5])).toBe('Monday to Friday')
    expect(gb.days([1, 3, 5])).toBe('Monday, Wednesday and Friday')
    expect(gb.days([0, 1, 2, 3, 4, 5, 6])).toBe('every day')
    expect(createFormat('de', CATALOGS.en.common.format).weekday(1)).toBe('Montag')
  })

  it('writes durations with the locale’s units', () => {
    const gb = createFormat('en-GB', CATALOGS.en.common.format)
    expect(gb.seconds(150)).toBe('2 minutes 30 seconds')
    expect(gb.seconds(60)).toBe('1 minute')
    expect(gb.span(30_000)).toBe('1 min')
    expect(gb.span(0)).toBe('less than a minute')
    expect(createFormat('de', CATALOGS.en.common.format).seconds(150)).toBe('2 Minuten, 30 Sekunden')
  })

  it('picks plural forms by each language’s rules', () => {
    const forms = { one: '# one', many: '# many', other: '# other' }
    expect(pluralFor('en')(1, forms)).toBe('1 one')
    expect(pluralFor('fr')(0, forms)).toBe('0 one') // French: 0 and 1 are singular
    expect(pluralFor('de')(0, forms)).toBe('0 other')
    expect(pluralFor('de')(1000, forms)).toBe('1.000 other')
  })
})
