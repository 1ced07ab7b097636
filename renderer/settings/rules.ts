// Client-side checks for one field at a time, read from the preferences schema (its minimum, maximum, pattern
// and length): a value that cannot be right is caught at the field and never sent. Main's prefs:set stays the
// authority and its answer is shown at the field too.
import { PreferencesSchema } from '../../main/core/preferences/index'
import { t } from './texts'

interface JsonSchema {
  type?: string
  minimum?: number
  maximum?: number
  minLength?: number
  maxLength?: number
  maxItems?: number
  pattern?: string
  properties?: Record<string, JsonSchema>
  items?: JsonSchema
  patternProperties?: Record<string, JsonSchema>
}

/** The sub-schema for a dotted path ("stretch.holdSeconds", "activities.custom.2.title"). */
export function ruleFor(path: string): JsonSchema | undefined {
  let node: JsonSchema | undefined = PreferencesSchema as unknown as JsonSchema
  for (const key of path.split('.')) {
    if (!node) return undefined
    if (node.properties && key in node.properties) node = node.properties[key]
    else if (node.items) node = node.items
    else if (node.patternProperties) node = Object.values(node.patternProperties)[0]
    else return undefined
  }
  return node
}

export function range(path: string): { min: number; max: number } {
  const rule = ruleFor(path)
  return { min: rule?.minimum ?? 0, max: rule?.maximum ?? Number.MAX_SAFE_INTEGER }
}

/**
 * Reads a number field's text: the number, or the reason it cannot be saved. Only digits are a number here:
 * "12abc", "1e2", "1.5" or "-3" are refused with a message saying what is allowed, never read as something else.
 */
export function checkWholeNumber(path: string, text: string): { value: number } | { problem: string } {
  const { min, max } = range(path)
  const texts = t().check
  const allowed = texts.whole({ min, max })
  const trimmed = text.trim()
  if (trimmed === '') return { problem: allowed }
  const said = { text: shorten(trimmed) }
  // Two sentences: what is wrong, then what is allowed.
  if (!/^\d+$/.test(trimmed)) return { problem: `${texts.notWhole(said)} ${allowed}` }
  const value = Number(trimmed)
  if (value < min) return { problem: `${texts.small(said)} ${allowed}` }
  if (value > max) return { problem: `${texts.large(said)} ${allowed}` }
  return { value }
}

function shorten(text: string): string {
  return text.length > 12 ? `${text.slice(0, 12)}…` : text
}

export function checkTime(path: string, text: string): string | null {
  const pattern = ruleFor(path)?.pattern
  if (text === '') return t().check.time
  if (pattern && !new RegExp(pattern).test(text)) return t().check.timeForm
  return null
}

export function checkText(path: string, text: string): string | null {
  const rule = ruleFor(path)
  if (text.trim() === '') return t().check.text
  if (rule?.maxLength !== undefined && text.length > rule.maxLength)
    return t().check.long({ max: rule.maxLength })
  return null
}

/** Main's messages start with the field's dotted path; at the field itself that path is noise. */
export function plainMessage(path: string, message: string): string {
  const text = message.startsWith(path) ? message.slice(path.length).trim() : message
  const sentence = text.charAt(0).toUpperCase() + text.slice(1)
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`
}
