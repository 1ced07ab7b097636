// A message whose values are elements (a figure in bold inside a sentence): the catalog's message is called with
// markers in place of the values and the markers are swapped for the elements, so each language keeps its own word
// order and the sentence is never pieced together in code.
import type { ComponentChildren } from 'preact'

const MARK = /\uE000(\d+)\uE001/

export function rich<K extends string>(
  message: (values: Record<K, string>) => string,
  values: Record<K, ComponentChildren>,
): ComponentChildren[] {
  const keys = Object.keys(values) as K[]
  const markers = Object.fromEntries(keys.map((key, i) => [key, `\uE000${i}\uE001`])) as Record<K, string>
  // split with a capturing group: text, index, text, index, … text
  return message(markers)
    .split(MARK)
    .map((part, i) => (i % 2 === 0 ? part : values[keys[Number(part)] as K]))
}
