// Plurals as each language makes them: a catalog gives the forms its language has (German: one and other;
// French: one, many and other), Intl.PluralRules picks one for the count, and '#' is replaced by the count written
// the locale's way ("1.000" in German, "1 000" in French).

/** The forms a message has; `other` always, the rest as the language needs them. */
export interface PluralForms {
  zero?: string
  one?: string
  two?: string
  few?: string
  many?: string
  other: string
}

export type Plural = (count: number, forms: PluralForms) => string

/** The plural function of one language, for its catalog: `plural(n, { one: '# minute', other: '# minutes' })`. */
export function pluralFor(locale: string): Plural {
  const rules = new Intl.PluralRules(locale)
  const numbers = new Intl.NumberFormat(locale)
  return (count, forms) => (forms[rules.select(count)] ?? forms.other).replaceAll('#', numbers.format(count))
}
