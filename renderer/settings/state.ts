// The settings window's shared state, as signals: what main last told us (preferences, status, upcoming,
// history, stretches) and the error shown at each field. Every change goes through save(), the one rule:
// a field applies on change (blur, Enter, a click), a bad value stays at the field and nothing is sent.
import { signal } from '@preact/signals'
import type {
  AppStatus,
  HistorySummary,
  LimberBridge,
  PreferencesPatch,
  StretchInfo,
  UpcomingItem,
} from '../../main/app/ipc-contract'
import type { Preferences } from '../../main/core/preferences'
import { plainMessage } from './rules'

export const prefs = signal<Preferences | null>(null)
export const status = signal<AppStatus | null>(null)
export const upcoming = signal<UpcomingItem[]>([])
export const history = signal<HistorySummary | null>(null)
export const stretches = signal<StretchInfo[]>([])
/** Field path → the message shown under it. */
/** Bumped when every field must show the stored value again, dropping what was typed (reset to defaults). */
export const draftsRevision = signal(0)
export const fieldErrors = signal<Record<string, string>>({})
/** A short, polite note for screen readers and sighted users alike: "Saved", "Not saved: …". */
export const notice = signal('')

/** Field path → its visible label, so main's messages can name other fields the way the window does. */
export const fieldLabels = new Map<string, string>()

let bridge: LimberBridge | null = null

/** Loads everything the window shows and follows main's changes. Returns the unsubscribe for both events. */
export async function connect(b: LimberBridge): Promise<() => void> {
  bridge = b
  const [p, s, u, h, st] = await Promise.all([
    b.getPreferences(),
    b.getStatus(),
    b.getUpcoming(),
    b.getHistory(),
    b.getStretches(),
  ])
  prefs.value = p
  status.value = s
  upcoming.value = u
  history.value = h
  stretches.value = st
  const offPrefs = b.on('prefs:changed', (next) => {
    prefs.value = next
    void refreshUpcoming()
  })
  const offStatus = b.on('status:changed', (next) => {
    status.value = next
    void refreshUpcoming()
  })
  return () => {
    offPrefs()
    offStatus()
  }
}

export function useBridge(): LimberBridge {
  if (!bridge) throw new Error('settings: connect() has not run')
  return bridge
}

async function refreshUpcoming(): Promise<void> {
  if (bridge) upcoming.value = await bridge.getUpcoming()
}

export function setFieldError(path: string, message: string | null): void {
  const next = { ...fieldErrors.value }
  if (message === null) delete next[path]
  else next[path] = message
  fieldErrors.value = next
}

/** Builds the nested patch for one dotted path; arrays and whole objects are sent as they are. */
export function patchFor(path: string, value: unknown): PreferencesPatch {
  const keys = path.split('.')
  let patch: unknown = value
  for (const key of keys.reverse()) patch = { [key]: patch }
  return patch as PreferencesPatch
}

/**
 * Sends one change. `path` names the field that shows main's answer; errors main reports for other paths are
 * shown at those fields. Answers true when main accepted it.
 */
export async function save(path: string, patch: PreferencesPatch): Promise<boolean> {
  if (!bridge) return false
  setFieldError(path, null)
  const result = await bridge.setPreferences(patch)
  if (result.ok) {
    prefs.value = result.value
    notice.value = 'Saved.'
    void refreshUpcoming()
    return true
  }
  const next = { ...fieldErrors.value }
  for (const error of result.errors) next[error.path || path] = describe(error.path || path, error.message)
  fieldErrors.value = next
  notice.value = `Not saved: ${describe(result.errors[0]?.path ?? path, result.errors[0]?.message ?? '')}`
  return false
}

function describe(path: string, message: string): string {
  let text = plainMessage(path, message)
  for (const [other, label] of fieldLabels) {
    if (other !== path && text.includes(other)) text = text.replaceAll(other, `“${label}”`)
  }
  return text
}

/** Reads a value at a dotted path of the preferences. */
export function valueAt(p: Preferences, path: string): unknown {
  let node: unknown = p
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<string, unknown>)[key]
  }
  return node
}
