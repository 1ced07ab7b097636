// Changes to the preferences and what the window says about them: every change goes through save() or reject(): a
// field applies on change (blur, Enter, a click), a bad value stays at the field with its reason and nothing is sent,
// and a field always shows what is stored or says why not. The error shown at each field and each field's note
// (a legal value that will not do what one may expect) live here. Only the parts with fields load this (and the
// schema's limits it reads): the first screen has none.
import { computed, signal } from '../shared/signal'
import type { PreferencesPatch } from '../../main/app/ipc-contract'
import type { FieldError, Preferences } from '../../main/core/preferences/index'
import { plainMessage } from './rules'
import { notice, prefs, refreshUpcoming, stretches, useBridge } from './state'
import { fmt, t } from './texts'
import { warningsFor } from './warnings'

/** Field path → the message shown under it. */
export const fieldErrors = signal<Record<string, string>>({})
/** Field path → a note for a legal value that will not do what the user may expect (shown, never blocking). */
export const warnings = computed(
  () => [prefs.value, stretches.value, t()],
  () => (prefs.value ? warningsFor(prefs.value, stretches.value) : {}),
)
/** Bumped when every field must show the stored value again, dropping what was typed (reset to defaults). */
export const draftsRevision = signal(0)
/** Per field: bumped when that field must show the stored value again. */
export const draftRevisions = signal<Record<string, number>>({})
/** Field path → its accessible name, so messages can name other fields the way the window does. */
export const fieldLabels = new Map<string, string>()

/** Fields showing a value main refused: once another change is saved they show the stored value again. */
const refusedByMain = new Set<string>()

export function setFieldError(path: string, message: string | null): void {
  const next = { ...fieldErrors.value }
  if (message === null) delete next[path]
  else next[path] = message
  fieldErrors.value = next
}

/** The field's name for messages ("Break length"; the message quotes it). */
function named(path: string): string {
  return fieldLabels.get(path) ?? path
}

/** A value refused at the field itself (not a number, out of range…): shown there, and nothing is saved. */
export function reject(path: string, message: string): void {
  setFieldError(path, message)
  notice.value = { text: t().notSaved({ field: named(path) }), detail: message }
}

/** Builds the nested patch for one dotted path; arrays and whole objects are sent as they are. */
export function patchFor(path: string, value: unknown): PreferencesPatch {
  const keys = path.split('.')
  let patch: unknown = value
  for (const key of keys.reverse()) patch = { [key]: patch }
  return patch as PreferencesPatch
}

/**
 * Sends one change. `path` names the field that was changed. Main's errors are shown at the fields they name
 * when those were part of the change; an error about a field the user did not touch (bedtime equal to the
 * wake time) is shown at the field that was changed, since that is the value that was not saved.
 * Answers true when main accepted it.
 */
export async function save(path: string, patch: PreferencesPatch): Promise<boolean> {
  setFieldError(path, null)
  const result = await useBridge().setPreferences(patch)
  if (result.ok) {
    prefs.value = result.value
    showStoredAgain()
    const warning = warnings.value[path]
    const saved = () => t().saved
    notice.value = warning ? { text: saved, detail: t().note({ note: warning }) } : { text: saved }
    void refreshUpcoming()
    return true
  }
  const next = { ...fieldErrors.value }
  const shown: { text: string; detail: string }[] = []
  for (const error of result.errors) {
    // "workHours.end must differ from workHours.start", after Start was changed: a conflict with the change.
    const conflict = error.path !== path && error.message.split(/\s+/).includes(path)
    const at = !conflict && error.path !== '' && inPatch(error.path, patch) ? error.path : path
    const message = at === error.path ? describe(at, error.message) : describeConflict(at, error, patch)
    next[at] = message
    refusedByMain.add(at)
    shown.push({ text: t().notSaved({ field: named(at) }), detail: message })
  }
  fieldErrors.value = next
  notice.value = shown[0] ?? { text: t().notSaved({ field: named(path) }) }
  return false
}

/** Main accepted a change: fields still showing a value it refused earlier show what is stored again. */
function showStoredAgain(): void {
  if (refusedByMain.size === 0) return
  const errors = { ...fieldErrors.value }
  const revisions = { ...draftRevisions.value }
  for (const path of refusedByMain) {
    delete errors[path]
    revisions[path] = (revisions[path] ?? 0) + 1
  }
  refusedByMain.clear()
  fieldErrors.value = errors
  draftRevisions.value = revisions
}

/** Forgets every error and typed value: each field shows what is stored (after a reset). */
export function showAllStored(): void {
  refusedByMain.clear()
  fieldErrors.value = {}
  draftsRevision.value++
}

/** True when the patch sets `path` or something inside it (a list sent whole contains its items' paths). */
function inPatch(path: string, patch: PreferencesPatch): boolean {
  let node: unknown = patch
  for (const key of path.split('.')) {
    if (Array.isArray(node)) return true
    if (node === null || typeof node !== 'object' || !(key in node)) return false
    node = Reflect.get(node, key)
  }
  return true
}

function describe(path: string, message: string): string {
  const rest = restRule(path, message)
  if (rest) return rest
  let text = plainMessage(path, message)
  // Longest first, so "bedtime.overrides.5.bedtime" is not half-replaced by "bedtime.bedtime".
  const labels = [...fieldLabels].sort(([a], [b]) => b.length - a.length)
  for (const [other, label] of labels) {
    if (other !== path && text.includes(other)) text = text.replaceAll(other, t().quoted({ text: label }))
  }
  return text
}

/**
 * Cold stays off at least as long as it was on (main's "therapy.iceOffMinutes must be at least as long as
 * therapy.iceOnMinutes (20), got 15"): said at Off, or at On (`at`) when On was the change, with the other's minutes.
 */
function restRule(at: string, message: string): string | null {
  const found =
    /^therapy\.iceOffMinutes must be at least as long as therapy\.iceOnMinutes \((\d+)\), got (\d+)/.exec(
      message,
    )
  if (!found) return null
  return at === 'therapy.iceOnMinutes'
    ? t().check.onAtMost({ off: fmt().minutes(Number(found[2])) })
    : t().check.offAtLeast({ on: fmt().minutes(Number(found[1])) })
}

/** Main refused the change because of another field's value: say so at the changed field, naming the other. */
function describeConflict(at: string, error: FieldError, patch: PreferencesPatch): string {
  const rest = restRule(at, error.message)
  if (rest) return rest
  const other = error.path
  if (/must differ from/.test(error.message)) {
    // The other field's value as it would have been: sent along in the change, or else as stored.
    const value = valueAt(patch, other) ?? (prefs.value ? valueAt(prefs.value, other) : undefined)
    const field = named(other)
    return typeof value === 'string' && /^\d\d:\d\d$/.test(value)
      ? t().differAt({ field, time: fmt().clock(value) })
      : t().differ({ field })
  }
  return describe(at, error.message)
}

/** Reads a value at a dotted path of the preferences. */
export function valueAt(p: Preferences | PreferencesPatch, path: string): unknown {
  let node: unknown = p
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined
    node = Reflect.get(node, key)
  }
  return node
}
