// A routine's words in the language in use, and what is wrong with a routine file in words. A routine's texts come
// in the languages its author wrote (read.ts makes them the same everywhere); the break shows the language in use
// when the routine has it, else its base language (pt for pt-BR), else English, else the first one written.
import type { Catalog } from '../../../locales/catalog'
import type { RoutineProblem } from './read'
import { ROUTINE_MAX_BYTES, type Texts } from './format'

export type RoutineTexts = Catalog['app']['routines']

/** The text in `language` (a tag such as "pt-BR"), as near as the routine has it. */
export function textIn<T>(texts: Texts<T>, language: string): T {
  const given = Object.keys(texts)
  const base = language.split('-')[0] ?? language
  const chosen =
    given.find((tag) => tag === language) ??
    given.find((tag) => tag === base) ??
    given.find((tag) => tag.split('-')[0] === base) ??
    given.find((tag) => tag === 'en') ??
    given[0]
  const text = chosen === undefined ? undefined : texts[chosen]
  if (text === undefined) throw new RangeError('a routine text has no language')
  return text
}

/** One problem in words: the field (and the stretch, by its place in the list), then what it may hold. */
export function problemWords(problem: RoutineProblem, words: RoutineTexts): string {
  const said = words.problems
  switch (problem.code) {
    case 'too-large':
      return said.tooLarge({ size: kilobytes(problem.bytes), max: kilobytes(ROUTINE_MAX_BYTES) })
    case 'not-json':
      return said.notJson({ line: problem.line })
    case 'too-deep':
      return said.tooDeep
    case 'unknown-field':
      return said.unknownField({ path: problem.path })
    case 'required':
      return said.required({ path: problem.path, allowed: words.allowed[problem.allowed] })
    case 'not-allowed':
      return said.notAllowed({
        path: problem.path,
        allowed: words.allowed[problem.allowed],
        got: problem.got,
      })
    case 'language-tag':
      return said.languageTag({ path: problem.path })
    case 'unknown-stretch':
      return said.unknownStretch({ path: problem.path, got: problem.got })
    case 'markup':
      return said.markup({ path: problem.path })
    case 'link':
      return said.link({ path: problem.path })
    case 'languages':
      return said.languages({ path: problem.path, languages: problem.expected.join(', ') })
    case 'figure':
      return said.figure({ path: problem.path, detail: problem.detail })
  }
}

function kilobytes(bytes: number): string {
  return `${Math.ceil(bytes / 1024)} KB`
}
