// A message whose values are elements (a figure in bold inside a sentence): the catalog's message is called with
// markers in place of the values and the markers are swapped for the elements, so each language keeps its own word
// order and the sentence is never pieced together in code. A value that ends with its own full stop (German's
// "16 Min.") takes the place of the sentence's: never "16 Min..".
import { isValidElement, type ComponentChildren } from 'preact'

const MARK = /\uE000(\d+)\uE001/

export function rich<K extends string>(
  message: (values: Record<K, string>) => string,
  values: Record<K, ComponentChildren>,
): ComponentChildren[] {
  const keys = Object.keys(values) as K[]
  const markers = Object.fromEntries(keys.map((key, i) => [key, `\uE000${i}\uE001`])) as Record<K, string>
  // split with a capturing group: text, index, text, index, … text
  const parts: ComponentChildren[] = message(markers)
    .split(MARK)
    .map((part, i) => (i % 2 === 0 ? part : values[keys[Number(part)] as K]))
  for (let i = 1; i < parts.length - 1; i += 2) {
    const after = parts[i + 1]
    if (typeof after === 'string' && after.startsWith('.') && textOf(parts[i]).endsWith('.'))
      parts[i + 1] = after.slice(1)
  }
  return parts
}

/** The words of a value: itself, or an element's own text (a figure in bold). */
function textOf(value: ComponentChildren): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (isValidElement(value)) {
    const children: unknown = Reflect.get(Object(value.props), 'children')
    return typeof children === 'string' || typeof children === 'number' ? String(children) : ''
  }
  return ''
}
